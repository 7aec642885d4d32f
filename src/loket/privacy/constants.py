from django.db import models
from django.utils.translation import gettext_lazy as _


class ProcessingAction(models.TextChoices):
    READ = "read", _("bekeken")
    CREATE = "create", _("vastgelegd")
    UPDATE = "update", _("gewijzigd")
    DELETE = "delete", _("verwijderd")


class ActorKind(models.TextChoices):
    RESIDENT = "resident", _("inwoner")
    STAFF = "staff", _("medewerker")
    BUSINESS = "business", _("organisatie")
    API_CLIENT = "api_client", _("koppeling")
    SYSTEM = "system", _("systeem")


class Confidentiality(models.TextChoices):
    """GEMMA `vertrouwelijkheid`: confidential rows are not shown to the resident (e.g. an investigation)."""

    NORMAL = "normaal", _("normaal")
    CONFIDENTIAL = "vertrouwelijk", _("vertrouwelijk")


SUBJECT_TYPE_BSN = "BSN"
