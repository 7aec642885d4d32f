"""Builds the catalogue's committed fixtures.

Two inputs, two fixtures:
- the UPL export (../shared/data/upl/UPL-actueel.csv, one row per product and legal basis)
  → fixtures/upl_products.json: facts only, for every product with Gemeente = X and Burger = X;
- the curated files in data/ (questions.yaml, mapping.csv) → fixtures/catalogue.json: the
  questions and, per product, its question, position, friendly titles and search words.

Rows carry natural keys (slug, URI) instead of numbers, so loading them again updates in place.
"""

import csv
import json
from pathlib import Path

import yaml

from .constants import PRODUCT_TYPE_COLUMNS, upl_id, upl_uri

DATA_DIR = Path(__file__).resolve().parent / "data"
FIXTURE_DIR = Path(__file__).resolve().parent / "fixtures"
QUESTIONS_FILE = DATA_DIR / "questions.yaml"
MAPPING_FILE = DATA_DIR / "mapping.csv"
PRODUCTS_FIXTURE = FIXTURE_DIR / "upl_products.json"
CATALOGUE_FIXTURE = FIXTURE_DIR / "catalogue.json"

UPL_COLUMNS = {"UniformeProductnaam", "URI", "Gemeente", "Burger", "Bedrijf", "SDG", "Grondslaglabel", "Grondslaglink"}
UPL_COLUMNS |= set(PRODUCT_TYPE_COLUMNS)
MAPPING_COLUMNS = ["upl", "upl_name", "question", "position", "title_nl", "title_en", "also_under", "synonyms"]
QUESTION_KEYS = {"slug", "title_nl", "title_en", "description_nl", "description_en", "synonyms"}


class CatalogueDataError(ValueError):
    """The source or curated data is not usable; the message says where."""


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


# --- UPL facts -------------------------------------------------------------------------------


def read_upl(source: Path) -> list[dict]:
    """Products offered by municipalities to residents, one per URI, sorted by URI."""
    products: dict[str, dict] = {}
    with source.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = UPL_COLUMNS - set(reader.fieldnames or [])
        if missing:
            raise CatalogueDataError(f"{source} lacks columns: {', '.join(sorted(missing))}")
        for line, row in enumerate(reader, start=2):
            if row["Gemeente"].strip() != "X" or row["Burger"].strip() != "X":
                continue
            uri = row["URI"].strip()
            if not uri.startswith("http"):
                raise CatalogueDataError(f"{source}:{line}: no URI")
            product = products.get(uri)
            if product is None:
                product = products[uri] = {
                    "uri": uri,
                    "name": row["UniformeProductnaam"].strip(),
                    **{field: row[column].strip() == "X" for column, field in PRODUCT_TYPE_COLUMNS.items()},
                    "for_businesses": row["Bedrijf"].strip() == "X",
                    "sdg_codes": _split(row["SDG"]),
                    "legal_bases": [],
                }
            basis = {"label": row["Grondslaglabel"].strip(), "link": row["Grondslaglink"].strip()}
            if basis["label"] and basis not in product["legal_bases"]:
                product["legal_bases"].append(basis)
    return [products[uri] for uri in sorted(products)]


def product_fixture(products: list[dict]) -> list[dict]:
    return [{"model": "catalogue.product", "fields": product} for product in products]


# --- curated data ----------------------------------------------------------------------------


def read_questions(source: Path = QUESTIONS_FILE) -> list[dict]:
    items = yaml.safe_load(source.read_text(encoding="utf-8")) or []
    questions = []
    for order, item in enumerate(items, start=1):
        missing = QUESTION_KEYS - set(item)
        if missing:
            raise CatalogueDataError(f"{source}: question {item.get('slug', order)} lacks {sorted(missing)}")
        questions.append({**{key: item[key] for key in QUESTION_KEYS}, "order": order})
    slugs = [q["slug"] for q in questions]
    if len(set(slugs)) != len(slugs):
        raise CatalogueDataError(f"{source}: a question slug is used twice")
    return questions


def read_mapping(source: Path = MAPPING_FILE) -> list[dict]:
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != MAPPING_COLUMNS:
            raise CatalogueDataError(f"{source}: columns must be {', '.join(MAPPING_COLUMNS)}")
        rows = []
        for line, row in enumerate(reader, start=2):
            try:
                position = int(row["position"])
            except ValueError as exc:
                raise CatalogueDataError(f"{source}:{line}: position must be a number") from exc
            if not (row["upl"].strip() and row["question"].strip() and row["title_nl"].strip() and row["title_en"].strip()):
                raise CatalogueDataError(f"{source}:{line}: upl, question and both titles are required")
            rows.append(
                {
                    "line": line,
                    "uri": upl_uri(row["upl"].strip()),
                    "upl_name": row["upl_name"].strip(),
                    "question": row["question"].strip(),
                    "position": position,
                    "title_nl": row["title_nl"].strip(),
                    "title_en": row["title_en"].strip(),
                    "also_under": _split(row["also_under"]),
                    "synonyms": _split(row["synonyms"]),
                }
            )
    return rows


def check_mapping(questions: list[dict], mapping: list[dict], products: list[dict]) -> list[str]:
    """Every problem that would make the catalogue wrong, as readable lines (empty: all fine)."""
    problems = []
    slugs = {q["slug"] for q in questions}
    names = {p["uri"]: p["name"] for p in products}
    seen: dict[str, int] = {}
    for row in mapping:
        where = f"mapping.csv:{row['line']} ({upl_id(row['uri'])})"
        if row["uri"] not in names:
            problems.append(f"{where}: unknown UPL product")
        elif row["upl_name"] and row["upl_name"] != names[row["uri"]]:
            problems.append(f"{where}: upl_name {row['upl_name']!r} is not the UPL's {names[row['uri']]!r}")
        if row["uri"] in seen:
            problems.append(f"{where}: product already mapped on line {seen[row['uri']]}")
        seen.setdefault(row["uri"], row["line"])
        for slug in [row["question"], *row["also_under"]]:
            if slug not in slugs:
                problems.append(f"{where}: unknown question {slug!r}")
        if row["question"] in row["also_under"]:
            problems.append(f"{where}: also_under repeats the primary question")
    for uri in sorted(set(names) - set(seen)):
        problems.append(f"{upl_id(uri)} ({names[uri]}): not mapped to a question")
    for slug in sorted(slugs - {row["question"] for row in mapping}):
        problems.append(f"question {slug}: has no products")
    return problems


def catalogue_fixture(questions: list[dict], mapping: list[dict]) -> list[dict]:
    rows = [{"model": "catalogue.lifeeventquestion", "fields": question} for question in questions]
    for row in sorted(mapping, key=lambda r: r["uri"]):
        rows.append(
            {
                "model": "catalogue.productplacement",
                "fields": {
                    "product": [row["uri"]],
                    "question": [row["question"]],
                    "position": row["position"],
                    "title_nl": row["title_nl"],
                    "title_en": row["title_en"],
                    "synonyms": row["synonyms"],
                    "also_under": [[slug] for slug in row["also_under"]],
                },
            }
        )
    return rows


def products_in_fixture(path: Path = PRODUCTS_FIXTURE) -> list[dict]:
    return [row["fields"] for row in json.loads(path.read_text(encoding="utf-8"))]


def render_fixture(rows: list[dict]) -> str:
    lines = ",\n".join(json.dumps(row, ensure_ascii=False, sort_keys=True) for row in rows)
    return f"[\n{lines}\n]\n"


def write_fixture(rows: list[dict], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_fixture(rows), encoding="utf-8")
