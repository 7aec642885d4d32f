"""DEVELOPMENT ONLY: a provider that takes no money. Its checkout page on the platform lets the
tester choose what the bank says (paid, failed, cancelled). Production refuses it (checks.py)."""

from __future__ import annotations

from django.urls import reverse

from ..constants import PaymentStatus
from ..models import DevelopmentPayment
from ..registry import register
from .base import PaymentProvider, Started


@register("development")
class DevelopmentProvider(PaymentProvider):
    title = "Testbetaling (ontwikkelomgeving, geen echt geld)"
    development_only = True

    def start(self, *, reference, description, amount_cents, currency, return_url, webhook_url) -> Started:
        payment = DevelopmentPayment.objects.create(
            description=description[:200], amount_cents=amount_cents, return_url=return_url, webhook_url=webhook_url
        )
        return Started(str(payment.pk), reverse("payments:development-checkout", args=[payment.pk]))

    def status(self, provider_id: str) -> str:
        found = DevelopmentPayment.objects.filter(pk=provider_id).values_list("status", flat=True).first()
        return found or PaymentStatus.EXPIRED
