"""The resident pages in a real browser: WCAG 2.1 AA by axe-core, 320 px wide, Dutch and English."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from loket.core.tests.browser import (
    DESKTOP,
    NARROW,
    assert_no_axe_violations,
    assert_no_horizontal_scroll,
    screenshot,
)
from loket.tenancy.context import activate
from loket.tenancy.models import MunicipalitySettings

pytestmark = pytest.mark.browser

VALID_BSN = "999993653"
INVALID_BSN = "123456789"


def check(page, name: str, width: int):
    """Everything every page must pass."""
    assert_no_axe_violations(page)
    assert_no_horizontal_scroll(page, width)
    assert not page.csp_violations, page.csp_violations
    screenshot(page, name)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("viewport", [DESKTOP, NARROW], ids=["desktop", "320px"])
def test_resident_journey_is_accessible(live_server, new_page, language, viewport):
    call_command("loaddata", "municipalities", "brp_tables", verbosity=0)
    call_command("load_test_persons", verbosity=0)
    page = new_page(viewport=viewport)
    width = viewport["width"]
    prefix = f"{language}-{width}"

    page.goto(live_server.url + "/")
    if language == "en":
        page.get_by_role("button", name="English").click()
        page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == language
    check(page, f"{prefix}-01-start", width)

    page.locator("main a.button").first.click()
    page.wait_for_url("**/inloggen/")
    check(page, f"{prefix}-02-login-choice", width)

    page.locator("main a[href*='/inloggen/simulator']").first.click()
    page.wait_for_url("**/inloggen/simulator/**")
    check(page, f"{prefix}-03-simulator", width)

    page.locator("input[name=bsn]").fill(INVALID_BSN)
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".error-message").count() == 1
    check(page, f"{prefix}-04-simulator-error", width)

    page.locator("input[name=bsn]").fill(VALID_BSN)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/mijn-loket/")
    assert page.locator("h1").inner_text() == "Mijn Loket"  # the product name, in both languages
    assert "Suzanne Moulin" in page.locator("main").inner_text()
    check(page, f"{prefix}-05-mijn-loket", width)

    page.locator("main a[href$='/mijn-loket/gegevens/']").click()
    page.wait_for_url("**/mijn-loket/gegevens/")
    assert "Boterdiep 31" in page.locator("main").inner_text()
    check(page, f"{prefix}-06-mijn-gegevens", width)

    page.locator("main a[href$='/klopt-niet/']").click()
    page.wait_for_url("**/klopt-niet/")
    check(page, f"{prefix}-06a-correctie", width)
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".error-summary li").count() == 2
    check(page, f"{prefix}-06b-correctie-fouten", width)
    page.locator("main a[href$='/mijn-loket/gegevens/']").last.click()
    page.wait_for_url("**/mijn-loket/gegevens/")

    page.locator("main a[href$='/wie-bekeek-mijn-gegevens/']").click()
    page.wait_for_url("**/wie-bekeek-mijn-gegevens/")
    page.locator("main a[href='?eigen=1']").click()
    page.wait_for_load_state()
    assert page.locator(".processing").count() >= 2
    check(page, f"{prefix}-07-verwerkingen", width)


def test_skip_link_is_first_visible_on_focus_and_moves_to_main(live_server, new_page):
    page = new_page()
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    assert focused.get_attribute("class") == "skip-link"
    box = focused.bounding_box()
    assert box and box["y"] >= 0 and box["width"] > 1
    assert page.evaluate("getComputedStyle(document.activeElement).boxShadow") != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_every_control_shows_where_the_focus_is(live_server, new_page):
    page = new_page()
    page.goto(live_server.url + "/")
    for _ in range(6):
        page.keyboard.press("Tab")
        style = page.evaluate(
            "(() => { const s = getComputedStyle(document.activeElement);"
            " return {shadow: s.boxShadow, outline: s.outlineStyle, tag: document.activeElement.tagName}; })()"
        )
        assert style["shadow"] != "none" or style["outline"] not in ("none", ""), style


def test_the_language_switch_works_without_javascript(live_server, new_page):
    page = new_page(javascript=False)
    page.goto(live_server.url + "/inloggen/")
    page.get_by_role("button", name="English").click()
    page.wait_for_url("**/inloggen/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("button", name="Nederlands").click()
    page.wait_for_url("**/inloggen/")
    assert page.locator("html").get_attribute("lang") == "nl"


def _log_in_staff_member(page, live_server, municipality):
    """A staff member of the municipality, so the municipality's branding is active."""
    staff = get_user_model().objects.create_user("medewerker", password="x", municipality=municipality)
    client = Client()
    client.force_login(staff)
    from django.conf import settings

    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])


@pytest.mark.parametrize("viewport", [DESKTOP, NARROW], ids=["desktop", "320px"])
def test_municipality_branding_and_contact_details_are_accessible(live_server, new_page, utrecht, viewport):
    with activate(utrecht):
        MunicipalitySettings.objects.create(
            display_name="Gemeente Utrecht",
            brand_colour="#a3004b",
            phone="14 030",
            email="info@utrecht.example",
            website="https://www.utrecht.nl/",
            visiting_address="Stadsplateau 1\n3521 AZ Utrecht",
            opening_hours="Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
        )
    page = new_page(viewport=viewport)
    _log_in_staff_member(page, live_server, utrecht)
    page.goto(live_server.url + "/")
    header_colour = page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor")
    assert header_colour == "rgb(163, 0, 75)"
    assert "Gemeente Utrecht" in page.locator("footer").inner_text()
    check(page, f"branded-{viewport['width']}-start", viewport["width"])


@pytest.mark.parametrize("viewport", [DESKTOP, NARROW], ids=["desktop", "320px"])
def test_the_staff_layout_is_accessible(live_server, new_page, utrecht, settings, viewport):
    settings.ROOT_URLCONF = "loket.portal.tests.staff_layout_urls"
    page = new_page(viewport=viewport)
    _log_in_staff_member(page, live_server, utrecht)
    page.goto(live_server.url + "/staff-layout/")
    assert page.locator("h1").inner_text() == "Werkvoorraad"
    check(page, f"staff-{viewport['width']}-layout", viewport["width"])
