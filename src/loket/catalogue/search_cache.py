"""Search results, kept per search text until the search index changes.

Ranking costs a full-text and a trigram query plus scoring in Python; many residents type the
same few words ("verhuizen", "paspoort kwijt"). Every write to the index starts a new
generation, so a search never shows results from before a change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.core.cache import cache

from loket.core.cache_generation import CacheGeneration

TIMEOUT_SECONDS = 10 * 60
GENERATION = CacheGeneration("catalogue:search")
forget_all = GENERATION.forget_all  # receiver of every write to the search index


def cached(text: str, limit: int, compute: Callable[[], list]) -> list:
    key = GENERATION.key(str(limit), hashlib.sha256(text.casefold().encode()).hexdigest()[:32])
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, TIMEOUT_SECONDS)
    return found
