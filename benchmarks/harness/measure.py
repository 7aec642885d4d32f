"""One concurrency level of a scenario: over HTTP against the server, and raw through psycopg.

Both use the threaded driver of benchmarks/zaken/drive.py: C clients for a fixed time, every
request timed, the variant picked by each client's own seeded random generator.
"""

import contextlib
import os
import resource

import psycopg
import requests

from ..zaken import drive
from ..zaken.server import postgres_cpu_seconds
from .scenarios import Scenario

# The first error of a kind in this run, for the results (the driver only counts errors).
FIRST_ERRORS: dict[str, str] = {}


def http_worker(scenario: Scenario, base_url: str):
    def make(index: int):
        session = requests.Session()
        session.headers.update(scenario.headers)
        if scenario.cookies:
            session.cookies.update(scenario.cookies[index % len(scenario.cookies)])

        def one(rng):
            request = scenario.variants[rng.randrange(len(scenario.variants))]
            response = session.request(request.method, base_url + request.path, json=request.body, timeout=30)
            response.content  # noqa: B018 - read the whole body
            if response.status_code != scenario.ok_status:
                FIRST_ERRORS.setdefault("http", f"{request.method} {request.path}: {response.status_code} {response.text[:200]}")
                raise RuntimeError(response.status_code)

        return one

    return make


def capture(scenario: Scenario, host: str) -> list[list[tuple[str, tuple]]]:
    """The SQL of every variant, in-process (Django test client), after one warm-up request."""
    from django.db import connection, transaction
    from django.test import Client

    client = Client(HTTP_HOST=host, **{_meta(k): v for k, v in scenario.headers.items()})
    if scenario.cookies:
        for cookie, value in scenario.cookies[-1].items():
            client.cookies[cookie] = value
    for request in scenario.variants:  # warm-up first: caches, the count of a large list; and a
        _call(client, request, scenario)  # write scenario's captures then draw the same next numbers
    found = []
    for request in scenario.variants:
        statements: list[tuple[str, tuple]] = []

        def wrapper(execute, sql, params, many, context, statements=statements):
            statements.append((sql, tuple(params or ())))
            return execute(sql, params, many, context)

        # Rolled back, so the rows it writes (unique uuids) do not exist when the replay writes them.
        with contextlib.suppress(_RolledBack), transaction.atomic():
            with connection.execute_wrapper(wrapper):
                response = _call(client, request, scenario)
            raise _RolledBack
        if response.status_code != scenario.ok_status:
            raise RuntimeError(
                f"{scenario.name}: {request.method} {request.path} answered {response.status_code}: "
                f"{response.content[:300]!r}"
            )
        found.append(statements)
    return found


class _RolledBack(Exception):
    pass


def _meta(header: str) -> str:
    return "CONTENT_TYPE" if header.lower() == "content-type" else "HTTP_" + header.upper().replace("-", "_")


def _call(client, request, scenario):
    if request.method == "GET":
        return client.get(request.path)
    return client.post(request.path, data=request.body, content_type="application/json")


def raw_worker(conninfo: str, statements: list[list[tuple[str, tuple]]], writes: bool):
    """One "request" = the variant's statements in one transaction, on one connection per client;
    rolled back when the scenario writes, so every replay does the same work again."""

    def make(index: int):
        conn = psycopg.connect(conninfo, autocommit=False, cursor_factory=psycopg.ClientCursor)

        def one(rng):
            found = statements[rng.randrange(len(statements))]
            try:
                with conn.cursor() as cursor:
                    for sql, params in found:
                        cursor.execute(sql, params or None)
                        if cursor.description is not None:
                            cursor.fetchall()
            except Exception as problem:
                conn.rollback()
                FIRST_ERRORS.setdefault("raw", f"{type(problem).__name__}: {str(problem)[:300]}")
                raise
            if writes:
                conn.rollback()
            else:
                conn.commit()

        return one

    return make


def measured(phase, server, cores: int) -> dict:
    """Run `phase` and add where the CPU went (server, PostgreSQL, the load driver itself)."""
    app_before = server.cpu_seconds() if server else 0.0
    pg_before = postgres_cpu_seconds()
    me_before = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    load_before = os.getloadavg()[0]
    result = phase()
    wall = result["seconds"] or 1.0
    app = (server.cpu_seconds() - app_before) if server else 0.0
    pg = postgres_cpu_seconds() - pg_before
    me = sum(resource.getrusage(resource.RUSAGE_SELF)[:2]) - me_before
    result["requests_per_second_per_core"] = round(result["requests_per_second"] / cores, 1)
    result["cores_busy"] = {
        "server": round(app / wall, 2),
        "postgres": round(pg / wall, 2),
        "load_driver": round(me / wall, 2),
    }
    result["load_average_before"] = round(load_before, 2)
    return result


def run_level(make_worker, clients: int, seconds: float) -> dict:
    return drive.run_clients(make_worker, clients, seconds)
