"""Audit-trail rows: who did what to a zaak, through which application. Called inside the write's transaction."""

from dataclasses import dataclass

from loket.components.common.paths import ZAKEN_ROOT
from loket.components.notificaties.emit import notify_zaken

from .models import AuditTrail
from .representation import zaakeigenschap_url


@dataclass(frozen=True)
class Actor:
    """Who writes: the application (from the JWT, or the platform itself) and the end user."""

    applicatie_id: str = ""
    applicatie_weergave: str = ""
    gebruikers_id: str = ""
    gebruikers_weergave: str = ""
    toelichting: str = ""


PLATFORM = Actor(applicatie_id="loket", applicatie_weergave="Loket")


def record(
    *,
    actor: Actor,
    zaak,
    actie: str,
    resource: str,
    obj,
    weergave,
    oud: dict | None = None,
    nieuw: dict | None = None,
    keep_zaak: bool = True,
) -> AuditTrail:
    """One row for `actie` on `obj` (the zaak or an object under it; after a delete its uuid stays),
    and the notification on kanaal "zaken" that every audited change sends."""
    row = AuditTrail.write(
        municipality_id=zaak.municipality_id,
        zaak=zaak if keep_zaak else None,
        actor=actor,
        actie=actie,
        hoofd_object=f"{ZAKEN_ROOT}/zaken/{zaak.uuid}",
        resource=resource,
        resource_url=resource_path(resource, obj.uuid, zaak.uuid),
        weergave=weergave,
        oud=oud,
        nieuw=nieuw,
    )
    notify_zaken(zaak=zaak, actie=actie, resource=resource, resource_url=row.resource_url)
    return row


COLLECTIONS = {
    "zaak": "zaken",
    "status": "statussen",
    "rol": "rollen",
    "resultaat": "resultaten",
    "zaakobject": "zaakobjecten",
    "zaakinformatieobject": "zaakinformatieobjecten",
    "klantcontact": "klantcontacten",
    "zaakcontactmoment": "zaakcontactmomenten",
    "zaakverzoek": "zaakverzoeken",
}


def resource_path(resource: str, resource_uuid, zaak_uuid) -> str:
    if resource == "zaakeigenschap":
        return zaakeigenschap_url("", zaak_uuid, resource_uuid)
    return f"{ZAKEN_ROOT}/{COLLECTIONS[resource]}/{resource_uuid}"
