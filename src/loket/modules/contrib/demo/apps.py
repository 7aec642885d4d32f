from django.apps import AppConfig


class DemoModuleConfig(AppConfig):
    name = "loket.modules.contrib.demo"
    label = "module_demo"
    verbose_name = "Module: melding openbare ruimte (demo)"

    def ready(self):
        from . import module  # noqa: F401  (registers the module)
