"""What the rest of the platform may ask the registry. Other apps use these, not the models."""

from __future__ import annotations

from dataclasses import dataclass

from loket.privacy.actors import Actor
from loket.privacy.constants import ProcessingAction
from loket.privacy.services import log_processing

from .details import PersonDetails, describe
from .models import Person, Residence
from .naming import addressed_name
from .selectors import current_partner, current_residence, household

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
    person = Person.objects.filter(bsn=bsn).first()
    if person is None:
        return None
    residence = current_residence(person)
    partner = current_partner(person)
    address = residence.address if residence else None
    municipality = residence.municipality if residence else None
    log_processing(
        actor=actor,
        action=ProcessingAction.READ,
        action_name="Persoonsgegevens tonen",
        purpose=purpose,
        legal_basis=legal_basis,
        object_type="persoon",
        object_id=person.pk,
        subject_bsn=bsn,
        municipality=municipality,
    )
    return PersonSummary(
        name=addressed_name(person, partner),
        address_line1=address.line1 if address else (residence.location_description if residence else ""),
        address_line2=address.line2 if address else "",
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
    members = [member for member in household(person) if member.pk != person.pk]
    details = describe(person, members)
    residence = current_residence(person)
    municipality = residence.municipality if residence else None
    for shown in (person, *members):  # co-residents' names are their personal data too
        log_processing(
            actor=actor,
            action=ProcessingAction.READ,
            action_name="Persoonslijst tonen" if shown is person else "Als lid van het huishouden tonen",
            purpose=purpose,
            legal_basis=legal_basis,
            object_type="persoon",
            object_id=shown.pk,
            subject_bsn=shown.bsn or "",
            municipality=municipality,
        )
    return details
