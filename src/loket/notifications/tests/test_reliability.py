"""Nothing is lost: a receiver outage and a worker killed with SIGKILL mid-delivery.

Real processes: `loket outbox_worker` subprocesses against the test database (PostgreSQL: the
live test database; SQLite: a file copy of the in-memory test database, since another process
cannot open that), and a real HTTP receiver on 127.0.0.1 in this process.
"""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from urllib.parse import quote

import pytest
from django.db import connection, transaction
from django.db.models import Count

from loket.notifications.facade import enqueue
from loket.notifications.models import Delivery

from .receiver import Receiver

N = 200


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_url(tmp_path) -> tuple[str, callable]:
    """A DATABASE_URL for the subprocesses, and a function giving {status: count} as they see it."""
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        auth = quote(settings["USER"] or "")
        if settings["PASSWORD"]:
            auth += ":" + quote(settings["PASSWORD"])
        url = f"postgres://{auth}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}/{settings['NAME']}"

        def statuses():
            return dict(Delivery.objects.values_list("status").annotate(n=Count("id")))

        return url, statuses
    path = tmp_path / "outbox.sqlite3"
    connection.ensure_connection()
    target = sqlite3.connect(path)
    connection.connection.backup(target)
    target.close()

    def statuses():
        with sqlite3.connect(path, timeout=10) as db:
            return dict(
                db.execute(
                    "select status, count(*) from notifications_delivery group by status"
                ).fetchall()
            )

    return f"sqlite:///{path}", statuses


def start_worker(name: str, db_url: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "loket.conf.test",
        "DATABASE_URL": db_url,
        "LOKET_OUTBOX_LEASE_SECONDS": "2",
        "LOKET_OUTBOX_RETRY_BASE_SECONDS": "0.2",
        "LOKET_OUTBOX_RETRY_MAX_DELAY_SECONDS": "1",
        "LOKET_OUTBOX_BATCH_SIZE": "20",
        "LOKET_OUTBOX_THREADS": "4",
        "LOKET_OUTBOX_HTTP_TIMEOUT": "5",
        "LOG_LEVEL": "ERROR",
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "loket.manage",
            "outbox_worker",
            "--idle-sleep",
            "0.1",
            "--name",
            name,
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.django_db(transaction=True)
def test_every_message_arrives_after_an_outage_and_a_killed_worker(tmp_path, capsys):
    port = free_port()
    url = f"http://127.0.0.1:{port}/hook"
    sent = {str(i) for i in range(N)}
    with (
        transaction.atomic()
    ):  # after commit, the per-message tasks run (eager) and hit a dead port
        for i in range(N):
            enqueue(kind="webhook", payload={"url": url, "body": {"id": str(i)}})
    db_url, statuses = database_url(tmp_path)
    workers = []
    try:
        # 1. The receiver is down: a worker runs and gets connection refused.
        first = start_worker("eerste", db_url)
        workers.append(first)
        time.sleep(2.0)
        assert statuses().get("delivered", 0) == 0

        # 2. The receiver comes back, slow; the worker is killed while requests are in flight.
        with Receiver(port, delay=0.3) as receiver:
            wait_for(
                lambda: receiver.total >= 10 and receiver.in_flight > 0, 60, "deliveries in flight"
            )
            first.send_signal(signal.SIGKILL)
            first.wait(10)
            killed_after = receiver.total
            assert statuses().get("delivering", 0) > 0  # claims left behind by the dead worker

            # 3. A new worker takes over once the leases expire; the receiver is fast again.
            receiver.delay = 0
            second = start_worker("tweede", db_url)
            workers.append(second)
            wait_for(lambda: statuses() == {"delivered": N}, 120, "every delivery to be delivered")
            second.send_signal(signal.SIGTERM)
            second.wait(20)

        received = set(receiver.received)
        duplicates = receiver.total - len(received)
        with capsys.disabled():
            print(
                f"\n[outbox reliability, {connection.vendor}] sent {N}, received {len(received)} unique, "
                f"{duplicates} duplicates; {killed_after} had arrived when the worker was killed"
            )
        assert received == sent
        assert all(count >= 1 for count in receiver.received.values())
        assert second.returncode == 0, second.stderr.read().decode()
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait(10)
