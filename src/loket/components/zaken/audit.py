"""Audit-trail rows: who did what to a zaak, through which application. Called inside the write's transaction."""

from dataclasses import dataclass

from loket.components.common.paths import ZAKEN_ROOT

from .models import AuditTrail

ACTIE_WEERGAVE = {
    "create": "Object aangemaakt",
    "update": "Object bijgewerkt",
    "partial_update": "Object deels bijgewerkt",
    "destroy": "Object verwijderd",
}


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
    resultaat: int,
    resource: str,
    resource_uuid,
    resource_weergave: str,
    oud: dict | None,
    nieuw: dict | None,
    keep_zaak: bool = True,
) -> AuditTrail:
    return AuditTrail.all_municipalities.create(
        municipality_id=zaak.municipality_id,
        zaak=zaak if keep_zaak else None,
        applicatie_id=actor.applicatie_id,
        applicatie_weergave=actor.applicatie_weergave,
        gebruikers_id=actor.gebruikers_id,
        gebruikers_weergave=actor.gebruikers_weergave,
        actie=actie,
        actie_weergave=ACTIE_WEERGAVE.get(actie, actie),
        resultaat=resultaat,
        hoofd_object=f"{ZAKEN_ROOT}/zaken/{zaak.uuid}",
        resource=resource,
        resource_url=resource_path(resource, resource_uuid, zaak.uuid),
        resource_weergave=resource_weergave,
        toelichting=actor.toelichting,
        oud=oud,
        nieuw=nieuw,
    )


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
        return f"{ZAKEN_ROOT}/zaken/{zaak_uuid}/zaakeigenschappen/{resource_uuid}"
    return f"{ZAKEN_ROOT}/{COLLECTIONS[resource]}/{resource_uuid}"
