from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogiConfig(AppConfig):
    name = "loket.components.catalogi"
    label = "catalogi"
    verbose_name = _("Catalogi (ZGW)")
