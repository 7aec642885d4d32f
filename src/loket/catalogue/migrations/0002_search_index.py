"""Full-text search structures, per database vendor.

SQLite: an FTS5 table over SearchEntry's stemmed words, kept in sync by triggers.
PostgreSQL: pg_trgm, a GIN index on to_tsvector('dutch', text) and a GIN trigram index on text.
"""

from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE catalogue_search_fts USING fts5("
    "title_terms, terms, content='catalogue_searchentry', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER catalogue_search_ai AFTER INSERT ON catalogue_searchentry BEGIN "
    "INSERT INTO catalogue_search_fts(rowid, title_terms, terms) VALUES (new.id, new.title_terms, new.terms); END",
    "CREATE TRIGGER catalogue_search_ad AFTER DELETE ON catalogue_searchentry BEGIN "
    "INSERT INTO catalogue_search_fts(catalogue_search_fts, rowid, title_terms, terms) "
    "VALUES ('delete', old.id, old.title_terms, old.terms); END",
    "CREATE TRIGGER catalogue_search_au AFTER UPDATE ON catalogue_searchentry BEGIN "
    "INSERT INTO catalogue_search_fts(catalogue_search_fts, rowid, title_terms, terms) "
    "VALUES ('delete', old.id, old.title_terms, old.terms); "
    "INSERT INTO catalogue_search_fts(rowid, title_terms, terms) VALUES (new.id, new.title_terms, new.terms); END",
    "INSERT INTO catalogue_search_fts(catalogue_search_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS catalogue_search_au",
    "DROP TRIGGER IF EXISTS catalogue_search_ad",
    "DROP TRIGGER IF EXISTS catalogue_search_ai",
    "DROP TABLE IF EXISTS catalogue_search_fts",
]
POSTGRESQL_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS catalogue_searchentry_fts ON catalogue_searchentry "
    "USING gin (to_tsvector('dutch'::regconfig, text))",
    "CREATE INDEX IF NOT EXISTS catalogue_searchentry_trgm ON catalogue_searchentry "
    "USING gin (text gin_trgm_ops)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS catalogue_searchentry_trgm",
    "DROP INDEX IF EXISTS catalogue_searchentry_fts",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}),
        )
    ]
