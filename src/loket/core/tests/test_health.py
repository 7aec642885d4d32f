import json

import pytest


@pytest.mark.django_db
def test_healthz_reports_database_and_migrations(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True
    assert body["migrations"] == {"ok": True, "pending": 0}


@pytest.mark.django_db
def test_healthz_says_503_when_the_database_is_unreachable(client, monkeypatch):
    from loket.core import health

    def broken(*args, **kwargs):
        raise OSError("connection refused")

    monkeypatch.setattr(health.connections["default"], "cursor", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["database"] == {"ok": False, "error": "OSError"}


@pytest.mark.django_db
def test_healthz_names_a_broken_cache(client, monkeypatch):
    from django.core.cache import cache

    def broken(*args, **kwargs):
        raise ConnectionError("redis down")

    monkeypatch.setattr(cache, "set", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["cache"] == {"ok": False, "error": "ConnectionError"}


@pytest.mark.django_db
def test_healthz_can_ask_for_workers(client):
    body = json.loads(client.get("/healthz?workers=1").content)
    assert body["workers"]["ok"] is True  # tests run Celery tasks eagerly: no worker needed
