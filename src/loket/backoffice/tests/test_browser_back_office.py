"""Issue #12 in Chromium: a move that needs an address investigation is in Rotterdam's queue and
not in Eindhoven's; the Rotterdam handler (password and one-time code) asks the resident for
information, the resident answers in Mijn Loket, the handler decides through the module's panel;
the resident sees the decision and the reason; every step is in the audit trail.

axe-core (WCAG 2.1 A/AA) on every back-office page, no CSP violation.
"""

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp

from loket.accounts.constants import StaffRole
from loket.accounts.models import User
from loket.accounts.services import create_staff_user
from loket.core.tests.browser import assert_no_axe_violations, screenshot
from loket.modules.contrib.verhuizen.models import Declaration, State
from loket.modules.contrib.verhuizen.tests.world import DECLARANT

from .world import VERHUIZEN, build_move_in_review

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "een-lang-genoeg-wachtwoord"


def check(page, name: str):
    assert_no_axe_violations(page)
    assert not page.csp_violations, page.csp_violations
    screenshot(page, f"backoffice-{name}")


def staff_member(username, municipality, role=StaffRole.CASE_HANDLER, zaaktypen=(VERHUIZEN,), **names):
    user, device = create_staff_user(username=username, role=role, municipality=municipality, password=PASSWORD, zaaktypen=list(zaaktypen))
    User.objects.filter(pk=user.pk).update(**names)
    return device


def staff_log_in(page, live_server, username, device):
    page.goto(live_server.url + reverse("backoffice:queue"))
    page.wait_for_url("**/medewerkers/inloggen/**")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/inloggen/code/")
    page.locator("#id_otp_token").fill(f"{totp(device.bin_key):06d}")
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/medewerker/werkvoorraad/")


def resident_log_in(page, live_server, bsn):
    page.goto(live_server.url + "/inloggen/simulator/")
    page.locator("input[name=bsn]").fill(bsn)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/mijn-loket/")


@pytest.fixture
def world(transactional_db):
    world, declaration = build_move_in_review(Client())
    rotterdam = staff_member("r.jansen", world.rotterdam, first_name="Rik", last_name="Jansen")
    eindhoven = staff_member("e.devries", world.eindhoven)
    return world, declaration, rotterdam, eindhoven


