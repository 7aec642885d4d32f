"""What a move needs from the registry (modules use this, not the models).

Addresses are public key data (BAG): looking one up writes no processing-log row. Everything
about a person (who lives where, a household, whether someone died) writes one row per person
read, with the caller's actor and purpose, as `person_summary` does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction

from loket.privacy.actors import Actor
from loket.privacy.services import log_all

from .. import errors
from ..constants import RelationshipKind
from ..dates import earliest
from ..models import Address, Person, Residence
from ..naming import addressed_name
from ..selectors import current_partner, current_residence, household
from ..services import register_move
from . import LEGAL_BASIS, _read_record

__all__ = [
    "ADULT_AGE",
    "AddressInfo",
    "HouseholdMember",
    "MoveRefused",
    "Occupancy",
    "PersonState",
    "address_by_id",
    "find_address",
    "household_members",
    "occupancy",
    "person_states",
    "record_move",
    "system_actor",
]

ADULT_AGE = 18

MoveRefused = errors.RegistryError


def system_actor(name: str) -> Actor:
    """The platform acting on its own (a scheduled job), as named in the processing log."""
    return Actor.system(name)


@dataclass(frozen=True)
class AddressInfo:
    id: int
    municipality: object  # the Municipality the address lies in (where a move is declared)
    line1: str
    line2: str
    postcode: str
    municipality_code: str
    municipality_name: str
    is_residential: bool


def _info(address: Address) -> AddressInfo:
    return AddressInfo(
        id=address.pk,
        municipality=address.municipality,
        line1=address.line1,
        line2=address.line2,
        postcode=address.postcode,
        municipality_code=address.municipality.code,
        municipality_name=address.municipality.name,
        is_residential=address.is_residential,
    )


def normalise_postcode(postcode: str) -> str:
    return "".join(postcode.split()).upper()


def find_address(postcode: str, house_number: int, house_letter: str = "", addition: str = "") -> AddressInfo | None:
    """The one address with exactly this postcode, number, letter and addition, or None."""
    found = list(
        Address.objects.filter(
            postcode=normalise_postcode(postcode),
            house_number=house_number,
            house_letter__iexact=house_letter.strip(),
            house_number_addition__iexact=addition.strip(),
        ).select_related("municipality")[:2]
    )
    return _info(found[0]) if len(found) == 1 else None


def address_by_id(address_id: int) -> AddressInfo | None:
    address = Address.objects.select_related("municipality").filter(pk=address_id).first()
    return _info(address) if address else None


def _age(person: Person, on: date) -> int | None:
    born = earliest(person.birth_date)
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _log_reads(persons, *, actor: Actor, purpose: str, action_name: str, municipality=None) -> None:
    log_all(
        [
            _read_record(
                person,
                action_name=action_name,
                municipality=municipality,
                actor=actor,
                purpose=purpose,
                legal_basis=LEGAL_BASIS,
            )
            for person in persons
        ]
    )


@dataclass(frozen=True)
class Occupancy:
    """Who is registered at an address now."""

    residents: int
    adults: int
    main_occupant_bsn: str
    main_occupant_name: str
    resident_bsns: tuple[str, ...]


def occupancy(address_id: int, *, on: date, actor: Actor, purpose: str) -> Occupancy:
    """Everyone alive registered at the address now; the main occupant is the adult who has lived
    there longest (then the oldest). Logged: one row per person read."""
    residences = list(
        Residence.all_municipalities.filter(address_id=address_id, valid_until="", person__death_date="")
        .select_related("person", "municipality")
        .order_by("valid_from", "person__birth_date", "pk")
    )
    persons = [r.person for r in residences]
    if persons:
        _log_reads(
            persons,
            actor=actor,
            purpose=purpose,
            action_name="Bewoners van het nieuwe adres bekijken",
            municipality=residences[0].municipality,
        )
    adults = [p for p in persons if (_age(p, on) or 0) >= ADULT_AGE]
    main = adults[0] if adults else None
    return Occupancy(
        residents=len(persons),
        adults=len(adults),
        main_occupant_bsn=(main.bsn or "") if main else "",
        main_occupant_name=addressed_name(main, current_partner(main)) if main else "",
        resident_bsns=tuple(p.bsn for p in persons if p.bsn),
    )


@dataclass(frozen=True)
class HouseholdMember:
    bsn: str
    name: str
    relation: str  # "partner", "child" or "other" (from the declarant's person list)
    age: int | None

    @property
    def is_adult(self) -> bool:
        return self.age is None or self.age >= ADULT_AGE

    @property
    def may_be_declared_for(self) -> bool:
        """Wet BRP 2.48-2.49: a partner and minor children at the same address (the new one too)."""
        return self.relation == "partner" or (self.relation == "child" and not self.is_adult)


def household_members(bsn: str, *, on: date, actor: Actor, purpose: str) -> list[HouseholdMember]:
    """The people registered at the declarant's address (the declarant left out), with their
    relation to the declarant and their age on `on`. Logged: one row per member read."""
    person = Person.objects.filter(bsn=bsn).prefetch_related("relationships").first()
    if person is None:
        return []
    residence = current_residence(person)
    members = [m for m in household(person, residence) if m.pk != person.pk and m.bsn]
    if not members:
        return []
    relations = {
        r.related_person_id: r.kind
        for r in person.relationships.all()
        if r.related_person_id and not r.valid_until and r.kind in (RelationshipKind.PARTNER, RelationshipKind.CHILD)
    }
    _log_reads(
        members,
        actor=actor,
        purpose=purpose,
        action_name="Als lid van het huishouden tonen",
        municipality=residence.municipality if residence else None,
    )
    return [
        HouseholdMember(
            bsn=m.bsn,
            name=addressed_name(m, None),
            relation=relations.get(m.pk, "other"),
            age=_age(m, on),
        )
        for m in members
    ]


@dataclass(frozen=True)
class PersonState:
    bsn: str
    name: str
    is_deceased: bool
    address_id: int | None
    municipality_code: str
    living_there_since: date | None
    age: int | None

    @property
    def is_adult(self) -> bool:
        return self.age is None or self.age >= ADULT_AGE


def person_states(bsns: list[str], *, on: date, actor: Actor, purpose: str) -> dict[str, PersonState]:
    """For each BSN the registry knows: name, age on `on`, deceased or not, current address. Logged."""
    persons = list(Person.objects.filter(bsn__in=bsns).prefetch_related("relationships"))
    if not persons:
        return {}
    _log_reads(persons, actor=actor, purpose=purpose, action_name="Controle bij verhuizing")
    states = {}
    for person in persons:
        residence = current_residence(person)
        states[person.bsn] = PersonState(
            bsn=person.bsn,
            name=addressed_name(person, current_partner(person)),
            is_deceased=person.is_deceased,
            address_id=residence.address_id if residence else None,
            municipality_code=residence.municipality.code if residence else "",
            living_there_since=earliest(residence.valid_from) if residence else None,
            age=_age(person, on),
        )
    return states


@transaction.atomic
def record_move(*, bsns: list[str], address_id: int, moved_on: date, actor: Actor, purpose: str) -> dict[str, int | None]:
    """Record the new residence of every mover in ONE transaction: all or none.

    Returns {bsn: id of the municipality they left (None: no residence before)}. Raises `MoveRefused` (a registry error with
    a Dutch message) when any mover cannot move; nothing is recorded then.
    """
    left = {}
    for bsn in bsns:
        person = Person.objects.filter(bsn=bsn).first()
        previous = current_residence(person) if person else None
        register_move(bsn=bsn, address_id=address_id, moved_on=moved_on, actor=actor, purpose=purpose)
        left[bsn] = previous.municipality_id if previous else None
    return left
