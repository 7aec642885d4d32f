"""Fixed values of the module framework."""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _

from .discovery import ENTRY_POINT_GROUP  # noqa: F401  (defined there: settings read it without Django)

# Kebab-case, like Open Forms' plug-in identifiers; also the URL segment and the URL namespace.
IDENTIFIER_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
IDENTIFIER_MAX_LENGTH = 50


class Maturity(models.TextChoices):
    ALPHA = "alpha", _("Alfa: in ontwikkeling")
    BETA = "beta", _("Bèta: werkt, wordt nog getest")
    STABLE = "stable", _("Stabiel")


class CoreRequirement(models.TextChoices):
    REGISTRY = "registry", _("Basisregistratie personen")
    DOCUMENTS = "documents", _("Documenten")
    PAYMENTS = "payments", _("Betalingen")
    MANDATES = "mandates", _("Machtigingen")


class AuditAction(models.TextChoices):
    ACTIVATED = "activated", _("Aangezet")
    DEACTIVATED = "deactivated", _("Uitgezet")
    OPTIONS_CHANGED = "options_changed", _("Instellingen gewijzigd")
