"""The Mollie adapter against recorded Mollie API answers (the shape of Mollie's documented
responses, v2 payments), with `responses`: no network."""

import json
from pathlib import Path

import pytest
import responses
from django.test import override_settings
from django.urls import reverse

from loket.payments import services
from loket.payments.fulfilment import fulfil_due
from loket.payments.providers.base import ProviderError
from loket.payments.registry import register

from .support import KIND, documents_of, municipality

RECORDED = Path(__file__).parent / "mollie"
API = "https://api.mollie.com/v2/payments"
MOLLIE = override_settings(
    LOKET_PAYMENT_PROVIDERS=["mollie"], LOKET_PAYMENT_PROVIDER="mollie",
    MOLLIE_API_KEY="test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM", MOLLIE_METHODS=["ideal"],
)


def recorded(name):
    return json.loads((RECORDED / name).read_text())


@pytest.fixture
def order(db):
    return services.create_order(municipality=municipality(), bsn="999990019", kind=KIND,
                                 description="Uittreksel BRP", amount_cents=1600, details={})


@MOLLIE
@responses.activate
def test_a_payment_is_created_at_mollie_with_amount_redirect_and_webhook_and_no_personal_data(order):
    responses.post(API, json=recorded("create_open.json"), status=201)
    payment = services.start_payment(order, return_url="https://loket.example/terug/")
    assert payment.provider_id == "tr_7UhSN1zuXS"
    assert payment.checkout_url.startswith("https://www.mollie.com/checkout/")
    sent = json.loads(responses.calls[0].request.body)
    assert sent["amount"] == {"currency": "EUR", "value": "16.00"}
    assert sent["redirectUrl"] == "https://loket.example/terug/"
    assert sent["webhookUrl"].endswith("/betalen/webhook/mollie/")
    assert sent["method"] == ["ideal"]
    body = responses.calls[0].request.body
    assert "999990019" not in (body.decode() if isinstance(body, bytes) else body)
    assert responses.calls[0].request.headers["Authorization"] == "Bearer test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM"


@MOLLIE
@responses.activate
def test_the_webhook_asks_mollie_and_a_paid_payment_makes_the_document(client, order):
    responses.post(API, json=recorded("create_open.json"), status=201)
    responses.get(f"{API}/tr_7UhSN1zuXS", json=recorded("get_paid.json"))
    services.start_payment(order, return_url="https://loket.example/terug/")
    forged_body = {"id": "tr_7UhSN1zuXS", "status": "paid"}  # the body is never trusted, only the id
    assert client.post(reverse("payments:webhook", args=["mollie"]), forged_body).status_code == 200
    assert client.post(reverse("payments:webhook", args=["mollie"]), forged_body).status_code == 200
    fulfil_due(worker="w")
    assert documents_of(order) == 1


@MOLLIE
@responses.activate
def test_a_cancelled_payment_at_mollie_makes_nothing(client, order):
    responses.post(API, json=recorded("create_open.json"), status=201)
    responses.get(f"{API}/tr_7UhSN1zuXS", json=recorded("get_canceled.json"))
    services.start_payment(order, return_url="https://loket.example/terug/")
    client.post(reverse("payments:webhook", args=["mollie"]), {"id": "tr_7UhSN1zuXS"})
    order.refresh_from_db()
    assert order.status == "unpaid" and fulfil_due(worker="w") == 0 and documents_of(order) == 0


@MOLLIE
@responses.activate
def test_an_unknown_payment_id_says_nothing_and_mollie_being_down_asks_for_a_retry(client, order):
    assert client.post(reverse("payments:webhook", args=["mollie"]), {"id": "tr_unknown"}).status_code == 200
    assert len(responses.calls) == 0
    responses.post(API, json=recorded("create_open.json"), status=201)
    responses.get(f"{API}/tr_7UhSN1zuXS", json={"status": 503, "title": "Service Unavailable", "detail": "down"},
                  status=503)
    services.start_payment(order, return_url="https://loket.example/terug/")
    assert client.post(reverse("payments:webhook", args=["mollie"]), {"id": "tr_7UhSN1zuXS"}).status_code == 503


@MOLLIE
@responses.activate
def test_mollie_refusing_the_payment_raises_a_provider_error_and_nothing_is_paid(order):
    responses.post(API, json={"status": 422, "title": "Unprocessable Entity", "detail": "The amount is too low",
                              "field": "amount"}, status=422)
    with pytest.raises(ProviderError):
        services.start_payment(order, return_url="https://loket.example/terug/")
    assert order.payments.get().status == "failed"


def test_mollie_needs_a_key_and_a_live_one_in_production():
    provider = register["mollie"]
    with override_settings(MOLLIE_API_KEY=""):
        assert provider.check_config() == ["MOLLIE_API_KEY is not set"]
    with override_settings(MOLLIE_API_KEY="test_x", ENVIRONMENT="production"):
        assert provider.check_config() == ["MOLLIE_API_KEY is not a live key"]
