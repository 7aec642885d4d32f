"""The active municipality of the current request or task.

A contextvar, so it is correct per thread and per asyncio task. Set it with `activate(...)`;
the tenant middleware does so for every request.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Municipality

_active: ContextVar[Municipality | None] = ContextVar("loket_active_municipality", default=None)


class TenantNotActive(RuntimeError):
    """A tenant-owned model was queried while no municipality was active."""


def get_active_municipality() -> Municipality | None:
    return _active.get()


def require_active_municipality() -> Municipality:
    municipality = _active.get()
    if municipality is None:
        raise TenantNotActive(
            "No municipality is active. Wrap the code in tenancy.activate(municipality) "
            "or use the model's `all_municipalities` manager where crossing municipalities is intended."
        )
    return municipality


@contextmanager
def activate(municipality: Municipality | None) -> Iterator[Municipality | None]:
    token = _active.set(municipality)
    try:
        yield municipality
    finally:
        _active.reset(token)
