"""PostgreSQL restarted under load: the web workers and the outbox worker recover by themselves.

Restarts the shared PostgreSQL server, so it runs only when asked: LOKET_FAULT_TESTS=1 and a
PostgreSQL DATABASE_URL. gunicorn (with persistent connections, as in production) and
`loket outbox_worker` run as child processes against the test database.
"""

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest
from django.db import connection

from loket.notifications.facade import enqueue
from loket.notifications.models import Delivery
from loket.notifications.tests.test_reliability import database_url

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(os.environ.get("LOKET_FAULT_TESTS") != "1", reason="restarts PostgreSQL: set LOKET_FAULT_TESTS=1"),
]

RESTART = ["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "restart"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Load(threading.Thread):
    """Requests in a loop against pages that read the database; records (time, status)."""

    def __init__(self, base: str):
        super().__init__(daemon=True)
        self.base, self.results, self.stop = base, [], threading.Event()

    def run(self):
        while not self.stop.is_set():
            for path in ("/healthz", "/vragen/", "/verify/?code=AAAA-BBBB-CCCC"):
                try:
                    with urllib.request.urlopen(self.base + path, timeout=5) as response:  # noqa: S310
                        status = response.status
                except urllib.error.HTTPError as error:
                    status = error.code
                except OSError:
                    status = 0
                self.results.append((time.monotonic(), status))
            time.sleep(0.02)


def wait_until(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_the_platform_recovers_from_a_postgresql_restart_without_intervention(tmp_path, settings, capsys):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    settings.LOKET_VERIFY_RATE_LIMIT = 0
    url, _ = database_url(tmp_path)
    port = free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "loket.conf.test", "DATABASE_URL": url, "DB_CONN_MAX_AGE": "60",
           "LOKET_VERIFY_RATE_LIMIT": "0", "LOKET_OUTBOX_LEASE_SECONDS": "2", "LOG_LEVEL": "ERROR",
           "CELERY_TASK_ALWAYS_EAGER": "False", "CELERY_BROKER_URL": "memory://"}
    web = subprocess.Popen([sys.executable, "-m", "gunicorn", "loket.wsgi:application", "-b", f"127.0.0.1:{port}",  # noqa: S603
                            "-w", "2", "--timeout", "30"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    worker = subprocess.Popen([sys.executable, "-m", "loket.manage", "outbox_worker", "--idle-sleep", "0.2"],  # noqa: S603
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    load = Load(f"http://127.0.0.1:{port}")
    try:
        wait_until(lambda: _ok(f"http://127.0.0.1:{port}/healthz"), 60, "gunicorn to answer")
        load.start()
        time.sleep(3)
        restarted_at = time.monotonic()
        subprocess.run(RESTART, check=True, capture_output=True, timeout=120)  # noqa: S603
        back_at = time.monotonic()
        connection.close()  # this process's own connection died with the server
        for i in range(20):  # work that arrives after the restart reaches the worker too
            enqueue(kind="resident", payload={"bsn": "999993653", "subject": f"na herstart {i}", "body": "x"})
        wait_until(lambda: Delivery.objects.filter(status="delivered").count() >= 20, 90, "the outbox worker to deliver")
        time.sleep(max(0.0, back_at + 15 - time.monotonic()))  # ten seconds of load after the grace period
        load.stop.set()
        load.join(10)
        after = [status for at, status in load.results if at > back_at + 5]
        during = [status for at, status in load.results if restarted_at <= at <= back_at + 5]
        before = [status for at, status in load.results if at < restarted_at]
        assert before and set(before) == {200}
        assert after and set(after) == {200}, sorted(set(after))
        assert web.poll() is None and worker.poll() is None  # nobody restarted them
        with capsys.disabled():
            print(f"\n[faults] PostgreSQL restart ({back_at - restarted_at:.1f} s): {len(before)} requests before, "
                  f"{len(during)} during ({sum(s != 200 for s in during)} failed), {len(after)} after, all 200; "
                  "outbox worker delivered 20 messages sent after the restart")
    finally:
        load.stop.set()
        for process in (web, worker):
            process.terminate()
        for process in (web, worker):
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)


def _ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310
            return response.status == 200
    except OSError:
        return False
