"""An unpaid or failed payment never produces a document; a paid order always does, exactly once."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from loket.payments import services
from loket.payments.constants import FulfilmentStatus, PaymentStatus
from loket.payments.fulfilment import claim, fulfil_due, register_fulfiller
from loket.payments.models import DevelopmentPayment, Fulfilment, PaymentEvent

from .support import KIND, documents_of, make_document, municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def order():
    return services.create_order(
        municipality=municipality(), bsn="999990019", kind=KIND, description="Uittreksel", amount_cents=1600, details={}
    )


def bank_says(payment, status):
    DevelopmentPayment.objects.filter(pk=payment.provider_id).update(status=status)


def webhook(client, payment):
    return client.post(reverse("payments:webhook", args=["development"]), {"id": payment.provider_id})


@pytest.mark.parametrize("outcome", [PaymentStatus.FAILED, PaymentStatus.CANCELED, PaymentStatus.EXPIRED])
def test_a_failed_cancelled_or_expired_payment_never_makes_a_document(client, order, outcome):
    payment = services.start_payment(order, return_url="/terug/")
    bank_says(payment, outcome)
    assert webhook(client, payment).status_code == 200
    assert fulfil_due(worker="w") == 0
    order.refresh_from_db()
    assert order.status == "unpaid" and not Fulfilment.objects.exists() and documents_of(order) == 0


def test_an_open_payment_makes_nothing(client, order):
    payment = services.start_payment(order, return_url="/terug/")
    webhook(client, payment)
    assert fulfil_due(worker="w") == 0 and documents_of(order) == 0


def test_a_double_webhook_makes_one_document(client, order):
    payment = services.start_payment(order, return_url="/terug/")
    bank_says(payment, PaymentStatus.PAID)
    assert webhook(client, payment).status_code == 200
    assert webhook(client, payment).status_code == 200
    fulfil_due(worker="a")
    fulfil_due(worker="b")
    assert documents_of(order) == 1
    assert PaymentEvent.objects.filter(payment=payment, new_status="paid").count() == 1


def test_a_late_failure_report_does_not_undo_paid(client, order):
    payment = services.start_payment(order, return_url="/terug/")
    bank_says(payment, PaymentStatus.PAID)
    webhook(client, payment)
    services._set_status(payment, PaymentStatus.FAILED, source="webhook")
    order.refresh_from_db()
    assert order.status == "paid"


def test_a_crash_after_the_payment_commit_is_retried_and_makes_exactly_one_document(client, order):
    calls = {"n": 0}

    def crashing(o):
        calls["n"] += 1
        make_document(o)  # written, then the worker "dies": the transaction rolls it back
        if calls["n"] == 1:
            raise RuntimeError("worker crashed")
        return {}

    register_fulfiller(KIND, crashing)
    try:
        payment = services.start_payment(order, return_url="/terug/")
        bank_says(payment, PaymentStatus.PAID)
        webhook(client, payment)  # the payment commits
        assert fulfil_due(worker="a") == 0
        assert documents_of(order) == 0
        fulfilment = Fulfilment.objects.get(order=order)
        assert fulfilment.status == FulfilmentStatus.PENDING and fulfilment.last_error == "RuntimeError"
        assert fulfil_due(worker="b") == 0  # not yet due: backoff
        Fulfilment.objects.filter(pk=fulfilment.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
        assert fulfil_due(worker="b") == 1
        assert fulfil_due(worker="c") == 0
        assert documents_of(order) == 1
    finally:
        register_fulfiller(KIND, make_document)


def test_a_worker_that_died_holding_the_lease_is_replaced_when_the_lease_ends(client, order):
    payment = services.start_payment(order, return_url="/terug/")
    bank_says(payment, PaymentStatus.PAID)
    webhook(client, payment)
    assert len(claim(worker="dies")) == 1  # claimed, then the process is gone
    assert fulfil_due(worker="other") == 0  # the lease still holds
    Fulfilment.objects.update(claimed_until=timezone.now() - timedelta(seconds=1))
    assert fulfil_due(worker="other") == 1
    assert documents_of(order) == 1


def test_the_return_page_poll_finds_a_payment_whose_webhook_was_lost(order):
    from loket.payments.facade import settle

    payment = services.start_payment(order, return_url="/terug/")
    bank_says(payment, PaymentStatus.PAID)  # no webhook arrives
    state = settle(order)
    assert state.paid and state.fulfilled and documents_of(order) == 1


def test_a_paid_order_cannot_be_paid_again(client, order):
    payment = services.start_payment(order, return_url="/terug/")
    bank_says(payment, PaymentStatus.PAID)
    webhook(client, payment)
    order.refresh_from_db()
    with pytest.raises(services.AlreadyPaid):
        services.start_payment(order, return_url="/terug/")
