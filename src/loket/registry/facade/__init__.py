"""What the rest of the platform may ask the registry. Other apps use these, not the models."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count

from loket.privacy.actors import Actor
from loket.privacy.constants import ProcessingAction
from loket.privacy.services import log_all, new_record

from ..details import PersonDetails, address_lines, describe
from ..models import Address, Person, Residence
from ..naming import addressed_name
from ..selectors import current_partner, current_residence, household, person_by_bsn

LEGAL_BASIS = "AVG art. 6 lid 1 sub e; Wet basisregistratie personen"


def municipality_code_of(bsn: str) -> str | None:
    """The code of the municipality where this person is registered now, or None.

    Used by the tenant layer on every request of a logged-in resident (settings
    LOKET_RESIDENCE_LOOKUP). No processing-log row: this is routing, not a read of personal data
    that is shown to anyone. The answer only picks which municipality's portal the resident
    themself sees; logging it would add a row per page view and drown the rows that matter.
    One indexed query (person by BSN, current residence).
    """
    if not bsn:
        return None
    return (
        Residence.all_municipalities.filter(person__bsn=bsn, valid_until="")
        .order_by("-valid_from", "-id")
        .values_list("municipality__code", flat=True)
        .first()
    )


def _read_record(person: Person, *, action_name: str, municipality, actor: Actor, purpose: str, legal_basis: str):
    return new_record(
        actor=actor,
        action=ProcessingAction.READ,
        action_name=action_name,
        purpose=purpose,
        legal_basis=legal_basis,
        object_type="persoon",
        object_id=person.pk,
        subject_bsn=person.bsn or "",
        municipality=municipality,
    )


@dataclass(frozen=True)
class PersonSummary:
    name: str
    address_line1: str
    address_line2: str
    municipality_code: str
    municipality_name: str
    is_deceased: bool


def person_summary(
    bsn: str, *, actor: Actor, purpose: str, legal_basis: str = LEGAL_BASIS
) -> PersonSummary | None:
    """Name (as the person wants to be addressed), current address and municipality. Logged."""
    person = person_by_bsn(bsn)
    if person is None:
        return None
    residence = current_residence(person)
    partner = current_partner(person)
    municipality = residence.municipality if residence else None
    log = {"actor": actor, "purpose": purpose, "legal_basis": legal_basis, "municipality": municipality}
    log_all([_read_record(person, action_name="Persoonsgegevens tonen", **log)])
    line1, line2 = address_lines(residence)
    return PersonSummary(
        name=addressed_name(person, partner),
        address_line1=line1,
        address_line2=line2,
        municipality_code=municipality.code if municipality else "",
        municipality_name=municipality.name if municipality else "",
        is_deceased=person.is_deceased,
    )


def person_details(
    bsn: str, *, actor: Actor, purpose: str, legal_basis: str = LEGAL_BASIS
) -> PersonDetails | None:
    """Everything "Mijn gegevens" shows: name, birth, nationality, address, household. Logged."""
    person = Person.objects.filter(bsn=bsn).prefetch_related("nationalities", "relationships").first()
    if person is None:
        return None
    residence = current_residence(person)
    partner = current_partner(person)
    members = [member for member in household(person, residence) if member.pk != person.pk]
    details = describe(person, members, residence=residence, partner=partner)
    municipality = residence.municipality if residence else None
    log = {"actor": actor, "purpose": purpose, "legal_basis": legal_basis, "municipality": municipality}
    log_all(  # co-residents' names are their personal data too: one row each, in one INSERT
        [_read_record(person, action_name="Persoonslijst tonen", **log)]
        + [_read_record(member, action_name="Als lid van het huishouden tonen", **log) for member in members]
    )
    return details


def municipality_code_for_postcode(postcode: str) -> str | None:
    """The code of the municipality a postcode lies in ("3011 AB" or just "3011"), or None.

    Addresses are public key data (BAG), so no processing-log row. A four-digit area can cross
    a municipal border: the municipality with most addresses in it wins.
    """
    normalised = "".join(postcode.split()).upper()
    if len(normalised) not in (4, 6):
        return None
    addresses = Address.objects.filter(postcode__startswith=normalised)
    row = (
        addresses.values("municipality__code")
        .annotate(count=Count("id"))
        .order_by("-count", "municipality__code")
        .first()
    )
    return row["municipality__code"] if row else None
