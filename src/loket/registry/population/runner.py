"""`populate()`: splits N residents over the municipalities, hands out id ranges and BSNs, and loads
the generated rows chunk by chunk.

SQLite, and PostgreSQL with one worker, load everything in one transaction on Django's connection.
PostgreSQL with more workers generates and COPYs chunks in parallel processes, each on its own
connection and committing per chunk; the secondary indexes are then set aside and rebuilt
afterwards (also when the load fails halfway).
"""

from __future__ import annotations

import math
import multiprocessing
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date

from django.db import connection, transaction

from loket.tenancy.models import Municipality

from . import bsn as bsn_sequence
from . import indexes
from .columns import TABLES
from .generator import BAG_SERIAL_BASE, Chunk, generate
from .geography import Place, build_places, largest_remainder
from .households import count, plan_households
from .names import name_pools
from .writers import WRITERS, write_postgresql

DEFER_INDEXES_FROM = 200_000  # residents; below this, keeping the indexes up to date is cheaper


class PopulationError(ValueError):
    pass


@dataclass
class Result:
    residents: int = 0
    seconds: float = 0.0
    workers: int = 1
    chunks: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    phases: dict[str, float] = field(default_factory=dict)  # seconds: load, indexes, analyze

    @property
    def per_second(self) -> float:
        return self.residents / self.seconds if self.seconds else 0.0


def default_reference() -> date:
    """Ages are computed against 1 January of this year, so a seed gives the same rows all year."""
    return date(date.today().year, 1, 1)


def split(residents: int, municipalities: list[dict], chunk_size: int) -> list[tuple[str, int, int]]:
    """(code, part, residents) per chunk: N in proportion to population, parts of at most chunk_size."""
    rows = sorted(municipalities, key=lambda r: r["code"])
    shares = largest_remainder(residents, [max(r["population"], 1) for r in rows])
    chunks = []
    for row, share in zip(rows, shares, strict=True):
        parts = math.ceil(share / chunk_size)
        for part, size in enumerate(largest_remainder(share, [1] * parts)):
            chunks.append((row["code"], part, size))
    return chunks


def populate(
    *,
    residents: int,
    codes: list[str] | None = None,
    seed: int = 0,
    chunk_size: int = 20_000,
    workers: int | None = None,
    reference: date | None = None,
    progress=None,
    defer_indexes: bool | None = None,
) -> Result:
    if residents < 1:
        raise PopulationError("--residents must be at least 1")
    reference = reference or default_reference()
    everywhere = list(Municipality.objects.values("id", "code", "name", "province_code", "population"))
    if not everywhere:
        raise PopulationError("There are no municipalities yet: run `loket load_reference_data` first.")
    chosen = everywhere
    if codes:
        known = {r["code"]: r for r in everywhere}
        unknown = sorted(set(codes) - set(known))
        if unknown:
            raise PopulationError(f"Unknown municipality code(s): {', '.join(unknown)}")
        chosen = [known[c] for c in sorted(set(codes))]
    pools = name_pools(seed)
    places = build_places(everywhere, pools, seed)
    specs = split(residents, chosen, chunk_size)
    vendor = connection.vendor
    if vendor not in WRITERS:
        raise PopulationError(f"populate supports PostgreSQL and SQLite, not {vendor}")
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if vendor == "postgresql" else 1
    if vendor != "postgresql" or connection.in_atomic_block:
        workers = 1  # other connections could not see this transaction's rows
    if defer_indexes is None:
        defer_indexes = vendor == "postgresql" and residents >= DEFER_INDEXES_FROM
    context = _Context(seed, reference, places, pools, tuple(sorted(places)))
    result = Result(residents=residents, workers=workers, chunks=len(specs))
    started = time.perf_counter()
    if workers > 1:
        _load_parallel(context, specs, workers, defer_indexes, progress, result)
    else:
        _load_serial(context, specs, vendor, defer_indexes, progress, result)
    result.seconds = time.perf_counter() - started
    return result


