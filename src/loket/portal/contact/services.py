"""Send a contact request: one zaak at the resident's municipality, and a processing-log row."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from loket.catalogue.selectors import placement
from loket.components import facade as zgw
from loket.privacy.actors import Actor
from loket.privacy.constants import ProcessingAction
from loket.privacy.services import log_processing
from loket.tenancy.context import activate

from .zaaktype import IDENTIFICATIE, current_definition

PURPOSE = "contactverzoek van een inwoner"
LEGAL_BASIS = "AVG art. 6 lid 1 sub e"
PORTAL_ACTOR = zgw.Actor(
    applicatie_id="loket-portaal",
    applicatie_weergave="Mijn Loket",
    gebruikers_weergave="Inwoner (DigiD)",
)
# At most this many contact requests per resident per window (settings can override both).
DEFAULT_LIMIT = 5
DEFAULT_WINDOW = 60 * 60


class ContactUnavailable(Exception):
    """The municipality cannot take the request online (no RSIN, case type switched off)."""


class TooManyRequests(Exception):
    """The resident sent the maximum number of contact requests for now."""


def _limit() -> tuple[int, int]:
    return (
        getattr(settings, "LOKET_CONTACT_REQUEST_LIMIT", DEFAULT_LIMIT),
        getattr(settings, "LOKET_CONTACT_REQUEST_WINDOW", DEFAULT_WINDOW),
    )


def _counter_key(bsn: str) -> str:
    # A hash, so no BSN ends up in the cache's keys (or in a Redis MONITOR).
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{bsn}".encode()).hexdigest()[:32]
    return f"loket:contact-requests:{digest}"


def may_send(bsn: str) -> bool:
    limit, _window = _limit()
    return limit <= 0 or (cache.get(_counter_key(bsn)) or 0) < limit


def _count_one(bsn: str) -> None:
    _limit_value, window = _limit()
    key = _counter_key(bsn)
    cache.add(key, 0, timeout=window)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)


def _zaaktype(municipality):
    zaaktype = zgw.zaaktype_for(municipality, IDENTIFICATIE)
    if zaaktype is None:
        try:
            zaaktype = zgw.install_zaaktype(
                municipality=municipality, definition=current_definition()
            )
        except zgw.RuleViolation as error:
            raise ContactUnavailable(str(error)) from error
    return zaaktype


def send_contact_request(
    *, bsn: str, municipality, subject: str, summary: str, product_uri: str = ""
):
    """Returns the new zaak. Nothing is stored when anything fails.

    `product_uri`: the UPL product the question is about; it becomes the zaak's product when the
    zaaktype lists it (an unknown one is ignored, the question still arrives).
    """
    if municipality is None:
        raise ContactUnavailable("no municipality")
    if not may_send(bsn):
        raise TooManyRequests
    found = placement(product_uri) if product_uri else None
    with activate(municipality), transaction.atomic():
        zaaktype = _zaaktype(municipality)
        products = (
            [found.product.uri]
            if found and found.product.uri in zaaktype.producten_of_diensten
            else []
        )
        zaak = zgw.start_zaak_for_resident(
            zaaktype,
            bsn,
            omschrijving=f"Vraag: {subject}",
            toelichting=summary,
            actor=PORTAL_ACTOR,
            producten_of_diensten=products,
        )
        log_processing(
            actor=Actor.resident(bsn),
            action=ProcessingAction.CREATE,
            action_name="Contactverzoek indienen",
            purpose=PURPOSE,
            legal_basis=LEGAL_BASIS,
            object_type="zaak",
            object_id=zaak.identificatie,
            subject_bsn=bsn,
            municipality=municipality,
        )
    _count_one(bsn)  # only a request that arrived counts
    return zaak
