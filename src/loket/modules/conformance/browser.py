"""Chromium for the kit's and the menu's browser checks, one per test module.

The shared `browser` fixture (loket/core/tests/browser.py) is session-scoped; each module that
imports it gets its own session-long Playwright, and two of those cannot run in one thread.
This one closes at the end of the test module, so it never overlaps with another app's.
Launching (Chromium path, arguments, skip-or-fail rule), `new_page` and axe are the shared helpers'.
"""

import pytest

from loket.core.tests.browser import launched_chromium, new_page

__all__ = ["browser", "new_page"]


@pytest.fixture(scope="module")
def browser():
    with launched_chromium() as chromium:
        yield chromium
