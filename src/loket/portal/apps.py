from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "loket.portal"
    verbose_name = _("Mijn Loket")
    demo_command_fixtures = ["create_demo_cases"]
