from pathlib import Path

from django.core.management.base import BaseCommand

from loket.registry.importers.loader import load_records, read_records

DEFAULT = Path(__file__).resolve().parents[2] / "fixtures" / "test_persons.jsonl"


class Command(BaseCommand):
    help = "Load the RvIG test persons (registry/fixtures/test_persons.jsonl) into the registry. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--file", type=Path, default=DEFAULT)

    def handle(self, *args, **options):
        counts = load_records(read_records(options["file"]))
        if options["verbosity"]:
            self.stdout.write("Loaded " + ", ".join(f"{v} {k}" for k, v in counts.items()) + ".")
