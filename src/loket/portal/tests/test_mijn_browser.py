"""Mijn Loket in a real browser: axe-core WCAG 2.1 AA, 1280 and 320 px, Dutch and English, keyboard only."""

import pytest
from django.urls import reverse

from loket.core.tests.browser import (
    DESKTOP,
    NARROW,
    assert_no_axe_violations,
    assert_no_horizontal_scroll,
    screenshot,
)
from loket.notifications.models import InboxMessage

from .mijn_data import RESIDENT, branding, document_for, resident_living_in, zaak_at, zaaktype_at

pytestmark = pytest.mark.browser


@pytest.fixture
def mijn_loket_data(transactional_db, utrecht, amersfoort):
    branding(amersfoort, display_name="Gemeente Amersfoort", phone="14 033")
    resident_living_in(amersfoort, first_names="Suzanne", surname="Moulin")
    running = zaak_at(zaaktype_at(utrecht), omschrijving="Losse stoeptegel", step=2)
    zaak_at(zaaktype_at(amersfoort), omschrijving="Parkeervergunning")
    zaak_at(
        zaaktype_at(utrecht, identificatie="AFVAL"), omschrijving="Grofvuil ophalen", closed=True
    )
    InboxMessage.objects.create(
        bsn=RESIDENT,
        municipality=amersfoort,
        subject="Uw aanvraag is ontvangen",
        body="Dank u wel.\nWe kijken ernaar.",
    )
    InboxMessage.objects.create(
        bsn=RESIDENT, subject="Welkom bij Loket", body="Fijn dat u er bent."
    )
    document_for(running, titel="Ontvangstbevestiging")
    return {"zaak": running}


def check(page, name: str, width: int):
    assert_no_axe_violations(page)
    assert_no_horizontal_scroll(page, width)
    assert not page.csp_violations, page.csp_violations
    screenshot(page, name)


def log_in(page, base: str, language: str):
    page.goto(base + reverse("authentication:simulator"))
    if language == "en":
        page.get_by_role("button", name="English").click()
        page.wait_for_load_state()
    page.locator("input[name=bsn]").fill(RESIDENT)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/mijn-loket/")


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("viewport", [DESKTOP, NARROW], ids=["desktop", "320px"])
def test_every_mijn_loket_page_is_accessible(
    live_server, new_page, mijn_loket_data, language, viewport
):
    page = new_page(viewport=viewport)
    width = viewport["width"]
    prefix = f"mijn-{language}-{width}"
    log_in(page, live_server.url, language)
    assert page.locator("html").get_attribute("lang") == language
    main = page.locator("main")
    assert "Losse stoeptegel" in main.inner_text() and "Parkeervergunning" in main.inner_text()
    check(page, f"{prefix}-01-overzicht", width)

    page.locator("main a[href$='/mijn-loket/zaken/']").first.click()
    page.wait_for_url("**/mijn-loket/zaken/")
    assert "Grofvuil ophalen" in main.inner_text()
    check(page, f"{prefix}-02-zaken", width)

    page.locator(f"main a[href$='/mijn-loket/zaken/{mijn_loket_data['zaak'].uuid}/']").first.click()
    page.wait_for_load_state()
    assert page.locator("[aria-current=step]").count() == 1
    check(page, f"{prefix}-03-zaak", width)

    assert page.goto(live_server.url + reverse("portal:mijn-berichten")).ok
    assert page.locator(".nav-badge").inner_text().startswith("2")
    check(page, f"{prefix}-04-berichten", width)

    page.locator("main .message-item a").first.click()
    page.wait_for_load_state()
    assert page.locator(".nav-badge").inner_text().startswith("1")
    check(page, f"{prefix}-05-bericht", width)

    assert page.goto(live_server.url + reverse("portal:mijn-documenten")).ok
    assert "Ontvangstbevestiging" in main.inner_text()
    check(page, f"{prefix}-06-documenten", width)


def tab_to(page, href: str, presses: int = 60) -> bool:
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href')") == href:
            return True
    return False


def test_the_main_links_of_mijn_loket_are_reachable_with_the_keyboard_alone(
    live_server, new_page, mijn_loket_data
):
    page = new_page()
    log_in(page, live_server.url, "nl")
    zaak = reverse("portal:mijn-zaak", args=[mijn_loket_data["zaak"].uuid])
    for href in (
        reverse("portal:mijn-zaken"),
        reverse("portal:mijn-berichten"),
        reverse("portal:mijn-documenten"),
        zaak,
        reverse("portal:mijn-gegevens"),
    ):
        page.goto(live_server.url + reverse("portal:mijn-loket"))
        assert tab_to(page, href), f"{href} cannot be reached with Tab"

    page.goto(live_server.url + reverse("portal:mijn-loket"))
    assert tab_to(page, zaak)
    page.keyboard.press("Enter")
    page.wait_for_url("**" + zaak)
    assert page.locator("h1").inner_text() == "Losse stoeptegel"


def test_mijn_zaken_works_without_javascript(live_server, new_page, mijn_loket_data):
    page = new_page(javascript=False)
    log_in(page, live_server.url, "nl")
    page.locator("nav a[href$='/mijn-loket/zaken/']").click()
    page.wait_for_url("**/mijn-loket/zaken/")
    assert "Losse stoeptegel" in page.locator("main").inner_text()
