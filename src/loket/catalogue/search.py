"""Search over questions and products from everyday words, one function for both databases.

1. Candidates come from the database's own full-text search:
   - SQLite: the FTS5 table `catalogue_search_fts` over stemmed words, prefix matching, BM25;
   - PostgreSQL: `to_tsvector('dutch', text)` (GIN index) OR pg_trgm word similarity (GIN
     trigram index), ranked by ts_rank plus similarity, which also forgives typing errors.
2. The candidates are ranked the same way on both: how many of the query's words a document
   covers, whether they are in its title, whether the whole query is one of its phrases
   ("mijn vader is overleden", "paspoort kwijt"), with the database's rank as a tie-breaker.
"""

from dataclasses import dataclass

from django.db import connection, transaction

from .models import SearchEntry
from .normalise import STOP_WORDS, generic_stems, phrase, stems, words

CANDIDATES = 200
MIN_PREFIX = 3


@dataclass(frozen=True)
class Scored:
    entry: SearchEntry
    score: float


def _sqlite_candidates(query_stems: list[str]) -> dict[int, float]:
    parts = [f'"{s}"*' if len(s) >= MIN_PREFIX else f'"{s}"' for s in query_stems]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rowid, bm25(catalogue_search_fts, 4.0, 1.0) FROM catalogue_search_fts "
            "WHERE catalogue_search_fts MATCH %s ORDER BY 2 LIMIT %s",
            [" OR ".join(parts), CANDIDATES],
        )
        return {row_id: -rank for row_id, rank in cursor.fetchall()}


def _postgresql_candidates(text: str) -> dict[int, float]:
    meaningful = [w for w in words(text) if w not in STOP_WORDS]
    if not meaningful:
        return {}
    tsquery = " | ".join(f"{w}:*" for w in dict.fromkeys(meaningful))
    plain = " ".join(meaningful)
    with transaction.atomic(), connection.cursor() as cursor:
        # The table is small, so the planner prefers reading all of it, but word similarity on
        # every row costs more than the two GIN indexes together (13 ms against 2 on 450 rows).
        # The setting is put back afterwards: inside an outer transaction it would outlive the
        # savepoint. (On an error, rolling back to the savepoint undoes it.)
        cursor.execute("SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)")
        [(before, _off)] = cursor.fetchall()
        cursor.execute(
            "SELECT id, ts_rank(to_tsvector('dutch'::regconfig, text), query) "
            "       + word_similarity(%s, text) AS rank "
            "FROM catalogue_searchentry, to_tsquery('dutch'::regconfig, %s) AS query "
            "WHERE to_tsvector('dutch'::regconfig, text) @@ query OR %s <%% text "
            "ORDER BY rank DESC LIMIT %s",
            [plain, tsquery, plain, CANDIDATES],
        )
        found = dict(cursor.fetchall())
        cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [before])
        return found


def _matches(query_stem: str, terms: set[str]) -> bool:
    if query_stem in terms:
        return True
    if len(query_stem) >= MIN_PREFIX and any(t.startswith(query_stem) for t in terms):
        return True
    # a compound in the query ("paspoortaanvraag") still finds its first part ("paspoort")
    return any(len(t) >= 5 and query_stem.startswith(t) for t in terms)


def _score(entry: SearchEntry, query_stems: list[str], query_phrase: str, backend: float) -> float:
    terms = set(entry.terms.split())
    title_terms = set(entry.title_terms.split())
    weights = {s: (0.3 if s in generic_stems() else 1.0) for s in query_stems}
    total = sum(weights.values())
    covered = sum(w for s, w in weights.items() if _matches(s, terms)) / total
    in_title = sum(w for s, w in weights.items() if _matches(s, title_terms)) / total
    phrases = entry.phrases.splitlines()
    if query_phrase in phrases:
        whole = 1.0
    elif any(" " in p and f" {p} " in f" {query_phrase} " for p in phrases):
        whole = 0.5
    else:
        whole = 0.0
    return 4 * covered + 2 * in_title + 3 * whole + backend


def ranked(text: str, limit: int) -> list[Scored]:
    query_stems = stems(text)
    if not query_stems:
        return []
    if connection.vendor == "postgresql":
        candidates = _postgresql_candidates(text)
    else:
        candidates = _sqlite_candidates(query_stems)
    if not candidates:
        return []
    top = max(candidates.values()) or 1.0
    query_phrase = phrase(text)
    entries = SearchEntry.objects.in_bulk(list(candidates))
    scored = [
        Scored(entry, _score(entry, query_stems, query_phrase, max(candidates[pk], 0) / top))
        for pk, entry in entries.items()
    ]
    scored.sort(key=lambda s: (-s.score, s.entry.question_id is None, s.entry.pk))
    return scored[:limit]
