"""The retention job: the only code that removes processing-log rows, and only past their term."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from .conf import retention_years
from .models import ProcessingRecord


def retention_cutoff(now: datetime | None = None) -> datetime:
    now = now or timezone.now()
    years = retention_years()
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def purge_expired(now: datetime | None = None) -> int:
    with transaction.atomic():
        expired = ProcessingRecord.objects.filter(occurred_at__lt=retention_cutoff(now))
        return expired._delete_past_term()
