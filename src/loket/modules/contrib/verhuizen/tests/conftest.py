import pytest

from loket.core.tests.browser import *  # noqa: F403  (browser, new_page)

from .world import build_world


@pytest.fixture
def move_world(db):
    return build_world()
