from django.apps import AppConfig


class ModuleConfig(AppConfig):
    name = "loket.modules.contrib.verhuizen"
    label = "module_verhuizen"
    verbose_name = "Module: Verhuizing doorgeven"

    def ready(self):
        from . import module, resident_tasks  # noqa: F401  (registers the module and its task provider)
