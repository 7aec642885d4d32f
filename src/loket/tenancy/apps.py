from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TenancyConfig(AppConfig):
    name = "loket.tenancy"
    verbose_name = _("Gemeenten")
    reference_fixtures = ["municipalities"]
    demo_fixtures = ["demo_municipality_settings"]
    demo_command_fixtures = ["assign_demo_rsins"]

    def ready(self):
        from . import checks  # noqa: F401
