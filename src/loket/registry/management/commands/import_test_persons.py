import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from loket.registry.importers.gba_v import read_person_lists
from loket.registry.importers.municipalities import MunicipalityMapper
from loket.registry.importers.tables import read_table
from loket.registry.importers.test_persons import convert_all, write_records

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SOURCE = "20220502_Testset_persoonslijsten_proefomgeving_GBA-V.csv"
MUNICIPALITIES = Path(__file__).resolve().parents[3] / "tenancy" / "fixtures" / "municipalities.json"


def build_mapper(tables_dir: Path) -> MunicipalityMapper:
    rows = read_table(tables_dir / "Tabel33_Gemeententabel.csv", "registry.municipalitycode")
    successors = {row["pk"]: row["fields"]["new_code"] for row in rows if row["fields"]["new_code"]}
    current = [row["fields"]["code"] for row in json.loads(MUNICIPALITIES.read_text(encoding="utf-8"))]
    return MunicipalityMapper(successors, current)


class Command(BaseCommand):
    help = "Convert RvIG's GBA-V test persons into the committed fixture registry/fixtures/test_persons.jsonl."

    def add_arguments(self, parser):
        brp = settings.SHARED_DATA_DIR / "brp"
        parser.add_argument("--source", type=Path, default=brp / SOURCE)
        parser.add_argument("--tables", type=Path, default=brp / "tabellen")
        parser.add_argument("--target", type=Path, default=FIXTURES / "test_persons.jsonl")

    def handle(self, *args, **options):
        mapper = build_mapper(options["tables"])
        count = write_records(convert_all(read_person_lists(options["source"]), mapper), options["target"])
        self.stdout.write(f"Wrote {count} person records to {options['target']}.")
