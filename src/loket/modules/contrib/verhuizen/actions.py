"""Every state change of a declaration: zaak step + module rows in one transaction; messages go
through the outbox (delivered after commit). The registry write is `moves.record_move` (all
movers in one transaction)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from loket.components.facade import zaken_of_resident
from loket.components.facade.steps import (
    add_betrokkene,
    close_with,
    current_status_name,
    set_eigenschap,
    set_status_named,
)
from loket.modules.facades import enabled_options, register, resident_actor, start_zaak
from loket.notifications.facade import send_to_resident
from loket.registry.facade import moves

from .models import Consent, Declaration, Departure, State
from .zaaktype import IN_PROGRESS, MOVER_ROLE, MOVING_DATE, NEW_ADDRESS, RECORDED, REFUSED

IDENTIFIER = "verhuizen"
SYSTEM = "Loket: verhuizingen verwerken"
PURPOSE_OCCUPANCY = "verhuizing doorgeven: bewoning van het nieuwe adres controleren"
PURPOSE_RECORD = "verhuizing doorgeven: nieuw adres vastleggen"
DEFAULT_MAX_ADULTS, DEFAULT_CONSENT_DAYS = 6, 14


def _date(value: datetime.date) -> str:
    return formats.date_format(value, "j F Y")


def _options(municipality) -> dict:
    return enabled_options(municipality, IDENTIFIER) or {}


def zaak_of(declaration: Declaration):
    return zaken_of_resident(declaration.declarant_bsn, [declaration.municipality_id]).filter(
        uuid=declaration.zaak_uuid
    ).first()


def _message(bsn: str, declaration: Declaration, subject: str, body: str, *, link_url: str = "", email: str = ""):
    send_to_resident(
        bsn=bsn,
        subject=subject,
        body=body,
        municipality_id=declaration.municipality_id,
        zaak_url=reverse("portal:mijn-zaak", args=[declaration.zaak_uuid]) if bsn == declaration.declarant_bsn else "",
        link_url=link_url,
        email=email,
    )


@dataclass(frozen=True)
class Draft:
    address: moves.AddressInfo
    moving_date: datetime.date
    movers: list[str]  # co-movers (the declarant is not in it)
    ask_consent: list[str]


# -- submit ----------------------------------------------------------------------------------


@transaction.atomic
def submit(*, declarant_bsn: str, draft: Draft, email: str = "") -> Declaration:
    """The zaak at the new municipality with the co-movers as belanghebbenden, the declaration,
    then consent requests or the automatic assessment."""
    from .checks import is_late

    module = register[IDENTIFIER]
    address, today = draft.address, timezone.localdate()
    zaak = start_zaak(
        module=module,
        municipality=address.municipality,
        bsn=declarant_bsn,
        omschrijving=_("Verhuizing naar %(address)s") % {"address": address.line1},
        toelichting=_("%(address)s, %(place)s. Verhuisdatum %(date)s. %(count)s personen.")
        % {"address": address.line1, "place": address.line2, "date": _date(draft.moving_date), "count": 1 + len(draft.movers)},
    )
    for bsn in draft.movers:
        add_betrokkene(zaak, omschrijving_generiek=MOVER_ROLE, bsn=bsn, roltoelichting=_("Verhuist mee"))
    set_eigenschap(zaak, MOVING_DATE, draft.moving_date.strftime("%Y%m%d"))
    set_eigenschap(zaak, NEW_ADDRESS, f"{address.line1}, {address.line2}"[:200])
    declaration = Declaration.objects.create(
        zaak_uuid=zaak.uuid,
        zaak_identificatie=zaak.identificatie,
        municipality=address.municipality,
        declarant_bsn=declarant_bsn,
        mover_bsns=[declarant_bsn, *draft.movers],
        address_id=address.id,
        address_text=f"{address.line1}, {address.line2}",
        moving_date=draft.moving_date,
        received_on=today,
        is_late=is_late(draft.moving_date, today),
        email=email,
        state=State.WAITING_FOR_CONSENT,
    )
    occupancy = moves.occupancy(address.id, on=draft.moving_date, actor=resident_actor(declarant_bsn), purpose=PURPOSE_OCCUPANCY)
    due = today + datetime.timedelta(days=_options(address.municipality).get("consent_days", DEFAULT_CONSENT_DAYS))
    consents = []
    if occupancy.main_occupant_bsn and occupancy.main_occupant_bsn not in declaration.mover_bsns:
        consents.append(Consent(declaration=declaration, bsn=occupancy.main_occupant_bsn, kind=Consent.Kind.MAIN_OCCUPANT, due=due))
    consents += [Consent(declaration=declaration, bsn=bsn, kind=Consent.Kind.ADULT_MOVER, due=due) for bsn in draft.ask_consent]
    if not consents:
        assess(declaration, zaak=zaak, adults_living_there=occupancy.adults)
        return declaration
    Consent.objects.bulk_create(consents)
    for consent in consents:
        _ask_consent(consent)
    return declaration


def _ask_consent(consent: Consent) -> None:
    declaration = consent.declaration
    if consent.kind == Consent.Kind.MAIN_OCCUPANT:
        subject = _("Iemand wil op uw adres komen wonen")
        body = _(
            "Er is een verhuizing doorgegeven naar uw adres %(address)s, vanaf %(date)s. U bent de "
            "hoofdbewoner. Geef vóór %(due)s in Mijn Loket door of u daarmee akkoord bent."
        )
    else:
        subject = _("Geeft u toestemming voor uw verhuizing?")
        body = _(
            "Een huisgenoot heeft uw verhuizing naar %(address)s doorgegeven, vanaf %(date)s. Geef "
            "vóór %(due)s in Mijn Loket door of dat klopt."
        )
    values = {"address": declaration.address_text, "date": _date(declaration.moving_date), "due": _date(consent.due)}
    _message(consent.bsn, declaration, subject, body % values, link_url=consent_url(consent))


def consent_url(consent: Consent) -> str:
    return reverse(f"{IDENTIFIER}:toestemming", args=[consent.token])


# -- the automatic assessment ----------------------------------------------------------------


def assess(declaration: Declaration, *, zaak=None, adults_living_there: int | None = None) -> None:
    """Occupancy check (UPL adresonderzoek above the municipality's limit); clean: approved."""
    zaak = zaak or zaak_of(declaration)
    today = timezone.localdate()
    if adults_living_there is None:
        adults_living_there = moves.occupancy(
            declaration.address_id, on=declaration.moving_date, actor=moves.system_actor(SYSTEM), purpose=PURPOSE_OCCUPANCY
        ).adults
    movers = moves.person_states(declaration.mover_bsns, on=today, actor=moves.system_actor(SYSTEM), purpose=PURPOSE_OCCUPANCY)
    adults = adults_living_there + sum(1 for state in movers.values() if state.is_adult)
    limit = _options(declaration.municipality).get("max_adults", DEFAULT_MAX_ADULTS)
    if adults > limit:
        to_review(
            declaration,
            _("Adresonderzoek: na de verhuizing wonen er %(count)s volwassenen op dit adres (meer dan %(limit)s).")
            % {"count": adults, "limit": limit},
            zaak=zaak,
        )
        return
    approve(declaration, zaak=zaak)


def to_review(declaration: Declaration, reason: str, *, zaak=None) -> None:
    """The case needs a person: it shows in the module's staff queue with the reason."""
    zaak = zaak or zaak_of(declaration)
    with transaction.atomic():
        declaration.state, declaration.review_reason = State.REVIEW, reason[:300]
        declaration.save(update_fields=["state", "review_reason"])
        if current_status_name(zaak) != IN_PROGRESS:
            set_status_named(zaak, IN_PROGRESS, toelichting=_("Een medewerker bekijkt uw verhuizing."))


def approve(declaration: Declaration, *, zaak=None, reason: str = "") -> None:
    """Approved: recorded on the date to record (at once when that day has come)."""
    zaak = zaak or zaak_of(declaration)
    with transaction.atomic():
        declaration.state, declaration.decision_reason = State.APPROVED, reason
        declaration.save(update_fields=["state", "decision_reason"])
        set_status_named(
            zaak,
            IN_PROGRESS,
            toelichting=_("Uw verhuizing is goedgekeurd. Wij verwerken die op %(date)s.")
            % {"date": _date(declaration.date_to_record)},
        )
        if declaration.date_to_record <= timezone.localdate():
            record(declaration, zaak=zaak)


def refuse(declaration: Declaration, reason: str) -> None:
    zaak = zaak_of(declaration)
    with transaction.atomic():
        declaration.state, declaration.decision_reason = State.REFUSED, reason
        declaration.save(update_fields=["state", "decision_reason"])
        close_with(zaak, REFUSED, toelichting=reason[:1000])
        Consent.objects.filter(declaration=declaration, given__isnull=True).delete()
        _message(
            declaration.declarant_bsn,
            declaration,
            _("Uw verhuizing naar %(address)s is niet verwerkt") % {"address": declaration.address_text},
            _("De gemeente heeft uw verhuizing niet verwerkt. De reden: %(reason)s") % {"reason": reason},
            email=declaration.email,
        )


# -- consent -------------------------------------------------------------------------------


def answer_consent(consent: Consent, given: bool) -> None:
    declaration = consent.declaration
    with transaction.atomic():
        consent.given, consent.answered_at = given, timezone.now()
        consent.save(update_fields=["given", "answered_at"])
        if declaration.state != State.WAITING_FOR_CONSENT:
            return
        if not given:
            to_review(declaration, _("Geen toestemming: %(who)s gaf geen toestemming.") % {"who": consent.get_kind_display()})
        elif not declaration.consents.filter(given__isnull=True).exists():
            assess(declaration)


def expire_consents(today: datetime.date) -> int:
    """Consent not given within the term: the case goes to a case handler."""
    expired = Declaration.objects.filter(
        state=State.WAITING_FOR_CONSENT, consents__given__isnull=True, consents__due__lt=today
    ).distinct()
    count = 0
    for declaration in expired:
        to_review(declaration, _("Geen toestemming gekregen binnen de termijn."))
        count += 1
    return count


# -- recording on the moving date ------------------------------------------------------------


def record(declaration: Declaration, *, zaak=None) -> bool:
    """All movers in the registry at the new address in one transaction, the zaak closed, the
    old municipality notified and every mover messaged. A registry refusal sends it to staff."""
    zaak = zaak or zaak_of(declaration)
    when = declaration.date_to_record
    try:
        with transaction.atomic():
            left = moves.record_move(
                bsns=declaration.mover_bsns,
                address_id=declaration.address_id,
                moved_on=when,
                actor=moves.system_actor(SYSTEM),
                purpose=PURPOSE_RECORD,
            )
            declaration.state, declaration.recorded_on = State.RECORDED, timezone.localdate()
            declaration.save(update_fields=["state", "recorded_on"])
            close_with(
                zaak,
                RECORDED,
                toelichting=_("Uw verhuizing is verwerkt. U woont vanaf %(date)s op %(address)s.")
                % {"date": _date(when), "address": declaration.address_text},
            )
            _notify_departures(declaration, left, when)
            for bsn in declaration.mover_bsns:
                _message(
                    bsn,
                    declaration,
                    _("Uw nieuwe adres is vastgelegd"),
                    _("Vanaf %(date)s staat u ingeschreven op %(address)s (gemeente %(municipality)s).")
                    % {"date": _date(when), "address": declaration.address_text, "municipality": declaration.municipality.name},
                    email=declaration.email if bsn == declaration.declarant_bsn else "",
                )
    except moves.MoveRefused as error:
        to_review(declaration, _("Vastleggen lukte niet: %(reason)s") % {"reason": error.message}, zaak=zaak)
        return False
    return True


def _notify_departures(declaration: Declaration, left: dict, when: datetime.date) -> None:
    counts: dict[int, int] = {}
    for municipality_id in left.values():
        if municipality_id and municipality_id != declaration.municipality_id:
            counts[municipality_id] = counts.get(municipality_id, 0) + 1
    for municipality_id, persons in counts.items():
        Departure.objects.create(
            municipality_id=municipality_id,
            declaration=declaration,
            persons=persons,
            left_on=when,
            destination_name=declaration.municipality.name,
        )


def run_due(today: datetime.date | None = None) -> dict[str, int]:
    """The scheduled job: expire consents, record every approved move whose day has come."""
    today = today or timezone.localdate()
    expired = expire_consents(today)
    recorded = 0
    for declaration in Declaration.objects.filter(state=State.APPROVED).select_related("municipality"):
        if declaration.date_to_record <= today:
            recorded += record(declaration)
    return {"expired": expired, "recorded": recorded}


__all__ = ["Draft", "answer_consent", "approve", "assess", "record", "refuse", "run_due", "submit"]
