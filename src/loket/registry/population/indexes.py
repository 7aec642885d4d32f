"""PostgreSQL: set the secondary indexes and constraints of the registry tables aside during a big
load and build them again afterwards, which is far cheaper than maintaining them row by row.

Primary keys and check constraints stay. Unique constraints come back from a unique index built
first; foreign keys come back NOT VALID and are then validated (that takes only light locks, so
validations run side by side).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Saved:
    indexes: list[str] = field(default_factory=list)  # CREATE [UNIQUE] INDEX …
    attach_unique: list[str] = field(default_factory=list)  # ALTER TABLE … ADD CONSTRAINT … USING INDEX
    add_foreign_keys: list[str] = field(default_factory=list)  # ALTER TABLE … ADD CONSTRAINT … NOT VALID
    validate: list[str] = field(default_factory=list)  # ALTER TABLE … VALIDATE CONSTRAINT …


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def set_aside(cursor, tables: list[str]) -> Saved:
    """Drops the secondary indexes and unique/foreign-key constraints; returns what rebuilds them."""
    saved = Saved()
    cursor.execute(
        "SELECT c.conrelid::regclass::text, c.conname, c.contype, pg_get_constraintdef(c.oid) "
        "FROM pg_constraint c WHERE c.conrelid = ANY(%s::regclass[]) AND c.contype IN ('u', 'f') "
        "ORDER BY c.contype, c.conname",
        [tables],
    )
    constraints = cursor.fetchall()
    cursor.execute(
        "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
        "AND tablename = ANY(%s) ORDER BY indexname",
        [tables],
    )
    index_defs = {name: (table, definition) for table, name, definition in cursor.fetchall()}
    cursor.execute(
        "SELECT conname FROM pg_constraint WHERE conrelid = ANY(%s::regclass[]) AND contype = 'p'", [tables]
    )
    primary = {name for (name,) in cursor.fetchall()}
    unique = set()
    for table, name, kind, definition in constraints:
        if kind == "f":
            saved.add_foreign_keys.append(f"ALTER TABLE {_quote(table)} ADD CONSTRAINT {_quote(name)} {definition} NOT VALID")
            saved.validate.append(f"ALTER TABLE {_quote(table)} VALIDATE CONSTRAINT {_quote(name)}")
        else:
            unique.add(name)
            saved.indexes.append(index_defs[name][1])
            saved.attach_unique.append(f"ALTER TABLE {_quote(table)} ADD CONSTRAINT {_quote(name)} UNIQUE USING INDEX {_quote(name)}")
        cursor.execute(f"ALTER TABLE {_quote(table)} DROP CONSTRAINT {_quote(name)}")
    for name, (_table, definition) in index_defs.items():
        if name in primary or name in unique:
            continue
        saved.indexes.append(definition)
        cursor.execute(f"DROP INDEX {_quote(name)}")
    return saved


def restore(saved: Saved, run_parallel) -> None:
    """`run_parallel(statements)` runs independent statements, possibly side by side."""
    run_parallel(saved.indexes)
    run_parallel(saved.attach_unique + saved.add_foreign_keys, parallel=False)
    run_parallel(saved.validate)
