"""The case handler's work on a move in review, through Django's test client: the queue, the
case page (registry data read with a purpose), asking the resident, their answer in Mijn Loket
(the deadline stood still), the decision the resident reads, and the audit trail."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from loket.components.zaken.models import AuditTrail, Zaak
from loket.modules.contrib.verhuizen.models import Declaration, State
from loket.modules.contrib.verhuizen.tests.world import DECLARANT, log_in
from loket.notifications.models import InboxMessage
from loket.privacy.models import ProcessingRecord

from .world import handler

pytestmark = pytest.mark.django_db


def deliver():
    from django.core.management import call_command

    call_command("outbox_worker", once=True, verbosity=0)


def test_the_move_is_in_rotterdams_queue_and_not_in_eindhovens(client, move_in_review):
    world, declaration = move_in_review
    client.force_login(handler(world.rotterdam, "rdam"))
    page = client.get(reverse("backoffice:queue")).content.decode()
    assert declaration.zaak_identificatie in page
    client.force_login(handler(world.eindhoven, "ehv"))
    page = client.get(reverse("backoffice:queue")).content.decode()
    assert declaration.zaak_identificatie not in page
    assert client.get(reverse("backoffice:case", args=[declaration.zaak_uuid])).status_code == 404


def test_a_handler_without_the_zaaktype_cannot_open_the_case(client, move_in_review):
    world, declaration = move_in_review
    client.force_login(handler(world.rotterdam, "rdam-ander", zaaktypen=["LOKET-UITTREKSELS"]))
    assert declaration.zaak_identificatie not in client.get(reverse("backoffice:queue")).content.decode()
    assert client.get(reverse("backoffice:case", args=[declaration.zaak_uuid])).status_code == 404
    response = client.post(reverse("backoffice:case-note", args=[declaration.zaak_uuid]), {"notitie": "hallo"})
    assert response.status_code == 404


def test_showing_the_case_logs_the_registry_read_with_its_purpose(client, move_in_review):
    world, declaration = move_in_review
    staff = handler(world.rotterdam, "rdam", first_name="Rik", last_name="Jansen")
    client.force_login(staff)
    before = ProcessingRecord.objects.count()
    page = client.get(reverse("backoffice:case", args=[declaration.zaak_uuid])).content.decode()
    assert "Daan" in page and "Stratumseind 3" in page  # the declarant, from the registry
    assert "Adresonderzoek" in page  # the module's task panel
    record = ProcessingRecord.objects.order_by("-pk").first()
    assert ProcessingRecord.objects.count() == before + 1
    assert record.actor_display == "Rik Jansen" and declaration.zaak_identificatie in record.purpose


def test_ask_answer_decide(client, move_in_review, django_capture_on_commit_callbacks):
    world, declaration = move_in_review
    zaak = Zaak.all_municipalities.get(uuid=declaration.zaak_uuid)
    deadline = zaak.uiterlijke_einddatum_afdoening
    staff = handler(world.rotterdam, "rdam", first_name="Rik", last_name="Jansen")
    client.force_login(staff)
    case_url = reverse("backoffice:case", args=[zaak.uuid])

    # Bad input: a message next to the field, nothing stored.
    response = client.post(reverse("backoffice:case-ask", args=[zaak.uuid]), {"vraag": "", "antwoord_voor": "gisteren"})
    assert response.status_code == 400
    assert "Schrijf welke informatie u nodig hebt." in response.content.decode()
    zaak.refresh_from_db()
    assert not zaak.opschorting_indicatie

    client.post(reverse("backoffice:case-assign", args=[zaak.uuid]), {"medewerker": staff.pk})
    answer_before = timezone.localdate() + datetime.timedelta(days=10)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("backoffice:case-ask", args=[zaak.uuid]),
            {"vraag": "Wie woont er nog meer op het nieuwe adres?", "antwoord_voor": answer_before.isoformat()},
        )
    assert response.status_code == 302
    zaak.refresh_from_db()
    assert zaak.opschorting_indicatie
    queue = client.get(reverse("backoffice:queue") + "?toegewezen=mij").content.decode()
    assert zaak.identificatie in queue and "Termijn staat stil" in queue

    # The resident sees a task in Mijn Loket and answers, three days later.
    deliver()
    assert InboxMessage.objects.filter(bsn=DECLARANT, subject__startswith="De gemeente vraagt u om informatie").exists()
    answer_url = reverse("portal:mijn-zaak-informatie", args=[zaak.uuid])
    with time_machine.travel(timezone.now() + datetime.timedelta(days=3)):
        log_in(client, DECLARANT)
        overview = client.get(reverse("portal:mijn-loket")).content.decode()
        assert answer_url in overview
        assert client.post(answer_url, {"antwoord": ""}).status_code == 400
        response = client.post(answer_url, {"antwoord": "Alleen mevrouw De Groot, die ik al lang ken."})
    assert response.status_code == 302
    zaak.refresh_from_db()
    assert not zaak.opschorting_indicatie
    assert zaak.uiterlijke_einddatum_afdoening == deadline + datetime.timedelta(days=3)
    assert client.get(answer_url).status_code == 404  # answered: nothing waits any more

    # The handler reads the answer and refuses with a reason, through the module's panel.
    client.force_login(staff)
    page = client.get(case_url).content.decode()
    assert "Alleen mevrouw De Groot" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("backoffice:case-panel", args=[zaak.uuid]),
            {"verhuizing-besluit": "weigeren", "verhuizing-reden": "Er wonen te veel volwassenen op dit adres."},
        )
    assert response.status_code == 302 and response["Location"] == case_url
    declaration.refresh_from_db()
    assert declaration.state == State.REFUSED

    # The resident sees the decision and the reason.
    log_in(client, DECLARANT)
    page = client.get(reverse("portal:mijn-zaak", args=[zaak.uuid])).content.decode()
    assert "Geweigerd" in page and "Er wonen te veel volwassenen op dit adres." in page

    # Every step is in the audit trail, the handler's by name.
    trail = list(AuditTrail.all_municipalities.filter(zaak=zaak).values_list("gebruikers_weergave", "resource", "toelichting"))
    assert ("Rik Jansen", "rol", "Toegewezen aan Rik Jansen") in trail
    assert ("Rik Jansen", "klantcontact", "Informatie gevraagd aan de inwoner") in trail
    assert ("Inwoner (DigiD)", "klantcontact", "") in trail
    client.force_login(staff)
    page = client.get(case_url).content.decode()
    assert "Taak: Verhuizing beoordelen" in page and "Rik Jansen" in page


def test_the_generic_decision_closes_with_a_result_and_the_reason(client, move_in_review, monkeypatch):
    """For a zaaktype whose module does not decide itself: result + reason, resident told."""
    from loket.modules.registry import register

    world, declaration = move_in_review
    zaak = Zaak.all_municipalities.get(uuid=declaration.zaak_uuid)
    module = register["verhuizen"]
    monkeypatch.setattr(type(module), "descriptor", __import__("dataclasses").replace(module.descriptor, case_panel=None))
    client.force_login(handler(world.rotterdam, "rdam"))
    page = client.get(reverse("backoffice:case", args=[zaak.uuid])).content.decode()
    assert "Besluiten en afsluiten" in page
    assert client.post(reverse("backoffice:case-decide", args=[zaak.uuid]), {"reden": ""}).status_code == 400
    resultaat = __import__("loket.components.catalogi.models", fromlist=["ResultaatType"]).ResultaatType.all_municipalities.get(
        zaaktype=zaak.zaaktype, omschrijving="Geweigerd"
    )
    response = client.post(reverse("backoffice:case-decide", args=[zaak.uuid]), {"resultaat": resultaat.pk, "reden": "Onvolledig."})
    assert response.status_code == 302
    zaak.refresh_from_db()
    assert zaak.einddatum is not None and zaak.resultaat.toelichting == "Onvolledig."
    assert Declaration.objects.get().state == State.REVIEW  # the module was not asked: it had no panel here
