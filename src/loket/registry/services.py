"""The only way to change the registry. Each service checks first, then changes the registry and
writes a processing-log row in one transaction, so a refusal or a failure leaves nothing behind.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from loket.privacy.actors import Actor
from loket.privacy.constants import ProcessingAction
from loket.privacy.services import log_processing
from loket.tenancy.context import activate

from . import errors
from .constants import (
    COUNTRY_NETHERLANDS,
    PARTNERSHIP_END_DEATH,
    SUSPENSION_DEATH,
    EventKind,
    Gender,
    NameUsage,
    PartnershipType,
    RelationshipKind,
)
from .dates import earliest, to_brp, validate_brp_date
from .models import Address, CivilStatusEvent, Person, Relationship, Residence
from .selectors import current_partner, current_residence

LEGAL_BASIS = "Wet basisregistratie personen"
OBJECT_TYPE = "persoon"


def _locked_person(bsn: str) -> Person:
    person = Person.objects.select_for_update().filter(bsn=bsn).first()
    if person is None:
        raise errors.PersonNotFound()
    return person


def _check_date(person: Person, when: date) -> None:
    if when > timezone.localdate():
        raise errors.DateInFuture()
    born = earliest(person.birth_date)
    if born is not None and when < born:
        raise errors.DateBeforeBirth()


def _log(person: Person, *, actor: Actor, purpose: str, action_name: str, municipality=None) -> None:
    log_processing(
        actor=actor,
        action=ProcessingAction.UPDATE,
        action_name=action_name,
        purpose=purpose,
        legal_basis=LEGAL_BASIS,
        object_type=OBJECT_TYPE,
        object_id=person.pk,
        subject_bsn=person.bsn,
        municipality=municipality,
    )


@transaction.atomic
def register_move(*, bsn: str, address_id: int, moved_on: date, actor: Actor, purpose: str) -> Residence:
    """Records that the person lives at `address_id` from `moved_on` (within or between municipalities)."""
    person = _locked_person(bsn)
    if person.is_deceased:
        raise errors.PersonDeceased()
    _check_date(person, moved_on)
    address = Address.objects.select_related("municipality").filter(pk=address_id).first()
    if address is None:
        raise errors.AddressNotFound()
    day = to_brp(moved_on)
    previous = current_residence(person)
    if previous is not None:
        if previous.address_id == address.pk:
            raise errors.AlreadyLivesThere()
        if previous.valid_from and day <= previous.valid_from:
            raise errors.MoveBeforeCurrentResidence()
        with activate(previous.municipality):
            previous.valid_until = day
            previous.save(update_fields=["valid_until"])
        CivilStatusEvent.objects.create(
            person=person, kind=EventKind.MOVED_OUT, date=day, municipality=previous.municipality,
            address=previous.address,
        )
    with activate(address.municipality):
        same_municipality = previous is not None and previous.municipality_id == address.municipality_id
        residence = Residence.objects.create(
            person=person,
            address=address,
            valid_from=day,
            registered_in_municipality_on=previous.registered_in_municipality_on if same_municipality else day,
            municipality_code=address.municipality.code,
        )
    CivilStatusEvent.objects.create(
        person=person, kind=EventKind.MOVED_IN, date=day, municipality=address.municipality, address=address
    )
    _log(person, actor=actor, purpose=purpose, action_name="Verhuizing vastleggen", municipality=address.municipality)
    return residence


@transaction.atomic
def register_death(
    *, bsn: str, died_on: date, actor: Actor, purpose: str, place: str = "", country: str = COUNTRY_NETHERLANDS
) -> Person:
    """Records a death; a current partnership ends on that day, on both person lists."""
    person = _locked_person(bsn)
    if person.is_deceased:
        raise errors.AlreadyDeceased()
    _check_date(person, died_on)
    day = to_brp(died_on)
    person.death_date, person.death_place, person.death_country = day, place, country
    person.suspension_date, person.suspension_reason = day, SUSPENSION_DEATH
    person.save(update_fields=["death_date", "death_place", "death_country", "suspension_date", "suspension_reason"])
    partner = current_partner(person)
    if partner is not None:
        _end_partnership(person, partner, day)
    residence = current_residence(person)
    municipality = residence.municipality if residence else None
    CivilStatusEvent.objects.create(
        person=person, kind=EventKind.DIED, date=day, municipality=municipality, details={"place": place}
    )
    _log(person, actor=actor, purpose=purpose, action_name="Overlijden vastleggen", municipality=municipality)
    return person


def _end_partnership(person: Person, relation: Relationship, day: str) -> None:
    rows = Relationship.objects.filter(pk=relation.pk)
    if relation.related_person_id:
        rows = rows | Relationship.objects.filter(
            person_id=relation.related_person_id, related_person=person, kind=RelationshipKind.PARTNER, valid_until=""
        )
    rows.update(valid_until=day, end_reason=PARTNERSHIP_END_DEATH)
    for owner_id, other_id in ((person.pk, relation.related_person_id), (relation.related_person_id, person.pk)):
        if owner_id:
            CivilStatusEvent.objects.create(
                person_id=owner_id, kind=EventKind.PARTNERSHIP_ENDED, date=day, related_person_id=other_id
            )


@transaction.atomic
def register_partnership(
    *,
    bsn: str,
    partner_bsn: str,
    started_on: date,
    actor: Actor,
    purpose: str,
    kind: str = PartnershipType.MARRIAGE,
    place: str = "",
    country: str = COUNTRY_NETHERLANDS,
) -> tuple[Relationship, Relationship]:
    """Records a marriage or registered partnership on both person lists."""
    if bsn == partner_bsn:
        raise errors.PartnershipWithSelf()
    if kind not in PartnershipType.values:
        raise errors.InvalidValue()
    first, second = _locked_person(bsn), _locked_person(partner_bsn)
    for person in (first, second):
        if person.is_deceased:
            raise errors.PartnerDeceased()
        _check_date(person, started_on)
        if current_partner(person) is not None:
            raise errors.AlreadyPartnered()
    day = to_brp(started_on)
    rows = []
    for person, other in ((first, second), (second, first)):
        rows.append(
            Relationship.objects.create(
                person=person,
                kind=RelationshipKind.PARTNER,
                related_person=other,
                bsn=other.bsn or "",
                a_number=other.a_number or "",
                first_names=other.first_names,
                noble_title=other.noble_title,
                name_prefix=other.name_prefix,
                surname=other.surname,
                birth_date=other.birth_date,
                birth_place=other.birth_place,
                birth_country=other.birth_country,
                gender=other.gender,
                partnership_type=kind,
                valid_from=day,
                start_place=place,
                start_country=country,
            )
        )
        residence = current_residence(person)
        municipality = residence.municipality if residence else None
        CivilStatusEvent.objects.create(
            person=person, kind=EventKind.PARTNERSHIP_STARTED, date=day, related_person=other,
            municipality=municipality, details={"type": kind, "place": place},
        )
        _log(person, actor=actor, purpose=purpose, action_name="Huwelijk of partnerschap vastleggen",
             municipality=municipality)
    return rows[0], rows[1]


def _choice(choices):
    def check(value):
        if value not in choices:
            raise ValidationError("invalid choice")
    return check


def _secrecy(value):
    if not (isinstance(value, int) and 0 <= value <= 7):
        raise ValidationError("0-7")


CORRECTABLE_FIELDS = {
    "first_names": None,
    "name_prefix": None,
    "surname": None,
    "birth_date": validate_brp_date,
    "birth_place": None,
    "birth_country": None,
    "gender": _choice(Gender.values),
    "name_usage": _choice(NameUsage.values),
    "secrecy": _secrecy,
}


@transaction.atomic
def correct_person_field(*, bsn: str, field: str, value, reason: str, actor: Actor, purpose: str) -> Person:
    """Corrects one recorded fact about a person; the old value stays visible in the history."""
    if field not in CORRECTABLE_FIELDS:
        raise errors.FieldNotCorrectable()
    person = _locked_person(bsn)
    check = CORRECTABLE_FIELDS[field]
    if field == "surname" and not value:
        raise errors.InvalidValue()
    try:
        if check is not None:
            check(value)
        Person._meta.get_field(field).clean(value, person)
    except ValidationError:
        raise errors.InvalidValue() from None
    old = getattr(person, field)
    setattr(person, field, value)
    person.save(update_fields=[field])
    residence = current_residence(person)
    municipality = residence.municipality if residence else None
    CivilStatusEvent.objects.create(
        person=person,
        kind=EventKind.CORRECTED,
        date=to_brp(timezone.localdate()),
        municipality=municipality,
        details={"field": field, "old": old, "new": value, "reason": reason},
    )
    _log(person, actor=actor, purpose=purpose, action_name="Persoonsgegeven corrigeren", municipality=municipality)
    return person
