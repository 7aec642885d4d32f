"""The outbox's router "zgw" and transport "abonnement" (registered in `apps.py`).

Routing happens after commit, when the worker expands the message: every abonnement on the
message's kanaal that serves its municipality and whose filters match gets one delivery. The
transport checks the callback URL again (the host may now resolve elsewhere) and POSTs the
standard's body with the abonnement's Authorization header. 2xx is delivered; 4xx other than
408/429 will not get better by retrying (permanent); everything else is retried.
"""

from django.core.exceptions import ValidationError

from loket.notifications.errors import PermanentFailure, TemporaryFailure
from loket.notifications.http import post_json
from loket.notifications.targets import check_callback_url

from .constants import TRANSPORT
from .matching import filters_match
from .models import Abonnement
from .selectors import subscriptions_to

RETRYABLE_4XX = {408, 429}


def route(message) -> list[tuple[str, str]]:
    payload = message.payload
    kenmerken = payload.get("kenmerken") or {}
    targets = []
    for abonnement_uuid, filters in subscriptions_to(payload["kanaal"], message.municipality_id):
        if filters_match(filters, kenmerken) and abonnement_uuid not in targets:
            targets.append(abonnement_uuid)
    return [(TRANSPORT, target) for target in targets]


def deliver(delivery, message) -> int:
    abonnement = Abonnement.objects.filter(uuid=delivery.target).first()
    if abonnement is None:
        raise PermanentFailure("Het abonnement bestaat niet meer")
    try:
        check_callback_url(abonnement.callback_url)
    except ValidationError:
        raise PermanentFailure("Callback-URL geweigerd") from None
    headers = {"Authorization": abonnement.auth} if abonnement.auth else {}
    try:
        return post_json(abonnement.callback_url, message.payload, headers)
    except TemporaryFailure as exc:
        code = exc.status_code
        if code is not None and 400 <= code < 500 and code not in RETRYABLE_4XX:
            raise PermanentFailure(str(exc), status_code=code) from None
        raise
