from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaymentsConfig(AppConfig):
    name = "loket.payments"
    label = "payments"
    verbose_name = _("Betalingen")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
        from .providers import development, mollie  # noqa: F401  (register the providers)
