"""Writes for resident and business identities."""

from django.db import transaction
from django.utils import timezone

from .models import Business, Resident


@transaction.atomic
def resident_logged_in(*, bsn: str) -> Resident:
    resident, _ = Resident.objects.get_or_create(bsn=bsn)
    Resident.objects.filter(pk=resident.pk).update(last_login=timezone.now())
    return resident


@transaction.atomic
def business_logged_in(*, kvk: str, name: str = "") -> Business:
    business, created = Business.objects.get_or_create(kvk=kvk, defaults={"name": name})
    updates = {"last_login": timezone.now()}
    if name and name != business.name:
        updates["name"] = name
    Business.objects.filter(pk=business.pk).update(**updates)
    return business
