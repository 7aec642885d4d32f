"""Server time of the Mijn Loket overview with 1 million residents and 1 million zaken (PostgreSQL).

A fresh database (loket_h_bench_portal on the server DATABASE_URL names, default the local one;
BENCH_PORTAL_DB to change the name) is migrated and filled:
- BENCH_PORTAL_RESIDENTS residents (default 1,000,000) with `populate` (the registry),
- BENCH_PORTAL_ZAKEN zaken (default 1,000,000) at Utrecht, each with an initiator rol of one of
  1,000 other BSNs and a status (the Zaken benchmark's builder),
- as many inbox messages, spread over those 1,000 BSNs,
- one resident of Amersfoort (from the generated population) with 5 zaken, 3 at Utrecht and 2
  at Amersfoort, 10 messages of which 3 unread, and the demo module switched on in Amersfoort.
The resident logs in through the simulator; the Django test client then GETs /mijn-loket/
(and, for comparison, /mijn-loket/zaken/) BENCH_REQUESTS times (default 500) after a warm-up.
Server time = the time Django spends on the request in-process (no network), p50/p95/p99.
The result goes to results/portal_overview.json and .md; the database is dropped afterwards
unless BENCH_PORTAL_KEEP=1.
"""

import json
import os
import statistics
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

DEFAULT_DB = "loket_h_bench_portal"
RESULTS = Path(__file__).parent / "results"
TARGET_P95_MS = 100
PAGES = ["/mijn-loket/", "/mijn-loket/zaken/"]


def _urls(db_name: str) -> tuple[str, str]:
    base = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("DATABASE_URL") or ""
    if not base.startswith("postgres"):
        base = "postgres://postgres@127.0.0.1:5432/"
    parts = urlsplit(base)
    return (
        urlunsplit((parts.scheme, parts.netloc, "/postgres", "", "")),
        urlunsplit((parts.scheme, parts.netloc, f"/{db_name}", "", "")),
    )


