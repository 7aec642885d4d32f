from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from loket.catalogue.importers import (
    PRODUCTS_FIXTURE,
    CatalogueDataError,
    product_fixture,
    read_upl,
    write_fixture,
)


class Command(BaseCommand):
    help = (
        "Build the UPL product fixture (facts only) from ../shared/data/upl/UPL-actueel.csv: "
        "products with Gemeente = X and Burger = X, one per URI."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", type=Path, default=settings.SHARED_DATA_DIR / "upl" / "UPL-actueel.csv")
        parser.add_argument("--output", type=Path, default=PRODUCTS_FIXTURE)

    def handle(self, *args, source: Path, output: Path, **options):
        if not source.exists():
            raise CommandError(f"Source not found: {source}")
        try:
            products = read_upl(source)
        except CatalogueDataError as exc:
            raise CommandError(str(exc)) from exc
        write_fixture(product_fixture(products), output)
        self.stdout.write(f"{len(products)} products written to {output}")
