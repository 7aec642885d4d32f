"""The declared response schemas say what the API really answers: for every list endpoint of the
three components, a real resource sends every required property of the generated document and
nothing it does not declare."""

import datetime

import pytest

from loket.components.besluiten import services as besluiten
from loket.components.besluiten.models import Besluit
from loket.components.catalogi import services as catalogi
from loket.components.catalogi.models import BesluitType, InformatieObjectType, StatusType
from loket.components.common import openapi
from loket.components.common.openapi_diff import Document
from loket.components.zaken.models import ZaakInformatieObject
from loket.tenancy.context import activate

from .conftest import first, full_zaak

# /zaken/_zoek: a POST, same items as /zaken; download: file content, not JSON.
SKIP = {"/zaken/_zoek", "/enkelvoudiginformatieobjecten/{uuid}/download"}


@pytest.fixture
def samples(zgw, utrecht):
    """One of everything in Utrecht, and a client that may read it all."""
    zaaktype = zgw.zaaktype(utrecht)
    zaak = full_zaak(zaaktype)
    api = zgw.client([utrecht], alles=True)
    iot = catalogi.create_informatieobjecttype(
        zaaktype.catalogus,
        omschrijving="Foto",
        vertrouwelijkheidaanduiding=1,
        begin_geldigheid=datetime.date(2026, 1, 1),
        informatieobjectcategorie="Foto",
    )
    catalogi.add_zaaktype_informatieobjecttype(
        zaaktype,
        informatieobjecttype=iot,
        volgnummer=1,
        richting="inkomend",
        statustype=first(StatusType, zaaktype),
        forced=True,
    )
    response = api.post(
        "/catalogi/api/v1/besluittypen",
        {
            "catalogus": f"http://testserver/catalogi/api/v1/catalogussen/{zaaktype.catalogus.uuid}",
            "omschrijving": "Vergunning verleend",
            "publicatieIndicatie": False,
            "informatieobjecttypen": [],
            "beginGeldigheid": "2026-01-01",
        },
    )
    assert response.status_code == 201, response.content
    response = api.post(
        "/catalogi/api/v1/zaakobjecttypen",
        {
            "anderObjecttype": False,
            "objecttype": "https://objecttypen.example/api/v2/objecttypes/pand",
            "relatieOmschrijving": "Het pand",
            "zaaktype": f"http://testserver/catalogi/api/v1/zaaktypen/{zaaktype.uuid}",
        },
    )
    assert response.status_code == 201, response.content
    response = api.post(
        "/notificaties/api/v1/abonnement",
        {
            "callbackUrl": "https://ontvanger.example/callback",
            "auth": "Bearer token",
            "kanalen": [{"naam": "zaken", "filters": {"bronorganisatie": "*"}}],
        },
    )
    assert response.status_code == 201, response.content
    add_besluit(zaak)
    add_gebruiksrecht(zaak)
    return api, zaak


def zaak_document(zaak):
    """The document of the zaak (full_zaak adds one) in the Documenten API."""
    from loket.components.documenten.models import EnkelvoudigInformatieObject

    url = ZaakInformatieObject.all_municipalities.filter(zaak=zaak).first().informatieobject
    return EnkelvoudigInformatieObject.all_municipalities.get(uuid=url.rsplit("/", 1)[1])


def add_gebruiksrecht(zaak):
    from django.utils import timezone

    from loket.components.documenten import services as documenten

    documenten.add_gebruiksrecht(
        zaak_document(zaak), startdatum=timezone.now(), omschrijving_voorwaarden="Intern"
    )


def add_besluit(zaak):
    """A besluit of the zaak, recorded in the zaak's document (Besluiten API and /zaken/…/besluiten)."""
    zaaktype = zaak.zaaktype
    besluittype = BesluitType.all_municipalities.create(
        municipality_id=zaak.municipality_id,
        catalogus=zaaktype.catalogus,
        omschrijving="Omgevingsvergunning",
        begin_geldigheid=datetime.date(2026, 1, 1),
        concept=False,
    )
    document = ZaakInformatieObject.all_municipalities.get(zaak=zaak).informatieobject
    with activate(zaak.municipality):
        besluittype.informatieobjecttypen.set(
            InformatieObjectType.all_municipalities.filter(catalogus=zaaktype.catalogus)
        )
        zaaktype.besluittypen.add(besluittype)
    besluit = besluiten.create_besluit(
        besluittype=besluittype,
        zaak=zaak,
        verantwoordelijke_organisatie=zaaktype.catalogus.rsin,
        datum=datetime.date(2026, 3, 1),
        ingangsdatum=datetime.date(2026, 3, 2),
    )
    besluiten.add_besluitinformatieobject(besluit, informatieobject=document)


def list_paths(document: dict):
    for path, item in document["paths"].items():
        if "get" in item and not path.endswith("{uuid}") and path not in SKIP:
            yield path


def first_item(api, root: str, path: str, zaak, parameters: set[str]):
    url = root + path.replace("{zaak_uuid}", str(zaak.uuid))
    if "{besluit_uuid}" in url:
        besluit = Besluit.all_municipalities.get(zaak=zaak)
        url = url.replace("{besluit_uuid}", str(besluit.uuid))
    if "{enkelvoudiginformatieobject_uuid}" in url:
        url = url.replace("{enkelvoudiginformatieobject_uuid}", str(zaak_document(zaak).uuid))
    query = {"status": "alles"} if "query:status" in parameters else {}
    if path == "/applicaties/consumer":
        query = {"clientId": api.client_id}
    response = api.get(url, query)
    assert response.status_code == 200, (path, response.content)
    body = response.json()
    if isinstance(body, dict) and "results" in body:
        body = body["results"]
    if isinstance(body, list):
        assert body, f"no sample for {path}"
        return body[0]
    return body


@pytest.mark.parametrize(
    "name", ["zaken", "catalogi", "autorisaties", "notificaties", "besluiten", "documenten"]
)
def test_declared_response_fields_equal_the_real_ones(samples, name):
    api_client, zaak = samples
    component = openapi.components()[name]
    document = Document(openapi.generate(component))
    problems = []
    for path in list_paths(document.data):
        operation = document.data["paths"][path]["get"]
        item = first_item(api_client, component.root, path, zaak, document.parameters(operation))
        body = document.response_body(operation)
        declared = set(body.get("properties", {}))
        always = set(body.get("required", []))
        real = set(item)
        if not always <= real <= declared:
            problems.append(
                f"{path}: undeclared {sorted(real - declared)}, not sent {sorted(always - real)}"
            )
    assert problems == []
