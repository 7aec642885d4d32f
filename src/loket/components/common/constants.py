"""Value lists of the ZGW standard that more than one component uses."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Vertrouwelijkheid(models.IntegerChoices):
    """The 8 vertrouwelijkheidaanduidingen, stored as their rank so "at most X" is a comparison."""

    OPENBAAR = 1, _("Openbaar")
    BEPERKT_OPENBAAR = 2, _("Beperkt openbaar")
    INTERN = 3, _("Intern")
    ZAAKVERTROUWELIJK = 4, _("Zaakvertrouwelijk")
    VERTROUWELIJK = 5, _("Vertrouwelijk")
    CONFIDENTIEEL = 6, _("Confidentieel")
    GEHEIM = 7, _("Geheim")
    ZEER_GEHEIM = 8, _("Zeer geheim")

    @property
    def api_value(self) -> str:
        return self.name.lower()

    @classmethod
    def from_api(cls, value: str) -> "Vertrouwelijkheid":
        return cls[value.upper()]

    @classmethod
    def api_values(cls) -> list[str]:
        return [member.api_value for member in cls]


class Component(models.TextChoices):
    AC = "ac", _("Autorisaties API")
    NRC = "nrc", _("Notificaties API")
    ZRC = "zrc", _("Zaken API")
    ZTC = "ztc", _("Catalogi API")
    DRC = "drc", _("Documenten API")
    BRC = "brc", _("Besluiten API")


class Archiefnominatie(models.TextChoices):
    BLIJVEND_BEWAREN = "blijvend_bewaren", _("Blijvend bewaren")
    VERNIETIGEN = "vernietigen", _("Vernietigen")


class RolOmschrijving(models.TextChoices):
    ADVISEUR = "adviseur", _("Adviseur")
    BEHANDELAAR = "behandelaar", _("Behandelaar")
    BELANGHEBBENDE = "belanghebbende", _("Belanghebbende")
    BESLISSER = "beslisser", _("Beslisser")
    INITIATOR = "initiator", _("Initiator")
    KLANTCONTACTER = "klantcontacter", _("Klantcontacter")
    ZAAKCOORDINATOR = "zaakcoordinator", _("Zaakcoördinator")
    MEDE_INITIATOR = "mede_initiator", _("Mede-initiator")