def test_a_move_with_an_address_investigation_from_queue_to_decision(live_server, new_page, world):
    _world, declaration, rotterdam_device, eindhoven_device = world
    number = declaration.zaak_identificatie

    # Eindhoven's handler does not see Rotterdam's case, not even by URL.
    other = new_page()
    staff_log_in(other, live_server, "e.devries", eindhoven_device)
    assert number not in other.locator("main").inner_text()
    check(other, "1-werkvoorraad-eindhoven")
    response = other.goto(live_server.url + reverse("backoffice:case", args=[declaration.zaak_uuid]))
    assert response.status == 404

    # Rotterdam's handler finds it in the queue and opens it.
    staff = new_page()
    staff_log_in(staff, live_server, "r.jansen", rotterdam_device)
    assert number in staff.locator("main").inner_text()
    check(staff, "2-werkvoorraad-rotterdam")
    staff.get_by_role("link", name=number).click()
    staff.wait_for_url(f"**/medewerker/zaken/{declaration.zaak_uuid}/")
    assert "Adresonderzoek" in staff.locator(".move-review-reason").inner_text()
    check(staff, "3-zaak")

    staff.get_by_role("button", name="Toewijzen").click()
    staff.wait_for_load_state()
    assert "U" == staff.locator(".case-handler").inner_text().strip()
    staff.locator("#id_vraag").fill("Wie woont er nu op Coolsingel 12? Stuur ook het huurcontract mee.")
    staff.get_by_role("button", name="Vraag versturen").click()
    staff.wait_for_load_state()
    assert "wacht op informatie" in staff.locator(".case-paused").inner_text()
    check(staff, "4-zaak-informatie-gevraagd")

    # The resident finds the question in Mijn Loket and answers it.
    resident = new_page()
    resident_log_in(resident, live_server, DECLARANT)
    resident.get_by_role("link", name="Geef informatie voor", exact=False).click()
    resident.wait_for_url("**/informatie/")
    assert "huurcontract" in resident.locator(".information-question").inner_text()
    check(resident, "5-inwoner-vraag")
    resident.locator("main form button[type=submit]").click()  # empty: a message next to the field
    resident.wait_for_load_state()
    assert "Schrijf uw antwoord." in resident.locator(".error-message").inner_text()
    resident.locator("#id_antwoord").fill("Alleen mevrouw De Groot woont er. Het contract volgt per post.")
    resident.locator("main form button[type=submit]").click()
    resident.wait_for_url(f"**/mijn-loket/zaken/{declaration.zaak_uuid}/")
    check(resident, "6-inwoner-beantwoord")

    # The handler reads the answer and refuses with a reason in the module's panel.
    staff.reload()
    assert "Alleen mevrouw De Groot" in staff.locator("main").inner_text()
    staff.get_by_label("Weigeren").check()
    staff.locator("#id_verhuizing-reden").fill("Na de verhuizing wonen er te veel volwassenen op dit adres.")
    staff.get_by_role("button", name="Besluit vastleggen").click()
    staff.wait_for_load_state()
    assert "Afgerond" in staff.locator(".case-status").inner_text()
    trail = staff.locator(".audit-trail").inner_text()
    for step in ("Toegewezen aan Rik Jansen", "Informatie gevraagd aan de inwoner", "Inwoner (DigiD)", "Taak: Verhuizing beoordelen", "Geweigerd"):
        assert step in trail, step
    check(staff, "7-zaak-besloten")
    assert Declaration.objects.get().state == State.REFUSED

    # The resident sees the decision and the reason.
    resident.goto(live_server.url + reverse("portal:mijn-zaak", args=[declaration.zaak_uuid]))
    assert "Geweigerd" in resident.locator(".zaak-result").inner_text()
    assert "te veel volwassenen" in resident.locator(".zaak-result-reason").inner_text()
    check(resident, "8-inwoner-besluit")


def test_staff_accounts_and_national_figures_pages(live_server, new_page, world):
    world_, _declaration, _r, _e = world
    admin = staff_member("beheerder.rotterdam", world_.rotterdam, role=StaffRole.FUNCTIONAL_ADMINISTRATOR, zaaktypen=())
    page = new_page()
    page.goto(live_server.url + reverse("backoffice:start"))
    page.locator("#id_username").fill("beheerder.rotterdam")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/inloggen/code/")
    page.locator("#id_otp_token").fill(f"{totp(admin.bin_key):06d}")
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/medewerker/medewerkers/")
    check(page, "9-medewerkers")
    page.get_by_role("link", name="r.jansen").click()
    page.wait_for_url("**/medewerker/medewerkers/*/")
    check(page, "10-rechten")
    page.get_by_label("Account actief").uncheck()
    page.get_by_role("button", name="Rechten opslaan").click()
    page.wait_for_url("**/medewerker/medewerkers/")
    change = page.locator("main table").last.inner_text()
    assert "Rik Jansen" in change and "niet actief" in change
    check(page, "9b-medewerkers-gewijzigd")

    coordinator = staff_member("landelijk", None, role=StaffRole.NATIONAL_COORDINATOR, zaaktypen=())
    national = new_page()
    national.goto(live_server.url + reverse("backoffice:start"))
    national.locator("#id_username").fill("landelijk")
    national.locator("#id_password").fill(PASSWORD)
    national.locator("main button[type=submit]").click()
    national.wait_for_url("**/inloggen/code/")
    national.locator("#id_otp_token").fill(f"{totp(coordinator.bin_key):06d}")
    national.locator("main button[type=submit]").click()
    national.wait_for_url("**/medewerker/landelijk/")
    assert "Verhuizing doorgeven" in national.locator("main").inner_text()
    check(national, "11-landelijk")
