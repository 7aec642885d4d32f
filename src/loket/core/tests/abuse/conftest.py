"""Fixtures for the abuse tests: a ZGW API client, residents in the module worlds, an empty cache."""

import pytest
from django.core.cache import cache

from loket.components.conftest import ZGW, zaak_body  # noqa: F401  (re-used builders)
from loket.modules.contrib.verhuizen.tests.world import build_world


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits count in the cache; every test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def zgw(db):
    return ZGW()


@pytest.fixture
def move_world(db):
    return build_world()
