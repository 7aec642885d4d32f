"""Fixtures of the isolation properties: one world per test, documents in memory."""

import os
from collections import Counter

import pytest

from .world import build_world


@pytest.fixture
def world(db, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "documents": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    settings.LOKET_VERIFY_RATE_LIMIT = 0  # /verify/ is tried thousands of times from one address
    seed = os.environ.get("LOKET_ISOLATION_SEED")
    built = build_world(int(seed) if seed else None)
    kinds = Counter(actor.kind for actor in built.actors)
    print(
        f"\nisolation world: seed {built.seed}, municipalities "
        f"{', '.join(m.code for m in built.municipalities)}, {len(built.actors)} actors "
        f"({', '.join(f'{n} {kind}' for kind, n in sorted(kinds.items()))}), "
        f"{sum(len(t) for t in built.targets.values())} targets, {len(built.markers)} markers; "
        f"undertakers' cases: {', '.join(f'KVK {kvk} {len(n)}' for kvk, n in sorted(built.case_numbers.items()))}"
    )
    return built
