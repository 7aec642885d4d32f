"""When to try a failed delivery again: exponential backoff with jitter, until the horizon."""

import random
from datetime import datetime, timedelta

from django.conf import settings

JITTER = 0.2  # ±20 %, so deliveries that failed together do not all come back at the same moment


def retry_delay(attempts: int, rng: random.Random | None = None) -> float:
    """Seconds to wait after the `attempts`-th failed attempt (1, 2, …)."""
    base = settings.LOKET_OUTBOX_RETRY_BASE_SECONDS
    cap = settings.LOKET_OUTBOX_RETRY_MAX_DELAY_SECONDS
    delay = min(cap, base * 2 ** min(max(attempts, 1) - 1, 60))
    return delay * (rng or random).uniform(1 - JITTER, 1 + JITTER)  # noqa: S311 - jitter, not crypto


def next_attempt(*, attempts: int, retry_started_at: datetime, now: datetime) -> datetime | None:
    """The moment of the next attempt, or None once the retry horizon has passed (give up)."""
    deadline = retry_started_at + timedelta(seconds=settings.LOKET_OUTBOX_RETRY_HORIZON_SECONDS)
    if now >= deadline:
        return None
    return min(now + timedelta(seconds=retry_delay(attempts)), deadline)
