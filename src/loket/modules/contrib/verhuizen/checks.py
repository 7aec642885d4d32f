"""The automatic checks on a declaration. Each adds a Dutch error to the field it is about."""

from __future__ import annotations

import datetime

from django.utils import formats
from django.utils.translation import gettext as _

from loket.components.facade import zaaktype_for
from loket.components.facade.steps import open_zaken_of_person
from loket.modules.facades import resident_actor
from loket.registry.facade import moves

from .zaaktype import ZAAKTYPE

EARLIEST_BEFORE = datetime.timedelta(weeks=4)  # Wet BRP 2.39: not earlier than four weeks before
LATE_AFTER = datetime.timedelta(days=5)  # ... and not later than the fifth day after
PURPOSE = "verhuizing doorgeven: controle van de aangifte"


def _date(value: datetime.date) -> str:
    return formats.date_format(value, "j F Y")


def is_late(moving_date: datetime.date, received_on: datetime.date) -> bool:
    return moving_date + LATE_AFTER < received_on


def open_move(bsn: str):
    """An open verhuizing zaak (any municipality) in which this person takes part, or None."""
    return next((z for z in open_zaken_of_person(bsn) if z.zaaktype.identificatie == ZAAKTYPE.identificatie), None)


def double_move_message(zaak) -> str:
    return _(
        "U hebt al een verhuizing doorgegeven die nog niet is afgehandeld (zaak %(number)s). Wacht "
        "tot die klaar is, of neem contact op met gemeente %(name)s."
    ) % {"number": zaak.identificatie, "name": zaak.municipality.name}


def check_address_and_date(form, bsn: str, today: datetime.date) -> moves.AddressInfo | None:
    """Step 1: the address exists, is a home, takes online declarations, is not the current
    one; the date is in the legal window; no move of this person is open yet."""
    data = form.cleaned_data
    address = moves.find_address(
        data["postcode"], data["huisnummer"], data.get("huisletter") or "", data.get("toevoeging") or ""
    )
    moving_date = data.get("verhuisdatum")
    me = moves.person_states([bsn], on=today, actor=resident_actor(bsn), purpose=PURPOSE).get(bsn)
    if address is None:
        form.add_error(
            "postcode",
            _(
                "Wij vinden geen adres met deze postcode en dit huisnummer. Kijk of u ze goed hebt "
                "ingevuld, ook de huisletter en toevoeging."
            ),
        )
    elif not address.is_residential:
        form.add_error("postcode", _("Dit adres is geen woning. U kunt zich hier niet inschrijven."))
    elif zaaktype_for(address.municipality, ZAAKTYPE.identificatie) is None:
        form.add_error(
            "postcode",
            _(
                "Gemeente %(name)s ontvangt verhuizingen nog niet via Loket. Geef uw verhuizing door "
                "op de website van gemeente %(name)s of bel 14 en het netnummer."
            )
            % {"name": address.municipality_name},
        )
    elif me is not None and me.address_id == address.id:
        form.add_error("postcode", _("U woont al op dit adres."))
    if moving_date is not None:
        if moving_date > today + EARLIEST_BEFORE:
            form.add_error(
                "verhuisdatum",
                _(
                    "U kunt uw verhuizing pas 4 weken van tevoren doorgeven. Voor deze datum kan dat "
                    "vanaf %(date)s."
                )
                % {"date": _date(moving_date - EARLIEST_BEFORE)},
            )
        elif me is not None and me.living_there_since and moving_date <= me.living_there_since:
            form.add_error(
                "verhuisdatum",
                _("Deze datum ligt vóór de dag waarop u op uw huidige adres kwam wonen (%(date)s).")
                % {"date": _date(me.living_there_since)},
            )
        else:
            running = open_move(bsn)
            if running is not None:
                form.add_error("verhuisdatum", double_move_message(running))
    return address if not form.errors else None


def mover_problems(bsns: list[str], *, declarant_bsn: str, address_id: int, today: datetime.date) -> list[str]:
    """Why these co-movers cannot move now: deceased, already living there, or a move still open."""
    states = moves.person_states(bsns, on=today, actor=resident_actor(declarant_bsn), purpose=PURPOSE)
    problems = []
    for bsn in bsns:
        state = states.get(bsn)
        if state is None:
            problems.append(_("Een van de meeverhuizers staat niet in de basisregistratie personen."))
        elif state.is_deceased:
            problems.append(
                _("%(name)s is overleden. Een overleden persoon kan niet verhuizen.") % {"name": state.name}
            )
        elif state.address_id == address_id:
            problems.append(_("%(name)s woont al op dit adres.") % {"name": state.name})
        elif open_move(bsn) is not None:
            problems.append(
                _(
                    "Voor %(name)s is al een verhuizing doorgegeven die nog niet is afgehandeld. "
                    "Iemand kan maar één verhuizing tegelijk hebben."
                )
                % {"name": state.name}
            )
    return problems
