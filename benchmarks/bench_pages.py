"""Server time of the public start page, /healthz and Mijn Loket (logged in), in-process.

Measures what Django itself spends per request (no network), p50 and p95 over N requests, on the
database that DATABASE_URL names (a fresh test database is created and dropped).
"""

import os
import statistics
import time

from .testdb import fresh_test_database

PAGES = ["/", "/healthz", "/mijn-loket/"]


def run(args) -> dict:
    with fresh_test_database():
        from django.core.management import call_command
        from django.test import Client

        call_command("load_reference_data", verbosity=0)
        client = Client()
        client.post("/inloggen/simulator/", {"kind": "resident", "bsn": "999993653"})
        n = int(os.environ.get("BENCH_REQUESTS", "300"))
        results = {}
        for page in PAGES:
            for _ in range(20):
                client.get(page)
            timings = []
            for _ in range(n):
                start = time.perf_counter()
                response = client.get(page)
                timings.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, (page, response.status_code)
            timings.sort()
            results[page] = {
                "requests": n,
                "p50_ms": round(statistics.median(timings), 2),
                "p95_ms": round(timings[int(0.95 * n) - 1], 2),
            }
        return {"pages": results}
