"""What an extract or certificate states, and who may ask for whose. Every read is logged.

Products (the `kind` the uittreksels module passes): "brp" (uittreksel BRP, optionally with
address history), "geboorteakte", "akte_overlijden", "akte_huwelijk", "in_leven" (bewijs van in
leven zijn), "nederlanderschap" (bewijs van Nederlanderschap).

Who may ask (Wet BRP art. 2.55 and Besluit burgerlijke stand, simplified to what the registry
can establish by itself): a person for themself; a parent for their own child under 18; for a
death certificate, a parent, child or partner of the deceased. Anyone else is refused with a
reason and pointed to the desk, where a written authorisation can be shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from loket.privacy.actors import Actor
from loket.privacy.services import log_all

from ..constants import COUNTRY_NETHERLANDS, RelationshipKind
from ..dates import display, earliest
from ..models import CountryCode, NationalityCode, Person, Residence
from ..naming import addressed_name, join_name
from ..selectors import current_partner, current_residence
from . import LEGAL_BASIS, _read_record

DUTCH_NATIONALITY = "0001"
KINDS = ("brp", "geboorteakte", "akte_overlijden", "akte_huwelijk", "in_leven", "nederlanderschap")


@dataclass(frozen=True)
class AddressPeriod:
    line1: str
    line2: str
    municipality: str
    valid_from: str
    valid_until: str


@dataclass(frozen=True)
class ExtractData:
    name: str
    first_names: str
    surname: str
    birth_date: str
    birth_place: str
    gender: str
    nationalities: list[str]
    is_dutch: bool
    is_deceased: bool
    death_date: str
    death_place: str
    address_line1: str
    address_line2: str
    municipality_name: str
    living_here_since: str
    civil_status: str
    partner_name: str
    partnership_since: str
    partnership_place: str
    parents: list[str]
    addresses: list[AddressPeriod] = field(default_factory=list)


@dataclass(frozen=True)
class Relative:
    bsn: str
    name: str
    relation: str
    is_minor: bool
    is_deceased: bool


def age_on(birth_date: str, today: date) -> int | None:
    born = earliest(birth_date)
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _is_minor(person: Person) -> bool:
    age = age_on(person.birth_date, timezone.localdate())
    return age is not None and age < 18 and not person.is_deceased


def _place(place: str, country: str) -> str:
    if country and country != COUNTRY_NETHERLANDS:
        name = CountryCode.objects.filter(code=country).values_list("description", flat=True).first() or country
        return f"{place}, {name}" if place else name
    return place


def relatives_of(bsn: str, *, actor: Actor, purpose: str, legal_basis: str = LEGAL_BASIS) -> list[Relative]:
    """The registered children, parents and partners on this person's list, for "for whom?".
    Logged: one row for the person (their list was read) and one per relative shown."""
    person = Person.objects.filter(bsn=bsn).first()
    if person is None:
        return []
    links = person.relationships.filter(related_person__bsn__isnull=False).select_related("related_person")
    found, seen = [], set()
    records = [_read_record(person, action_name="Familieleden opzoeken voor een aanvraag", municipality=None,
                            actor=actor, purpose=purpose, legal_basis=legal_basis)]
    labels = {RelationshipKind.CHILD: _("kind"), RelationshipKind.PARENT: _("ouder"), RelationshipKind.PARTNER: _("partner")}
    for link in links.order_by("kind", "related_person__birth_date"):
        other = link.related_person
        if other.pk in seen or (link.kind == RelationshipKind.PARTNER and link.valid_until and not other.is_deceased):
            continue
        seen.add(other.pk)
        found.append(Relative(other.bsn, addressed_name(other), str(labels[link.kind]), _is_minor(other), other.is_deceased))
        records.append(_read_record(other, action_name="Familielid tonen voor een aanvraag", municipality=None,
                                    actor=actor, purpose=purpose, legal_basis=legal_basis))
    log_all(records)
    return found


def may_request(requester_bsn: str, subject_bsn: str, kind: str) -> tuple[bool, str]:
    """(allowed, reason when not). Reads relationships only; shows nothing, so nothing to log."""
    subject = Person.objects.filter(bsn=subject_bsn).first()
    if subject is None or kind not in KINDS:
        return False, _("Deze persoon staat niet in de basisregistratie personen.")
    if kind == "akte_overlijden" and not subject.is_deceased:
        return False, _("Een akte van overlijden bestaat alleen voor iemand die is overleden.")
    if kind == "in_leven" and subject.is_deceased:
        return False, _("Deze persoon is overleden. Een bewijs van in leven zijn kan niet.")
    if requester_bsn == subject_bsn:
        return True, ""
    relation = (
        Person.objects.filter(bsn=requester_bsn, relationships__related_person=subject)
        .values_list("relationships__kind", flat=True)
        .first()
    )
    if relation is None:
        return False, _(
            "U mag dit alleen aanvragen voor uzelf, voor uw kind onder de 18 jaar of, na een overlijden, "
            "voor uw ouder, kind of partner. Heeft u een schriftelijke toestemming? Kom dan naar de gemeente."
        )
    if kind == "akte_overlijden":
        return True, ""
    if relation == RelationshipKind.CHILD and _is_minor(subject):
        return True, ""
    if relation == RelationshipKind.CHILD:
        return False, _("Uw kind is 18 jaar of ouder. Uw kind kan dit zelf aanvragen.")
    return False, _("Voor uw ouder of partner mag u dit niet aanvragen. Deze persoon kan het zelf aanvragen.")


def _civil_status(person: Person, partner) -> tuple[str, str, str, str]:
    if partner is None:
        ended = [r for r in person.relationships.all() if r.kind == RelationshipKind.PARTNER and r.valid_until]
        if ended:
            return _("gescheiden of weduwe/weduwnaar"), "", "", ""
        return _("ongehuwd en nooit geregistreerd partner geweest"), "", "", ""
    status = _("gehuwd") if partner.partnership_type == "H" else _("geregistreerd partner")
    return (
        status,
        join_name(partner.first_names, partner.name_prefix, partner.surname),
        display(partner.valid_from) if partner.valid_from else "",
        _place(partner.start_place, partner.start_country),
    )


def _history(person: Person) -> list[AddressPeriod]:
    rows = (
        Residence.all_municipalities.filter(person=person)
        .select_related("address", "municipality")
        .order_by("-valid_from", "-id")
    )
    return [
        AddressPeriod(
            line1=row.address.line1 if row.address else row.location_description,
            line2=row.address.line2 if row.address else "",
            municipality=row.municipality.name,
            valid_from=display(row.valid_from) if row.valid_from else "",
            valid_until=display(row.valid_until) if row.valid_until else "",
        )
        for row in rows
    ]


def extract_data(
    bsn: str, *, actor: Actor, purpose: str, with_history: bool = False, legal_basis: str = LEGAL_BASIS
) -> ExtractData | None:
    """Everything an extract or certificate about this person may state. One processing-log row."""
    person = Person.objects.filter(bsn=bsn).prefetch_related("nationalities", "relationships").first()
    if person is None:
        return None
    residence = current_residence(person)
    partner = current_partner(person)
    municipality = residence.municipality if residence else None
    action = "Gegevens voor een uittreksel met adreshistorie" if with_history else "Gegevens voor een uittreksel of akte"
    log_all([_read_record(person, action_name=action, municipality=municipality, actor=actor, purpose=purpose,
                          legal_basis=legal_basis)])
    codes = [n.nationality for n in person.nationalities.all() if n.nationality and not n.ended_reason]
    names = dict(NationalityCode.objects.filter(code__in=codes).values_list("code", "description"))
    status, partner_name, since, place = _civil_status(person, partner)
    parents = [
        join_name(r.first_names, r.name_prefix, r.surname)
        for r in sorted(person.relationships.all(), key=lambda r: r.parent_number or "")
        if r.kind == RelationshipKind.PARENT
    ]
    line1, line2 = ("", "")
    if residence is not None:
        line1, line2 = (residence.address.line1, residence.address.line2) if residence.address else (
            residence.location_description, "")
    return ExtractData(
        name=addressed_name(person, partner),
        first_names=person.first_names,
        surname=person.own_surname,
        birth_date=display(person.birth_date) if person.birth_date else "",
        birth_place=_place(person.birth_place, person.birth_country),
        gender=person.get_gender_display() if person.gender else "",
        nationalities=[names.get(code, code) for code in codes],
        is_dutch=DUTCH_NATIONALITY in codes,
        is_deceased=person.is_deceased,
        death_date=display(person.death_date) if person.death_date else "",
        death_place=_place(person.death_place, person.death_country),
        address_line1=line1,
        address_line2=line2,
        municipality_name=municipality.name if municipality else "",
        living_here_since=display(residence.valid_from) if residence and residence.valid_from else "",
        civil_status=str(status),
        partner_name=partner_name,
        partnership_since=since,
        partnership_place=place,
        parents=parents,
        addresses=_history(person) if with_history else [],
    )


__all__ = ["AddressPeriod", "ExtractData", "KINDS", "Relative", "age_on", "extract_data", "may_request", "relatives_of"]
