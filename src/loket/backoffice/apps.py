from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackofficeConfig(AppConfig):
    name = "loket.backoffice"
    verbose_name = _("Backoffice")

    def ready(self):
        from . import checks  # noqa: F401  (registers the case-panel check)
