"""Fixtures of the isolation properties: one world per test, documents in memory."""

import os

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
    print(f"\nisolation world: seed {built.seed}, municipalities "
          f"{', '.join(m.code for m in built.municipalities)}, {len(built.actors)} actors, "
          f"{sum(len(t) for t in built.targets.values())} targets, {len(built.markers)} markers")
    return built
