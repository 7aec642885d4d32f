from django.apps import AppConfig


class ModuleConfig(AppConfig):
    name = "loket.modules.contrib.uittreksels"
    label = "module_uittreksels"
    verbose_name = "Module: Uittreksels en aktes"

    def ready(self):
        from . import module  # noqa: F401  (registers the module)
