"""Applicaties as the Autorisaties API's JSON (from prefetched rows; secrets are never shown)."""

from loket.components.catalogi.representation import url as catalogi_url
from loket.components.common.constants import Component, Vertrouwelijkheid

AUTORISATIES_ROOT = "/autorisaties/api/v1"
AUTORISATIES_VERSION = "1.0.0"


def autorisatie_data(autorisatie, base: str) -> dict:
    data = {
        "component": autorisatie.component,
        "componentWeergave": str(Component(autorisatie.component).label),
        "scopes": list(autorisatie.scopes),
    }
    if autorisatie.zaaktype_id:
        data["zaaktype"] = catalogi_url(base, "zaaktypen", autorisatie.zaaktype.uuid)
    if autorisatie.informatieobjecttype_id:
        data["informatieobjecttype"] = catalogi_url(
            base, "informatieobjecttypen", autorisatie.informatieobjecttype.uuid
        )
    if autorisatie.besluittype_id:
        data["besluittype"] = catalogi_url(base, "besluittypen", autorisatie.besluittype.uuid)
    if autorisatie.max_vertrouwelijkheidaanduiding:
        data["maxVertrouwelijkheidaanduiding"] = Vertrouwelijkheid(
            autorisatie.max_vertrouwelijkheidaanduiding
        ).api_value
    return data


def applicatie_data(applicatie, base: str) -> dict:
    return {
        "url": f"{base}{AUTORISATIES_ROOT}/applicaties/{applicatie.uuid}",
        "clientIds": [secret.identifier for secret in applicatie.secrets.all()],
        "label": applicatie.label,
        "heeftAlleAutorisaties": applicatie.heeft_alle_autorisaties,
        "autorisaties": [autorisatie_data(a, base) for a in applicatie.autorisaties.all()],
        "gemeenten": [m.cbs_code for m in applicatie.municipalities.all()],
    }


def applicatie_input(applicatie, base: str) -> dict:
    """The stored applicatie as a request body, so a PATCH can be applied on top of it."""
    data = applicatie_data(applicatie, base)
    data.pop("url")
    for autorisatie in data["autorisaties"]:
        autorisatie.pop("componentWeergave")
    return data
