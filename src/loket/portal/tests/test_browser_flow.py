"""Issue #8 in Chromium: log in, search 'verhuizen', open the question, see online vs personal
support for residents of two municipalities, send a contact request and find it in Mijn zaken.

axe-core (WCAG 2.1 A/AA) on every page visited, no horizontal scroll, no CSP violation, and a
screenshot of each page in test-artifacts/screenshots/.
"""

import re

import pytest
from django.core.management import call_command

from loket.core.tests.browser import (
    DESKTOP,
    NARROW,
    assert_no_axe_violations,
    assert_no_horizontal_scroll,
    screenshot,
)
from loket.modules import services as module_services
from loket.tenancy.demo_rsin import demo_rsin
from loket.tenancy.models import Municipality, MunicipalitySettings

from .questions_browser_urls import IDENTIFIER

pytestmark = pytest.mark.browser

UTRECHT_RESIDENT = "999990858"  # an RvIG test person living in Utrecht
SUZANNE = "999993653"  # Suzanne Moulin, Rotterdam
MOVE = "#product-verhuismelding"


def check(page, name: str, width: int):
    assert_no_axe_violations(page)
    assert_no_horizontal_scroll(page, width)
    assert not page.csp_violations, page.csp_violations
    screenshot(page, f"flow-{width}-{name}")


def log_in(page, live_server, bsn, width):
    page.goto(live_server.url + "/inloggen/simulator/")
    page.locator("input[name=bsn]").fill(bsn)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/mijn-loket/")


def log_out(page):
    page.locator("nav button", has_text="Uitloggen").click()
    page.wait_for_load_state()


def search_and_open_moving(page, width, who):
    page.locator("#site-search-q").fill("verhuizen")
    page.locator(".site-search button[type=submit]").click()
    page.wait_for_url("**/zoeken/?q=verhuizen")
    assert page.locator("main h2").first.inner_text() == "Onderwerpen"
    check(page, f"{who}-1-zoeken", width)
    page.locator("main a[href='/vragen/verhuizen/']").first.click()
    page.wait_for_url("**/vragen/verhuizen/")
    assert page.locator("h1").inner_text() == "Ik ga verhuizen"


@pytest.fixture
def world(settings):
    settings.ROOT_URLCONF = "loket.portal.tests.questions_browser_urls"
    call_command(
        "loaddata", "municipalities", "brp_tables", "upl_products", "catalogue", verbosity=0
    )
    call_command("load_test_persons", verbosity=0)
    for code, phone in (("0344", "14 030"), ("0599", "14 010")):
        municipality = Municipality.objects.get(code=code)
        Municipality.objects.filter(pk=municipality.pk).update(rsin=demo_rsin(code))
        MunicipalitySettings.all_municipalities.create(municipality=municipality, phone=phone)
    module_services.activate_module(
        municipality=Municipality.objects.get(code="0344"), identifier=IDENTIFIER
    )


@pytest.mark.parametrize("viewport", [DESKTOP, NARROW], ids=["desktop", "320px"])
def test_from_search_to_a_contact_request_in_mijn_zaken(live_server, new_page, world, viewport):
    width = viewport["width"]
    page = new_page(viewport=viewport)

    # Utrecht: moving is switched on, so "Verhuizing doorgeven" can be arranged online.
    log_in(page, live_server, UTRECHT_RESIDENT, width)
    search_and_open_moving(page, width, "utrecht")
    move = page.locator(MOVE)
    assert move.get_by_role("link", name=re.compile("^Regel het online")).get_attribute("href") == (
        f"/diensten/{IDENTIFIER}/"
    )
    assert move.get_by_role("link", name=re.compile("^Stel uw vraag")).count() == 0
    assert "Zo regelt u het bij Utrecht" in page.locator("main").inner_text()
    check(page, "utrecht-2-verhuizen", width)
    log_out(page)

    # Rotterdam: not online, so personal support: a contact request, the phone, a visit.
    log_in(page, live_server, SUZANNE, width)
    search_and_open_moving(page, width, "rotterdam")
    move = page.locator(MOVE)
    assert move.get_by_role("link", name=re.compile("^Regel het online")).count() == 0
    assert move.locator("a[href^='tel:']").count() == 1
    check(page, "rotterdam-2-verhuizen", width)

    move.get_by_role("link", name=re.compile("^Stel uw vraag")).click()
    page.wait_for_url("**/contact/?product=verhuismelding")
    assert page.locator("#id_subject").input_value() == "Verhuizing doorgeven"
    check(page, "rotterdam-3-contact", width)

    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".error-summary li").count() == 1
    assert page.locator("#id_question_error").inner_text() == "Schrijf uw vraag op."
    check(page, "rotterdam-4-contact-fout", width)

    page.locator("#id_question").fill(
        "Mijn vriendin trekt bij mij in. Moet zij zelf haar verhuizing doorgeven?"
    )
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/contact/verstuurd/**")
    number = page.locator(".zaak-identificatie").inner_text()
    assert number
    check(page, "rotterdam-5-verstuurd", width)

    page.get_by_role("link", name="Naar Mijn zaken").click()
    page.wait_for_url("**/mijn-loket/zaken/")
    assert number in page.locator("main").inner_text()
    check(page, "rotterdam-6-mijn-zaken", width)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_visitor_chooses_a_municipality_with_the_keyboard(live_server, new_page, world, language):
    page = new_page(viewport=NARROW)
    page.goto(live_server.url + "/vragen/")
    if language == "en":
        page.get_by_role("button", name="English").click()
        page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == language
    check(page, f"visitor-{language}-1-vragen", 320)

    page.locator("main a[href='/vragen/verhuizen/']").click()
    page.wait_for_url("**/vragen/verhuizen/")
    check(page, f"visitor-{language}-2-verhuizen-kies-gemeente", 320)

    page.locator("#id_place").focus()
    page.keyboard.type("Utrecht")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert (
        page.locator(MOVE).locator("a.button").get_attribute("href") == f"/diensten/{IDENTIFIER}/"
    )
    check(page, f"visitor-{language}-3-verhuizen-utrecht", 320)

    with page.expect_navigation():
        page.locator("main button[name=forget]").click()
    page.locator("#id_place").fill("Atlantis")
    with page.expect_navigation():
        page.locator("#id_place").press("Enter")
    assert page.locator(".error-summary").count() == 1
    check(page, f"visitor-{language}-4-gemeente-fout", 320)

    page.goto(live_server.url + "/zoeken/?q=qwxzv")
    check(page, f"visitor-{language}-5-niets-gevonden", 320)


def test_search_and_the_choice_of_municipality_work_without_javascript(
    live_server, new_page, world
):
    """axe-core needs JavaScript, so this one only checks that everything works without it."""
    page = new_page(javascript=False)
    page.goto(live_server.url + "/")
    page.locator("#home-search").fill("nieuw adres")
    with page.expect_navigation():
        page.locator("#home-search").press("Enter")
    with page.expect_navigation():
        page.locator("main a[href='/vragen/verhuizen/']").first.click()
    page.locator("#id_place").fill("Rotterdam")
    with page.expect_navigation():
        page.locator("#gemeente button[type=submit]").click()
    assert "Zo regelt u het bij Rotterdam" in page.locator("main").inner_text()
    assert page.locator(MOVE).locator("a[href^='/contact/']").count() == 1
