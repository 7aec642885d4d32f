"""A cache whose entries all expire at once when the data behind them changes.

Each key carries the current generation (a random token kept in the cache). A write to the
data starts a new generation, once at the write and once more on commit: a reader between the
write and its commit still saw the old rows, and what it stored then is left behind as well.
"""

from __future__ import annotations

import uuid

from django.core.cache import cache
from django.db import transaction


class CacheGeneration:
    def __init__(self, prefix: str):
        self.prefix = prefix
        self.version_key = f"{prefix}:generation"

    def key(self, *parts: str) -> str:
        return ":".join([self.prefix, self._current(), *parts])

    def forget_all(self, **signal_kwargs) -> None:
        """Start a new generation; usable as a signal receiver."""
        self._renew()
        transaction.on_commit(self._renew)

    def _renew(self) -> None:
        cache.set(self.version_key, uuid.uuid4().hex, None)

    def _current(self) -> str:
        current = cache.get(self.version_key)
        if current is None:
            cache.add(self.version_key, uuid.uuid4().hex, None)
            current = cache.get(self.version_key, "")
        return current
