"""Streams generated rows into the database: COPY FROM STDIN on PostgreSQL, executemany on SQLite."""

from __future__ import annotations

from .columns import TABLES
from .generator import Rows


def _sql_names(model, columns) -> tuple[str, str]:
    return model._meta.db_table, ", ".join(f'"{c}"' for c in columns)


def write_postgresql(cursor, rows: Rows) -> None:
    """`cursor`: a psycopg 3 cursor (or Django's wrapper of one)."""
    for attribute, model, columns in TABLES:
        table, names = _sql_names(model, columns)
        with cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
            write = copy.write_row
            for row in getattr(rows, attribute):
                write(row)


def write_sqlite(cursor, rows: Rows) -> None:
    for attribute, model, columns in TABLES:
        table, names = _sql_names(model, columns)
        marks = ", ".join("?" * len(columns))
        statement = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'  # noqa: S608 - model metadata only
        cursor.executemany(statement, getattr(rows, attribute))


WRITERS = {"postgresql": write_postgresql, "sqlite": write_sqlite}
