from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from loket.tenancy.importers import ImportError_, read_municipalities, write_fixture

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "municipalities.json"


class Command(BaseCommand):
    help = "Build the municipality fixture from ../shared/data/gemeenten/gemeenten.csv."

    def add_arguments(self, parser):
        parser.add_argument("--source", type=Path, default=settings.SHARED_DATA_DIR / "gemeenten" / "gemeenten.csv")
        parser.add_argument("--output", type=Path, default=FIXTURE)

    def handle(self, *args, source: Path, output: Path, **options):
        if not source.exists():
            raise CommandError(f"Source not found: {source}")
        try:
            rows = read_municipalities(source)
        except ImportError_ as exc:
            raise CommandError(str(exc)) from exc
        write_fixture(rows, output)
        self.stdout.write(f"{len(rows)} municipalities written to {output}")
