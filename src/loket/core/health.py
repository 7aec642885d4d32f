"""Liveness and readiness: is the database reachable and is every migration applied."""

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor


def database_status() -> dict:
    try:
        connection = connections[DEFAULT_DB_ALIAS]
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - any failure means "not ok", and we say which kind
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True, "vendor": connection.vendor}


def migrations_status() -> dict:
    try:
        connection = connections[DEFAULT_DB_ALIAS]
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": not pending, "pending": len(pending)}


def cache_status() -> dict:
    """Can we write and read the shared cache (Redis in production)? Sessions and rate limits use it."""
    from django.core.cache import cache

    try:
        cache.set("loket:healthz", "1", timeout=10)
        ok = cache.get("loket:healthz") == "1"
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": ok}


def broker_status() -> dict:
    """Is the Celery broker reachable? Skipped (ok) when tasks run eagerly, as in development."""
    from django.conf import settings

    if getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False):
        return {"ok": True, "eager": True}
    from celery import current_app as app

    try:
        with app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=1, timeout=2)
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True}


def workers_status(timeout: float = 2.0) -> dict:
    """How many Celery workers answer a ping (only asked for with `?workers=1`: it takes a moment)."""
    from django.conf import settings

    if getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False):
        return {"ok": True, "eager": True}
    from celery import current_app as app

    try:
        replies = app.control.ping(timeout=timeout) or []
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": bool(replies), "count": len(replies)}