def _recreate(admin: str, db_name: str, drop_only: bool = False) -> None:
    with psycopg.connect(admin.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {db_name} WITH (FORCE)")
        if not drop_only:
            conn.execute(f"CREATE DATABASE {db_name}")


def _bulk_messages(n: int, bsns: list[str]) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO notifications_inboxmessage (uuid, bsn, municipality_id, subject, body, zaak_url,
                link_url, created_at, read_at)
            SELECT gen_random_uuid(), (%(bsn)s::text[])[1 + i %% 1000], NULL, 'Bericht ' || i,
                'Tekst van bericht ' || i, '', '', now() - (i %% 500) * INTERVAL '1 hour',
                CASE WHEN i %% 4 = 0 THEN NULL ELSE now() END
            FROM generate_series(1, %(n)s) AS i
            """,
            {"bsn": bsns, "n": n},
        )
        cursor.execute("VACUUM ANALYZE notifications_inboxmessage")


def _the_resident() -> str:
    from loket.registry.models import Residence

    return (
        Residence.all_municipalities.filter(
            municipality__code="0307", valid_until="", person__bsn__gt=""
        )
        .order_by("pk")
        .values_list("person__bsn", flat=True)
        .first()
    )


def _resident_data(bsn: str, utrecht_types) -> dict:
    """5 zaken at 2 municipalities and 10 messages (3 unread) for the measured resident."""
    from django.utils import timezone

    from loket.components import facade as zgw
    from loket.notifications.models import InboxMessage
    from loket.portal.tests.mijn_data import definition
    from loket.tenancy.demo_rsin import demo_rsin
    from loket.tenancy.models import Municipality

    amersfoort = Municipality.objects.get(code="0307")
    amersfoort.rsin = demo_rsin(amersfoort.code)
    amersfoort.save(update_fields=["rsin"])
    zaaktype = zgw.install_zaaktype(municipality=amersfoort, definition=definition())
    zaken = [
        zgw.start_zaak_for_resident(zt, bsn, omschrijving=f"Aanvraag {i}")
        for i, (zt, _, _) in enumerate(utrecht_types[:3])
    ]
    zaken += [
        zgw.start_zaak_for_resident(zaaktype, bsn, omschrijving=f"Melding {i}") for i in range(2)
    ]
    now = timezone.now()
    for i in range(10):
        InboxMessage.objects.create(
            bsn=bsn,
            municipality=amersfoort,
            subject=f"Bericht {i}",
            body="Tekst",
            read_at=None if i < 3 else now,
        )
    modules = []
    try:
        from loket.modules.registry import register
        from loket.modules.services import activate_module

        for module in register:
            activate_module(municipality=amersfoort, identifier=module.identifier)
            modules.append(module.identifier)
    except Exception as problem:  # the benchmark still measures the page without modules
        modules.append(f"not switched on: {problem}")
    return {"zaken": len(zaken), "messages": 10, "unread": 3, "modules_on": modules}


def _measure(client, path: str, n: int) -> dict:
    from django.db import connection

    for _ in range(30):
        assert client.get(path).status_code == 200
    statements = []

    def count(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(path)
    timings = []
    for _ in range(n):
        start = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    timings.sort()
    return {
        "requests": n,
        "queries_per_request": len(statements),
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[int(0.95 * n) - 1], 2),
        "p99_ms": round(timings[int(0.99 * n) - 1], 2),
        "max_ms": round(timings[-1], 2),
    }


def _explain(bsn: str) -> str:
    """The plan of the zaken query of the overview, to show it stays an index lookup at 1M zaken."""
    from django.db import connection

    from loket.portal.mijn.zaken import MAX_ZAKEN, resident_zaken

    sql, params = resident_zaken(bsn)[:MAX_ZAKEN].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS OFF) " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def run(args) -> dict:
    db_name = os.environ.get("BENCH_PORTAL_DB", DEFAULT_DB)
    residents = int(os.environ.get("BENCH_PORTAL_RESIDENTS", 1_000_000))
    n_zaken = int(os.environ.get("BENCH_PORTAL_ZAKEN", 1_000_000))
    n_requests = int(os.environ.get("BENCH_REQUESTS", 500))
    admin, url = _urls(db_name)
    _recreate(admin, db_name)
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "loket.conf.test"
    os.environ["LOG_LEVEL"] = "WARNING"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from loket.registry.population.runner import populate

    from .zaken import load

    phases: dict[str, float] = {}
    record: dict = {"result_name": "portal_overview"}
    try:
        started = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        call_command("loaddata", "municipalities", "brp_tables", verbosity=0)
        phases["migrate"] = time.perf_counter() - started

        started = time.perf_counter()
        populated = populate(residents=residents, seed=2024)
        phases["residents"] = time.perf_counter() - started

        started = time.perf_counter()
        ref = load.reference_data(100)
        load.bulk_zaken(ref["municipality"], ref["types"], n_zaken)
        phases["zaken"] = time.perf_counter() - started

        started = time.perf_counter()
        _bulk_messages(n_zaken, load._valid_bsns(1000))
        bsn = _the_resident()
        mine = _resident_data(bsn, ref["types"])
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
            cursor.execute("SELECT pg_database_size(current_database())")
            size_mb = round(cursor.fetchone()[0] / 2**20)
            cursor.execute("SELECT count(*) FROM zaken_zaak")
            zaken_count = cursor.fetchone()[0]
            cursor.execute("SELECT count(*) FROM registry_person")
            person_count = cursor.fetchone()[0]
        phases["rest"] = time.perf_counter() - started

        client = Client()
        response = client.post("/inloggen/simulator/", {"kind": "resident", "bsn": bsn})
        assert response.status_code == 302, response.status_code
        page = client.get("/mijn-loket/").content.decode()
        assert "Amersfoort" in page and "Utrecht" in page, "the overview shows both municipalities"

        load_before = os.getloadavg()[0]
        pages = {path: _measure(client, path, n_requests) for path in PAGES}
        overview = pages["/mijn-loket/"]
        record.update(
            residents=person_count,
            population_rows=populated.rows,
            zaken=zaken_count,
            inbox_messages=n_zaken + mine["messages"],
            resident=mine,
            load_seconds={k: round(v, 1) for k, v in phases.items()},
            database_size_mb=size_mb,
            load_average_before=round(load_before, 2),
            method=(
                "Django test client in-process (no network), DEBUG off, templates not instrumented "
                "(no setup_test_environment), after 30 warm-up requests"
            ),
            pages=pages,
            target_p95_ms=TARGET_P95_MS,
            meets_target=overview["p95_ms"] <= TARGET_P95_MS,
            zaken_query_plan=_explain(bsn),
        )
    finally:
        connection.close()
        if os.environ.get("BENCH_PORTAL_KEEP") != "1":
            _recreate(admin, db_name, drop_only=True)
    _write_markdown(record)
    return record


def _write_markdown(record: dict) -> None:
    if "pages" not in record:
        return
    lines = [
        "# Mijn Loket overview: server time",
        "",
        f"{record['residents']:,} residents, {record['zaken']:,} zaken, {record['inbox_messages']:,} inbox "
        f"messages on PostgreSQL ({record['database_size_mb']:,} MB). The measured resident has "
        f"{record['resident']['zaken']} zaken at 2 municipalities and {record['resident']['messages']} messages "
        f"({record['resident']['unread']} unread). {record['method']}.",
        "",
        "| page | requests | queries | p50 ms | p95 ms | p99 ms |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for path, found in record["pages"].items():
        lines.append(
            f"| {path} | {found['requests']} | {found['queries_per_request']} | {found['p50_ms']} | "
            f"{found['p95_ms']} | {found['p99_ms']} |"
        )
    verdict = "meets" if record["meets_target"] else "misses"
    lines += [
        "",
        f"Target: p95 ≤ {record['target_p95_ms']} ms for the overview; this run {verdict} it.",
        f"Load before measuring (1-minute average, machine shared): {record['load_average_before']}.",
        "",
        "Plan of the resident's zaken query:",
        "",
        "```",
        record["zaken_query_plan"],
        "```",
        "",
    ]
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "portal_overview.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(run([]), indent=2, default=str))
