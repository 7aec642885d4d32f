from django.apps import AppConfig


class ModuleConfig(AppConfig):
    name = "loket.modules.contrib.uittreksels"
    label = "module_uittreksels"
    verbose_name = "Module: Uittreksels en aktes"

    def ready(self):
        from loket.payments.facade import register_fulfiller

        from . import module  # noqa: F401  (registers the module)
        from .fulfil import ORDER_KIND, make_document

        register_fulfiller(ORDER_KIND, make_document)
