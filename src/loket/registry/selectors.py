"""Reads of the registry. These do not write processing-log rows; the facade does, for what it shows."""

from __future__ import annotations

from .constants import RelationshipKind
from .models import Person, Relationship, Residence


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


def current_partner(person: Person) -> Relationship | None:
    """The newest partnership that has not ended. Reads `person.relationships`, so a caller that
    prefetched them pays no query; otherwise one query for the person's (few) relationships."""
    current = [r for r in person.relationships.all() if r.kind == RelationshipKind.PARTNER and not r.valid_until]
    return max(current, key=lambda r: (r.valid_from, r.pk), default=None)


_LOOK_UP = object()


def household(person: Person, residence=_LOOK_UP) -> list[Person]:
    """Everyone alive whose current residence is the same address, the person included.

    Derived, not stored: a household is who lives together now, so it follows every move.
    Pass `residence` (the person's `current_residence`, possibly None) when you have it already.
    """
    if residence is _LOOK_UP:
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