@dataclass(frozen=True)
class _Context:
    seed: int
    reference: date
    places: dict[str, Place]
    pools: object
    birth_places: tuple[str, ...]

    def rows(self, chunk: Chunk, plan):
        return generate(chunk, self.places[chunk.code], self.pools, self.seed, self.reference, self.birth_places, plan)


def _tasks(context: _Context, specs, cursor, take_ids):
    """Plans each chunk and hands out its ids, BSNs and address positions, lazily and in order."""
    cursor.execute(
        "SELECT MAX(bsn) FROM registry_person WHERE bsn >= %s AND bsn < %s",
        [f"{bsn_sequence.FIRST_HEAD:07d}00", f"{bsn_sequence.END_HEAD:07d}00"],
    )
    next_bsn = bsn_sequence.index_after(cursor.fetchone()[0])
    wanted = sorted({code for code, _, _ in specs})
    ids = [context.places[code].id for code in wanted]
    cursor.execute(
        "SELECT municipality_id, COUNT(*) FROM registry_address WHERE municipality_id IN ("  # noqa: S608 - placeholders only
        + ", ".join(["%s"] * len(ids))
        + ") AND substr(nummeraanduiding_id, 5, 3) = %s GROUP BY municipality_id",
        [*ids, f"20{str(BAG_SERIAL_BASE)[0]}"],
    )
    by_id = dict(cursor.fetchall())
    address_index = {code: by_id.get(context.places[code].id, 0) for code in wanted}
    for code, part, size in specs:
        plan = plan_households(context.seed, f"{code}:{part}", size)
        persons, addresses = count(plan)
        if next_bsn + persons > bsn_sequence.CAPACITY:
            raise PopulationError("The BSN range for generated residents is used up.")
        chunk = Chunk(
            code=code,
            part=part,
            residents=size,
            persons=persons,
            addresses=addresses,
            person_start=take_ids("registry_person", persons),
            address_start=take_ids("registry_address", addresses),
            address_index=address_index[code],
            bsn_index=next_bsn,
        )
        address_index[code] += addresses
        next_bsn += persons
        yield chunk, plan


def _sqlite_ids(cursor):
    following: dict[str, int] = {}

    def take(table: str, n: int) -> int:
        if table not in following:
            cursor.execute(f'SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"')  # noqa: S608 - a model's table name
            following[table] = cursor.fetchone()[0]
        start = following[table]
        following[table] = start + n
        return start

    return take


def _postgresql_ids(cursor):
    """Reserves id ranges from the table's sequence, so the app's own inserts never collide."""
    sequences: dict[str, str] = {}

    def take(table: str, n: int) -> int:
        if table not in sequences:
            cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
            sequences[table] = cursor.fetchone()[0]
            cursor.execute(  # the table name is a model's, not input
                f'SELECT setval(%s, GREATEST(COALESCE(MAX(id), 0), COALESCE(pg_sequence_last_value(%s), 0), 1)) FROM "{table}"',  # noqa: S608
                [sequences[table], sequences[table]],
            )
        cursor.execute("SELECT setval(%s, nextval(%s) + %s - 1)", [sequences[table], sequences[table], n])
        return cursor.fetchone()[0] - n + 1

    return take


def _tables() -> list[str]:
    return [model._meta.db_table for _, model, _ in TABLES]


def _tally(result: Result, rows) -> None:
    for attribute, _, _ in TABLES:
        result.rows[attribute] = result.rows.get(attribute, 0) + len(getattr(rows, attribute))


