"""Writing to the processing log. Call it inside the transaction of the processing it records.

`log_processing` writes one row. For one processing that touches several people (a household, a
search answer), build the rows with `new_record` and write them in one INSERT with `log_all`.
"""

from __future__ import annotations

import uuid

from .actors import Actor
from .conf import system_name
from .constants import SUBJECT_TYPE_BSN, Confidentiality, ProcessingAction
from .models import ProcessingRecord
from .subjects import subject_reference


def new_record(
    *,
    actor: Actor,
    action: str,
    purpose: str,
    legal_basis: str,
    object_type: str,
    object_id: str | int = "",
    subject_bsn: str | None = None,
    municipality=None,
    action_name: str = "",
    application: str = "",
    confidentiality: str = Confidentiality.NORMAL,
    processing_id: uuid.UUID | None = None,
) -> ProcessingRecord:
    """A checked, unsaved row. Write it with `log_all` (or use `log_processing`)."""
    if action not in ProcessingAction.values:
        raise ValueError(f"Unknown processing action {action!r}")
    if not purpose or not legal_basis:
        raise ValueError("Every processing needs a purpose and a legal basis.")
    return ProcessingRecord(
        actor_kind=actor.kind,
        actor_id=actor.identifier,
        actor_display=actor.display,
        action=action,
        action_name=action_name,
        purpose=purpose,
        legal_basis=legal_basis,
        confidentiality=confidentiality,
        object_type=object_type,
        object_id=str(object_id),
        subject_type=SUBJECT_TYPE_BSN if subject_bsn else "",
        subject_ref=subject_reference(subject_bsn) if subject_bsn else "",
        system=system_name(),
        application=application,
        municipality=municipality,
        processing_id=processing_id,
    )


def log_processing(**fields) -> ProcessingRecord:
    """Writes one row; takes the arguments of `new_record`."""
    record = new_record(**fields)
    record.save(force_insert=True)
    return record


def log_all(records: list[ProcessingRecord]) -> list[ProcessingRecord]:
    """Writes rows made by `new_record` together."""
    return ProcessingRecord.objects.bulk_create(records)
