from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from loket.registry.importers.tables import read_tables, write_fixture

TARGET = Path(__file__).resolve().parents[2] / "fixtures" / "brp_tables.json"


class Command(BaseCommand):
    help = "Rebuild the committed fixture of BRP tables 32, 33 and 34 from ../shared/data/brp/tabellen/."

    def add_arguments(self, parser):
        parser.add_argument("--source", type=Path, default=settings.SHARED_DATA_DIR / "brp" / "tabellen")
        parser.add_argument("--target", type=Path, default=TARGET)

    def handle(self, *args, **options):
        rows = read_tables(options["source"])
        write_fixture(rows, options["target"])
        self.stdout.write(f"Wrote {len(rows)} code table rows to {options['target']}.")
