"""`loket fulfil_orders`: poll stale payments and make every paid order that is due, in a loop.

For hosts without Celery (next to `loket outbox_worker`); safe next to Celery workers (claims are
leases in the database).
"""

import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from loket.payments.fulfilment import fulfil_due
from loket.payments.tasks import poll_stale_payments, worker_name


class Command(BaseCommand):
    help = "Make what paid orders paid for (documents), retrying until done."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="do what is due now, then stop")
        parser.add_argument("--idle-sleep", type=float, default=2.0)
        parser.add_argument("--name", default="")

    def handle(self, *args, once=False, idle_sleep=2.0, name="", **options):
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        name = name or worker_name("fulfil_orders")
        made = 0
        while not stop.is_set():
            try:
                poll_stale_payments()
                batch = fulfil_due(worker=name, limit=10)
            except Exception:  # noqa: BLE001 - a database hiccup must not end the worker
                self.stderr.write("fulfil_orders: fout, opnieuw over even")
                close_old_connections()
                stop.wait(idle_sleep * 5)
                continue
            made += batch
            if once and batch == 0:
                break
            if batch == 0:
                close_old_connections()
                stop.wait(idle_sleep)
        self.stdout.write(f"fulfil_orders: {made} gemaakt")
