"""Mollie (iDEAL and more) through Mollie's official client, mollie-api-python.

Mollie calls the webhook with only the payment id (`id=tr_...`); the status is always fetched
from Mollie. Amounts go as strings with two decimals ("12.50"). Settings: MOLLIE_API_KEY
(live_... in production, test_... elsewhere), MOLLIE_METHODS (e.g. "ideal"; empty lets the
resident choose on Mollie's page).
"""

from __future__ import annotations

from django.conf import settings

from ..constants import PaymentStatus
from ..registry import register
from .base import PaymentProvider, ProviderError, Started

_KNOWN = set(PaymentStatus.values) | {"authorized"}


def _client():
    from mollie.api.client import Client

    client = Client(timeout=settings.MOLLIE_TIMEOUT)
    client.set_api_key(settings.MOLLIE_API_KEY)
    return client


@register("mollie")
class MollieProvider(PaymentProvider):
    title = "iDEAL (Mollie)"

    def check_config(self) -> list[str]:
        key = settings.MOLLIE_API_KEY
        if not key:
            return ["MOLLIE_API_KEY is not set"]
        if settings.ENVIRONMENT == "production" and not key.startswith("live_"):
            return ["MOLLIE_API_KEY is not a live key"]
        return []

    def start(self, *, reference, description, amount_cents, currency, return_url, webhook_url) -> Started:
        from mollie.api.error import Error as MollieError

        data = {
            "amount": {"currency": currency, "value": f"{amount_cents // 100}.{amount_cents % 100:02d}"},
            "description": description[:255],
            "redirectUrl": return_url,
            "webhookUrl": webhook_url,
            "metadata": {"order": reference},  # never personal data: Mollie stores this
        }
        if settings.MOLLIE_METHODS:
            data["method"] = list(settings.MOLLIE_METHODS)
        try:
            payment = _client().payments.create(data, idempotency_key=reference)
        except MollieError as exc:
            raise ProviderError(f"Mollie: {type(exc).__name__}") from exc
        return Started(payment.id, payment.checkout_url or "")

    def status(self, provider_id: str) -> str:
        from mollie.api.error import Error as MollieError

        try:
            payment = _client().payments.get(provider_id)
        except MollieError as exc:
            raise ProviderError(f"Mollie: {type(exc).__name__}") from exc
        status = payment.status
        if status == "authorized":  # not for iDEAL; money is reserved, not yet paid
            return PaymentStatus.PENDING
        return status if status in _KNOWN else PaymentStatus.PENDING
