"""Counting attempts in the cache (Redis in production, so every web process sees the same count)."""

from django.core.cache import cache


def within_limit(key: str, *, limit: int, window: int) -> bool:
    """Count one attempt under `key`; False once more than `limit` were made within `window`
    seconds of the first. A limit of 0 or less counts nothing and allows everything."""
    if limit <= 0:
        return True
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= limit
