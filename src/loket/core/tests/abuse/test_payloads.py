"""SQL, HTML and script payloads in every free-text field: stored as typed, shown escaped."""

import html

import pytest
from django.core.cache import cache
from django.urls import reverse

from loket.components.zaken.models import Zaak
from loket.portal.tests.questions_fixtures import UTRECHT_RESIDENT, log_in
from loket.registry.tests.factories import make_address, make_person, make_residence

from .payloads import PAYLOADS, assert_shown_escaped

pytestmark = pytest.mark.django_db


@pytest.fixture
def utrecht_resident(client, utrecht, with_rsin):
    with_rsin(utrecht)
    make_residence(make_person(UTRECHT_RESIDENT, first_names="Sanne", surname="de Vries"), make_address(utrecht))
    log_in(client, UTRECHT_RESIDENT)
    return client


@pytest.fixture
def with_rsin():
    from loket.tenancy.demo_rsin import demo_rsin

    def give(municipality):
        municipality.rsin = demo_rsin(municipality.code)
        municipality.save(update_fields=["rsin"])
        return municipality

    return give


def test_contact_request_fields_store_payloads_as_typed_and_every_page_escapes_them(utrecht_resident, capsys):
    client = utrecht_resident
    shown = 0
    for payload in PAYLOADS:
        cache.clear()  # five requests an hour per resident; this test sends more
        response = client.post(
            "/contact/", {"subject": payload[:150], "question": payload, "answer_by": "inbox"}, follow=True
        )
        assert response.status_code == 200
        zaak = Zaak.all_municipalities.latest("pk")
        assert zaak.omschrijving == f"Vraag: {payload[:150]}"
        assert f"Vraag: {payload}" in zaak.toelichting
        for page in (response, client.get(reverse("portal:mijn-zaak", args=[zaak.uuid])), client.get(reverse("portal:mijn-zaken"))):
            assert page.status_code == 200
            assert_shown_escaped(page.content.decode(), payload)
            shown += 1
    assert Zaak.all_municipalities.count() == len(PAYLOADS)
    with capsys.disabled():
        print(f"\n[abuse] contact form: {len(PAYLOADS)} payloads x 2 fields stored as typed, {shown} pages escaped")


def test_a_contact_request_form_refused_with_payloads_shows_them_escaped_next_to_the_field(utrecht_resident):
    for payload in PAYLOADS:
        response = utrecht_resident.post(
            "/contact/", {"subject": payload, "question": payload, "answer_by": "email", "email": payload}
        )
        assert response.status_code == 200
        page = response.content.decode()
        assert "Vul een e-mailadres in zoals naam@voorbeeld.nl." in page
        assert_shown_escaped(page, payload)
    assert not Zaak.all_municipalities.exists()


def test_a_null_character_is_refused_not_stored(utrecht_resident):
    response = utrecht_resident.post("/contact/", {"subject": "Vraag\x00", "question": "x\x00y", "answer_by": "inbox"})
    assert response.status_code == 200
    assert not Zaak.all_municipalities.exists()


def test_search_and_question_pages_reflect_payloads_escaped(client, capsys):
    pages = 0
    for payload in PAYLOADS:
        for url, params in ((reverse("portal:zoeken"), {"q": payload}), ("/contact/", {"product": payload})):
            response = client.get(url, params)
            assert response.status_code in (200, 302)
            assert_shown_escaped(response.content.decode(), payload)
            pages += 1
        response = client.get(reverse("authentication:login"), {"next": payload})
        assert_shown_escaped(response.content.decode(), payload)
        pages += 1
    with capsys.disabled():
        print(f"\n[abuse] reflected input: {len(PAYLOADS)} payloads, {pages} pages escaped")


