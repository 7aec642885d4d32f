"""What the portal shows about the logged-in resident. Every registry read here is logged."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator

from loket.privacy.actors import Actor
from loket.privacy.constants import ActorKind
from loket.privacy.selectors import processing_for_subject
from loket.registry.facade import PersonDetails, person_details, person_summary

OWN_DATA_PURPOSE = "inzage eigen gegevens"
PROCESSING_PAGE_SIZE = 25


@dataclass(frozen=True)
class ResidentSummary:
    name: str
    municipality_name: str


def resident_summary(*, bsn: str, municipality) -> ResidentSummary:
    """The resident's own name from the registry; the read is logged with the resident as actor."""
    person = person_summary(bsn, actor=Actor.resident(bsn), purpose=OWN_DATA_PURPOSE)
    return ResidentSummary(
        name=person.name if person else "",
        municipality_name=municipality.name if municipality else "",
    )


def resident_details(*, bsn: str) -> PersonDetails | None:
    return person_details(bsn, actor=Actor.resident(bsn), purpose=OWN_DATA_PURPOSE)


@dataclass(frozen=True)
class ProcessingOverview:
    page: Page
    own_views_hidden: int


def processing_overview(*, bsn: str, page_number, include_own: bool) -> ProcessingOverview:
    """Who processed the resident's data, newest first. Their own looks are hidden unless asked for."""
    rows = processing_for_subject(bsn)
    own = {"actor_kind": ActorKind.RESIDENT, "actor_id": Actor.resident(bsn).identifier}
    hidden = 0
    if not include_own:
        hidden = rows.filter(**own).count()
        rows = rows.exclude(**own)
    page = Paginator(rows.order_by("-occurred_at", "-pk"), PROCESSING_PAGE_SIZE).get_page(page_number)
    return ProcessingOverview(page=page, own_views_hidden=hidden)
