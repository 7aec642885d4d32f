from django.apps import AppConfig


class ModuleConfig(AppConfig):
    name = "loket.modules.contrib.overlijden"
    label = "module_overlijden"
    verbose_name = "Module: Overlijden aangeven"

    def ready(self):
        from . import module  # noqa: F401  (registers the module)
