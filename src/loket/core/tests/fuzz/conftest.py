"""Fixtures of the fuzz tests: a small world and a token of an application with all scopes."""

import pytest
from django.db import connection

from loket.core.tests.isolation.world import build_world


def pytest_collection_modifyitems(config, items):
    # Schemathesis calls the WSGI app directly; on PostgreSQL Django then closes the connection that
    # holds the test's transaction and every later call fails. Until the fuzz tests run against a
    # live server there, they run on SQLite (make test, make fuzz); the isolation tests cover both.
    if connection.vendor == "postgresql":
        skip = pytest.mark.skip(reason="in-process WSGI fuzzing closes the test connection on PostgreSQL")
        for item in items:
            if "/fuzz/" in str(item.fspath):
                item.add_marker(skip)


@pytest.fixture
def fuzz_world(db, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "documents": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    return build_world(size=2)


@pytest.fixture
def zgw_authorization(fuzz_world) -> str:
    """The Authorization header of an application with all autorisaties on one municipality."""
    actor = next(a for a in fuzz_world.actors_of("api") if a.label.endswith("(alles)"))
    return actor.client.defaults["HTTP_AUTHORIZATION"]


@pytest.fixture
def brp_headers(fuzz_world) -> dict:
    actor = fuzz_world.actors_of("brp")[0]
    return {
        "Authorization": actor.client.defaults["HTTP_AUTHORIZATION"],
        "x-doelbinding": actor.client.defaults["HTTP_X_DOELBINDING"],
        "x-verwerking": "fuzz",
        "x-gebruiker": "fuzz",
    }
