"""Zaken API under load: GET /zaken/api/v1/zaken and POST …/zaken with N zaken on PostgreSQL.

A fresh database (loket_bench_zaken on the server DATABASE_URL names, default the local one) is
migrated and filled: the municipalities, one catalogus with 100 published zaaktypen, an
application authorised on all of them, and BENCH_ZAKEN_N zaken (default 1,000,000) each with an
initiator rol and a status. gunicorn (DEBUG off, persistent database connections, one worker per
core) serves it on a free loopback port; BENCH_ZAKEN_CLIENTS threads (default 4) then
- list pages of 100 (half page 1, some pages deep) for BENCH_ZAKEN_SECONDS (default 30),
- create zaken for BENCH_ZAKEN_SECONDS / 2,
- replay the SQL of the same list requests raw through psycopg, as the limit.
The result (requests/s, per core, p50/p95/p99, API/raw ratio) goes to results/zaken_postgresql.json
(zaken_postgresql_<N>.json for another N). The database is dropped at the end, unless
BENCH_ZAKEN_KEEP=1 (then `python -m benchmarks.zaken.profile` profiles a list request against it).
BENCH_ZAKEN_REUSE=1 measures a kept database again without reloading it (migrations still run).
Other settings: BENCH_ZAKEN_WORKERS (gunicorn workers, default one per core), BENCH_DATABASE_URL,
BENCH_ZAKEN_DB (the database name, so two people can run it on one server).
"""

import os
import resource
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

# Another name (BENCH_ZAKEN_DB) lets two people run the bench on one server at the same time.
DB_NAME = os.environ.get("BENCH_ZAKEN_DB", "loket_bench_zaken")
DEFAULT_N = 1_000_000
ZAAKTYPEN = 100
# Half the requests ask page 1 (a case system's inbox), the rest go deeper, up to offset 99,900.
PAGES = [1] * 10 + [2, 3, 4, 5, 10, 20, 50, 100, 500, 1000]
TARGETS = {"list_requests_per_second_per_core": 250, "list_p95_ms": 50, "api_vs_raw": 0.5}


def _database_urls() -> tuple[str, str]:
    base = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("DATABASE_URL") or ""
    if not base.startswith("postgres"):
        base = "postgres://postgres@127.0.0.1:5432/"
    parts = urlsplit(base)
    admin = urlunsplit((parts.scheme, parts.netloc, "/postgres", "", ""))
    bench = urlunsplit((parts.scheme, parts.netloc, f"/{DB_NAME}", "", ""))
    return admin, bench


