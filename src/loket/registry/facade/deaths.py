"""What the platform may ask and tell the registry about a death (the overlijden module uses it).

Every read of a person's data writes a processing-log row for that person; recording the death
goes through `services.register_death`, which checks, changes and logs in one transaction.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from loket.privacy.actors import Actor
from loket.privacy.services import log_all
from loket.tenancy.models import Municipality

from .. import errors, services
from ..constants import EventKind, RelationshipKind
from ..dates import earliest, to_date
from ..lookup_limit import lookup_allowed
from ..models import CivilStatusEvent, Person
from ..naming import addressed_name, join_name
from ..selectors import current_partner, current_residence, household, person_by_bsn
from . import LEGAL_BASIS, _read_record

__all__ = [
    "AmbiguousPerson",
    "DeathRecord",
    "Deceased",
    "Relative",
    "RegistryError",
    "TooManyLookups",
    "death_municipality",
    "deaths_registered_elsewhere",
    "find_person",
    "household_names",
    "record_death",
    "relation_confirmed",
    "relatives",
]

RegistryError = errors.RegistryError
ADULT_AGE = 18
NAME_MATCH_LIMIT = 5


class TooManyLookups(errors.RegistryError):
    message = _("U heeft in korte tijd te vaak iemand opgezocht. Probeer het over een uur opnieuw.")


class AmbiguousPerson(errors.RegistryError):
    message = _("Er zijn meer personen met deze naam en geboortedatum. Vul het burgerservicenummer in.")


@dataclass(frozen=True)
class Deceased:
    """The person a death is declared for, as the declaration needs them."""

    bsn: str
    name: str
    birth_date: datetime.date | None
    is_deceased: bool
    municipality: Municipality | None  # of residence (registration)


@dataclass(frozen=True)
class Relative:
    bsn: str
    name: str
    relation: str  # "partner" or "child"
    municipality: Municipality | None


@dataclass(frozen=True)
class DeathRecord:
    name: str
    died_on: datetime.date | None
    place_name: str


def _log_reads(people: list[Person], *, actor: Actor, purpose: str, action_name: str) -> None:
    rows = []
    for person in people:
        residence = current_residence(person)
        rows.append(
            _read_record(
                person,
                action_name=action_name,
                municipality=residence.municipality if residence else None,
                actor=actor,
                purpose=purpose,
                legal_basis=LEGAL_BASIS,
            )
        )
    if rows:
        log_all(rows)


def _as_deceased(person: Person) -> Deceased:
    residence = current_residence(person)
    return Deceased(
        bsn=person.bsn or "",
        name=addressed_name(person, current_partner(person)),
        birth_date=earliest(person.birth_date),
        is_deceased=person.is_deceased,
        municipality=residence.municipality if residence else None,
    )


def _surname_matches(person: Person, typed: str) -> bool:
    typed = " ".join(typed.lower().split())
    names = {person.surname.lower(), join_name(person.name_prefix, person.surname).lower()}
    return any(name.startswith(typed) for name in names)


def find_person(
    *,
    actor: Actor,
    purpose: str,
    bsn: str = "",
    surname: str = "",
    birth_date: datetime.date | None = None,
    not_bsn: str = "",
    counts_as_lookup: bool = True,
) -> Deceased | None:
    """The person by BSN, or by surname (its start, with or without prefix) and date of birth.

    `not_bsn` is never the answer (someone cannot declare their own death); it is compared in
    Python, so looking it up reads no one. Raises AmbiguousPerson when a name matches several,
    TooManyLookups when the actor looked up too many people lately (lookup_limit.py; pass
    counts_as_lookup=False to read again whom a declaration already names). The person found
    is logged as read.
    """
    if counts_as_lookup and not lookup_allowed(actor):
        raise TooManyLookups()
    if bsn:
        person = person_by_bsn(bsn)
        found = [person] if person is not None and person.bsn != not_bsn else []
    else:
        if not surname or birth_date is None:
            return None
        day = birth_date.strftime("%Y%m%d")
        words = surname.split()
        first_word = words[-1] if words else ""
        candidates = Person.objects.filter(birth_date=day, surname__icontains=first_word)[:50]
        found = [p for p in candidates if _surname_matches(p, surname) and p.bsn and p.bsn != not_bsn]
        if len(found) > 1:
            raise AmbiguousPerson()
    if not found:
        return None
    _log_reads(found, actor=actor, purpose=purpose, action_name="Overledene opzoeken")
    return _as_deceased(found[0])


def relation_confirmed(*, deceased_bsn: str, declarant_bsn: str, relation: str) -> bool:
    """Whether the registry shows the declarant as the deceased's partner, child or parent.

    Reads relationship rows the caller has already logged the deceased's read for.
    """
    person = person_by_bsn(deceased_bsn)
    if person is None:
        return False
    kinds = {"partner": RelationshipKind.PARTNER, "child": RelationshipKind.CHILD, "parent": RelationshipKind.PARENT}
    kind = kinds.get(relation)
    if kind is None:
        return False
    for row in person.relationships.all():
        if row.kind != kind or (kind == RelationshipKind.PARTNER and row.valid_until):
            continue
        other_bsn = row.bsn or (row.related_person.bsn if row.related_person_id else "")
        if other_bsn == declarant_bsn:
            return True
    return False


def _age_on(birth_date: str, day: datetime.date) -> int | None:
    born = to_date(birth_date)
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def relatives(bsn: str, *, actor: Actor, purpose: str, on: datetime.date | None = None) -> list[Relative]:
    """The partner (also one whose partnership just ended by this death) and the adult children
    in the registry, alive and with a BSN. Each is logged as read."""
    person = Person.objects.filter(bsn=bsn).prefetch_related("relationships__related_person").first()
    if person is None:
        return []
    day = on or datetime.date.today()
    partner_rows = [r for r in person.relationships.all() if r.kind == RelationshipKind.PARTNER]
    ended_by_death = [r for r in partner_rows if not r.valid_until or r.valid_until == person.death_date]
    partner = max(ended_by_death, key=lambda r: (r.valid_from, r.pk), default=None)
    found: list[tuple[Person, str]] = []
    if partner is not None and partner.related_person is not None:
        found.append((partner.related_person, "partner"))
    for row in person.relationships.all():
        child = row.related_person
        if row.kind != RelationshipKind.CHILD or child is None:
            continue
        age = _age_on(child.birth_date, day)
        if age is not None and age >= ADULT_AGE:
            found.append((child, "child"))
    alive = [(p, relation) for p, relation in found if p.bsn and not p.is_deceased]
    _log_reads([p for p, _ in alive], actor=actor, purpose=purpose, action_name="Nabestaande opzoeken")
    answer = []
    for relative, relation in alive:
        residence = current_residence(relative)
        answer.append(
            Relative(
                bsn=relative.bsn,
                name=addressed_name(relative, current_partner(relative)),
                relation=relation,
                municipality=residence.municipality if residence else None,
            )
        )
    return answer


def death_municipality(name: str) -> Municipality | None:
    """The municipality a place of death names (its name, case-insensitive), or None."""
    name = " ".join(name.split())
    if not name:
        return None
    return Municipality.objects.filter(name__iexact=name).first()


def record_death(
    *, bsn: str, died_on: datetime.date, municipality: Municipality, actor: Actor, purpose: str
) -> None:
    """Record the death: the person list is suspended, a partnership ends, and the person no longer
    counts in any household (households are the living at an address). The place of death is the
    municipality's code, as on a BRP person list. Raises a RegistryError with a Dutch message."""
    services.register_death(bsn=bsn, died_on=died_on, actor=actor, purpose=purpose, place=municipality.code)


