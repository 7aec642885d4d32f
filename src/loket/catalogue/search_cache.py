"""Search results, kept per search text until the search index changes.

Ranking costs a full-text and a trigram query plus scoring in Python; many residents type the
same few words ("verhuizen", "paspoort kwijt"). Every write to the index gives a new version,
once at the write and once more on commit, so a search never shows results from before a change.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "catalogue:search:version"
TIMEOUT_SECONDS = 10 * 60


def cached(text: str, limit: int, compute: Callable[[], list]) -> list:
    digest = hashlib.sha256(text.casefold().encode()).hexdigest()[:32]
    key = f"catalogue:search:{_version()}:{limit}:{digest}"
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, TIMEOUT_SECONDS)
    return found


def forget_all(**kwargs) -> None:
    """Signal receiver for every write to the search index."""
    _new_version()
    transaction.on_commit(_new_version)


def _new_version() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def _version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY, "")
    return version
