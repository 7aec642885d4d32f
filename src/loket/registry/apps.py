from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    name = "loket.registry"
    verbose_name = _("Personen en adressen")
    reference_fixtures = ["brp_tables"]
    demo_command_fixtures = ["load_test_persons"]
