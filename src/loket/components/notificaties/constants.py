"""The kanalen of Loket's own ZGW components and the Notificaties API scopes."""

CONSUMEREN = "notificaties.consumeren"
PUBLICEREN = "notificaties.publiceren"

_DOCS = "https://vng-realisatie.github.io/gemma-zaken/standaard/"

# naam -> (kenmerken, documentation); as the standards (and Open Zaak) define them.
OWN_KANALEN: dict[str, tuple[list[str], str]] = {
    "zaken": (
        ["bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"],
        _DOCS + "zaken/",
    ),
    "documenten": (
        ["bronorganisatie", "informatieobjecttype", "vertrouwelijkheidaanduiding"],
        _DOCS + "documenten/",
    ),
    "besluiten": (["verantwoordelijkeOrganisatie", "besluittype"], _DOCS + "besluiten/"),
    "zaaktypen": (["catalogus"], _DOCS + "catalogi/"),
    "informatieobjecttypen": (["catalogus"], _DOCS + "catalogi/"),
    "besluittypen": (["catalogus"], _DOCS + "catalogi/"),
    "autorisaties": ([], _DOCS + "autorisaties/"),
}

# Outbox names (contract with loket.notifications).
KIND = "zgw"
TRANSPORT = "abonnement"
