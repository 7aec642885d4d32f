"""Tampered fields and skipped steps: the server decides again, whatever the browser sends."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from loket.components.zaken.models import Zaak
from loket.modules.contrib.verhuizen.models import Declaration
from loket.modules.contrib.verhuizen.tests.world import (
    CHILD,
    DECLARANT,
    FREE_NUMBER,
    FREE_POSTCODE,
    HOUSEMATE,
    OCCUPANT,
    OTHER,
    PARTNER,
    log_in,
)
from loket.payments.models import DevelopmentPayment, Order
from loket.registry.facade import municipality_code_of

pytestmark = pytest.mark.django_db


def address_step(client, **changes):
    data = {"postcode": FREE_POSTCODE, "huisnummer": FREE_NUMBER,
            "verhuisdatum": (timezone.localdate() + datetime.timedelta(days=3)).isoformat(), **changes}
    return client.post(reverse("verhuizen:start"), data)


def nothing_stored():
    assert not Declaration.objects.exists()
    assert not Zaak.all_municipalities.exists()
    assert municipality_code_of(DECLARANT) == "0772"


# -- skipping steps


def test_the_later_move_steps_send_you_back_to_the_first(client, move_world):
    log_in(client, DECLARANT)
    for name in ("verhuizen:meeverhuizers", "verhuizen:controleren"):
        for method in (client.get, client.post):
            response = method(reverse(name), {"meeverhuizers": [PARTNER], "verklaring": "on"})
            assert response.status_code == 302 and response["Location"] == reverse("verhuizen:start"), name
    address_step(client)
    response = client.post(reverse("verhuizen:controleren"), {"verklaring": "on"})  # step 2 skipped
    assert response["Location"] == reverse("verhuizen:start")
    nothing_stored()


def test_an_extract_cannot_skip_the_payment(client, move_world):
    from loket.modules import services as module_services
    from loket.verification.models import SignedDocument

    module_services.activate_module(municipality=move_world.eindhoven, identifier="uittreksels")
    log_in(client, DECLARANT)
    response = client.post(reverse("uittreksels:start"), {"product": "brp", "variant": "current", "for_whom": "self"})
    order = Order.objects.get()
    for _ in range(3):  # straight to the status page, as if the provider sent us back
        page = client.get(reverse("uittreksels:status", args=[order.uuid]))
        assert page.status_code == 200
    assert response.status_code == 302
    assert not SignedDocument.objects.exists()
    assert not order.payments.filter(status="paid").exists()


# -- tampered fields


def test_movers_outside_the_household_are_refused(client, move_world):
    log_in(client, DECLARANT)
    address_step(client)
    for intruder in (OCCUPANT, OTHER, "123456789", "999993653", DECLARANT + "0"):
        response = client.post(reverse("verhuizen:meeverhuizers"), {"meeverhuizers": [PARTNER, intruder]})
        assert response.status_code == 200, intruder
        assert response.context["form"].errors["meeverhuizers"]
    response = client.post(reverse("verhuizen:meeverhuizers"), {"meeverhuizers": [HOUSEMATE]})  # adult, no consent asked
    assert response.status_code == 200
    nothing_stored()


def test_an_address_changed_after_the_movers_step_is_checked_again(client, move_world):
    log_in(client, DECLARANT)
    address_step(client)
    assert client.post(reverse("verhuizen:meeverhuizers"), {"meeverhuizers": [PARTNER, CHILD]}).status_code == 302
    response = address_step(client, postcode="9999ZZ", huisnummer=1)  # back to step 1: an unknown address
    assert response.status_code == 200
    response = address_step(client, verhuisdatum=(timezone.localdate() + datetime.timedelta(days=90)).isoformat())
    assert response.status_code == 200  # more than four weeks ahead
    nothing_stored()


def test_an_extract_for_someone_who_is_not_offered_is_refused_and_the_fee_is_the_servers(client, move_world):
    from loket.modules import services as module_services

    module_services.activate_module(municipality=move_world.eindhoven, identifier="uittreksels")
    log_in(client, DECLARANT)
    for whom in (OCCUPANT, OTHER, "r99", "r-1", "../self", ""):
        response = client.post(reverse("uittreksels:start"), {"product": "brp", "variant": "current", "for_whom": whom})
        assert response.status_code == 200, whom
    for product, variant in (("paspoort", "current"), ("brp", "gratis"), ("brp", "")):
        response = client.post(reverse("uittreksels:start"), {"product": product, "variant": variant, "for_whom": "self"})
        assert response.status_code == 200
    assert not Order.objects.exists()
    response = client.post(reverse("uittreksels:start"), {"product": "brp", "variant": "current", "for_whom": "self",
                                                          "amount": "1", "amount_cents": "1", "fee": "0,01"})
    order = Order.objects.get()
    assert order.amount_cents == 1600
    client.post(response["Location"], {"amount_cents": "1", "provider": "evil"})
    payment = order.payments.get()
    assert payment.provider == "development"
    assert DevelopmentPayment.objects.get(pk=payment.provider_id).amount_cents == 1600  # what the bank is asked


def test_a_consent_cannot_be_answered_by_anyone_else_or_twice(client, move_world):
    log_in(client, DECLARANT)
    client.post(reverse("verhuizen:start"), {"postcode": "3011AB", "huisnummer": 12,
                                            "verhuisdatum": (timezone.localdate() + datetime.timedelta(days=7)).isoformat()})
    client.post(reverse("verhuizen:meeverhuizers"), {"meeverhuizers": [PARTNER]})
    client.post(reverse("verhuizen:controleren"), {"verklaring": "on"})
    consent = Declaration.objects.get().consents.get()
    url = reverse("verhuizen:toestemming", args=[consent.token])
    assert client.post(url, {"antwoord": "ja"}).status_code == 404  # the declarant consents for the occupant
    log_in(client, OCCUPANT)
    client.post(url, {"antwoord": "nee"})
    client.post(url, {"antwoord": "ja"})  # changing the answer afterwards
    consent.refresh_from_db()
    assert consent.given is False
