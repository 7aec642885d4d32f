"""The Mijn Loket start page: what is running, what needs the resident, what they can arrange."""

from __future__ import annotations

from dataclasses import dataclass

from loket.modules.selectors import admin_overview
from loket.notifications import facade as inbox

from .actions import ActionContext, ActionItem, actions_for
from .zaken import MAX_ZAKEN, ZaakRow, resident_zaken, running_first_due, zaak_rows

LATEST_MESSAGES = 3


@dataclass(frozen=True)
class OnlineService:
    title: str
    summary: str
    url: str


@dataclass(frozen=True)
class Overview:
    running: list[ZaakRow]
    closed_count: int
    actions: list[ActionItem]
    unread_count: int
    latest_messages: list
    services: list[OnlineService]


def online_services(municipality) -> list[OnlineService]:
    """The service modules the resident's (current) municipality has switched on. One query."""
    if municipality is None:
        return []
    return [
        OnlineService(row.module.title(), row.module.summary(), row.module.entry_url())
        for row in admin_overview(municipality)
        if row.enabled
    ]


def overview(*, bsn: str, municipality) -> Overview:
    rows = zaak_rows(list(resident_zaken(bsn)[:MAX_ZAKEN]))
    running = running_first_due(rows)
    unread = inbox.unread_count(bsn)
    latest = list(inbox.inbox_of(bsn)[:LATEST_MESSAGES]) if unread else []
    context = ActionContext(running_zaken=running, unread_messages=unread)
    return Overview(
        running=running,
        closed_count=len(rows) - len(running),
        actions=actions_for(bsn, context),
        unread_count=unread,
        latest_messages=latest,
        services=online_services(municipality),
    )
