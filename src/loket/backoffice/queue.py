"""The work queue: the open zaken of the handler's zaaktypen in their municipality, deadline first.

A fixed number of queries whatever the number of cases: one for the counts, one for the page
(assignee and marks come as annotations), one for the filter choices (zaaktypen and statuses).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.db.models.fields.json import KT
from django.utils import timezone

from loket.components.catalogi.models import StatusType
from loket.components.zaken.models import Rol

from .access import handled_zaken
from .constants import NEAR_DEADLINE_DAYS, QUEUE_PAGE_SIZE

HANDLER = "behandelaar"


def handler_rollen():
    """The zaak's behandelaar rol(len) for a medewerker: the ZGW way to say who handles it."""
    return Rol.objects.filter(zaak=OuterRef("pk"), omschrijving_generiek=HANDLER, betrokkene_type="medewerker")


@dataclass(frozen=True)
class QueueFilters:
    zaaktype: str = ""  # identificatie
    status: str = ""  # statustype omschrijving
    deadline: str = ""  # "verlopen" | "bijna" | ""
    assigned: str = ""  # "mij" | "niemand" | ""
    page: int = 1

    @classmethod
    def from_query(cls, params) -> QueueFilters:
        try:
            page = max(1, int(params.get("pagina", 1)))
        except (TypeError, ValueError):
            page = 1
        return cls(
            zaaktype=params.get("zaaktype", "")[:50],
            status=params.get("status", "")[:80],
            deadline=params.get("termijn", "") if params.get("termijn") in ("verlopen", "bijna") else "",
            assigned=params.get("toegewezen", "") if params.get("toegewezen") in ("mij", "niemand") else "",
            page=page,
        )


@dataclass(frozen=True)
class QueueRow:
    zaak: object
    title: str
    zaaktype: str
    status: str
    deadline: datetime.date | None
    assignee: str
    is_mine: bool
    is_paused: bool
    is_overdue: bool
    is_near: bool


@dataclass(frozen=True)
class Counts:
    total: int
    overdue: int
    near: int
    unassigned: int
    mine: int
    paused: int


@dataclass(frozen=True)
class Queue:
    rows: list[QueueRow]
    counts: Counts
    matching: int
    page: int
    pages: int
    zaaktypen: list[tuple[str, str]]
    statuses: list[str]


def _open_zaken(user):
    return handled_zaken(user).filter(einddatum__isnull=True).annotate(
        has_handler=Exists(handler_rollen()),
        is_mine=Exists(handler_rollen().filter(betrokkene_identificatie__identificatie=user.get_username())),
    )


def _marks(today: datetime.date):
    near_until = today + datetime.timedelta(days=NEAR_DEADLINE_DAYS)
    running = Q(opschorting_indicatie=False)
    overdue = running & Q(uiterlijke_einddatum_afdoening__lt=today)
    near = running & Q(uiterlijke_einddatum_afdoening__gte=today, uiterlijke_einddatum_afdoening__lte=near_until)
    return overdue, near


def _filtered(queryset, filters: QueueFilters, today: datetime.date):
    overdue, near = _marks(today)
    if filters.zaaktype:
        queryset = queryset.filter(zaaktype__identificatie=filters.zaaktype)
    if filters.status:
        queryset = queryset.filter(status__statustype__omschrijving=filters.status)
    if filters.deadline == "verlopen":
        queryset = queryset.filter(overdue)
    elif filters.deadline == "bijna":
        queryset = queryset.filter(near)
    if filters.assigned == "mij":
        queryset = queryset.filter(is_mine=True)
    elif filters.assigned == "niemand":
        queryset = queryset.filter(has_handler=False)
    return queryset


def work_queue(user, filters: QueueFilters) -> Queue:
    today = timezone.localdate()
    overdue, near = _marks(today)
    base = _open_zaken(user)
    filtered = _filtered(base, filters, today)
    counts = base.aggregate(
        total=Count("pk"),
        overdue=Count("pk", filter=overdue),
        near=Count("pk", filter=near),
        unassigned=Count("pk", filter=Q(has_handler=False)),
        mine=Count("pk", filter=Q(is_mine=True)),
        paused=Count("pk", filter=Q(opschorting_indicatie=True)),
        matching=Count("pk", filter=Q(pk__in=filtered.values("pk"))),
    )
    matching = counts.pop("matching")
    pages = max(1, -(-matching // QUEUE_PAGE_SIZE))
    page = min(filters.page, pages)
    start = (page - 1) * QUEUE_PAGE_SIZE
    assignee = handler_rollen().annotate(name=KT("betrokkene_identificatie__achternaam")).order_by("-pk").values("name")[:1]
    zaken = list(
        filtered.select_related("zaaktype", "status__statustype")
        .annotate(assignee=Subquery(assignee))
        .order_by(F("uiterlijke_einddatum_afdoening").asc(nulls_last=True), "pk")[start : start + QUEUE_PAGE_SIZE]
    )
    rows = [_row(zaak, today) for zaak in zaken]
    zaaktypen, statuses = _choices(user)
    return Queue(rows, Counts(**counts), matching, page, pages, zaaktypen, statuses)


def _row(zaak, today: datetime.date) -> QueueRow:
    deadline = zaak.uiterlijke_einddatum_afdoening
    running = not zaak.opschorting_indicatie and deadline is not None
    return QueueRow(
        zaak=zaak,
        title=zaak.omschrijving or zaak.zaaktype.omschrijving,
        zaaktype=zaak.zaaktype.omschrijving,
        status=zaak.status.statustype.omschrijving if zaak.status_id else "",
        deadline=deadline,
        assignee=zaak.assignee or "",
        is_mine=zaak.is_mine,
        is_paused=zaak.opschorting_indicatie,
        is_overdue=running and deadline < today,
        is_near=running and today <= deadline <= today + datetime.timedelta(days=NEAR_DEADLINE_DAYS),
    )


def _choices(user) -> tuple[list[tuple[str, str]], list[str]]:
    """The zaaktypen granted (identificatie, omschrijving) and their status names. One query."""
    rows = (
        StatusType.objects.filter(zaaktype__identificatie__in=list(user.zaaktypen or []))
        .values_list("zaaktype__identificatie", "zaaktype__omschrijving", "omschrijving")
        .order_by("zaaktype__identificatie", "volgnummer")
    )
    zaaktypen: dict[str, str] = {}
    statuses: list[str] = []
    for identificatie, omschrijving, status in rows:
        zaaktypen.setdefault(identificatie, omschrijving)
        if status not in statuses:
            statuses.append(status)
    return sorted(zaaktypen.items(), key=lambda item: item[1]), statuses
