"""The population scenario: `populate` (the registry's loader) into the empty bench database, and
its physical limit: the same rows COPYed raw through psycopg into bare copies of the same tables,
then the same indexes built (what populate does: load without indexes, index afterwards).
"""

import os
import tempfile
import time
from pathlib import Path

import psycopg

from ..bench_population import _extrapolate


def run(residents: int, conninfo: str, scratch: Path) -> dict:
    from loket.registry.population.runner import _tables, populate

    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    result = populate(residents=residents, seed=2024)
    wall = time.perf_counter() - started
    raw = raw_limit(conninfo, _tables(), scratch)
    rate = residents / wall
    raw_rate = residents / raw["seconds"]
    return {
        "residents": residents,
        "rows": result.rows,
        "workers": result.workers,
        "seconds": round(wall, 1),
        "residents_per_second": round(rate),
        "residents_per_second_per_core": round(rate / (os.cpu_count() or 1)),
        "phases_seconds": {k: round(v, 1) for k, v in result.phases.items()},
        "raw": {**raw, "residents_per_second": round(raw_rate)},
        "api_vs_raw": round(rate / raw_rate, 3),
        "extrapolation_18m": _extrapolate(residents, wall, result.phases),
        "load_average_before": round(load_before, 2),
    }


def raw_limit(conninfo: str, tables: list[str], scratch: Path) -> dict:
    """Seconds to COPY the rows populate wrote into bare copies of its tables and index them."""
    copy_seconds = index_seconds = 0.0
    rows = 0
    with psycopg.connect(conninfo, autocommit=True) as conn:
        for table in tables:
            raw_table = f"bench_raw_{table}"
            conn.execute(f'DROP TABLE IF EXISTS "{raw_table}"')
            conn.execute(f'CREATE TABLE "{raw_table}" (LIKE "{table}" INCLUDING DEFAULTS)')
            with tempfile.TemporaryFile(dir=scratch) as spool:
                with conn.cursor().copy(f'COPY "{table}" TO STDOUT') as out:  # noqa: S608 - fixed names
                    for block in out:
                        spool.write(block)
                spool.seek(0)
                began = time.perf_counter()
                with conn.cursor().copy(f'COPY "{raw_table}" FROM STDIN') as into:
                    while block := spool.read(1 << 20):
                        into.write(block)
                copy_seconds += time.perf_counter() - began
            rows += conn.execute(f'SELECT count(*) FROM "{raw_table}"').fetchone()[0]  # noqa: S608
            definitions = [
                row[0]
                for row in conn.execute("SELECT indexdef FROM pg_indexes WHERE tablename = %s", [table])
            ]
            began = time.perf_counter()
            for number, definition in enumerate(definitions):
                head, _, tail = definition.partition(" ON ")
                unique = "UNIQUE " if head.startswith("CREATE UNIQUE") else ""
                target = tail.replace(f"public.{table} ", f'public."{raw_table}" ', 1)
                conn.execute(f'CREATE {unique}INDEX "bench_raw_{number}_{table[:30]}" ON {target}')
            index_seconds += time.perf_counter() - began
            conn.execute(f'DROP TABLE "{raw_table}"')
    return {
        "rows": rows,
        "copy_seconds": round(copy_seconds, 1),
        "index_seconds": round(index_seconds, 1),
        "seconds": round(copy_seconds + index_seconds, 1),
        "method": "COPY TO STDOUT of populate's tables, COPY FROM STDIN into bare copies, same indexes",
    }
