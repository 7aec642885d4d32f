from datetime import timedelta

from django.conf import settings


def next_delay(attempts: int) -> timedelta:
    """Doubling from LOKET_FULFILMENT_RETRY_BASE_SECONDS, at most LOKET_FULFILMENT_RETRY_MAX_SECONDS."""
    base = settings.LOKET_FULFILMENT_RETRY_BASE_SECONDS
    return timedelta(seconds=min(base * (2 ** max(attempts - 1, 0)), settings.LOKET_FULFILMENT_RETRY_MAX_SECONDS))
