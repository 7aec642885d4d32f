"""Where a list request spends its time: cProfile over repeated in-process requests, and the
SQL time per statement (EXPLAIN ANALYZE of what Django issued).

Run against a kept benchmark database (BENCH_ZAKEN_KEEP=1):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/loket_bench_zaken \
        .venv/bin/python -m benchmarks.zaken.profile [page]
"""

import cProfile
import io
import os
import pstats
import sys
import time


def main(page: int = 1, repeat: int = 30) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loket.conf.test")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from benchmarks.bench_zaken import _list_path, _token

    from .raw import capture

    token = _token()
    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_ACCEPT_CRS="EPSG:4326")
    path = _list_path(page)
    for _ in range(3):
        client.get(path, HTTP_HOST="127.0.0.1")
    began = time.perf_counter()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        client.get(path, HTTP_HOST="127.0.0.1")
    profiler.disable()
    print(
        f"{path}: {(time.perf_counter() - began) / repeat * 1000:.1f} ms per request in-process (profiled)"
    )
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(40)
    print(out.getvalue())

    print("SQL per statement (EXPLAIN ANALYZE, warm):")
    with connection.cursor() as cursor:
        for sql, params in capture(path, token):
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            plan = [row[0] for row in cursor.fetchall()]
            print(f"  {plan[-1].strip()}  <- {sql[:110]}")
            if any("Seq Scan" in line for line in plan) or "count" in sql.lower():
                print("\n".join("      " + line for line in plan[:14]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
