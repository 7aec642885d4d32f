"""One step of a real flow in its own process, optionally killed with SIGKILL at a chosen point.

    python -m loket.core.tests.faults.crash <step> [kill]

Steps: move, death, pay (web requests through the whole Django stack), outbox (one outbox-worker
pass), sweep (the payments sweep), inspect (print the state as JSON). With `kill`, the process
does the step's real work up to the point named in KILL_POINTS and dies before its transaction
commits (or, for pay-after-commit, right after it), as a worker killed by the OOM killer would.
"""

import datetime
import json
import os
import signal
import sys
import types

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loket.core.tests.faults.settings")
django.setup()

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

MOVER, PARTNER = "999990019", "999990020"  # verhuizen/tests/world.py
FREE_POSTCODE, FREE_NUMBER = "3011AC", 5
KVK = "12345678"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)


def then_die(func):
    def wrapper(*args, **kwargs):
        func(*args, **kwargs)
        die()

    return wrapper


def kill_in_move():
    from loket.registry.facade import moves

    moves.record_move = then_die(moves.record_move)  # the registry is written, the zaak and outbox too


def kill_in_death():
    from loket.modules.contrib.overlijden import processing

    processing.inform_relatives = then_die(processing.inform_relatives)  # death recorded, deed made


def kill_in_payment():
    from loket.payments import services

    services.Fulfilment = types.SimpleNamespace(objects=types.SimpleNamespace(get_or_create=die))  # paid, uncommitted


def kill_after_payment():
    from loket.payments import services

    services._fulfil_after_commit = die  # paid and committed; the document not made


def kill_in_outbox(after: int = 1):
    from loket.notifications import registry, transports

    calls = {"n": 0}

    def deliver(delivery, message):
        transports.deliver_to_inbox(delivery, message)
        calls["n"] += 1
        if calls["n"] >= after:
            die()

    registry.register_transport(transports.INBOX, deliver)


KILL_POINTS = {"move": kill_in_move, "death": kill_in_death, "pay": kill_in_payment,
               "pay-after-commit": kill_after_payment, "outbox": kill_in_outbox}


def log_in(client, **identity):
    response = client.post(reverse("authentication:simulator"), identity)
    assert response.status_code == 302, response.status_code


def move():
    client = Client()
    log_in(client, kind="resident", bsn=MOVER)
    today = timezone.localdate().isoformat()
    assert client.post(reverse("verhuizen:start"), {"postcode": FREE_POSTCODE, "huisnummer": FREE_NUMBER,
                                                    "verhuisdatum": today}).status_code == 302
    assert client.post(reverse("verhuizen:meeverhuizers"), {"meeverhuizers": [PARTNER]}).status_code == 302
    response = client.post(reverse("verhuizen:controleren"), {"verklaring": "on"})
    assert response.status_code == 302, response.content[:2000]


def death():
    from loket.modules.contrib.overlijden.tests.family import valid_post

    client = Client()
    log_in(client, kind="business", kvk=KVK)
    statement = SimpleUploadedFile("verklaring.pdf", PDF, content_type="application/pdf")
    response = client.post(reverse("overlijden:start"), {**valid_post(), "statement": statement})
    assert response.status_code == 302, response.content[:2000]


def pay():
    client = Client()
    log_in(client, kind="resident", bsn=MOVER)
    from loket.payments.models import Order

    response = client.post(reverse("uittreksels:start"), {"product": "brp", "variant": "current", "for_whom": "self"})
    assert response.status_code == 302
    order = Order.objects.get()
    checkout = client.post(reverse("uittreksels:order", args=[order.uuid]))
    assert checkout.status_code == 302 and "testbetaling" in checkout["Location"]
    client.post(checkout["Location"], {"outcome": "paid"})  # the bank says paid; its webhook reaches us


def back():
    """The resident comes back from the bank: the return page asks how the payment went."""
    from loket.payments.models import Order

    client = Client()
    log_in(client, kind="resident", bsn=MOVER)
    assert client.get(reverse("uittreksels:status", args=[Order.objects.get().uuid])).status_code == 200


def outbox():
    from django.core.management import call_command

    call_command("outbox_worker", once=True, verbosity=0)


def sweep():
    from loket.payments.tasks import sweep_payments

    sweep_payments()


def inspect():
    from django.core.files.storage import storages
    from django.db.models import Count

    from loket.components.documenten.models import EnkelvoudigInformatieObject, Versie
    from loket.components.zaken.models import Zaak
    from loket.modules.contrib.verhuizen.models import Declaration
    from loket.notifications.models import Delivery, InboxMessage, OutboxMessage
    from loket.payments.models import Fulfilment, Order, Payment
    from loket.registry.facade import municipality_code_of
    from loket.registry.models import Person
    from loket.verification.models import SignedDocument

    documents = storages["documents"]
    versies = list(Versie.all_municipalities.values_list("inhoud", flat=True))
    state = {
        "zaken": Zaak.all_municipalities.count(),
        "declarations": list(Declaration.objects.values_list("state", flat=True)),
        "residence": {bsn: municipality_code_of(bsn) for bsn in (MOVER, PARTNER)},
        "deceased": list(Person.objects.exclude(death_date="").values_list("bsn", flat=True)),
        "outbox": OutboxMessage.objects.count(),
        "outbox_kinds": dict(OutboxMessage.objects.values_list("kind").annotate(n=Count("id"))),
        "deliveries": dict(Delivery.objects.values_list("status").annotate(n=Count("id"))),
        "inbox": InboxMessage.objects.count(),
        "inbox_per_delivery": max(InboxMessage.objects.values("delivery").annotate(n=Count("id")).values_list("n", flat=True), default=0),
        "documents": EnkelvoudigInformatieObject.all_municipalities.count(),
        "document_files": sum(1 for name in versies if name and documents.exists(name) and documents.size(name) > 0),
        "signed": SignedDocument.objects.count(),
        "orders": list(Order.objects.values_list("status", flat=True)),
        "payments": list(Payment.objects.values_list("status", flat=True)),
        "fulfilments": list(Fulfilment.objects.values_list("status", flat=True)),
        "today": datetime.date.today().isoformat(),
    }
    print(json.dumps(state))


STEPS = {"move": move, "death": death, "pay": pay, "back": back, "outbox": outbox, "sweep": sweep, "inspect": inspect}

if __name__ == "__main__":
    step, mode = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "run")
    if mode == "kill":
        KILL_POINTS[step]()
    elif mode == "kill-after-commit":
        KILL_POINTS[f"{step}-after-commit"]()
    STEPS[step]()