def household_names(bsn: str, *, actor: Actor, purpose: str) -> list[str]:
    """The names of the living who live at this person's address, the person included. Logged."""
    person = person_by_bsn(bsn)
    if person is None:
        return []
    members = household(person)
    _log_reads(members, actor=actor, purpose=purpose, action_name="Huishouden tonen")
    return [addressed_name(member, current_partner(member)) for member in members]


def deaths_registered_elsewhere(
    municipality: Municipality, *, actor: Actor, purpose: str, limit: int = 50
) -> list[DeathRecord]:
    """Deaths of this municipality's residents whose certificate another municipality drew up,
    newest first. Each deceased is logged as read."""
    events = list(
        CivilStatusEvent.objects.filter(kind=EventKind.DIED, municipality=municipality)
        .exclude(person__death_place=municipality.code)
        .select_related("person")
        .order_by("-recorded_at", "-pk")[:limit]
    )
    people = [event.person for event in events]
    _log_reads(people, actor=actor, purpose=purpose, action_name="Overlijden elders tonen")
    places = dict(
        Municipality.objects.filter(code__in={p.death_place for p in people}).values_list("code", "name")
    )
    return [
        DeathRecord(
            name=addressed_name(person),
            died_on=to_date(person.death_date),
            place_name=places.get(person.death_place, person.death_place),
        )
        for person in people
    ]
