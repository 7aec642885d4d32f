"""Reads the BRP national tables 32, 33 and 34 (UTF-16 LE with BOM, comma separated, quoted)."""

import csv
import json
from pathlib import Path

TABLES = {
    "registry.nationalitycode": "Tabel32_Nationaliteitentabel.csv",
    "registry.municipalitycode": "Tabel33_Gemeententabel.csv",
    "registry.countrycode": "Tabel34_Landentabel.csv",
}


class TableFormatError(ValueError):
    pass


def read_table(path: Path, model: str) -> list[dict]:
    with path.open(encoding="utf-16", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = []
        for line in reader:
            if not line:
                continue
            values = dict(zip(header, line, strict=True))
            code = line[0].strip()
            if not (len(code) == 4 and code.isdigit()):
                raise TableFormatError(f"{path.name}: bad code {code!r}")
            fields = {
                "description": line[1].strip(),
                "valid_from": values.get("99.98 Datum ingang", "").strip(),
                "valid_until": values.get("99.99 Datum einde", "").strip(),
            }
            if model == "registry.municipalitycode":
                fields["new_code"] = values.get("92.12 Nieuwe code", "").strip()
            rows.append({"model": model, "pk": code, "fields": fields})
    return rows


def read_tables(directory: Path) -> list[dict]:
    rows: list[dict] = []
    for model, name in TABLES.items():
        rows.extend(read_table(directory / name, model))
    return rows


def write_fixture(rows: list[dict], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join(json.dumps(row, ensure_ascii=False, sort_keys=True) for row in rows)
    target.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
