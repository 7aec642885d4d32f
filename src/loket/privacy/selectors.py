from django.db.models import QuerySet

from .constants import Confidentiality
from .models import ProcessingRecord
from .subjects import subject_reference


def processing_for_subject(bsn: str, *, include_confidential: bool = False) -> QuerySet[ProcessingRecord]:
    """Every processing of this person's data, newest first. What the resident may see by default."""
    rows = ProcessingRecord.objects.filter(subject_ref=subject_reference(bsn)).select_related("municipality")
    if not include_confidential:
        rows = rows.exclude(confidentiality=Confidentiality.CONFIDENTIAL)
    return rows
