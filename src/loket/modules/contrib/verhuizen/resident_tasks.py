"""Consent requests in the resident's "Wat moet u doen?" (Mijn Loket)."""

from django.utils.translation import gettext as _

from loket.modules.facades.resident_tasks import ResidentTask, register_task_provider

from .actions import consent_url
from .models import Consent, State


@register_task_provider
def consent_requests(bsn: str) -> list[ResidentTask]:
    waiting = Consent.objects.filter(
        bsn=bsn, given__isnull=True, declaration__state=State.WAITING_FOR_CONSENT
    ).select_related("declaration__municipality")
    tasks = []
    for consent in waiting:
        title = (
            _("Geef toestemming: iemand wil op uw adres komen wonen")
            if consent.kind == Consent.Kind.MAIN_OCCUPANT
            else _("Geef toestemming voor uw verhuizing")
        )
        tasks.append(
            ResidentTask(
                title=title,
                url=consent_url(consent),
                due=consent.due,
                municipality_name=consent.declaration.municipality.name,
            )
        )
    return tasks
