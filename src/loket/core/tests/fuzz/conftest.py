"""Fixtures of the fuzz tests: a small world and a token of an application with all scopes."""

import pytest

from loket.core.tests.isolation.world import build_world


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
