"""The resident's zaken for Mijn Loket: every municipality, every zaak where their BSN has a rol.

Deliberately cross-municipality (`all_municipalities`): a resident who moved keeps seeing the
cases of their old municipality. The BSN filter in the query is what keeps it theirs.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from loket.components import facade as zgw

from .actions import asks_for_information

# Enough for any one resident; a page never grows without bound.
MAX_ZAKEN = 200


def resident_zaken(bsn: str) -> QuerySet:
    """Zaken (at any municipality) in which this person has a rol by BSN, newest first."""
    rollen = zgw.Rol.all_municipalities.filter(zaak=OuterRef("pk"), inp_bsn=bsn)
    return (
        zgw.Zaak.all_municipalities.filter(Exists(rollen))
        .annotate(resident_is_initiator=Exists(rollen.filter(omschrijving_generiek="initiator")))
        .exclude(identificatie="")
        .select_related("zaaktype", "status__statustype", "municipality")
        .order_by("-startdatum", "-pk")
    )


def expected_end(zaak) -> datetime.date | None:
    """The date the resident may expect an answer: the legal deadline, else the planned end."""
    if zaak.uiterlijke_einddatum_afdoening:
        return zaak.uiterlijke_einddatum_afdoening
    if zaak.einddatum_gepland:
        return zaak.einddatum_gepland
    doorlooptijd = zaak.zaaktype.doorlooptijd
    return zaak.startdatum + doorlooptijd if doorlooptijd else None


@dataclass(frozen=True)
class ZaakRow:
    """One line of Mijn zaken."""

    zaak: object
    title: str
    municipality_name: str
    status_name: str
    step: int  # volgnummer-position of the current status, 0 when none is set
    steps: int
    expected_end: datetime.date | None
    is_closed: bool
    is_overdue: bool


def _statustype_positions(zaaktype_ids) -> tuple[dict[int, int], dict[int, int]]:
    """(position of each statustype within its zaaktype, number of statustypen per zaaktype).

    One query for every zaaktype on the page; volgnummers need not run 1..n.
    """
    if not zaaktype_ids:
        return {}, {}
    rows = (
        zgw.StatusType.all_municipalities.filter(zaaktype_id__in=zaaktype_ids)
        .order_by("zaaktype_id", "volgnummer")
        .values_list("pk", "zaaktype_id")
    )
    positions: dict[int, int] = {}
    counts: dict[int, int] = {}
    for pk, zaaktype_id in rows:
        counts[zaaktype_id] = counts.get(zaaktype_id, 0) + 1
        positions[pk] = counts[zaaktype_id]
    return positions, counts


def _row(zaak, positions: dict[int, int], counts: dict[int, int], today: datetime.date) -> ZaakRow:
    statustype = zaak.status.statustype if zaak.status_id else None
    end = expected_end(zaak)
    return ZaakRow(
        zaak=zaak,
        title=zaak.omschrijving or zaak.zaaktype.omschrijving,
        municipality_name=zaak.municipality.name,
        status_name=statustype.omschrijving if statustype else "",
        step=positions.get(statustype.pk, 0) if statustype else 0,
        steps=counts.get(zaak.zaaktype_id, 0),
        expected_end=end,
        is_closed=zaak.is_closed,
        is_overdue=bool(not zaak.is_closed and end and end < today),
    )


def zaak_rows(zaken: list) -> list[ZaakRow]:
    positions, counts = _statustype_positions({zaak.zaaktype_id for zaak in zaken})
    today = timezone.localdate()
    return [_row(zaak, positions, counts, today) for zaak in zaken]


@dataclass(frozen=True)
class ZakenOverview:
    running: list[ZaakRow]
    closed: list[ZaakRow]

    @property
    def municipality_count(self) -> int:
        return len({row.municipality_name for row in self.running + self.closed})


def running_first_due(rows: list[ZaakRow]) -> list[ZaakRow]:
    """The open zaken, the one expected to end first on top."""
    return sorted(
        (row for row in rows if not row.is_closed),
        key=lambda row: (row.expected_end or datetime.date.max, -row.zaak.pk),
    )


def zaken_overview(bsn: str) -> ZakenOverview:
    """Mijn zaken: running cases first (deadline first), then closed ones. Two queries."""
    rows = zaak_rows(list(resident_zaken(bsn)[:MAX_ZAKEN]))
    closed = [row for row in rows if row.is_closed]
    return ZakenOverview(running=running_first_due(rows), closed=closed)


# -- one zaak -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineStep:
    name: str
    text: str
    reached_on: datetime.datetime | None
    is_current: bool


@dataclass(frozen=True)
class Decision:
    kind: str
    date: datetime.date
    reason: str


@dataclass(frozen=True)
class ZaakDetail:
    row: ZaakRow
    timeline: list[TimelineStep]
    result: str
    result_reason: str = ""
    decisions: list[Decision] = field(default_factory=list)
    asks_information: bool = False


def resident_zaak(bsn: str, uuid) -> ZaakDetail | None:
    """One of the resident's zaken with its status timeline; None if it is not theirs."""
    zaak = resident_zaken(bsn).select_related("resultaat__resultaattype").filter(uuid=uuid).first()
    if zaak is None:
        return None
    statustypen = list(
        zgw.StatusType.all_municipalities.filter(zaaktype_id=zaak.zaaktype_id).order_by(
            "volgnummer"
        )
    )
    reached: dict[int, datetime.datetime] = {}
    for statustype_id, when in (
        zgw.Status.all_municipalities.filter(zaak_id=zaak.pk)
        .order_by("datum_status_gezet", "pk")
        .values_list("statustype_id", "datum_status_gezet")
    ):
        reached[statustype_id] = when  # the last time each status was reached
    current_id = zaak.status.statustype_id if zaak.status_id else None
    timeline = [
        TimelineStep(
            name=st.omschrijving,
            text=st.statustekst,
            reached_on=reached.get(st.pk),
            is_current=st.pk == current_id,
        )
        for st in statustypen
    ]
    position = {st.pk: index for index, st in enumerate(statustypen, start=1)}
    row = _row(zaak, position, {zaak.zaaktype_id: len(statustypen)}, timezone.localdate())
    resultaat = getattr(zaak, "resultaat", None)
    result = resultaat.resultaattype.omschrijving if resultaat is not None else ""
    return ZaakDetail(
        row=row,
        timeline=timeline,
        result=result,
        result_reason=resultaat.toelichting if resultaat is not None else "",
        decisions=_decisions(zaak),
        asks_information=asks_for_information(zaak),
    )


def _decisions(zaak) -> list[Decision]:
    """The besluiten taken in this zaak, with their reason (toelichting)."""
    from loket.components.besluiten.selectors import besluiten_of_zaak

    return [
        Decision(besluit.besluittype.omschrijving, besluit.datum, besluit.toelichting)
        for besluit in besluiten_of_zaak(zaak).select_related("besluittype")
    ]