def test_correction_request_fields_store_payloads_and_the_confirmation_escapes_them(client, test_persons):
    from loket.tenancy.models import Municipality

    Municipality.objects.filter(code="0599").update(rsin="002220647")
    client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653"})
    for payload in PAYLOADS:
        response = client.post(
            reverse("portal:correctie"),
            {"subject": "adres", "description": payload, "correct_value": payload},
            follow=True,
        )
        assert response.status_code == 200
        zaak = Zaak.all_municipalities.latest("pk")
        assert payload in zaak.toelichting
        assert_shown_escaped(response.content.decode(), payload)
        assert_shown_escaped(client.get(reverse("portal:mijn-zaak", args=[zaak.uuid])).content.decode(), payload)
    assert Zaak.all_municipalities.count() == len(PAYLOADS)


def test_zgw_api_text_fields_store_payloads_exactly_and_return_them_as_json(zgw, utrecht, capsys):
    from .conftest import zaak_body

    zaaktype = zgw.zaaktype(utrecht)
    api = zgw.client([utrecht], zaaktypen=[zaaktype])
    for payload in PAYLOADS:
        response = api.post("/zaken/api/v1/zaken", zaak_body(zaaktype, omschrijving=payload[:80], toelichting=payload))
        assert response.status_code == 201, response.content
        url = response.json()["url"]
        fetched = api.get(url.replace("http://testserver", ""))
        assert fetched["Content-Type"].startswith("application/json")
        assert fetched.json()["toelichting"] == payload
        assert fetched.json()["omschrijving"] == payload[:80]
        listed = api.get("/zaken/api/v1/zaken", {"identificatie": payload[:40]})
        assert listed.status_code in (200, 400)
    assert Zaak.all_municipalities.count() == len(PAYLOADS)
    with capsys.disabled():
        print(f"\n[abuse] ZGW API: {len(PAYLOADS)} payloads x 2 fields stored exactly, returned as JSON")


def test_staff_decision_text_reaches_the_resident_inbox_escaped(client, move_world, django_capture_on_commit_callbacks):
    """A staff member's reason is resident-facing text too (Mijn berichten)."""
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    from loket.accounts.constants import StaffRole
    from loket.accounts.models import User
    from loket.modules.contrib.verhuizen.models import Declaration
    from loket.modules.contrib.verhuizen.tests.world import (
        DECLARANT,
        NEW_NUMBER,
        NEW_POSTCODE,
        OCCUPANT,
        PARTNER,
    )
    from loket.modules.contrib.verhuizen.tests.world import log_in as world_log_in
    from loket.notifications.models import InboxMessage

    payload = PAYLOADS[0] + PAYLOADS[1]
    world_log_in(client, DECLARANT)
    when = (timezone.localdate() + datetime.timedelta(days=7)).isoformat()
    client.post(reverse("verhuizen:start"), {"postcode": NEW_POSTCODE, "huisnummer": NEW_NUMBER, "verhuisdatum": when})
    client.post(reverse("verhuizen:meeverhuizers"), {"meeverhuizers": [PARTNER]})
    client.post(reverse("verhuizen:controleren"), {"verklaring": "on"})
    declaration = Declaration.objects.get()
    world_log_in(client, OCCUPANT)
    client.post(reverse("verhuizen:toestemming", args=[declaration.consents.get().token]), {"antwoord": "nee"})
    staff = User.objects.create(username="rdam", municipality=move_world.rotterdam, role=StaffRole.CASE_HANDLER)
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("verhuizen-staff:detail", args=[declaration.zaak_uuid]), {"besluit": "weigeren", "reden": payload})
    call_command("outbox_worker", once=True, verbosity=0)
    message = InboxMessage.objects.get(bsn=DECLARANT, subject__startswith="Uw verhuizing naar")
    assert payload in message.body
    client.logout()
    world_log_in(client, DECLARANT)
    page = client.get(reverse("portal:mijn-bericht", args=[message.uuid])).content.decode()
    assert_shown_escaped(page, payload)
    assert html.escape(PAYLOADS[0]) in page
