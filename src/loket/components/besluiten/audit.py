"""Audit-trail rows of the Besluiten API, and the notification of the same write.

Called inside the write's transaction. Every row also queues one notification on kanaal
"besluiten" (contract 1): this is the one place the component notifies from.
"""

from loket.components.common.paths import CATALOGI_ROOT
from loket.components.notificaties.emit import notify_zgw
from loket.components.zaken.audit import Actor

from .models import BesluitAuditTrail
from .representation import besluit_url, besluitinformatieobject_url

URLS = {"besluit": besluit_url, "besluitinformatieobject": besluitinformatieobject_url}


def record(
    *,
    actor: Actor,
    besluit,
    actie: str,
    resource: str,
    obj,
    weergave,
    oud: dict | None = None,
    nieuw: dict | None = None,
    keep_besluit: bool = True,
) -> BesluitAuditTrail:
    """One row for `actie` on `obj` (the besluit or a besluitinformatieobject of it)."""
    hoofd_object = besluit_url("", besluit.uuid)
    resource_url = URLS[resource]("", obj.uuid)
    row = BesluitAuditTrail.write(
        municipality_id=besluit.municipality_id,
        besluit=besluit if keep_besluit else None,
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
        kanaal="besluiten",
        hoofd_object=hoofd_object,
        resource=resource,
        resource_url=resource_url,
        actie=actie,
        kenmerken={
            "verantwoordelijkeOrganisatie": besluit.verantwoordelijke_organisatie,
            "besluittype": f"{CATALOGI_ROOT}/besluittypen/{besluit.besluittype.uuid}",
        },
        municipality_id=besluit.municipality_id,
    )
    return row
