"""The resident answers the municipality's request for information (asked from the back office).

The request lives in the ZGW case layer: the zaak is suspended (opschorting) with
`ASKS_FOR_INPUT_REASON` and a klantcontact holds the question. The answer is a klantcontact too
(and optionally a document); the suspension ends and the legal deadline moves by the days it
stood still (Awb 4:15), all in one transaction with the standard's audit-trail rows.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from loket.components import facade as zgw
from loket.components.zaken import object_services
from loket.components.zaken import services as zaken
from loket.components.zaken.models import KlantContact

from .actions import INFORMATION_ANSWER_SUBJECT, INFORMATION_REQUEST_SUBJECT, asks_for_information
from .zaken import resident_zaken

RESIDENT_ACTOR = zgw.Actor(
    applicatie_id="loket-portal", applicatie_weergave="Loket: Mijn Loket", gebruikers_weergave="Inwoner (DigiD)"
)


@dataclass(frozen=True)
class OpenRequest:
    zaak: object
    question: str
    asked_at: datetime.datetime


def open_request(bsn: str, uuid) -> OpenRequest | None:
    """The question waiting on a zaak this resident started; None if there is none."""
    zaak = resident_zaken(bsn).filter(uuid=uuid, resident_is_initiator=True).first()
    if zaak is None or not asks_for_information(zaak):
        return None
    question = (
        KlantContact.all_municipalities.filter(zaak=zaak, onderwerp=INFORMATION_REQUEST_SUBJECT)
        .order_by("-datumtijd", "-pk")
        .first()
    )
    if question is None:
        return None
    return OpenRequest(zaak, question.toelichting, question.datumtijd)


def paused_days(asked_at: datetime.datetime, answered_on: datetime.date) -> int:
    return max(0, (answered_on - timezone.localtime(asked_at).date()).days)


@transaction.atomic
def answer(request_: OpenRequest, *, text: str, upload=None) -> None:
    zaak, today = request_.zaak, timezone.localdate()
    object_services.add_klantcontact(
        zaak,
        datumtijd=timezone.now(),
        kanaal="Mijn Loket",
        onderwerp=INFORMATION_ANSWER_SUBJECT,
        toelichting=text[:1000],
        actor=RESIDENT_ACTOR,
    )
    if upload is not None:
        zgw.add_document_to_zaak(
            zaak, titel=f"Bijlage bij antwoord {zaak.identificatie}", bestandsnaam=upload.name, content=upload.read(), auteur="Inwoner", actor=RESIDENT_ACTOR
        )
    shift = datetime.timedelta(days=paused_days(request_.asked_at, today))
    changes = {"opschorting_indicatie": False, "opschorting_reden": ""}
    if zaak.uiterlijke_einddatum_afdoening:
        changes["uiterlijke_einddatum_afdoening"] = zaak.uiterlijke_einddatum_afdoening + shift
    if zaak.einddatum_gepland:
        changes["einddatum_gepland"] = zaak.einddatum_gepland + shift
    zaken.update_zaak(zaak, actor=RESIDENT_ACTOR, **changes)
