"""Reads of the registry. These do not write processing-log rows; the facade does, for what it shows."""

from __future__ import annotations

from django.db.models import QuerySet

from .constants import RelationshipKind
from .models import Address, Person, Relationship, Residence


def person_by_bsn(bsn: str) -> Person | None:
    return Person.objects.filter(bsn=bsn).first()


def current_residence(person: Person) -> Residence | None:
    """Crosses municipalities on purpose: a person has one current residence, wherever it is."""
    return (
        Residence.all_municipalities.filter(person=person, valid_until="")
        .select_related("address", "municipality")
        .order_by("-valid_from", "-id")
        .first()
    )


def residence_history(person: Person) -> QuerySet[Residence]:
    return Residence.all_municipalities.filter(person=person).select_related("address").order_by("-valid_from")


def current_partner(person: Person) -> Relationship | None:
    return (
        Relationship.objects.filter(person=person, kind=RelationshipKind.PARTNER, valid_until="")
        .order_by("-valid_from", "-id")
        .first()
    )


def household(person: Person) -> list[Person]:
    """Everyone alive whose current residence is the same address, the person included.

    Derived, not stored: a household is who lives together now, so it follows every move.
    """
    residence = current_residence(person)
    if residence is None or residence.address_id is None:
        return [person]
    return list(
        Person.objects.filter(
            residences__address_id=residence.address_id, residences__valid_until="", death_date=""
        )
        .distinct()
        .order_by("birth_date", "pk")
    )


def addresses_by_postcode(postcode: str, house_number: int) -> QuerySet[Address]:
    return Address.objects.filter(postcode=postcode.replace(" ", "").upper(), house_number=house_number)
