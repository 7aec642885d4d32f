"""Builds the committed municipality fixture from ../shared/data/gemeenten/gemeenten.csv.

The source is TOOI's register of municipalities joined to provinces and indicative population
(see that folder's README for provenance). The fixture keeps only facts: codes, names, URIs.
"""

import csv
import json
from pathlib import Path

EXPECTED_COLUMNS = {
    "gemeentecode",
    "naam",
    "voorkeursnaam",
    "provinciecode",
    "provincie",
    "inwoners_indicatief",
    "tooi_uri",
    "owms_uri",
}


class ImportError_(ValueError):
    pass


def read_municipalities(source: Path) -> list[dict]:
    with source.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = EXPECTED_COLUMNS - set(reader.fieldnames or [])
        if missing:
            raise ImportError_(f"{source} lacks columns: {', '.join(sorted(missing))}")
        rows = []
        for row in reader:
            code = row["gemeentecode"].strip()
            if not (len(code) == 4 and code.isdigit()):
                raise ImportError_(f"{source}: bad gemeentecode {code!r}")
            rows.append(
                {
                    "model": "tenancy.municipality",
                    "pk": int(code),
                    "fields": {
                        "code": code,
                        "name": row["voorkeursnaam"].strip() or row["naam"].strip(),
                        "official_name": row["naam"].strip(),
                        "province_code": row["provinciecode"].strip(),
                        "province": row["provincie"].strip(),
                        "population": int(row["inwoners_indicatief"] or 0),
                        "rsin": "",
                        "tooi_uri": row["tooi_uri"].strip(),
                        "owms_uri": row["owms_uri"].strip(),
                    },
                }
            )
    codes = [r["fields"]["code"] for r in rows]
    if len(set(codes)) != len(codes):
        raise ImportError_(f"{source}: duplicate municipality codes")
    return sorted(rows, key=lambda r: r["pk"])


def write_fixture(rows: list[dict], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join(json.dumps(row, ensure_ascii=False, sort_keys=True) for row in rows)
    target.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
