"""Audit-trail rows for documents, and the "documenten" notification every audited change sends.

Called inside the write's transaction. The actor is the same dataclass the Zaken API uses.
"""

from loket.components.common.constants import Vertrouwelijkheid
from loket.components.common.paths import CATALOGI_ROOT
from loket.components.notificaties.emit import notify_zgw
from loket.components.zaken.audit import PLATFORM, Actor

from .models import AuditTrail
from .representation import document_url, url

__all__ = ["PLATFORM", "Actor", "record"]

ACTIE_WEERGAVE = {
    "create": "Object aangemaakt",
    "update": "Object bijgewerkt",
    "partial_update": "Object deels bijgewerkt",
    "destroy": "Object verwijderd",
}
RESULTAAT = {"create": 201, "destroy": 204}  # updates: 200
COLLECTIONS = {"enkelvoudiginformatieobject": None, "gebruiksrechten": "gebruiksrechten"}


def record(
    *,
    actor: Actor,
    document,
    actie: str,
    resource: str,
    obj,
    weergave,
    oud: dict | None = None,
    nieuw: dict | None = None,
    keep_document: bool = True,
) -> AuditTrail:
    """One row for `actie` on `obj` (the document or one of its gebruiksrechten) and its notification.

    `document` carries the current informatieobjecttype and vertrouwelijkheid (the kenmerken).
    """
    hoofd_object = document_url("", document.uuid)
    collection = COLLECTIONS[resource]
    resource_url = url("", collection, obj.uuid) if collection else hoofd_object
    row = AuditTrail.all_municipalities.create(
        municipality_id=document.municipality_id,
        document=document if keep_document else None,
        applicatie_id=actor.applicatie_id,
        applicatie_weergave=actor.applicatie_weergave,
        gebruikers_id=actor.gebruikers_id,
        gebruikers_weergave=actor.gebruikers_weergave,
        actie=actie,
        actie_weergave=ACTIE_WEERGAVE.get(actie, actie),
        resultaat=RESULTAAT.get(actie, 200),
        hoofd_object=hoofd_object,
        resource=resource,
        resource_url=resource_url,
        resource_weergave=str(weergave)[:200],
        toelichting=actor.toelichting,
        oud=oud,
        nieuw=nieuw,
    )
    notify_zgw(
        kanaal="documenten",
        hoofd_object=hoofd_object,
        resource=resource,
        resource_url=resource_url,
        actie=actie,
        kenmerken={
            "bronorganisatie": document.bronorganisatie,
            "informatieobjecttype": (
                f"{CATALOGI_ROOT}/informatieobjecttypen/{document.informatieobjecttype.uuid}"
            ),
            "vertrouwelijkheidaanduiding": Vertrouwelijkheid(
                document.vertrouwelijkheidaanduiding
            ).api_value,
        },
        municipality_id=document.municipality_id,
    )
    return row
