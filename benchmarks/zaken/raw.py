"""The limit: the SQL Django issues for one list request, replayed straight through psycopg.

The statements (with their parameters) are captured once per page from a real request (after
one warm-up request), then
replayed per "request" on one persistent connection per client with the same client-side
binding Django uses (psycopg.ClientCursor), every row fetched.
"""

import psycopg
from django.db import connection
from django.test import Client


def capture(path: str, token: str) -> list[tuple[str, tuple]]:
    statements: list[tuple[str, tuple]] = []

    def wrapper(execute, sql, params, many, context):
        statements.append((sql, tuple(params or ())))
        return execute(sql, params, many, context)

    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_ACCEPT_CRS="EPSG:4326")
    # A first request fills what the list keeps between requests (the cached count of a large
    # result), so the captured statements are those of the steady state the load runs in.
    client.get(path, HTTP_HOST="127.0.0.1")
    with connection.execute_wrapper(wrapper):
        response = client.get(path, HTTP_HOST="127.0.0.1")
    if response.status_code != 200:
        raise RuntimeError(
            f"capture of {path} answered {response.status_code}: {response.content[:300]!r}"
        )
    return statements


def replayer(conninfo: str, statements_by_page: dict[int, list[tuple[str, tuple]]], pick_page):
    conn = psycopg.connect(conninfo, autocommit=True, cursor_factory=psycopg.ClientCursor)

    def one(rng) -> None:
        with conn.cursor() as cursor:
            for sql, params in statements_by_page[pick_page(rng)]:
                cursor.execute(sql, params or None)
                if cursor.description is not None:
                    cursor.fetchall()

    return one


def explain(statements: list[tuple[str, tuple]]) -> list[dict]:
    """Server time of each statement (EXPLAIN ANALYZE, warm cache), in the order Django ran them."""
    found = []
    with connection.cursor() as cursor:
        for sql, params in statements:
            cursor.execute("EXPLAIN (ANALYZE) " + sql, params)
            last = cursor.fetchall()[-1][0]
            found.append(
                {
                    "statement": " ".join(sql.split())[:70],
                    "ms": float(last.split(":")[1].split()[0]),
                }
            )
    return found
