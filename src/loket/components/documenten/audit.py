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
    row = AuditTrail.write(
        municipality_id=document.municipality_id,
        document=document if keep_document else None,
        actor=actor,
        actie=actie,
        hoofd_object=hoofd_object,
        resource=resource,
        resource_url=resource_url,
        weergave=weergave,
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
