"""Chromium for the kit's and the menu's browser checks, one per test module.

The shared `browser` fixture (loket/core/tests/browser.py) is session-scoped; each module that
imports it gets its own session-long Playwright, and two of those cannot run in one thread.
This one closes at the end of the test module, so it never overlaps with another app's.
The rest (Chromium path, arguments, skip-or-fail rule, `new_page`, axe) is the shared helpers'.
"""

import os

import pytest

from loket.core.tests.browser import CHROMIUM, CHROMIUM_ARGS, _require_chromium, new_page

__all__ = ["browser", "new_page"]


@pytest.fixture(scope="module")
def browser():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous
