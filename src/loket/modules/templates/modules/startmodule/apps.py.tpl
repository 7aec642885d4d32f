from django.apps import AppConfig


class ModuleConfig(AppConfig):
    name = "$package"
    label = "module_$app_label"
    verbose_name = "Module: $title"

    def ready(self):
        from . import module  # noqa: F401  (registers the module)
