from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffRole(models.TextChoices):
    CASE_HANDLER = "case_handler", _("Behandelaar")
    FUNCTIONAL_ADMINISTRATOR = "functional_administrator", _("Functioneel beheerder")
    NATIONAL_COORDINATOR = "national_coordinator", _("Landelijk coördinator")
    PLATFORM_OPERATOR = "platform_operator", _("Platformbeheerder")


# Roles that belong to no municipality: they work across all of them.
NATIONAL_ROLES = frozenset({StaffRole.NATIONAL_COORDINATOR, StaffRole.PLATFORM_OPERATOR})
# Roles a functional administrator may give to staff of their own municipality.
MUNICIPAL_ROLES = (StaffRole.CASE_HANDLER, StaffRole.FUNCTIONAL_ADMINISTRATOR)


class IdentityKind(models.TextChoices):
    RESIDENT = "resident", _("Inwoner")
    BUSINESS = "business", _("Organisatie")