def _recreate(admin: str, drop_only: bool = False) -> None:
    with psycopg.connect(admin.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        if not drop_only:
            conn.execute(f"CREATE DATABASE {DB_NAME}")


def run(args) -> dict:
    n = int(os.environ.get("BENCH_ZAKEN_N", DEFAULT_N))
    clients = int(os.environ.get("BENCH_ZAKEN_CLIENTS", 4))
    seconds = float(os.environ.get("BENCH_ZAKEN_SECONDS", 30))
    cores = os.cpu_count() or 1
    workers = int(os.environ.get("BENCH_ZAKEN_WORKERS", cores))
    admin, bench_url = _database_urls()
    reuse = os.environ.get("BENCH_ZAKEN_REUSE") == "1"
    if not reuse:
        _recreate(admin)
    os.environ["DATABASE_URL"] = bench_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "loket.conf.test"
    os.environ["DB_CONN_MAX_AGE"] = "600"
    server_log_level = os.environ.get(
        "LOG_LEVEL", "INFO"
    )  # gunicorn logs each request, as in production
    os.environ["LOG_LEVEL"] = "WARNING"  # the benchmark process itself stays quiet
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from .zaken import drive, load, raw
    from .zaken.server import Gunicorn

    record: dict = {
        "result_name": "zaken_postgresql" if n == DEFAULT_N else f"zaken_postgresql_{n}"
    }
    server = None
    try:
        started = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        migrated = time.perf_counter()
        if reuse:
            ref = load.existing_reference_data()
        else:
            ref = load.reference_data(ZAAKTYPEN)
            load.bulk_zaken(ref["municipality"], ref["types"], n)
        loaded = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_database_size(current_database())")
            size_mb = round(cursor.fetchone()[0] / 2**20)
        record.update(
            zaken=n,
            zaaktypen=ZAAKTYPEN,
            clients=clients,
            gunicorn={
                "workers": workers,
                "worker_class": "sync",
                "settings": "loket.conf.test (DEBUG off)",
                "conn_max_age": 600,
            },
            load_seconds={
                "migrate": round(migrated - started, 1),
                "data": round(loaded - migrated, 1),
            },
            database_size_mb=size_mb,
            load_average_before=round(os.getloadavg()[0], 2),
        )

        zaaktype_uuids = [str(zt.uuid) for zt, _, _ in ref["types"]]
        token = _token()
        pages = [page for page in PAGES if page <= max(1, n // 100)]
        statements = {page: raw.capture(_list_path(page), token) for page in sorted(set(pages))}
        record["list_queries_per_request"] = len(statements[1])
        record["sql_ms_per_statement_page_1"] = raw.explain(statements[1])
        record["in_process_list_page_3"] = _in_process(token, 3 if 3 in statements else 1)
        connection.close()

        env = {**os.environ, "DEBUG": "False", "LOG_LEVEL": server_log_level}
        server = Gunicorn(workers=workers, threads=1, env=env)
        server.wait_ready()
        base = server.url

        def pick_page(rng):
            return rng.choice(pages)

        record["latency_by_page_ms"] = _probe_pages(base, token, pages)

        def list_worker(index):
            session = _session(token)

            def one(rng):
                r = session.get(base + _list_path(pick_page(rng)), timeout=30)
                if r.status_code != 200:
                    raise RuntimeError(r.status_code)
                r.content  # noqa: B018 - read the whole body

            return one

        def create_worker(index):
            session = _session(token)

            def one(rng):
                zaaktype = zaaktype_uuids[rng.randrange(len(zaaktype_uuids))]
                r = session.post(
                    base + "/zaken/api/v1/zaken", json=_zaak_body(base, zaaktype), timeout=30
                )
                if r.status_code != 201:
                    raise RuntimeError(r.status_code)

            return one

        # warm up the workers (imports, connections, plans)
        drive.run_clients(list_worker, clients, 3)
        record["list"] = _measured(
            lambda: drive.run_clients(list_worker, clients, seconds), server, cores
        )
        record["create"] = _measured(
            lambda: drive.run_clients(create_worker, clients, seconds / 2), server, cores
        )
        server.stop()
        server = None

        conninfo = bench_url.replace("postgres://", "postgresql://", 1)
        record["raw_list"] = _measured(
            lambda: drive.run_clients(
                lambda i: raw.replayer(conninfo, statements, pick_page), clients, seconds
            ),
            None,
            cores,
        )
        # Not a target: how far the raw SQL goes when the page's COUNT(*) is left out.
        without_count = {
            page: [(sql, p) for sql, p in found if not sql.startswith("SELECT COUNT(*)")]
            for page, found in statements.items()
        }
        record["raw_list_without_count"] = _measured(
            lambda: drive.run_clients(
                lambda i: raw.replayer(conninfo, without_count, pick_page), clients, seconds / 2
            ),
            None,
            cores,
        )
        api, limit = (
            record["list"]["requests_per_second"],
            record["raw_list"]["requests_per_second"],
        )
        record["api_vs_raw"] = round(api / limit, 3) if limit else None
        record["targets"] = TARGETS
        record["meets"] = {
            "list_requests_per_second_per_core": record["list"]["requests_per_second_per_core"]
            >= TARGETS["list_requests_per_second_per_core"],
            "list_p95_ms": record["list"]["p95_ms"] <= TARGETS["list_p95_ms"],
            "api_vs_raw": bool(
                record["api_vs_raw"] and record["api_vs_raw"] >= TARGETS["api_vs_raw"]
            ),
        }
        record["client_cpu_seconds"] = round(sum(resource.getrusage(resource.RUSAGE_SELF)[:2]), 1)
        record["note"] = (
            "Clients, gunicorn and PostgreSQL share the same cores; per core = requests/s divided by all "
            "cores of the machine. server_cpu shows where the CPU went during each phase."
        )
    finally:
        if server is not None:
            server.stop()
        from django.db import connections

        connections.close_all()
        if os.environ.get("BENCH_ZAKEN_KEEP") != "1" and not reuse:
            _recreate(admin, drop_only=True)
    return record


def _measured(phase, server, cores: int) -> dict:
    from .zaken.server import postgres_cpu_seconds

    app_before = server.cpu_seconds() if server else 0.0
    pg_before = postgres_cpu_seconds()
    me_before = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    result = phase()
    wall = result["seconds"]
    app = (server.cpu_seconds() - app_before) if server else 0.0
    pg = postgres_cpu_seconds() - pg_before
    me = sum(resource.getrusage(resource.RUSAGE_SELF)[:2]) - me_before
    result["requests_per_second_per_core"] = round(result["requests_per_second"] / cores, 1)
    result["server_cpu"] = {
        "gunicorn_cores_busy": round(app / wall, 2),
        "postgres_cores_busy": round(pg / wall, 2),
        "load_driver_cores_busy": round(me / wall, 2),
    }
    if server:
        result["requests_per_gunicorn_cpu_second"] = (
            round(result["requests"] / app, 1) if app else None
        )
    return result


def _in_process(token: str, page: int, repeat: int = 20) -> dict:
    """Python CPU per list request without HTTP and gunicorn (Django test client, warm)."""
    from django.test import Client

    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_ACCEPT_CRS="EPSG:4326")
    for _ in range(3):
        client.get(_list_path(page), HTTP_HOST="127.0.0.1")
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(repeat):
        client.get(_list_path(page), HTTP_HOST="127.0.0.1")
    return {
        "python_cpu_ms": round((time.process_time() - cpu) / repeat * 1000, 1),
        "wall_ms": round((time.perf_counter() - wall) / repeat * 1000, 1),
    }


def _list_path(page: int) -> str:
    return "/zaken/api/v1/zaken" + ("" if page == 1 else f"?page={page}")


def _token() -> str:
    import jwt

    from .zaken.load import CLIENT_ID, SECRET

    payload = {
        "iss": CLIENT_ID,
        "client_id": CLIENT_ID,
        "iat": int(time.time()),
        "user_id": "bench",
        "user_representation": "Benchmark",
    }
    return jwt.encode(payload, SECRET, algorithm="HS256")


def _session(token: str):
    import requests

    session = requests.Session()
    session.headers.update(
        {"Authorization": f"Bearer {token}", "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}
    )
    return session


def _zaak_body(base: str, zaaktype_uuid: str) -> dict:
    from .zaken.load import RSIN

    return {
        "bronorganisatie": RSIN,
        "verantwoordelijkeOrganisatie": RSIN,
        "zaaktype": f"{base}/catalogi/api/v1/zaaktypen/{zaaktype_uuid}",
        "startdatum": "2026-06-01",
        "omschrijving": "Aanvraag via de benchmark",
    }


def _probe_pages(base: str, token: str, pages: list[int]) -> dict:
    """One client, no concurrency: the median of 5 requests per page number."""
    session = _session(token)
    found = {}
    for page in sorted(set(pages)):
        times = []
        for _ in range(5):
            begin = time.perf_counter()
            response = session.get(base + _list_path(page), timeout=30)
            times.append(time.perf_counter() - begin)
            if response.status_code != 200:
                raise RuntimeError(f"page {page}: {response.status_code} {response.text[:300]}")
        found[str(page)] = round(sorted(times)[2] * 1000, 1)
    return found


if __name__ == "__main__":
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(json.dumps(run([]), indent=2))
