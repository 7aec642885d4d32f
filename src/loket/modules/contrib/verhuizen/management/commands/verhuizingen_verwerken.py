"""`loket verhuizingen_verwerken`: record the approved moves whose day has come, and send cases
without consent in time to staff. Once, or every --interval seconds with --loop."""

import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from loket.modules.contrib.verhuizen.actions import run_due


class Command(BaseCommand):
    help = "Verwerk verhuizingen waarvan de verhuisdatum is aangebroken."

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="keep running until stopped")
        parser.add_argument("--interval", type=float, default=60.0, help="seconds between runs with --loop")

    def handle(self, *args, loop=False, interval=60.0, **options):
        stop = threading.Event()
        if loop:
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda *_: stop.set())
        while True:
            result = run_due()
            self.stdout.write(f"verhuizingen: {result['recorded']} vastgelegd, {result['expired']} naar een medewerker")
            if not loop or stop.wait(interval):
                break
            close_old_connections()
