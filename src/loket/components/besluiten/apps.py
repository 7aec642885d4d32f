from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BesluitenConfig(AppConfig):
    name = "loket.components.besluiten"
    label = "besluiten"
    verbose_name = _("Besluiten (ZGW)")
