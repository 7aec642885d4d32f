"""Verification attempts per address, counted in the cache (like authentication/ratelimit.py):
codes are short, so guessing them must stay slow."""

from django.conf import settings
from django.core.cache import cache


def attempt_allowed(request) -> bool:
    limit = settings.LOKET_VERIFY_RATE_LIMIT
    if limit <= 0:
        return True
    key = f"loket:verify-attempts:{request.META.get('REMOTE_ADDR', '') or 'unknown'}"
    window = settings.LOKET_VERIFY_RATE_WINDOW
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= limit
