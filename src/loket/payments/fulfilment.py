"""A paid order always gets what was paid for, exactly once.

The fulfilment row is made in the transaction that marks the order paid. A worker claims it with
a lease (as the outbox does: `claimed_until`, a claim token), then runs the fulfiller *inside one
transaction together with the `done` mark*, holding the row. So:
- a fulfiller that raises leaves nothing behind; the row is retried with backoff;
- a worker killed mid-way leaves nothing behind (its transaction never commits); when the lease
  ends, the next claim makes it;
- two workers never both commit: the `done` mark is conditional on the claim token, and the
  second claim waits for (PostgreSQL: skips) the locked row.
Fulfillers are registered by the module that sells the thing, by order kind.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from .backoff import next_delay
from .constants import FulfilmentStatus
from .models import Fulfilment, Order

logger = logging.getLogger(__name__)

Fulfiller = Callable[[Order], dict]
_fulfillers: dict[str, Fulfiller] = {}


class NotFulfilled(Exception):
    """Raised to roll back: the claim was lost (another worker has the row)."""


def register_fulfiller(kind: str, func: Fulfiller) -> None:
    """`func(order) -> dict` makes what the order paid for, in the caller's transaction, and
    returns what to remember (e.g. the document's id). Registering again replaces it."""
    _fulfillers[kind] = func


def _due(now) -> Q:
    return Q(status=FulfilmentStatus.PENDING, next_attempt_at__lte=now) | Q(
        status=FulfilmentStatus.RUNNING, claimed_until__lt=now
    )


def _skip_locked(queryset):
    if connection.features.has_select_for_update_skip_locked:
        return queryset.select_for_update(skip_locked=True, of=("self",))
    return queryset


def claim(*, worker: str, limit: int = 10, order_id: int | None = None) -> list[Fulfilment]:
    now = timezone.now()
    token = uuid.uuid4()
    with transaction.atomic():
        queryset = Fulfilment.objects.filter(_due(now))
        if order_id is not None:
            queryset = queryset.filter(order_id=order_id)
        ids = list(_skip_locked(queryset.order_by("next_attempt_at")).values_list("pk", flat=True)[:limit])
        if not ids:
            return []
        Fulfilment.objects.filter(pk__in=ids).filter(_due(now)).update(
            status=FulfilmentStatus.RUNNING,
            claimed_until=now + timedelta(seconds=settings.LOKET_FULFILMENT_LEASE_SECONDS),
            claimed_by=worker[:100],
            claim_token=token,
            attempts=F("attempts") + 1,
        )
    return list(Fulfilment.objects.filter(claim_token=token).select_related("order", "order__municipality"))


def _run_one(fulfilment: Fulfilment) -> bool:
    fulfiller = _fulfillers.get(fulfilment.order.kind)
    try:
        if fulfiller is None:
            raise LookupError(f"no fulfiller for order kind {fulfilment.order.kind!r}")
        with transaction.atomic():
            held = Fulfilment.objects.select_for_update().filter(
                pk=fulfilment.pk, claim_token=fulfilment.claim_token, status=FulfilmentStatus.RUNNING
            )
            if not held.exists():
                raise NotFulfilled
            result = fulfiller(fulfilment.order) or {}
            done = held.update(
                status=FulfilmentStatus.DONE, result=result, done_at=timezone.now(),
                claimed_until=None, claim_token=None, last_error="",
            )
            if done != 1:
                raise NotFulfilled
        return True
    except NotFulfilled:
        return False
    except Exception as exc:  # noqa: BLE001 - any failure is retried; its text may hold personal data
        logger.warning("payments.fulfilment_failed", extra={"order": str(fulfilment.order.uuid), "error": type(exc).__name__})
        Fulfilment.objects.filter(pk=fulfilment.pk, claim_token=fulfilment.claim_token).update(
            status=FulfilmentStatus.PENDING,
            next_attempt_at=timezone.now() + next_delay(fulfilment.attempts),
            claimed_until=None,
            claim_token=None,
            last_error=f"{type(exc).__name__}"[:500],
        )
        return False


def fulfil_due(*, worker: str, limit: int = 10, order_id: int | None = None) -> int:
    """Claim and run what is due (optionally one order's). Returns how many were made now."""
    return sum(_run_one(f) for f in claim(worker=worker, limit=limit, order_id=order_id))


def fulfil_order(order: Order, *, worker: str) -> bool:
    """Make this paid order's thing now if it is due (the return page does this). True if done."""
    fulfil_due(worker=worker, limit=1, order_id=order.pk)
    return Fulfilment.objects.filter(order=order, status=FulfilmentStatus.DONE).exists()
