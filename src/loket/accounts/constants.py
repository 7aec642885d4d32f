from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffRole(models.TextChoices):
    CASE_HANDLER = "case_handler", _("Behandelaar")
    FUNCTIONAL_ADMINISTRATOR = "functional_administrator", _("Functioneel beheerder")
    NATIONAL_COORDINATOR = "national_coordinator", _("Landelijk coördinator")


class IdentityKind(models.TextChoices):
    RESIDENT = "resident", _("Inwoner")
    BUSINESS = "business", _("Organisatie")
