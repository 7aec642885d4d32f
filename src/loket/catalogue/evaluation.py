"""How well search finds what residents mean: the committed everyday-query set and its hit rate.

data/search_queries.csv has one everyday query per line with the expected result: a question
slug or a product's UPL id. A query counts as a hit at k when that result is among the first k.
"""

import csv
from pathlib import Path

from .constants import upl_uri
from .selectors import search

QUERIES_FILE = Path(__file__).resolve().parent / "data" / "search_queries.csv"


def load_queries(path: Path = QUERIES_FILE) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["query"].strip(), row["expected"].strip()) for row in csv.DictReader(handle)]


def _keys(expected: str) -> set[str]:
    return {expected, upl_uri(expected)}


def hit_rate(queries: list[tuple[str, str]] | None = None) -> dict:
    queries = queries if queries is not None else load_queries()
    top1 = top3 = 0
    misses = []
    for query, expected in queries:
        found = [result.key for result in search(query, limit=3)]
        wanted = _keys(expected)
        if found[:1] and found[0] in wanted:
            top1 += 1
        if wanted & set(found):
            top3 += 1
        else:
            misses.append({"query": query, "expected": expected, "got": [k.rsplit("/", 1)[-1] for k in found]})
    total = len(queries)
    return {
        "queries": total,
        "top1_hits": top1,
        "top3_hits": top3,
        "top1_rate": round(top1 / total, 3) if total else 0.0,
        "top3_rate": round(top3 / total, 3) if total else 0.0,
        "misses": misses,
    }
