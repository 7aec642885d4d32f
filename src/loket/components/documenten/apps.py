from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentenConfig(AppConfig):
    name = "loket.components.documenten"
    label = "documenten"
    verbose_name = _("Documenten (ZGW)")
