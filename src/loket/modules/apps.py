from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModulesConfig(AppConfig):
    name = "loket.modules"
    label = "modules"
    verbose_name = _("Dienstmodules")

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
