"""Verification attempts per address, counted in the cache: codes are short, so guessing them must
stay slow."""

from django.conf import settings

from loket.core.attempt_counter import within_limit


def attempt_allowed(request) -> bool:
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    return within_limit(
        f"loket:verify-attempts:{address}",
        limit=settings.LOKET_VERIFY_RATE_LIMIT,
        window=settings.LOKET_VERIFY_RATE_WINDOW,
    )
