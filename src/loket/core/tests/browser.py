"""Shared fixtures for browser tests: the system Chromium through Playwright, plus axe-core.

Use them from a conftest: `from loket.core.tests.browser import *  # noqa: F403`.
Tests that use them are marked `@pytest.mark.browser`. Without /usr/bin/chromium they are
skipped, unless LOKET_REQUIRE_BROWSER=1 (CI), then they fail.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("LOKET_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOT_DIR = Path(__file__).resolve().parents[4] / "test-artifacts" / "screenshots"
WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DESKTOP = {"width": 1280, "height": 900}
NARROW = {"width": 320, "height": 640}

__all__ = [
    "DESKTOP",
    "NARROW",
    "WCAG_21_AA_TAGS",
    "assert_no_axe_violations",
    "assert_no_horizontal_scroll",
    "browser",
    "new_page",
    "screenshot",
]


def _require_chromium():
    if CHROMIUM.exists():
        return
    reason = f"Chromium not found at {CHROMIUM}; browser tests need the system Chromium (apt install chromium)."
    if os.environ.get("LOKET_REQUIRE_BROWSER") == "1":
        pytest.fail(reason + " LOKET_REQUIRE_BROWSER=1, so this is a failure.", pytrace=False)
    pytest.skip(reason)


@contextmanager
def launched_chromium():
    """A headless system Chromium through Playwright, closed on exit (skips or fails without it)."""
    _require_chromium()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread, which makes Django think it is
    # in async code. The test itself only sets up data; the pages are served by the live server.
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


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module: Playwright's sync API allows one per thread, so a
    session-long one would clash with the kit's (modules/conformance/browser.py)."""
    with launched_chromium() as chromium:
        yield chromium


@pytest.fixture
def new_page(browser):
    """`new_page(viewport=NARROW, locale="nl-NL", javascript=True)` -> a page in a fresh context.

    Every page records CSP violations Chromium reports; `page.csp_violations` lists them.
    """
    contexts = []

    def make(viewport=DESKTOP, locale="nl-NL", javascript=True):
        context = browser.new_context(viewport=viewport, locale=locale, java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        page.csp_violations = []

        def record(message):
            if "Content Security Policy" in message.text:
                page.csp_violations.append(message.text)

        page.on("console", record)
        return page

    yield make
    for context in contexts:
        context.close()


def assert_no_axe_violations(page):
    """axe-core with the WCAG 2.1 A and AA rules; fails with axe's own readable report."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA_TAGS}})
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def assert_no_horizontal_scroll(page, width: int):
    scroll_width = page.evaluate("document.scrollingElement.scrollWidth")
    assert scroll_width <= width, f"{page.url} is {scroll_width}px wide at a {width}px viewport"


def screenshot(page, name: str):
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^a-z0-9_.-]+", "-", name.lower())
    page.screenshot(path=str(SCREENSHOT_DIR / f"{safe}.png"), full_page=True)
