"""Fixtures of the fuzz tests: a small world served by a live server, and the headers to call it.

The fuzzers speak HTTP to pytest-django's live server, so every request runs in its own
transaction, as in production, on SQLite and on PostgreSQL alike.
"""

from dataclasses import dataclass

import pytest
import requests

from .world import build_fuzz_world


@dataclass
class LiveApi:
    """Where the fuzzers send their requests, and as whom."""

    base_url: str
    zgw_headers: dict
    brp_headers: dict
    rsin: str
    session: requests.Session
    municipality: object


@pytest.fixture
def live_api(transactional_db, live_server, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "documents": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    world = build_fuzz_world()
    with requests.Session() as session:
        yield LiveApi(
            base_url=live_server.url,
            zgw_headers={
                "Authorization": world.zgw_authorization,
                "Accept-Crs": "EPSG:4326",
                "Content-Crs": "EPSG:4326",
            },
            brp_headers={
                "Authorization": world.brp_token,
                "x-doelbinding": world.brp_purpose,
                "x-verwerking": "fuzz",
                "x-gebruiker": "fuzz",
            },
            rsin=world.municipality.rsin,
            session=session,
            municipality=world.municipality,
        )
