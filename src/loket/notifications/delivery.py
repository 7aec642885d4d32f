"""The delivery engine: expand messages into deliveries, claim due deliveries, deliver, record.

Claims are leases in the database. A worker that dies keeps its claim only until `claimed_until`;
then the delivery is due again and another worker sends it (at least once: a duplicate is
possible, a loss is not). PostgreSQL claims with `SELECT … FOR UPDATE SKIP LOCKED`; SQLite,
which locks the whole database per write transaction, with a conditional UPDATE.
"""

import logging
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import connection, connections, transaction
from django.db.models import F, Q
from django.utils import timezone

from loket.tenancy.context import activate

from .backoff import next_attempt
from .errors import DeliveryError, PermanentFailure, TemporaryFailure
from .models import Delivery, OutboxMessage
from .registry import router_for, transport_for

logger = logging.getLogger(__name__)

ROUTER_TRANSPORT = (
    "router"  # marks a message whose router is missing or failed (shown in the admin)
)


def _skip_locked(queryset):
    if connection.features.has_select_for_update_skip_locked:
        return queryset.select_for_update(skip_locked=True, of=("self",))
    return queryset


# --- expansion ---------------------------------------------------------------------------


def _routes_of(message: OutboxMessage) -> list[tuple[str, str, str]]:
    """(transport, target, error) triples; a routing problem becomes one failed pseudo-delivery."""
    router = router_for(message.kind)
    if router is None:
        return [(ROUTER_TRANSPORT, "", f"Geen router voor soort '{message.kind}'")]
    try:
        with activate(message.municipality):
            return [(transport, str(target)[:500], "") for transport, target in router(message)]
    except Exception as exc:  # noqa: BLE001 - any router bug must stay visible, not block the queue
        logger.exception("outbox.router_failed", extra={"kind": message.kind})
        return [(ROUTER_TRANSPORT, "", f"Router faalde ({type(exc).__name__})")]


def _expand(messages: list[OutboxMessage]) -> int:
    now = timezone.now()
    rows = []
    for message in messages:
        for transport, target, error in _routes_of(message):
            row = Delivery(
                message=message,
                transport=transport,
                target=target,
                created_at=now,
                retry_started_at=now,
            )
            if error:
                row.status, row.last_error = Delivery.Status.FAILED, error
            rows.append(row)
    # The unique (message, transport, target) constraint makes a second expansion a no-op.
    Delivery.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
    OutboxMessage.objects.filter(pk__in=[m.pk for m in messages]).update(expanded_at=now)
    return len(rows)


def expand_pending(limit: int = 500, message_id: int | None = None) -> int:
    """Turn messages without deliveries yet into deliveries. Safe to run concurrently."""
    with transaction.atomic():
        queryset = OutboxMessage.objects.filter(expanded_at__isnull=True).select_related(
            "municipality"
        )
        if message_id is not None:
            queryset = queryset.filter(pk=message_id)
        messages = list(_skip_locked(queryset.order_by("created_at"))[:limit])
        return _expand(messages) if messages else 0


# --- claiming ----------------------------------------------------------------------------


def _due(now) -> Q:
    return Q(status=Delivery.Status.PENDING, next_attempt_at__lte=now) | Q(
        status=Delivery.Status.DELIVERING, claimed_until__lt=now
    )


def claim(*, worker: str, limit: int, message_id: int | None = None) -> list[Delivery]:
    """Take up to `limit` due deliveries (pending and due, or with an expired lease)."""
    now = timezone.now()
    token = uuid.uuid4()
    with transaction.atomic():
        queryset = Delivery.objects.filter(_due(now))
        if message_id is not None:
            queryset = queryset.filter(message_id=message_id)
        ids = list(
            _skip_locked(queryset.order_by("next_attempt_at")).values_list("pk", flat=True)[:limit]
        )
        if not ids:
            return []
        # Conditional: only rows that are still due become ours (the claim on SQLite).
        Delivery.objects.filter(pk__in=ids).filter(_due(now)).update(
            status=Delivery.Status.DELIVERING,
            claimed_until=now + timedelta(seconds=settings.LOKET_OUTBOX_LEASE_SECONDS),
            claimed_by=worker[:100],
            claim_token=token,
            attempts=F("attempts") + 1,
        )
    return list(Delivery.objects.filter(claim_token=token).select_related("message__municipality"))


# --- delivering --------------------------------------------------------------------------


@dataclass
class Outcome:
    delivery: Delivery
    ok: bool
    permanent: bool = False
    error: str = ""
    status_code: int | None = None


