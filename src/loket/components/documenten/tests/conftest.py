"""Documenten test fixtures: document types, clients with DRC autorisaties, a fresh storage per test."""

import base64
import datetime

import pytest
from django.core.files.storage import storages

from loket.components.autorisaties.services import add_autorisatie
from loket.components.catalogi import services as catalogi
from loket.components.common.constants import Component, Vertrouwelijkheid

API = "/documenten/api/v1"
DOCS = f"{API}/enkelvoudiginformatieobjecten"
CATALOGI = "http://testserver/catalogi/api/v1"

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32

ALL_SCOPES = (
    "documenten.lezen",
    "documenten.aanmaken",
    "documenten.bijwerken",
    "documenten.verwijderen",
    "documenten.lock",
    "audittrails.lezen",
)


@pytest.fixture(autouse=True)
def fresh_storage(settings):
    """An empty in-memory storage for each test, so "nothing stored" can be asserted."""
    settings.STORAGES = {
        **settings.STORAGES,
        "documents": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    return storages["documents"]


def stored_files() -> list[str]:
    storage = storages["documents"]
    if not storage.exists("documenten"):
        return []
    directories, files = storage.listdir("documenten")
    found = [f"documenten/{name}" for name in files]
    for directory in directories:
        found += [
            f"documenten/{directory}/{name}"
            for name in storage.listdir(f"documenten/{directory}")[1]
        ]
    return found


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


class Docs:
    """Document types per municipality and API clients with documenten autorisaties."""

    def __init__(self, zgw):
        self.zgw = zgw

    def iot(self, municipality, omschrijving="Bijlage", level=Vertrouwelijkheid.OPENBAAR):
        catalogus = self.zgw.catalogus(municipality)
        iot = catalogi.create_informatieobjecttype(
            catalogus,
            omschrijving=omschrijving,
            vertrouwelijkheidaanduiding=level,
            begin_geldigheid=datetime.date(2026, 1, 1),
            informatieobjectcategorie="Bijlage",
        )
        return catalogi.publish_informatieobjecttype(iot)

    def client(
        self,
        municipalities,
        iots,
        *,
        scopes=ALL_SCOPES,
        max_level=Vertrouwelijkheid.ZEER_GEHEIM,
        alles=False,
    ):
        api = self.zgw.client(municipalities, alles=alles, catalogi_scopes=())
        if not alles:
            for iot in iots:
                add_autorisatie(
                    api.applicatie,
                    component=Component.DRC,
                    scopes=scopes,
                    informatieobjecttype=iot,
                    max_vertrouwelijkheidaanduiding=max_level,
                )
        return api


def iot_url(iot) -> str:
    return f"{CATALOGI}/informatieobjecttypen/{iot.uuid}"


def body(iot, **overrides) -> dict:
    data = {
        "bronorganisatie": iot.catalogus.rsin,
        "creatiedatum": "2026-03-01",
        "titel": "Foto van de stoep",
        "auteur": "Inwoner",
        "taal": "dut",
        "informatieobjecttype": iot_url(iot),
        "bestandsnaam": "stoep.pdf",
        "formaat": "application/pdf",
        "inhoud": b64(PDF),
    }
    data.update(overrides)
    return data


def path(url: str) -> str:
    return url.replace("http://testserver", "")


def invalid(response) -> dict:
    assert response.status_code == 400, response.content
    return {p["name"]: p["code"] for p in response.json()["invalidParams"]}


@pytest.fixture
def docs(zgw):
    return Docs(zgw)


def run_own(callbacks) -> None:
    """Run the on-commit work of the documenten services (file removal) only, not other apps'."""
    for callback in callbacks:
        if callback.__module__.startswith("loket.components.documenten"):
            callback()
