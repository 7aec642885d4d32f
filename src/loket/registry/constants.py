from django.db import models
from django.utils.translation import gettext_lazy as _

RNI_MUNICIPALITY_CODE = "1999"
COUNTRY_NETHERLANDS = "6030"
COUNTRY_UNKNOWN = "0000"


class Gender(models.TextChoices):
    MALE = "M", _("man")
    FEMALE = "V", _("vrouw")
    UNKNOWN = "O", _("onbekend")


class NameUsage(models.TextChoices):
    """BRP 01.61.10 aanduiding naamgebruik."""

    OWN = "E", _("eigen naam")
    PARTNER = "P", _("naam partner")
    PARTNER_OWN = "V", _("naam partner gevolgd door eigen naam")
    OWN_PARTNER = "N", _("eigen naam gevolgd door naam partner")


class RelationshipKind(models.TextChoices):
    PARENT = "parent", _("ouder")
    CHILD = "child", _("kind")
    PARTNER = "partner", _("partner")


class PartnershipType(models.TextChoices):
    MARRIAGE = "H", _("huwelijk")
    REGISTERED = "P", _("geregistreerd partnerschap")


class AddressFunction(models.TextChoices):
    RESIDENCE = "W", _("woonadres")
    MAILING = "B", _("briefadres")


class EventKind(models.TextChoices):
    MOVED_IN = "moved_in", _("ingeschreven op adres")
    MOVED_OUT = "moved_out", _("vertrokken van adres")
    EMIGRATED = "emigrated", _("vertrokken naar het buitenland")
    DIED = "died", _("overleden")
    PARTNERSHIP_STARTED = "partnership_started", _("huwelijk of partnerschap aangegaan")
    PARTNERSHIP_ENDED = "partnership_ended", _("huwelijk of partnerschap beëindigd")
    CORRECTED = "corrected", _("gegeven gecorrigeerd")


# Reasons a partnership ended (BRP 05.07.40).
PARTNERSHIP_END_DEATH = "O"
# Reason the registration is suspended (BRP 07.67.20).
SUSPENSION_DEATH = "O"
