"""Writes: orders, payment attempts and their status changes.

Every status change is one transaction with its audit row (PaymentEvent). The change to paid
also marks the order paid and creates its fulfilment row in that same transaction; the
fulfilment runs after commit (and, if that is lost, from the sweep).
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from .constants import FINAL_UNPAID, OrderStatus, PaymentStatus
from .models import Fulfilment, Order, Payment, PaymentEvent
from .providers.base import ProviderError
from .registry import register

logger = logging.getLogger(__name__)


class AlreadyPaid(Exception):
    pass


class NoProvider(Exception):
    """No payment provider is enabled and configured."""


def create_order(*, municipality, bsn: str, kind: str, description: str, amount_cents: int, details: dict) -> Order:
    if amount_cents < 0:
        raise ValueError("An amount cannot be negative.")
    return Order.objects.create(
        municipality=municipality,
        bsn=bsn,
        kind=kind,
        description=description[:200],
        amount_cents=amount_cents,
        details=details,
    )


def start_payment(order: Order, *, return_url: str) -> Payment:
    """A new payment attempt at the default provider; its `checkout_url` is where the resident pays.

    Raises AlreadyPaid, NoProvider or ProviderError (nothing paid; try again)."""
    if order.status == OrderStatus.PAID:
        raise AlreadyPaid(order.uuid)
    provider = register.default()
    if provider is None or provider.check_config():
        raise NoProvider(settings.LOKET_PAYMENT_PROVIDER)
    payment = Payment.objects.create(order=order, provider=provider.identifier)
    webhook_url = settings.LOKET_BASE_URL + reverse("payments:webhook", args=[provider.identifier])
    try:
        started = provider.start(
            reference=str(payment.uuid),
            description=order.description,
            amount_cents=order.amount_cents,
            currency=order.currency,
            return_url=return_url,
            webhook_url=webhook_url,
        )
    except ProviderError:
        _set_status(payment, PaymentStatus.FAILED, source="start")
        raise
    payment.provider_id = started.provider_id
    payment.checkout_url = started.checkout_url
    payment.save(update_fields=["provider_id", "checkout_url"])
    PaymentEvent.objects.create(payment=payment, old_status="", new_status=payment.status, source="start")
    return payment


def _set_status(payment: Payment, status: str, *, source: str) -> bool:
    """Record a status the provider reported. True if the order became paid now."""
    with transaction.atomic():
        locked = Payment.objects.select_for_update().select_related("order").get(pk=payment.pk)
        old = locked.status
        if old == status or old == PaymentStatus.PAID:
            return False  # repeated webhook, or a late report after paid: paid stays paid
        locked.status = status
        locked.updated_at = timezone.now()
        locked.save(update_fields=["status", "updated_at"])
        PaymentEvent.objects.create(payment=locked, old_status=old, new_status=status, source=source)
        payment.status = status
        if status != PaymentStatus.PAID:
            return False
        order = Order.objects.select_for_update().get(pk=locked.order_id)
        if order.status == OrderStatus.PAID:
            return False  # a second payment of a paid order: recorded, but made once
        order.status = OrderStatus.PAID
        order.paid_at = timezone.now()
        order.save(update_fields=["status", "paid_at"])
        Fulfilment.objects.get_or_create(order=order)
        order_id = order.pk
        transaction.on_commit(lambda: _fulfil_after_commit(order_id))
    logger.info("payments.paid", extra={"order": str(order.uuid), "source": source})
    return True


def _fulfil_after_commit(order_id: int) -> None:
    from .tasks import dispatch_fulfilment

    dispatch_fulfilment(order_id)


def refresh(payment: Payment, *, source: str) -> str:
    """Ask the provider for the payment's status and record it. Returns the status."""
    if payment.status == PaymentStatus.PAID or payment.status in FINAL_UNPAID or not payment.provider_id:
        return payment.status
    provider = register.enabled(payment.provider)
    if provider is None:
        return payment.status
    status = provider.status(payment.provider_id)
    _set_status(payment, status, source=source)
    return status


def refresh_order(order: Order, *, source: str) -> None:
    for payment in order.payments.exclude(status__in=[PaymentStatus.PAID, *FINAL_UNPAID]).exclude(provider_id=""):
        try:
            refresh(payment, source=source)
        except ProviderError:
            logger.warning("payments.poll_failed", extra={"payment": str(payment.uuid)})
    order.refresh_from_db()
