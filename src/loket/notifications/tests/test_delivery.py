from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from loket.notifications.backoff import JITTER, next_attempt, retry_delay
from loket.notifications.delivery import claim, expand_pending, record, run_once, send_all
from loket.notifications.errors import PermanentFailure, TemporaryFailure
from loket.notifications.facade import enqueue
from loket.notifications.models import Delivery, OutboxMessage

pytestmark = pytest.mark.django_db


def deliveries():
    return Delivery.objects.order_by("target")


# --- backoff -----------------------------------------------------------------------------


def test_the_delay_doubles_per_attempt_with_jitter_and_is_capped(settings):
    settings.LOKET_OUTBOX_RETRY_BASE_SECONDS = 10
    settings.LOKET_OUTBOX_RETRY_MAX_DELAY_SECONDS = 3600
    for attempts, nominal in [
        (1, 10),
        (2, 20),
        (3, 40),
        (4, 80),
        (8, 1280),
        (9, 2560),
        (10, 3600),
        (50, 3600),
    ]:
        delays = [retry_delay(attempts) for _ in range(200)]
        assert all(nominal * (1 - JITTER) <= d <= nominal * (1 + JITTER) for d in delays), attempts
        assert len({round(d, 3) for d in delays}) > 1  # jittered, not all the same


def test_retries_go_on_until_the_horizon_and_then_stop(settings):
    settings.LOKET_OUTBOX_RETRY_HORIZON_SECONDS = 24 * 3600
    start = timezone.now()
    assert next_attempt(attempts=1, retry_started_at=start, now=start) > start
    near_the_end = start + timedelta(hours=23, minutes=59)
    assert next_attempt(attempts=30, retry_started_at=start, now=near_the_end) == start + timedelta(
        hours=24
    )
    assert (
        next_attempt(attempts=31, retry_started_at=start, now=start + timedelta(hours=24)) is None
    )


def test_the_default_horizon_is_at_least_one_day(settings):
    assert settings.LOKET_OUTBOX_RETRY_HORIZON_SECONDS >= 24 * 3600


# --- expansion ---------------------------------------------------------------------------


def test_expansion_is_idempotent(test_channel):
    message = enqueue(kind="test", payload={"targets": ["a", "b", "a"]})
    expand_pending()
    OutboxMessage.objects.filter(pk=message.pk).update(
        expanded_at=None
    )  # as if a worker died after expanding
    expand_pending()
    assert sorted(deliveries().values_list("target", flat=True)) == ["a", "b"]


def test_a_message_without_router_is_shown_as_failed_and_can_be_sent_again(test_channel):
    from loket.notifications.registry import register_router
    from loket.notifications.services import resend

    message = enqueue(kind="nobody-routes-this", payload={"targets": ["x"]})
    run_once(worker="w", threads=1)
    failed = Delivery.objects.get(message=message)
    assert failed.status == Delivery.Status.FAILED and "Geen router" in failed.last_error

    register_router("nobody-routes-this", test_channel.route)
    assert resend([failed]) == 1
    run_once(worker="w", threads=1)
    assert [(d.target, d.status) for d in Delivery.objects.filter(message=message)] == [
        ("x", "delivered")
    ]


# --- delivering --------------------------------------------------------------------------


def test_a_delivered_message_is_stored_as_delivered(test_channel):
    message = enqueue(kind="test", payload={"targets": ["a"]})
    assert run_once(worker="w", threads=1) == 1
    delivery = Delivery.objects.get()
    assert delivery.status == "delivered" and delivery.attempts == 1 and delivery.delivered_at
    assert test_channel.sent == [(str(message.uuid), "a")]
    assert run_once(worker="w", threads=1) == 0  # nothing is sent twice


def test_a_temporary_failure_is_retried_later(test_channel, settings):
    settings.LOKET_OUTBOX_RETRY_BASE_SECONDS = 60
    test_channel.script["a"] = [TemporaryFailure("HTTP 503", status_code=503), None]
    enqueue(kind="test", payload={"targets": ["a"]})
    run_once(worker="w", threads=1)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_error, delivery.last_status_code) == (
        "pending",
        1,
        "HTTP 503",
        503,
    )
    assert timedelta(seconds=47) < delivery.next_attempt_at - timezone.now() < timedelta(seconds=73)
    assert run_once(worker="w", threads=1) == 0  # not due yet
    with time_machine.travel(delivery.next_attempt_at + timedelta(seconds=1)):
        assert run_once(worker="w", threads=1) == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_error) == ("delivered", 2, "")


def test_a_permanent_failure_stops_at_once(test_channel):
    test_channel.script["a"] = [PermanentFailure("HTTP 410", status_code=410)]
    enqueue(kind="test", payload={"targets": ["a"]})
    run_once(worker="w", threads=1)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_error) == ("failed", 1, "HTTP 410")


