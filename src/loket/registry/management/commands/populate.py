"""`loket populate --residents N`: fills the registry with synthetic residents (see registry.population)."""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from loket.registry.population.runner import PopulationError, populate


class Command(BaseCommand):
    help = (
        "Generate N synthetic residents (Faker nl_NL) with households, addresses and valid BSNs, "
        "spread over the municipalities in proportion to their population. The same seed, N, "
        "municipalities and chunk size give the same persons (into an empty registry, the same rows)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--residents", type=int, required=True, help="living residents to add")
        parser.add_argument(
            "--municipality", action="append", dest="municipalities", metavar="CODE",
            help="only this municipality (four-digit code); repeat for more. Default: all.",
        )  # fmt: skip
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--chunk-size", type=int, default=20_000, help="residents per chunk (and per COPY)")
        parser.add_argument("--workers", type=int, default=None, help="parallel loaders (PostgreSQL; default 2)")
        parser.add_argument("--force", action="store_true", help="also run with production settings")

    def handle(self, *args, **options):
        if settings.ENVIRONMENT == "production" and not options["force"]:
            raise CommandError(
                "This is a production environment: populate adds thousands of fake persons. "
                "Use --force if you really mean it."
            )
        if options["chunk_size"] < 1:
            raise CommandError("--chunk-size must be at least 1")
        bar = tqdm(
            total=options["residents"], unit=" residents", unit_scale=True, file=sys.stderr,
            disable=options["verbosity"] == 0, desc="populate",
        )  # fmt: skip
        try:
            result = populate(
                residents=options["residents"],
                codes=options["municipalities"],
                seed=options["seed"],
                chunk_size=options["chunk_size"],
                workers=options["workers"],
                progress=bar.update,
            )
        except PopulationError as error:
            raise CommandError(str(error)) from error
        finally:
            bar.close()
        if options["verbosity"]:
            rows = ", ".join(f"{n} {name}" for name, n in result.rows.items())
            self.stdout.write(
                f"Added {result.residents} residents in {result.seconds:.1f} s "
                f"({result.per_second:,.0f} residents/s): {rows}."
            )
