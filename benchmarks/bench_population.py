"""`loket populate` into a fresh database: residents per second, wall time and peak memory.

N is BENCH_POPULATION_N (default 1,000,000 on PostgreSQL, 100,000 on SQLite). The database is the
one DATABASE_URL names (a fresh test database is created and dropped; SQLite uses a file in var/).
For PostgreSQL the result includes the extrapolation to the whole country (18 million residents).
The result goes to results/population_<database>.json (population_<database>_<N>.json for another
N), so each database keeps its own numbers.
"""

import math
import os
import resource
import time
from pathlib import Path

from .testdb import fresh_test_database

COUNTRY = 18_000_000
SQLITE_FILE = Path(__file__).resolve().parent.parent / "var" / "bench_population.sqlite3"
TARGET_MINUTES = 10


def run(args) -> dict:
    with fresh_test_database(sqlite_file=SQLITE_FILE) as connection:
        from django.core.management import call_command

        from loket.registry.population.runner import populate

        vendor = connection.vendor
        default_n = 1_000_000 if vendor == "postgresql" else 100_000
        n = int(os.environ.get("BENCH_POPULATION_N", default_n))
        call_command("loaddata", "municipalities", verbosity=0)
        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        result = populate(residents=n, seed=2024)
        wall = time.perf_counter() - started
        size = _database_size(connection, vendor)
    record = {
        "result_name": f"population_{vendor}" if n == default_n else f"population_{vendor}_{n}",
        "residents": n,
        "rows": result.rows,
        "workers": result.workers,
        "wall_seconds": round(wall, 1),
        "residents_per_second": round(n / wall),
        "phases_seconds": {k: round(v, 1) for k, v in result.phases.items()},
        "peak_rss_mb": {
            "main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "largest_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        },
        "database_size_mb": size,
        # the machine is shared: the 1-minute load average before the run shows other work
        "load_average_before": round(load_before, 2),
    }
    if vendor == "postgresql":
        record["extrapolation_18m"] = _extrapolate(n, wall, result.phases)
    return record


def _database_size(connection, vendor):
    with connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute("SELECT pg_database_size(current_database())")
            return round(cursor.fetchone()[0] / 2**20)
        cursor.execute("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()")
        return round(cursor.fetchone()[0] / 2**20)


def _extrapolate(n: int, wall: float, phases: dict) -> dict:
    """Linear in the residents for generating and copying; n log n for building the indexes."""
    factor = COUNTRY / n
    load = phases.get("load", wall) * factor
    index_build = phases.get("indexes", 0.0) * factor * math.log(COUNTRY) / math.log(n)
    other = wall - sum(phases.values()) + phases.get("analyze", 0.0)  # planning, ANALYZE: about constant
    minutes = (load + index_build + other) / 60
    return {
        "residents": COUNTRY,
        "linear_minutes": round(wall * factor / 60, 1),
        "estimated_minutes": round(minutes, 1),
        "method": "load phase x 18M/N, index rebuild x (18M/N) x log(18M)/log(N), the rest as measured",
        "target_minutes": TARGET_MINUTES,
        "meets_target": minutes <= TARGET_MINUTES,
    }
