"""`loket outbox_worker`: deliver the outbox in a loop (claim, deliver, sleep when idle).

The embedded worker for `make demo` and for hosts without Celery; also safe next to Celery
workers (claims are leases in the database). SIGTERM/SIGINT finish the current batch and stop.
"""

import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from loket.notifications.delivery import drain
from loket.notifications.tasks import worker_name


class Command(BaseCommand):
    help = "Deliver outbox messages until stopped."

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="deliver what is due now, then stop"
        )
        parser.add_argument("--batch", type=int, default=None, help="deliveries claimed at a time")
        parser.add_argument("--threads", type=int, default=None, help="parallel sends per batch")
        parser.add_argument(
            "--idle-sleep", type=float, default=1.0, help="seconds to wait when nothing is due"
        )
        parser.add_argument("--name", default="", help="worker name shown in the admin")

    def handle(
        self, *args, once=False, batch=None, threads=None, idle_sleep=1.0, name="", **options
    ):
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        name = name or worker_name("outbox_worker")
        total = 0
        while not stop.is_set():
            try:
                total += drain(worker=name, batch=batch, threads=threads, stop=stop)
            except Exception:  # noqa: BLE001 - a database hiccup must not end the worker
                self.stderr.write("outbox_worker: fout bij afleveren, opnieuw over even")
                close_old_connections()
                stop.wait(idle_sleep * 5)
                continue
            if once:
                break
            close_old_connections()
            stop.wait(idle_sleep)
        self.stdout.write(f"outbox_worker: {total} afleveringen geclaimd")
