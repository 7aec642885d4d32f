"""'Wat moet u doen': things waiting for the resident, gathered from several sources.

Each source is a function `(bsn, context) -> list[ActionItem]`; the overview shows the section
only when some source returns something. Later issues plug in their own source with
`register_source`: #12 (the municipality asks the resident for information) through
`STATUS_ASKS_FOR_INPUT`; service modules through `modules.facades.resident_tasks` (#9: consent).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from loket.modules.facades.resident_tasks import tasks_for


@dataclass(frozen=True)
class ActionItem:
    title: str
    url: str
    due: datetime.date | None = None
    municipality_name: str = ""


@dataclass
class ActionContext:
    """What the overview has loaded already, so sources need no queries of their own for it."""

    running_zaken: list = field(default_factory=list)  # ZaakRow of open zaken
    unread_messages: int = 0


Source = Callable[[str, ActionContext], list[ActionItem]]

# omschrijving_generiek of statustypen that mean "waiting for the resident". None of the current
# zaaktypen has one; issue #12 adds the statustype and the page where the resident answers.
STATUS_ASKS_FOR_INPUT: set[str] = set()

_sources: list[Source] = []


def register_source(source: Source) -> Source:
    if source not in _sources:
        _sources.append(source)
    return source


def waiting_for_resident(row) -> bool:
    statustype = row.zaak.status.statustype if row.zaak.status_id else None
    return bool(statustype and statustype.omschrijving_generiek.lower() in STATUS_ASKS_FOR_INPUT)


@register_source
def zaken_waiting_for_input(bsn: str, context: ActionContext) -> list[ActionItem]:
    """Open zaken the resident started whose current status asks them for something."""
    return [
        ActionItem(
            title=_("Geef informatie voor: %(zaak)s") % {"zaak": row.title},
            url=reverse("portal:mijn-zaak", args=[row.zaak.uuid]),
            due=row.expected_end,
            municipality_name=row.municipality_name,
        )
        for row in context.running_zaken
        if row.zaak.resident_is_initiator and waiting_for_resident(row)
    ]


@register_source
def unread_messages(bsn: str, context: ActionContext) -> list[ActionItem]:
    if not context.unread_messages:
        return []
    title = ngettext(
        "U hebt %(count)d nieuw bericht. Lees het.",
        "U hebt %(count)d nieuwe berichten. Lees ze.",
        context.unread_messages,
    ) % {"count": context.unread_messages}
    return [ActionItem(title=title, url=reverse("portal:mijn-berichten"))]


@register_source
def module_tasks(bsn: str, context: ActionContext) -> list[ActionItem]:
    """What service modules ask of the resident (e.g. consent for someone moving in)."""
    return [
        ActionItem(title=t.title, url=t.url, due=t.due, municipality_name=t.municipality_name)
        for t in tasks_for(bsn)
    ]


def actions_for(bsn: str, context: ActionContext) -> list[ActionItem]:
    items: list[ActionItem] = []
    for source in _sources:
        items.extend(source(bsn, context))
    return items


__all__ = [
    "ActionContext",
    "ActionItem",
    "STATUS_ASKS_FOR_INPUT",
    "actions_for",
    "register_source",
]
