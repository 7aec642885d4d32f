"""A worker process killed (SIGKILL) between the payment and the document: exactly one document.

Real processes against a file copy of the test database (SQLite; PostgreSQL uses the live test
database), as in notifications/tests/test_reliability.py.
"""

import os
import subprocess
import sys
import time

import pytest

from loket.notifications.tests.test_reliability import database_url
from loket.payments import services
from loket.payments.constants import PaymentStatus
from loket.payments.models import DevelopmentPayment

from .support import KIND, municipality

LEASE = 8.0


def run_worker(mode: str, db_url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "loket.conf.test", "DATABASE_URL": db_url,
           "LOKET_FULFILMENT_LEASE_SECONDS": str(LEASE), "LOG_LEVEL": "ERROR"}
    return subprocess.run([sys.executable, "-m", "loket.payments.tests.worker_process", mode],  # noqa: S603
                          env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_between_payment_and_document_leaves_exactly_one_document(tmp_path):
    order = services.create_order(municipality=municipality(), bsn="999990019", kind=KIND, description="Uittreksel",
                                  amount_cents=1600, details={})
    payment = services.start_payment(order, return_url="/terug/")
    DevelopmentPayment.objects.filter(pk=payment.provider_id).update(status=PaymentStatus.PAID)
    # Paid and committed; the fulfilment row waits (the after-commit task has no broker to run on here).
    from loket.payments.models import Fulfilment

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("loket.payments.services._fulfil_after_commit", lambda order_id: None)
        services.refresh(payment, source="webhook")
    assert Fulfilment.objects.filter(order=order, status="pending").exists()

    url, _statuses = database_url(tmp_path)
    started = time.monotonic()
    killed = run_worker("kill", url)
    assert killed.returncode == -9, killed.stderr

    def count(sql):
        import sqlite3

        if url.startswith("sqlite"):
            with sqlite3.connect(url.removeprefix("sqlite:///"), timeout=10) as db:
                return db.execute(sql).fetchone()[0]
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchone()[0]

    documents = f"select count(*) from verification_signeddocument where title = '{order.uuid}'"
    assert count(documents) == 0  # the killed transaction left nothing
    assert count("select count(*) from payments_fulfilment where status = 'running'") == 1
    assert run_worker("run", url).stdout.strip() == "0"  # the dead worker's lease still holds
    time.sleep(max(0.0, LEASE + 0.5 - (time.monotonic() - started)))
    second = run_worker("run", url)
    assert second.stdout.strip() == "1", second.stderr
    assert run_worker("run", url).stdout.strip() == "0"
    assert count(documents) == 1
    assert count("select count(*) from payments_fulfilment where status = 'done'") == 1
