"""End to end in Chromium: an undertaker declares the death in Amsterdam of a married resident of
Utrecht; Amsterdam draws up the certificate, Utrecht sees the death, the registry shows it and
the partner's household, and the partner finds the checklist in Mijn berichten. axe-core on
every page."""

import datetime

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse

from loket.components.documenten.models import EnkelvoudigInformatieObject
from loket.components.zaken.models import Zaak
from loket.core.tests.browser import assert_no_axe_violations, screenshot
from loket.registry.facade import person_details
from loket.registry.models import Person

from .family import DECEASED, KVK, PARTNER, SETUP

pytestmark = pytest.mark.browser

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def check(page, name):
    assert_no_axe_violations(page)
    assert not page.csp_violations, page.csp_violations
    screenshot(page, f"overlijden-{name}")


def simulator_login(page, base, next_url, **fields):
    page.goto(f"{base}{reverse('authentication:simulator')}?next={next_url}")
    if "kvk" in fields:
        page.locator("input[name=kind][value=business]").check()
        page.locator("input[name=kvk]").fill(fields["kvk"])
    else:
        page.locator("input[name=bsn]").fill(fields["bsn"])
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()


def staff_session(page, base, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base}])


def test_an_undertaker_declares_a_death_and_everyone_concerned_sees_what_follows(
    transactional_db, live_server, new_page, family, amsterdam, utrecht, django_user_model, settings
):
    settings.LOKET_STAFF_REQUIRE_2FA = False
    base = live_server.url
    start = reverse("overlijden:start")
    died = datetime.date.today() - datetime.timedelta(days=1)

    page = new_page()
    simulator_login(page, base, start, kvk=KVK)
    assert page.url.endswith(start)
    check(page, "01-aangifte")

    page.locator("[name=deceased_bsn]").fill(DECEASED)
    page.locator("[name=death_date]").fill(died.isoformat())
    page.locator("[name=death_time]").fill("08:15")
    page.locator("[name=death_municipality]").fill("Amsterdam")
    page.locator("input[name=funeral_kind][value=cremeren]").check()
    page.locator("[name=funeral_date]").fill((died + datetime.timedelta(days=3)).isoformat())
    page.locator("[name=statement]").set_input_files(
        {"name": "verklaring-arts.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    assert "/ontvangen/" in page.url, page.locator("main").inner_text()
    main = page.locator("main").inner_text()
    assert "akte van overlijden is opgemaakt" in main and "Amsterdam" in main
    check(page, "02-ontvangen")

    zaak = Zaak.all_municipalities.get()
    assert zaak.municipality == amsterdam and zaak.einddatum is not None
    documents = EnkelvoudigInformatieObject.all_municipalities.filter(municipality=amsterdam)
    assert "Akte van overlijden" in {d.latest.titel for d in documents}

    henk = Person.objects.get(bsn=DECEASED)
    assert henk.is_deceased and henk.death_place == amsterdam.code
    ria = person_details(PARTNER, actor=SETUP, purpose="test")
    assert [member.name for member in ria.household] == ["Lotte de Boer"]  # Henk left the household

    staff_page = new_page()
    staff = django_user_model.objects.create(username="utrecht-burgerzaken", municipality=utrecht, role="case_handler")
    staff_session(staff_page, base, staff)
    staff_page.goto(base + reverse("overlijden-staff:elsewhere"))
    listed = staff_page.locator("main").inner_text()
    assert "Henk de Boer" in listed and "Amsterdam" in listed
    check(staff_page, "03-utrecht-elders-overleden")

    partner = new_page()
    simulator_login(partner, base, reverse("portal:mijn-berichten"), bsn=PARTNER)
    partner.goto(base + reverse("portal:mijn-berichten"))
    assert "Henk de Boer" in partner.locator("main").inner_text()
    check(partner, "04-partner-berichten")
    partner.locator("main .message-item a").first.click()
    partner.wait_for_load_state()
    message = partner.locator("main").inner_text()
    assert "akte van overlijden" in message and "/vragen/overlijden/#product-overlijdensakte" in message
    check(partner, "05-partner-checklist")

    partner.goto(base + reverse("portal:mijn-gegevens"))
    own_data = partner.locator("main").inner_text()
    assert "Lotte de Boer" in own_data and "Henk" not in own_data
    check(partner, "06-partner-gegevens")
