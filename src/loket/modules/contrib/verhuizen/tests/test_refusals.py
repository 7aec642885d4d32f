"""Every refusal: a clear Dutch message next to the field it is about, and nothing stored."""

import datetime
import html

import pytest
from django.urls import reverse
from django.utils import timezone

from loket.components.zaken.models import Zaak
from loket.privacy.actors import Actor
from loket.registry.services import register_death

from ..models import Consent, Declaration
from .test_flow import declare
from .world import (
    DECLARANT,
    FREE_NUMBER,
    FREE_POSTCODE,
    HOUSEMATE,
    NEW_NUMBER,
    NEW_POSTCODE,
    PARTNER,
    build_world,
    log_in,
)

pytestmark = pytest.mark.django_db


def step1(client, *, postcode=NEW_POSTCODE, number=NEW_NUMBER, when=None):
    when = when or timezone.localdate() + datetime.timedelta(days=7)
    return client.post(reverse("verhuizen:start"), {"postcode": postcode, "huisnummer": number, "verhuisdatum": when.isoformat()})


def error_on(response, field: str) -> str:
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors, errors
    message = " ".join(errors[field])
    page = html.unescape(response.content.decode())
    assert f'id="id_{field}_error"' in page and errors[field][0] in page
    return message


def nothing_stored():
    assert not Zaak.all_municipalities.exists()
    assert not Declaration.objects.exists()


def test_an_unknown_address(client, move_world):
    log_in(client, DECLARANT)
    response = step1(client, postcode="9999 ZZ", number=1)
    assert "Wij vinden geen adres met deze postcode en dit huisnummer" in error_on(response, "postcode")
    assert client.get(reverse("verhuizen:meeverhuizers"))["Location"] == reverse("verhuizen:start")
    nothing_stored()


def test_an_address_that_is_no_home(client, move_world):
    move_world.free.is_residential = False
    move_world.free.save()
    log_in(client, DECLARANT)
    response = step1(client, postcode=FREE_POSTCODE, number=FREE_NUMBER)
    assert "geen woning" in error_on(response, "postcode")
    nothing_stored()


def test_a_municipality_without_the_module_gets_a_clear_message(client, db):
    build_world(modules_in=("0772",))
    log_in(client, DECLARANT)
    response = step1(client)
    assert "Gemeente Rotterdam ontvangt verhuizingen nog niet via Loket" in error_on(response, "postcode")
    nothing_stored()


def test_a_date_more_than_four_weeks_ahead(client, move_world):
    log_in(client, DECLARANT)
    response = step1(client, when=timezone.localdate() + datetime.timedelta(days=40))
    assert "pas 4 weken van tevoren" in error_on(response, "verhuisdatum")
    nothing_stored()


def test_a_late_date_is_not_refused(client, move_world):
    log_in(client, DECLARANT)
    response = step1(client, when=timezone.localdate() - datetime.timedelta(days=30))
    assert response.status_code == 302
    page = client.post(reverse("verhuizen:meeverhuizers"), {})
    page = client.get(reverse("verhuizen:controleren")).content.decode()
    assert "later door dan 5 dagen na de verhuisdatum" in page


def test_declaring_for_an_adult_without_their_consent(client, move_world):
    log_in(client, DECLARANT)
    step1(client)
    response = client.post(reverse("verhuizen:meeverhuizers"), {"meeverhuizers": [PARTNER, HOUSEMATE]})
    assert "Karel Visser is volwassen en niet uw partner" in error_on(response, "meeverhuizers")
    nothing_stored()

    # With the request for consent it goes ahead, and Karel is asked in his own Mijn Loket.
    response = client.post(
        reverse("verhuizen:meeverhuizers"), {"meeverhuizers": [PARTNER, HOUSEMATE], "toestemming_vragen": [HOUSEMATE]}
    )
    assert response.status_code == 302
    client.post(reverse("verhuizen:controleren"), {"verklaring": "on"})
    assert set(Consent.objects.values_list("bsn", "kind")) == {(HOUSEMATE, "mover"), ("999990056", "occupant")}


def test_a_deceased_person_cannot_move(client, move_world):
    log_in(client, DECLARANT)
    step1(client)
    assert client.post(reverse("verhuizen:meeverhuizers"), {"meeverhuizers": [PARTNER]}).status_code == 302
    register_death(bsn=PARTNER, died_on=timezone.localdate(), actor=Actor.system("test"), purpose="test")
    response = client.post(reverse("verhuizen:controleren"), {"verklaring": "on"})
    assert "Fleur Bakker is overleden. Een overleden persoon kan niet verhuizen." in error_on(response, "verklaring")
    nothing_stored()


def test_a_double_move(client, move_world):
    log_in(client, DECLARANT)
    declare(client, movers=(PARTNER,))
    assert Declaration.objects.count() == 1
    zaken = Zaak.all_municipalities.count()

    response = step1(client, postcode=FREE_POSTCODE, number=FREE_NUMBER)
    assert "U hebt al een verhuizing doorgegeven die nog niet is afgehandeld" in error_on(response, "verhuisdatum")

    # The partner, declared for already, cannot be declared for again by someone else either.
    log_in(client, "999990044")  # the housemate, who lives at the same address
    step1(client, postcode=FREE_POSTCODE, number=FREE_NUMBER)
    response = client.post(reverse("verhuizen:meeverhuizers"), {"meeverhuizers": [PARTNER], "toestemming_vragen": [PARTNER]})
    assert "Iemand kan maar één verhuizing tegelijk hebben" in error_on(response, "meeverhuizers")
    assert Declaration.objects.count() == 1 and Zaak.all_municipalities.count() == zaken


def test_a_missing_declaration_of_truth(client, move_world):
    log_in(client, DECLARANT)
    step1(client)
    client.post(reverse("verhuizen:meeverhuizers"), {})
    response = client.post(reverse("verhuizen:controleren"), {"email": "geen-adres"})
    assert "naar waarheid" in error_on(response, "verklaring")
    assert "e-mailadres" in error_on(response, "email")
    nothing_stored()
