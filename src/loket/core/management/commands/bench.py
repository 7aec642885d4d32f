"""`loket bench [SCENARIO …]`: the benchmark harness of `make bench` (benchmarks/harness).

Builds its own PostgreSQL database (BENCH_DB), starts gunicorn in production mode on 127.0.0.1,
measures the scenarios and writes benchmarks/results/. Needs a source checkout: the harness
lives next to src/, not in the installed package.
"""

import subprocess
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

ROOT = Path(__file__).resolve().parents[5]
SCENARIOS = [
    "population", "zaken_list", "zaken_detail", "zaken_create", "brp_bsn", "brp_postcode",
    "portal_overview", "notifications",
]  # fmt: skip


class Command(BaseCommand):
    help = "Run the benchmark harness (all scenarios, or the ones named); results in benchmarks/results/."

    def add_arguments(self, parser):
        parser.add_argument("scenarios", nargs="*", metavar="SCENARIO",
                            help=f"one or more of: {', '.join(SCENARIOS)} (default: all)")  # fmt: skip

    def handle(self, *args, scenarios=(), **options):
        unknown = [name for name in scenarios if name not in SCENARIOS]
        if unknown:
            raise CommandError(f"Unknown scenario: {', '.join(unknown)}. Choose from: {', '.join(SCENARIOS)}.")
        if not (ROOT / "benchmarks" / "harness").is_dir():
            raise CommandError("The benchmark harness is part of the source checkout (benchmarks/); run it from there.")
        # Its own process: the harness configures Django with the production settings itself.
        result = subprocess.run(  # noqa: S603 - this interpreter, our own module, checked names
            [sys.executable, "-m", "benchmarks", *scenarios], cwd=ROOT, timeout=1800, check=False
        )
        if result.returncode:
            raise CommandError(f"make bench stopped with exit code {result.returncode}")
