"""Celery tasks. After commit: fulfil the order that was just paid. Periodically: the sweep."""

import logging
import os
import socket
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from .constants import PaymentStatus
from .fulfilment import fulfil_due
from .models import Payment

logger = logging.getLogger(__name__)


def worker_name(prefix: str = "celery") -> str:
    return f"{prefix}@{socket.gethostname()}:{os.getpid()}"


@shared_task(name="loket.payments.tasks.fulfil_order", ignore_result=True)
def fulfil_order(order_id: int) -> None:
    fulfil_due(worker=worker_name(), limit=1, order_id=order_id)


def poll_stale_payments(limit: int = 50) -> int:
    """Ask the provider about payments still open after a while (a webhook can get lost)."""
    from .services import refresh_order

    cutoff = timezone.now() - timedelta(seconds=settings.LOKET_PAYMENT_POLL_AFTER_SECONDS)
    payments = (
        Payment.objects.filter(status__in=[PaymentStatus.OPEN, PaymentStatus.PENDING], created_at__lte=cutoff)
        .exclude(provider_id="")
        .select_related("order")
        .order_by("created_at")[:limit]
    )
    orders = {payment.order_id: payment.order for payment in payments}
    for order in orders.values():
        refresh_order(order, source="poll")
    return len(orders)


@shared_task(name="loket.payments.tasks.sweep_payments", ignore_result=True)
def sweep_payments() -> int:
    """The safety net: poll stale payments, then make whatever paid order is still due."""
    poll_stale_payments()
    made = 0
    while True:
        batch = fulfil_due(worker=worker_name(), limit=10)
        made += batch
        if batch == 0:
            return made


def dispatch_fulfilment(order_id: int) -> None:
    """Called after commit. Never fails the caller: the sweep or the return page makes it later."""
    try:
        fulfil_order.delay(order_id)
    except Exception:  # noqa: BLE001 - a broker outage must not break the request that committed
        logger.warning("payments.dispatch_failed", exc_info=True)
