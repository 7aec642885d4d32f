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
# zaaktypen has one.
STATUS_ASKS_FOR_INPUT: set[str] = set()

# The back office asks for information by suspending the zaak (ZGW opschorting) with this reason
# and a klantcontact holding the question (loket.backoffice.constants, kept equal by a test).
ASKS_FOR_INPUT_REASON = "Wacht op informatie van de inwoner"
INFORMATION_REQUEST_SUBJECT = "Informatieverzoek"
INFORMATION_ANSWER_SUBJECT = "Antwoord van de inwoner"

_sources: list[Source] = []


def register_source(source: Source) -> Source:
    if source not in _sources:
        _sources.append(source)
    return source


def asks_for_information(zaak) -> bool:
    """The municipality asked the resident for information and waits for the answer."""
    return bool(zaak.opschorting_indicatie and zaak.opschorting_reden == ASKS_FOR_INPUT_REASON)


def waiting_for_resident(row) -> bool:
    statustype = row.zaak.status.statustype if row.zaak.status_id else None
    in_status = bool(statustype and statustype.omschrijving_generiek.lower() in STATUS_ASKS_FOR_INPUT)
    return in_status or asks_for_information(row.zaak)


@register_source
def zaken_waiting_for_input(bsn: str, context: ActionContext) -> list[ActionItem]:
    """Open zaken the resident started whose current status asks them for something."""
    return [
        ActionItem(
            title=_("Geef informatie voor: %(zaak)s") % {"zaak": row.title},
            url=reverse(
                "portal:mijn-zaak-informatie" if asks_for_information(row.zaak) else "portal:mijn-zaak",
                args=[row.zaak.uuid],
            ),
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
    "ASKS_FOR_INPUT_REASON",
    "STATUS_ASKS_FOR_INPUT",
    "asks_for_information",
    "actions_for",
    "register_source",
]
