from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AutorisatiesConfig(AppConfig):
    name = "loket.components.autorisaties"
    label = "autorisaties"
    verbose_name = _("Autorisaties (ZGW)")

    def ready(self):
        from . import client_cache  # noqa: F401 - connects the signals that empty the cache