def _load_serial(context, specs, vendor, defer_indexes, progress, result) -> None:
    write = WRITERS[vendor]
    # Bulk-load pragmas; the safety level can only change outside a transaction (not in tests).
    relax = vendor == "sqlite" and not connection.in_atomic_block
    with connection.cursor() as cursor:
        if relax:
            cursor.execute("PRAGMA synchronous = OFF")
            cursor.execute("PRAGMA cache_size = -262144")
            cursor.execute("PRAGMA temp_store = MEMORY")
        try:
            with transaction.atomic():
                raw = connection.connection.cursor()
                if vendor == "postgresql":
                    cursor.execute("SET LOCAL synchronous_commit = off")
                    cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
                saved = indexes.set_aside(cursor, _tables()) if defer_indexes else None
                take = _postgresql_ids(cursor) if vendor == "postgresql" else _sqlite_ids(cursor)
                clock = time.perf_counter()
                for chunk, plan in _tasks(context, specs, cursor, take):
                    rows = context.rows(chunk, plan)
                    write(raw, rows)
                    _tally(result, rows)
                    if progress:
                        progress(chunk.residents)
                result.phases["load"] = time.perf_counter() - clock
                if saved is not None:
                    clock = time.perf_counter()
                    indexes.restore(saved, lambda statements, parallel=True: [cursor.execute(s) for s in statements])
                    result.phases["indexes"] = time.perf_counter() - clock
                if vendor == "postgresql":
                    clock = time.perf_counter()
                    cursor.execute("ANALYZE " + ", ".join(f'"{t}"' for t in _tables()))
                    result.phases["analyze"] = time.perf_counter() - clock
                clock = time.perf_counter()
            result.phases["commit"] = time.perf_counter() - clock
        finally:
            if relax:
                cursor.execute("PRAGMA synchronous = NORMAL")


# --- parallel PostgreSQL ------------------------------------------------------------------------

_worker: dict = {}


def _conninfo() -> str:
    import psycopg

    params = connection.get_connection_params()
    keys = ("dbname", "user", "password", "host", "port", "sslmode")
    return psycopg.conninfo.make_conninfo(**{k: str(params[k]) for k in keys if params.get(k) not in (None, "")})


def _open(conninfo: str):
    import psycopg

    conn = psycopg.connect(conninfo, autocommit=True)
    conn.execute("SET synchronous_commit = off")
    return conn


def _start_worker(conninfo: str, context: _Context) -> None:
    _worker["conn"] = _open(conninfo)
    _worker["context"] = context


def _work(task) -> tuple[int, dict[str, int]]:
    chunk, plan = task
    rows = _worker["context"].rows(chunk, plan)
    conn = _worker["conn"]
    with conn.transaction(), conn.cursor() as cursor:
        write_postgresql(cursor, rows)
    return chunk.residents, {attribute: len(getattr(rows, attribute)) for attribute, _, _ in TABLES}


def _load_parallel(context, specs, workers, defer_indexes, progress, result) -> None:
    conninfo = _conninfo()
    connection.close()  # never share a socket with forked processes
    main = _open(conninfo)
    saved = None
    try:
        with main.cursor() as cursor:
            if defer_indexes:
                saved = indexes.set_aside(cursor, _tables())
            clock = time.perf_counter()
            fork = multiprocessing.get_context("fork")
            with fork.Pool(workers, initializer=_start_worker, initargs=(conninfo, context)) as pool:
                tasks = _tasks(context, specs, cursor, _postgresql_ids(cursor))
                for residents, counts in pool.imap_unordered(_work, tasks):
                    for name, n in counts.items():
                        result.rows[name] = result.rows.get(name, 0) + n
                    if progress:
                        progress(residents)
            result.phases["load"] = time.perf_counter() - clock
    finally:
        clock = time.perf_counter()
        if saved is not None:
            _run_statements(conninfo, saved, workers)
            result.phases["indexes"] = time.perf_counter() - clock
        clock = time.perf_counter()
        main.execute("ANALYZE " + ", ".join(f'"{t}"' for t in _tables()))
        result.phases["analyze"] = time.perf_counter() - clock
        main.close()


def _run_statements(conninfo: str, saved, workers: int) -> None:
    connections = [_open(conninfo) for _ in range(workers)]
    for conn in connections:
        conn.execute("SET maintenance_work_mem = '1GB'")
    try:

        def run(statements, parallel=True):
            if not parallel:
                for statement in statements:
                    connections[0].execute(statement)
                return
            queue = list(statements)

            def drain(conn):
                while True:
                    try:
                        statement = queue.pop(0)
                    except IndexError:
                        return
                    conn.execute(statement)

            with ThreadPoolExecutor(len(connections)) as pool:
                list(pool.map(drain, connections))

        indexes.restore(saved, run)
    finally:
        for conn in connections:
            conn.close()
