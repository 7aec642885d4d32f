"""SIGKILL of a web worker and of the outbox worker in the middle of a move, a death registration
and a payment: nothing half-written, and after a retry or a restart everything arrives once.

Each step runs in a child process (crash.py) against the test database: on PostgreSQL the live
test database, on SQLite a file copy of it.
"""

import time

import pytest

from loket.modules import services as module_services
from loket.notifications.models import OutboxMessage
from loket.registry.models import Person

pytestmark = pytest.mark.django_db(transaction=True)

MOVER, PARTNER = "999990019", "999990020"


def deliver_everything(run, state_before: dict) -> dict:
    """The outbox worker dies right after its first inbox delivery, before recording it; a new one
    (once the lease has run out) delivers the rest and does not show the first one twice."""
    run.run("outbox", "kill")
    time.sleep(0.6)
    run.run("outbox")
    return run.state()


def test_a_move_killed_mid_transaction_leaves_nothing_and_the_retry_delivers_everything(move_world, processes, capsys):
    outbox = OutboxMessage.objects.count()  # the catalogue's own notifications from the set-up
    run = processes()
    run.run("move", "kill")
    after_kill = run.state()
    assert after_kill["zaken"] == 0 and after_kill["declarations"] == [] and after_kill["outbox"] == outbox
    assert after_kill["residence"] == {MOVER: "0772", PARTNER: "0772"}  # the registry write was rolled back

    run.run("move")  # the resident sends it again
    sent = run.state()
    assert sent["declarations"] == ["recorded"] and sent["zaken"] == 1
    assert sent["residence"] == {MOVER: "0599", PARTNER: "0599"}
    assert sent["outbox"] > outbox and sent["inbox"] == 0  # nobody consumed the broker: the outbox waits

    done = deliver_everything(run, sent)
    assert set(done["deliveries"]) == {"delivered"}
    assert done["inbox_per_delivery"] == 1 and done["inbox"] >= 2  # both movers told
    with capsys.disabled():
        print(f"\n[faults] move: {run.kills} kills; registry, zaak and outbox agree; "
              f"{done['inbox']} messages delivered once each")


def test_a_death_registration_killed_mid_transaction_leaves_nothing(family, processes, capsys):
    outbox, before_deceased = OutboxMessage.objects.count(), set(Person.objects.exclude(death_date="").values_list("bsn", flat=True))
    run = processes()
    run.run("death", "kill")
    after_kill = run.state()
    assert after_kill["zaken"] == 0 and after_kill["documents"] == 0 and after_kill["outbox"] == outbox
    assert set(after_kill["deceased"]) == before_deceased  # the registry write was rolled back

    run.run("death")
    sent = run.state()
    assert sent["zaken"] == 1
    assert len(set(sent["deceased"]) - before_deceased) == 1
    assert sent["documents"] == sent["document_files"] == 2  # the statement and the deed, on disk

    done = deliver_everything(run, sent)
    assert set(done["deliveries"]) == {"delivered"} and done["inbox_per_delivery"] == 1
    assert done["inbox"] >= 2  # the partner and the adult son
    with capsys.disabled():
        print(f"\n[faults] death registration: {run.kills} kills; nothing half-written; "
              f"{done['documents']} documents and {done['inbox']} messages arrived")


@pytest.mark.parametrize("mode", ["kill", "kill-after-commit"])
def test_a_payment_killed_at_the_webhook_still_makes_exactly_one_document(move_world, processes, mode, capsys):
    module_services.activate_module(municipality=move_world.eindhoven, identifier="uittreksels")
    run = processes()
    run.run("pay", mode)
    after_kill = run.state()
    assert after_kill["signed"] == 0 and after_kill["documents"] == 0
    if mode == "kill":
        assert after_kill["orders"] == ["unpaid"] and after_kill["fulfilments"] == []  # paid at the bank only
    else:
        assert after_kill["orders"] == ["paid"] and after_kill["fulfilments"] == ["pending"]

    run.run("sweep")  # the periodic safety net, as if the resident never came back
    run.run("back")  # ... and the resident's return page, which must not make a second one
    run.run("sweep")
    done = run.state()
    assert done["orders"] == ["paid"] and done["payments"] == ["paid"]
    assert done["signed"] == 1 and done["documents"] == done["document_files"] == 1
    done = deliver_everything(run, done)
    assert set(done["deliveries"]) == {"delivered"} and done["inbox"] >= 1
    with capsys.disabled():
        print(f"\n[faults] payment ({mode}): paid once, 1 document, {done['inbox']} message(s)")
