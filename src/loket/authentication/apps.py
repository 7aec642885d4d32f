from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuthenticationConfig(AppConfig):
    name = "loket.authentication"
    verbose_name = _("Inloggen")

    def ready(self):
        from . import checks  # noqa: F401
        from .contrib.digid import plugin as digid  # noqa: F401
        from .contrib.eherkenning import plugin as eherkenning  # noqa: F401
        from .contrib.simulator import plugin  # noqa: F401
