import pytest

from loket.core.tests.browser import *  # noqa: F403  (browser, new_page)

from .world import build_move_in_review


@pytest.fixture
def move_in_review(db, client):
    return build_move_in_review(client)
