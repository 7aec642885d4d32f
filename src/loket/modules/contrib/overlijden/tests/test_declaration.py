"""An undertaker or relative declares a death: what is stored, and every refusal."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from loket.components.documenten.models import EnkelvoudigInformatieObject
from loket.components.zaken.models import Rol, Zaak
from loket.notifications.models import InboxMessage, OutboxMessage
from loket.registry.models import Person, Residence
from loket.registry.selectors import household

from .family import (
    ADULT_CHILD,
    DEAD_ALREADY,
    DECEASED,
    KVK,
    OTHER,
    PARTNER,
    YOUNG_CHILD,
    log_in_business,
    log_in_resident,
    valid_post,
)

START = "/diensten/overlijden/"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def statement(content=PDF, name="verklaring.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def stored():
    return (
        Zaak.all_municipalities.count(),
        Rol.all_municipalities.count(),
        EnkelvoudigInformatieObject.all_municipalities.count(),
        Person.objects.exclude(death_date="").count(),
        InboxMessage.objects.count(),
    )


@pytest.fixture
def undertaker(client, family):
    log_in_business(client)
    return client


def test_the_undertaker_declares_a_death_in_amsterdam_of_a_married_utrecht_resident(
    undertaker, family, amsterdam, utrecht, django_user_model, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = undertaker.post(START, {**valid_post(), "statement": statement()})
    assert response.status_code == 302, response.context["form"].errors
    zaak = Zaak.all_municipalities.get()
    assert zaak.municipality == amsterdam and zaak.einddatum is not None  # processed and closed
    initiator = Rol.all_municipalities.get(zaak=zaak, omschrijving_generiek="initiator")
    assert initiator.betrokkene_identificatie["annIdentificatie"] == KVK
    assert Rol.all_municipalities.get(zaak=zaak, omschrijving_generiek="belanghebbende").inp_bsn == DECEASED
    titles = sorted(d.latest.titel for d in EnkelvoudigInformatieObject.all_municipalities.filter(municipality=amsterdam))
    assert titles == ["Akte van overlijden", "Verklaring van overlijden"]

    henk = Person.objects.get(bsn=DECEASED)
    assert henk.is_deceased and henk.death_place == "0363"
    assert {p.bsn for p in household(family["ria"])} == {PARTNER, YOUNG_CHILD}  # Henk left it

    page = undertaker.get(response["Location"])
    assert "akte van overlijden is opgemaakt" in page.content.decode()

    messages = {m.bsn: m for m in InboxMessage.objects.all()}
    assert set(messages) == {PARTNER, ADULT_CHILD}  # not the child of 12, not the deceased
    body = messages[PARTNER].body
    assert "Henk de Boer" in messages[PARTNER].subject
    assert "/vragen/overlijden/#product-overlijdensakte" in body
    assert "/vragen/belastingen/#product-afvalstoffenheffing" in body

    staff = django_user_model.objects.create(username="utrecht-kcc", municipality=utrecht, role="case_handler")
    undertaker.force_login(staff)
    elsewhere = undertaker.get(reverse("overlijden-staff:elsewhere")).content.decode()
    assert "Henk de Boer" in elsewhere and "Amsterdam" in elsewhere


def test_a_single_person_household_remains_for_the_partner_without_children(undertaker, family):
    Residence.all_municipalities.filter(person=family["daughter"]).update(valid_until="20200101")
    undertaker.post(START, {**valid_post(), "statement": statement()})
    assert [p.bsn for p in household(family["ria"])] == [PARTNER]


def test_the_deceaseds_open_zaken_elsewhere_get_a_notification(undertaker, family, utrecht):
    from loket.components import facade as zgw
    from loket.modules.contrib.overlijden.module import OverlijdenModule
    from loket.modules.facades import start_zaak

    open_zaak = start_zaak(module=OverlijdenModule(), municipality=utrecht, bsn=DECEASED, omschrijving="Iets anders")
    assert zgw.zaaktype_for(utrecht, "LOKET-OVERLIJDEN")
    before = OutboxMessage.objects.filter(kind="zgw", payload__actie="betrokkene_overleden").count()
    undertaker.post(START, {**valid_post(), "statement": statement()})
    notices = OutboxMessage.objects.filter(kind="zgw", payload__actie="betrokkene_overleden")
    assert notices.count() == before + 1
    notice = notices.get()
    assert notice.municipality_id == utrecht.pk and str(open_zaak.uuid) in notice.payload["hoofdObject"]


def refused(client, data, field, message):
    before = stored()
    response = client.post(START, {"statement": statement(), **data})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors, errors
    assert message in " ".join(errors[field])
    assert message in response.content.decode().replace("&#x27;", "'").replace("&quot;", '"')
    assert stored() == before
    return response


def test_an_unknown_person_is_refused(undertaker, family):
    refused(undertaker, valid_post(deceased_bsn="999990070"), "deceased_bsn", "Wij vinden deze persoon niet")


def test_a_person_whose_death_is_already_registered_is_refused(undertaker, family):
    refused(undertaker, valid_post(deceased_bsn=DEAD_ALREADY), "deceased_bsn", "al ingeschreven")


def test_an_undertaker_cannot_try_bsn_after_bsn(undertaker, family, settings, caplog):
    settings.LOKET_PERSON_LOOKUP_LIMIT = 3
    for _ in range(3):
        refused(undertaker, valid_post(deceased_bsn="999990070"), "deceased_bsn", "Wij vinden deze persoon niet")
    # The fourth look-up within the hour gets no answer about the person, not even a real one.
    refused(undertaker, valid_post(deceased_bsn=DEAD_ALREADY), "deceased_bsn", "te vaak iemand opgezocht")
    refused(undertaker, valid_post(), "deceased_bsn", "te vaak iemand opgezocht")
    assert "person_lookup_rate_limited" in caplog.text
    assert DEAD_ALREADY not in caplog.text and "999990070" not in caplog.text


def test_a_date_of_death_in_the_future_is_refused(undertaker, family):
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    refused(undertaker, valid_post(death_date=tomorrow), "death_date", "ligt in de toekomst")


def test_a_date_of_death_before_birth_is_refused(undertaker, family):
    data = valid_post(death_date="1949-01-03", funeral_date="1949-01-06")
    refused(undertaker, data, "death_date", "vóór de geboortedatum")


def test_the_deceased_is_found_by_name_and_date_of_birth(undertaker, family):
    data = valid_post(deceased_bsn=None, deceased_surname="de Boer", deceased_birth_date="1950-03-10")
    response = undertaker.post(START, {**data, "statement": statement()})
    assert response.status_code == 302
    assert Person.objects.get(bsn=DECEASED).is_deceased


def test_a_relative_who_the_registry_does_not_confirm_has_no_right_to_declare(client, family):
    log_in_resident(client, OTHER)
    refused(client, valid_post(relation="partner"), "relation", "Volgens de basisregistratie personen klopt dit niet")


def test_a_resident_cannot_declare_their_own_death(client, family):
    log_in_resident(client, OTHER)
    refused(client, valid_post(deceased_bsn=OTHER, relation="present"), "deceased_bsn", "uw eigen overlijden")


def test_a_municipality_without_the_module_is_named_and_nothing_is_stored(undertaker, family, rotterdam):
    refused(undertaker, valid_post(death_municipality="Rotterdam"), "death_municipality", "neemt nog geen aangifte")


def test_an_unknown_municipality_of_death_is_refused(undertaker, family):
    refused(undertaker, valid_post(death_municipality="Atlantis"), "death_municipality", "Wij kennen geen gemeente")


def test_a_refused_file_stores_nothing(undertaker, family):
    before = stored()
    response = undertaker.post(START, {**valid_post(), "statement": statement(b"MZ\x90\x00\x03" + bytes(200), "virus.exe")})
    assert response.status_code == 200
    assert "Dit soort bestand nemen we niet aan" in " ".join(response.context["form"].errors["statement"])
    assert stored() == before
    assert not Person.objects.get(bsn=DECEASED).is_deceased


def test_the_undertaker_must_send_the_doctors_statement(undertaker, family):
    before = stored()
    response = undertaker.post(START, valid_post())
    assert "Kies het bestand met de verklaring van de arts." in response.content.decode()
    assert stored() == before


def test_a_funeral_date_outside_the_legal_window_needs_a_reason(undertaker, family):
    died = datetime.date.today() - datetime.timedelta(days=1)
    late = (died + datetime.timedelta(days=20)).isoformat()
    refused(undertaker, {**valid_post(funeral_date=late), "statement": statement()}, "funeral_date", "buiten de wettelijke termijn")


def test_a_funeral_date_with_a_reason_becomes_a_staff_task(undertaker, family, amsterdam, django_user_model):
    died = datetime.date.today() - datetime.timedelta(days=1)
    late = (died + datetime.timedelta(days=20)).isoformat()
    data = {**valid_post(funeral_date=late, permission_reason="Familie komt uit Australië."), "statement": statement()}
    assert undertaker.post(START, data).status_code == 302
    zaak = Zaak.all_municipalities.get()
    assert zaak.einddatum is None and Person.objects.get(bsn=DECEASED).is_deceased
    staff = django_user_model.objects.create(username="amsterdam-bs", municipality=amsterdam, role="case_handler")
    undertaker.force_login(staff)
    queue = undertaker.get(reverse("overlijden-staff:permissions")).content.decode()
    assert zaak.identificatie in queue
    task = reverse("overlijden-staff:permission", args=[zaak.uuid])
    assert "Australië" in undertaker.get(task).content.decode()
    assert undertaker.post(task, {"decision": "grant"}).status_code == 302
    zaak.refresh_from_db()
    assert zaak.einddatum is not None


def test_a_relative_declares_first_and_sends_the_statement_later(client, family, utrecht):
    log_in_resident(client, ADULT_CHILD)
    response = client.post(START, valid_post(death_municipality="Utrecht", relation="child"))
    assert response.status_code == 302
    zaak = Zaak.all_municipalities.get()
    assert not Person.objects.get(bsn=DECEASED).is_deceased
    page = client.get(response["Location"]).content.decode()
    assert "Wij missen nog de verklaring" in page
    refused_upload = client.post(response["Location"], {"statement": statement(b"MZ\x90\x00" + bytes(99), "x.exe")})
    assert "Dit soort bestand" in refused_upload.content.decode()
    assert not Person.objects.get(bsn=DECEASED).is_deceased
    client.post(response["Location"], {"statement": statement()})
    zaak.refresh_from_db()
    assert zaak.einddatum is not None and Person.objects.get(bsn=DECEASED).is_deceased


def test_another_declarant_cannot_open_the_zaak(client, undertaker, family):
    response = undertaker.post(START, {**valid_post(), "statement": statement()})
    other = type(client)()
    log_in_business(other, kvk="87654321")
    assert other.get(response["Location"]).status_code == 404
    log_in_resident(other, PARTNER)
    assert other.get(response["Location"]).status_code == 404
