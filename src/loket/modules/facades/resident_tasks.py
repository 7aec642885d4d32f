"""Tasks a module puts in a resident's "Wat moet u doen?" (Mijn Loket), e.g. a consent request.

A module registers a provider `(bsn) -> list[ResidentTask]` once (in its AppConfig.ready or
module.py); the portal asks every provider when it builds the overview. Providers answer from
the module's own tables: one cheap query, no registry reads.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ResidentTask:
    title: str
    url: str
    due: datetime.date | None = None
    municipality_name: str = ""


Provider = Callable[[str], list[ResidentTask]]

_providers: list[Provider] = []


def register_task_provider(provider: Provider) -> Provider:
    if provider not in _providers:
        _providers.append(provider)
    return provider


def tasks_for(bsn: str) -> list[ResidentTask]:
    tasks: list[ResidentTask] = []
    for provider in _providers:
        tasks.extend(provider(bsn))
    return tasks


__all__ = ["ResidentTask", "register_task_provider", "tasks_for"]
