"""Processing-log rows for BRP API calls: one per person delivered, one for a search that found nobody."""

from __future__ import annotations

import uuid

from loket.privacy.actors import Actor
from loket.privacy.constants import ProcessingAction
from loket.privacy.services import log_processing

from .authentication import CallContext
from .queries import Query
from .representation import current_place

APPLICATION = "BRP API Personen"


def log_reads(call: CallContext, query: Query, persons) -> None:
    """Call inside the transaction of the read, so an answer never leaves without its rows."""
    display = f"{call.client.name} ({call.user})" if call.user else call.client.name
    common = {
        "actor": Actor.api_client(str(call.client.pk), display[:200]),
        "action": ProcessingAction.READ,
        "action_name": call.processing or f"{APPLICATION} {query.type.name}",
        "purpose": call.purpose.description,
        "legal_basis": call.purpose.legal_basis,
        "application": APPLICATION,
        "processing_id": uuid.uuid4(),
    }
    for person in persons:
        residence, _ = current_place(person)
        log_processing(
            **common,
            object_type="persoon",
            object_id=person.pk,
            subject_bsn=person.bsn or None,
            municipality=residence.municipality if residence else None,
        )
    if not persons:
        log_processing(**common, object_type="zoekvraag", object_id=query.type.name)
