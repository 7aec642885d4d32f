"""Celery tasks. The per-message task is the fast path; the periodic sweep is the safety net."""

import logging
import os
import socket
import threading

from celery import shared_task

from .delivery import drain, run_once

logger = logging.getLogger(__name__)

SWEEP_BUDGET_SECONDS = 10.0


def worker_name(prefix: str = "celery") -> str:
    return f"{prefix}@{socket.gethostname()}:{os.getpid()}"


@shared_task(name="loket.notifications.tasks.deliver_message", ignore_result=True)
def deliver_message(message_id: int) -> None:
    """Deliver one message's deliveries at once (inline, no thread pool: usually one to a few)."""
    run_once(worker=worker_name(), message_id=message_id, threads=1)


@shared_task(name="loket.notifications.tasks.sweep_outbox", ignore_result=True)
def sweep_outbox() -> int:
    """Deliver whatever is due: retries, messages whose task got lost, leases of dead workers."""
    deadline = threading.Event()
    timer = threading.Timer(SWEEP_BUDGET_SECONDS, deadline.set)
    timer.start()
    try:
        return drain(worker=worker_name(), stop=deadline)
    finally:
        timer.cancel()


def dispatch(message_id: int) -> None:
    """Called after commit. Never fails the caller: without a broker the sweep delivers later."""
    try:
        deliver_message.delay(message_id)
    except Exception:  # noqa: BLE001 - a broker outage must not break the request that committed
        logger.warning("outbox.dispatch_failed", exc_info=True)