def test_an_unexpected_error_is_retried_without_its_text(test_channel):
    test_channel.script["a"] = [RuntimeError("token=geheim 999993653")]
    enqueue(kind="test", payload={"targets": ["a"]})
    run_once(worker="w", threads=1)
    delivery = Delivery.objects.get()
    assert delivery.status == "pending" and delivery.last_error == "Onverwachte fout (RuntimeError)"


def test_after_the_horizon_a_failing_delivery_is_marked_failed(test_channel, settings):
    settings.LOKET_OUTBOX_RETRY_HORIZON_SECONDS = 24 * 3600
    test_channel.script["a"] = [TemporaryFailure("Verbinding geweigerd")]
    enqueue(kind="test", payload={"targets": ["a"]})
    start = timezone.now()
    attempts = 0
    with time_machine.travel(start, tick=False) as clock:
        while True:
            run_once(worker="w", threads=1)
            delivery = Delivery.objects.get()
            attempts += 1
            if delivery.status == "failed":
                break
            clock.move_to(delivery.next_attempt_at + timedelta(seconds=1))
    assert delivery.attempts == attempts > 10
    assert delivery.last_error == "Verbinding geweigerd"


def test_several_targets_fail_and_succeed_independently(test_channel):
    test_channel.script["bad"] = [PermanentFailure("HTTP 400")]
    enqueue(kind="test", payload={"targets": ["good", "bad"]})
    run_once(worker="w", threads=1)
    assert list(deliveries().values_list("target", "status")) == [
        ("bad", "failed"),
        ("good", "delivered"),
    ]


# --- leases ------------------------------------------------------------------------------


def test_a_claimed_delivery_is_not_claimed_again_until_its_lease_expires(test_channel, settings):
    settings.LOKET_OUTBOX_LEASE_SECONDS = 30
    enqueue(kind="test", payload={"targets": ["a"]})
    expand_pending()
    first = claim(worker="dies", limit=10)
    assert len(first) == 1 and first[0].claimed_by == "dies"
    # the worker is killed here: nothing is recorded
    assert claim(worker="other", limit=10) == []
    with time_machine.travel(timezone.now() + timedelta(seconds=31)):
        second = claim(worker="other", limit=10)
        assert [d.pk for d in second] == [first[0].pk] and second[0].attempts == 2
        record(send_all(second))
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.claimed_by) == ("delivered", "other")


def test_a_late_failure_of_an_expired_claim_does_not_undo_the_new_owner(test_channel, settings):
    settings.LOKET_OUTBOX_LEASE_SECONDS = 30
    test_channel.script["a"] = [TemporaryFailure("traag")]
    enqueue(kind="test", payload={"targets": ["a"]})
    expand_pending()
    slow = claim(worker="slow", limit=10)
    with time_machine.travel(timezone.now() + timedelta(seconds=31)):
        fresh = claim(worker="fresh", limit=10)
    record(send_all(slow))  # the slow worker's failure arrives after its lease expired
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.claimed_by, delivery.claim_token) == (
        "delivering",
        "fresh",
        fresh[0].claim_token,
    )


def test_claims_take_only_due_deliveries_and_respect_the_batch_size(test_channel):
    for i in range(5):
        enqueue(kind="test", payload={"targets": [f"t{i}"]})
    expand_pending()
    Delivery.objects.filter(target="t0").update(next_attempt_at=timezone.now() + timedelta(hours=1))
    assert len(claim(worker="w", limit=3)) == 3
    assert len(claim(worker="w", limit=3)) == 1
    assert claim(worker="w", limit=3) == []


def test_a_batch_is_claimed_and_recorded_in_a_fixed_number_of_queries(
    test_channel, django_assert_max_num_queries
):
    for i in range(50):
        enqueue(kind="test", payload={"targets": [f"t{i}"]})
    with django_assert_max_num_queries(14):
        assert run_once(worker="w", batch=50, threads=1) == 50
    assert Delivery.objects.filter(status="delivered").count() == 50


# --- after commit ------------------------------------------------------------------------


def test_enqueue_writes_in_the_callers_transaction_and_delivers_after_commit(
    test_channel, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        enqueue(kind="test", payload={"targets": ["a"]})
        assert test_channel.sent == []  # not before the commit
    assert len(callbacks) == 1
    assert Delivery.objects.get().status == "delivered"


def test_a_rolled_back_transaction_sends_nothing(test_channel):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        enqueue(kind="test", payload={"targets": ["a"]})
        raise RuntimeError("rollback")
    run_once(worker="w", threads=1)
    assert OutboxMessage.objects.count() == 0 and test_channel.sent == []


def test_the_periodic_sweep_is_scheduled(settings):
    assert (
        settings.CELERY_BEAT_SCHEDULE["outbox-sweep"]["task"]
        == "loket.notifications.tasks.sweep_outbox"
    )


def test_the_sweep_delivers_what_the_task_missed(test_channel):
    from loket.notifications.tasks import sweep_outbox

    for i in range(3):
        enqueue(kind="test", payload={"targets": [f"t{i}"]})
    assert sweep_outbox.apply().get() == 3
    assert Delivery.objects.filter(status="delivered").count() == 3
