"""The resident's own person list in plain words: what "Mijn gegevens" shows."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .constants import COUNTRY_NETHERLANDS, RelationshipKind
from .dates import display
from .models import CountryCode, NationalityCode, Person, Relationship, Residence
from .naming import addressed_name, join_name


@dataclass(frozen=True)
class HouseholdMember:
    name: str
    relation: str
    birth_year: str


@dataclass(frozen=True)
class PersonDetails:
    name: str
    first_names: str
    surname: str
    birth_date: str
    birth_place: str
    gender: str
    nationalities: list[str]
    address_line1: str
    address_line2: str
    living_here_since: str
    municipality_name: str
    partner_name: str
    household: list[HouseholdMember]


def _relation_to(person: Person, other: Person, partner_id: int | None) -> str:
    if other.pk == partner_id:
        return str(_("partner"))
    kinds = {r.kind for r in person.relationships.all() if r.related_person_id == other.pk}
    if RelationshipKind.CHILD in kinds:
        return str(_("kind"))
    if RelationshipKind.PARENT in kinds:
        return str(_("ouder"))
    return str(_("woont op hetzelfde adres"))


def address_lines(residence: Residence | None) -> tuple[str, str]:
    """The two lines of the current address; a place without an address has its description."""
    if residence is None:
        return "", ""
    if residence.address is None:
        return residence.location_description, ""
    return residence.address.line1, residence.address.line2


def describe(
    person: Person, members: list[Person], *, residence: Residence | None, partner: Relationship | None
) -> PersonDetails:
    """`members`: the others in the household, as `selectors.household` gives them; `residence` and
    `partner`: the person's `current_residence` and `current_partner`, which the caller already has."""
    line1, line2 = address_lines(residence)
    nationality_codes = [n.nationality for n in person.nationalities.all() if n.nationality and not n.ended_reason]
    nationality_names = dict(NationalityCode.objects.filter(code__in=nationality_codes).values_list("code", "description"))
    birth_country = CountryCode.objects.filter(code=person.birth_country).values_list("description", flat=True).first()
    birth_place = person.birth_place or ""
    if birth_country and person.birth_country != COUNTRY_NETHERLANDS:
        birth_place = f"{birth_place}, {birth_country}" if birth_place else birth_country
    partner_id = partner.related_person_id if partner else None
    return PersonDetails(
        name=addressed_name(person, partner),
        first_names=person.first_names,
        surname=person.own_surname,
        birth_date=display(person.birth_date),
        birth_place=birth_place,
        gender=person.get_gender_display() if person.gender else "",
        nationalities=[nationality_names.get(code, code) for code in nationality_codes],
        address_line1=line1,
        address_line2=line2,
        living_here_since=display(residence.valid_from) if residence else "",
        municipality_name=residence.municipality.name if residence and residence.municipality_id else "",
        partner_name=join_name(partner.first_names, partner.name_prefix, partner.surname) if partner else "",
        household=[
            HouseholdMember(
                name=addressed_name(member),
                relation=_relation_to(person, member, partner_id),
                birth_year=member.birth_date[:4] if member.birth_date[:4] != "0000" else "",
            )
            for member in members
        ],
    )