def _send(delivery: Delivery) -> Outcome:
    transport = transport_for(delivery.transport)
    if transport is None:
        return Outcome(delivery, ok=False, error=f"Onbekend kanaal '{delivery.transport}'")
    try:
        with activate(delivery.message.municipality):
            result = transport(delivery, delivery.message)
    except PermanentFailure as exc:
        return Outcome(
            delivery, ok=False, permanent=True, error=str(exc)[:500], status_code=exc.status_code
        )
    except (TemporaryFailure, DeliveryError) as exc:
        return Outcome(delivery, ok=False, error=str(exc)[:500], status_code=exc.status_code)
    except Exception as exc:  # noqa: BLE001 - unknown errors are retried; their text may hold secrets
        logger.warning(
            "outbox.transport_error",
            extra={"transport": delivery.transport, "error": type(exc).__name__},
        )
        return Outcome(delivery, ok=False, error=f"Onverwachte fout ({type(exc).__name__})")
    return Outcome(delivery, ok=True, status_code=result if isinstance(result, int) else None)


def _send_in_thread(delivery: Delivery) -> Outcome:
    try:
        return _send(delivery)
    finally:
        connections.close_all()  # this thread's connections only; a pool thread must not keep one


_pools: dict[int, ThreadPoolExecutor] = {}


def _pool(threads: int) -> ThreadPoolExecutor:
    # Kept for the life of the process: its threads keep their keep-alive HTTP connections.
    if threads not in _pools:
        _pools[threads] = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="outbox")
    return _pools[threads]


def send_all(deliveries: list[Delivery], threads: int = 1) -> list[Outcome]:
    if threads <= 1 or len(deliveries) <= 1:
        return [_send(d) for d in deliveries]
    return list(_pool(threads).map(_send_in_thread, deliveries))


def record(outcomes: list[Outcome]) -> None:
    """Store the outcomes: one UPDATE per status code for successes, one per failure."""
    now = timezone.now()
    delivered = defaultdict(list)
    for outcome in outcomes:
        if outcome.ok:
            delivered[outcome.status_code].append(outcome.delivery.pk)
    with transaction.atomic():
        for status_code, ids in delivered.items():
            # Delivered is final, even if our lease ran out and someone else holds the row now.
            Delivery.objects.filter(pk__in=ids).update(
                status=Delivery.Status.DELIVERED,
                delivered_at=now,
                last_status_code=status_code,
                last_error="",
                claimed_until=None,
                claim_token=None,
            )
        for outcome in outcomes:
            if outcome.ok:
                continue
            delivery = outcome.delivery
            when = None
            if not outcome.permanent:
                when = next_attempt(
                    attempts=delivery.attempts, retry_started_at=delivery.retry_started_at, now=now
                )
            changes = {
                "last_error": outcome.error,
                "last_status_code": outcome.status_code,
                "claimed_until": None,
                "claim_token": None,
            }
            if when is None:
                changes["status"] = Delivery.Status.FAILED
            else:
                changes.update(status=Delivery.Status.PENDING, next_attempt_at=when)
            # Only while the claim is still ours: after a lease expiry another worker owns the row.
            Delivery.objects.filter(pk=delivery.pk, claim_token=delivery.claim_token).update(
                **changes
            )


def run_once(
    *,
    worker: str,
    batch: int | None = None,
    threads: int | None = None,
    message_id: int | None = None,
) -> int:
    """Expand, claim one batch, deliver it and record the outcomes. Returns how many were claimed."""
    batch = batch or settings.LOKET_OUTBOX_BATCH_SIZE
    threads = settings.LOKET_OUTBOX_THREADS if threads is None else threads
    expand_pending(limit=batch * 5, message_id=message_id)
    claimed = claim(worker=worker, limit=batch, message_id=message_id)
    if claimed:
        record(send_all(claimed, threads=threads))
    return len(claimed)


def drain(*, worker: str, batch: int | None = None, threads: int | None = None, stop=None) -> int:
    """Deliver until nothing is due, claiming the next batch while the current one is being sent.

    The worker loop of `loket outbox_worker` and the sweep. Returns how many were claimed.
    """
    batch = batch or settings.LOKET_OUTBOX_BATCH_SIZE
    threads = settings.LOKET_OUTBOX_THREADS if threads is None else threads
    if threads <= 1:
        total = 0
        while not (stop and stop.is_set()):
            claimed = run_once(worker=worker, batch=batch, threads=1)
            total += claimed
            if not claimed:
                break
        return total
    pool, total, in_flight = _pool(threads), 0, []
    while True:
        claimed = []
        if not (stop and stop.is_set()):
            expand_pending(limit=batch * 5)
            claimed = claim(worker=worker, limit=batch)
        if in_flight:
            record([future.result() for future in in_flight])
        if not claimed:
            return total
        in_flight = [pool.submit(_send_in_thread, delivery) for delivery in claimed]
        total += len(claimed)
