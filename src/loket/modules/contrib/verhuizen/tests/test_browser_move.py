"""Issue #9 in Chromium: an Eindhoven resident moves with partner and child to an occupied
address in Rotterdam; the main occupant consents in her own Mijn Loket; the case is approved
automatically; on the moving date all three live in Rotterdam, Eindhoven sees the departure,
and the resident's portal is Rotterdam's with the Eindhoven history still there.

axe-core (WCAG 2.1 A/AA) on every page, no CSP violation; screens from start to confirmation
are counted (at most six).
"""

import datetime

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from loket.accounts.constants import StaffRole
from loket.accounts.models import User
from loket.components.facade.steps import close_with
from loket.core.tests.browser import assert_no_axe_violations, screenshot
from loket.modules import services as module_services
from loket.modules.facades import register, start_zaak
from loket.portal.tests.mijn_data import branding
from loket.registry.facade import municipality_code_of

from ..actions import run_due
from .world import CHILD, DECLARANT, NEW_NUMBER, OCCUPANT, PARTNER, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def check(page, name: str):
    assert_no_axe_violations(page)
    assert not page.csp_violations, page.csp_violations
    screenshot(page, f"verhuizen-{name}")


def log_in(page, live_server, bsn):
    page.goto(live_server.url + "/inloggen/simulator/")
    page.locator("input[name=bsn]").fill(bsn)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/mijn-loket/")


def log_out(page):
    page.locator("nav button", has_text="Uitloggen").click()
    page.wait_for_load_state()


@pytest.fixture
def world(transactional_db):
    built = build_world()
    branding(built.eindhoven, display_name="Gemeente Eindhoven", phone="14 040", colour="#c3002f")
    branding(built.rotterdam, display_name="Gemeente Rotterdam", phone="14 010", colour="#00811f")
    module_services.activate_module(municipality=built.rotterdam, identifier="demo")
    # Eindhoven history: an earlier, finished case of the declarant.
    earlier = start_zaak(module=register["verhuizen"], municipality=built.eindhoven, bsn=DECLARANT, omschrijving="Verhuizing binnen Eindhoven")
    close_with(earlier, "Verwerkt", toelichting="Verwerkt")
    return built


def test_a_family_moves_from_eindhoven_to_an_occupied_address_in_rotterdam(live_server, new_page, world):
    page = new_page()
    moving_day = timezone.localdate() + datetime.timedelta(days=3)
    screens = []

    def screen(name):
        screens.append(name)
        check(page, f"{len(screens)}-{name}")

    log_in(page, live_server, DECLARANT)
    assert "Gemeente Eindhoven" in page.locator(".site-brand__name").inner_text()
    page.goto(live_server.url + reverse("verhuizen:start"))
    screen("adres")
    page.locator("#id_postcode").fill("3011 ab")
    page.locator("#id_huisnummer").fill(str(NEW_NUMBER))
    page.locator("#id_verhuisdatum").fill(moving_day.isoformat())
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/meeverhuizers/")
    screen("meeverhuizers")
    assert "Coolsingel 12" in page.locator("main").inner_text()
    page.get_by_label("Fleur Bakker (partner", exact=False).check()
    page.get_by_label("Noor Smits (kind", exact=False).check()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/controleren/")
    screen("controleren")
    page.locator("#id_verklaring").check()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/ontvangen/**")
    screen("ontvangen")
    assert len(screens) <= 6, screens
    number = page.locator(".zaak-identificatie").inner_text()
    assert "Wacht op toestemming" in page.locator(".move-state").inner_text()
    log_out(page)

    # The main occupant consents in her own Mijn Loket.
    log_in(page, live_server, OCCUPANT)
    check(page, "hoofdbewoner-mijn-loket")
    page.get_by_role("link", name="Geef toestemming: iemand wil op uw adres komen wonen").click()
    page.wait_for_url("**/toestemming/**")
    check(page, "toestemming")
    assert "Daan Smits wil vanaf" in page.locator("main").inner_text()
    page.get_by_label("Ja, ik geef toestemming").check()
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert "U hebt toestemming gegeven" in page.locator(".consent-answer").inner_text()
    check(page, "toestemming-gegeven")
    log_out(page)

    # Approved without a person; recorded on the moving date by the scheduled job.
    assert municipality_code_of(DECLARANT) == "0772"
    with time_machine.travel(moving_day, tick=False):
        assert run_due()["recorded"] == 1
    assert {municipality_code_of(bsn) for bsn in (DECLARANT, PARTNER, CHILD)} == {"0599"}

    # Eindhoven was notified: its staff see the departure.
    staff = Client()
    staff.force_login(User.objects.create(username="ehv", municipality=world.eindhoven, role=StaffRole.CASE_HANDLER))
    departures = staff.get(reverse("verhuizen-staff:departures")).content.decode()
    assert "Rotterdam" in departures and number in departures

    # The resident's portal is now Rotterdam's, with the Eindhoven history still there.
    log_in(page, live_server, DECLARANT)
    assert "Gemeente Rotterdam" in page.locator(".site-brand__name").inner_text()
    assert "Online regelen bij Rotterdam" in page.locator("main").inner_text()
    assert "Melding openbare ruimte" in page.locator("main").inner_text()
    check(page, "na-verhuizing-mijn-loket")
    page.goto(live_server.url + reverse("portal:mijn-zaken"))
    text = page.locator("main").inner_text()
    assert "Verhuizing binnen Eindhoven" in text and "Verhuizing naar Coolsingel 12" in text
    check(page, "na-verhuizing-mijn-zaken")
