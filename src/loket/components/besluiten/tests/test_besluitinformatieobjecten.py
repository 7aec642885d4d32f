"""/besluitinformatieobjecten: the documents that record a besluit (brc-003/005/008/009)."""

import datetime

import pytest

from loket.components.besluiten.models import BesluitAuditTrail, BesluitInformatieObject
from loket.components.catalogi import services as catalogi
from loket.components.documenten import services as documenten
from loket.components.documenten.models import ObjectInformatieObject

from .conftest import BESLUITEN, besluit_url, besluiten_client, make_besluit, make_besluittype

LIST = f"{BESLUITEN}/besluitinformatieobjecten"
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def make_iot(zaaktype, omschrijving="Besluitbrief"):
    iot = catalogi.create_informatieobjecttype(
        zaaktype.catalogus,
        omschrijving=omschrijving,
        vertrouwelijkheidaanduiding=1,
        begin_geldigheid=datetime.date(2026, 1, 1),
        informatieobjectcategorie="Brief",
    )
    return catalogi.publish_informatieobjecttype(iot)


def make_document(iot):
    return documenten.create_document(
        informatieobjecttype=iot,
        inhoud=PDF,
        titel="Besluit op uw aanvraag",
        auteur="Gemeente",
        taal="nld",
        creatiedatum=datetime.date(2026, 3, 1),
        bestandsnaam="besluit.pdf",
        formaat="application/pdf",
    )


def document_url(document) -> str:
    return f"http://testserver/documenten/api/v1/enkelvoudiginformatieobjecten/{document.uuid}"


@pytest.fixture
def documented(zgw, utrecht, setting):
    zaaktype, _, zaak = setting
    iot = make_iot(zaaktype)
    besluittype = make_besluittype(zaaktype, omschrijving="Met brief", informatieobjecttypen=[iot])
    besluit = make_besluit(besluittype, zaak)
    return besluittype, besluit, make_document(iot)


def params(response) -> dict:
    return {p["name"]: p["code"] for p in response.json()["invalidParams"]}


def test_create_mirrors_the_relation_in_the_documenten_api(zgw, utrecht, documented):
    """brc-005"""
    besluittype, besluit, document = documented
    api = besluiten_client(zgw, [utrecht], [besluittype])

    response = api.post(
        LIST, {"besluit": besluit_url(besluit), "informatieobject": document_url(document)}
    )

    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == {"url", "informatieobject", "besluit"}
    assert body["besluit"] == besluit_url(besluit)
    assert body["informatieobject"] == document_url(document)
    oio = ObjectInformatieObject.all_municipalities.get()
    assert (oio.document_id, oio.object_type) == (document.pk, "besluit")
    assert oio.object == f"/besluiten/api/v1/besluiten/{besluit.uuid}"

    assert api.get(body["url"]).json() == body
    assert api.get(LIST).json() == [body]
    assert api.get(LIST, {"besluit": besluit_url(besluit)}).json() == [body]
    assert api.get(LIST, {"informatieobject": document_url(document)}).json() == [body]
    assert api.get(LIST, {"informatieobject": document_url(document) + "x"}).json() == []
    trail = api.get(f"{besluit_url(besluit)}/audittrail").json()
    assert [(row["resource"], row["actie"]) for row in trail][-1] == (
        "besluitinformatieobject",
        "create",
    )
    assert trail[-1]["hoofdObject"] == besluit_url(besluit)

    # Unique per besluit.
    again = api.post(
        LIST, {"besluit": besluit_url(besluit), "informatieobject": document_url(document)}
    )
    assert again.status_code == 400
    assert params(again) == {"nonFieldErrors": "unique"}


def test_document_must_exist_in_the_municipality(zgw, utrecht, amersfoort, documented):
    """brc-003"""
    besluittype, besluit, _ = documented
    elsewhere = make_document(make_iot(zgw.zaaktype(amersfoort)))
    api = besluiten_client(zgw, [utrecht], [besluittype])
    for url in (
        document_url(elsewhere),
        "http://testserver/documenten/api/v1/enkelvoudiginformatieobjecten/"
        "6f0a5a5e-0000-4000-8000-000000000000",
        "https://elders.example/documenten/api/v1/informatieobjecten/1",
    ):
        response = api.post(LIST, {"besluit": besluit_url(besluit), "informatieobject": url})
        assert response.status_code == 400, url
        assert params(response) == {"informatieobject": "bad-url"}
    assert not BesluitInformatieObject.all_municipalities.exists()
    assert not ObjectInformatieObject.all_municipalities.exists()


def test_document_type_must_belong_to_the_besluittype(zgw, utrecht, setting, documented):
    """brc-008"""
    zaaktype, _, _ = setting
    besluittype, besluit, _ = documented
    other = make_document(make_iot(zaaktype, omschrijving="Foto"))
    api = besluiten_client(zgw, [utrecht], [besluittype])
    response = api.post(
        LIST, {"besluit": besluit_url(besluit), "informatieobject": document_url(other)}
    )
    assert response.status_code == 400
    assert params(response) == {
        "nonFieldErrors": "missing-besluittype-informatieobjecttype-relation"
    }


def test_delete_removes_the_mirror(zgw, utrecht, documented):
    besluittype, besluit, document = documented
    api = besluiten_client(zgw, [utrecht], [besluittype])
    url = api.post(
        LIST, {"besluit": besluit_url(besluit), "informatieobject": document_url(document)}
    ).json()["url"]
    assert api.delete(url).status_code == 204
    assert api.get(url).status_code == 404
    assert not ObjectInformatieObject.all_municipalities.exists()
    assert BesluitAuditTrail.all_municipalities.filter(
        resource="besluitinformatieobject", actie="destroy"
    ).exists()


def test_deleting_the_besluit_removes_its_documents_relations(zgw, utrecht, documented):
    """brc-009"""
    besluittype, besluit, document = documented
    api = besluiten_client(zgw, [utrecht], [besluittype])
    api.post(LIST, {"besluit": besluit_url(besluit), "informatieobject": document_url(document)})
    assert api.delete(besluit_url(besluit)).status_code == 204
    assert not BesluitInformatieObject.all_municipalities.exists()
    assert not ObjectInformatieObject.all_municipalities.exists()


def test_authorisation(zgw, utrecht, amersfoort, setting, documented):
    zaaktype, granted, _ = setting
    besluittype, besluit, document = documented
    owner = besluiten_client(zgw, [utrecht], [besluittype])
    url = owner.post(
        LIST, {"besluit": besluit_url(besluit), "informatieobject": document_url(document)}
    ).json()["url"]

    other_type = besluiten_client(zgw, [utrecht], [granted])
    assert other_type.get(LIST).json() == []
    assert other_type.get(url).status_code == 403
    assert other_type.delete(url).status_code == 403
    response = other_type.post(
        LIST, {"besluit": besluit_url(besluit), "informatieobject": document_url(document)}
    )
    assert response.status_code == 403

    elsewhere = besluiten_client(zgw, [amersfoort], [make_besluittype(zgw.zaaktype(amersfoort))])
    assert elsewhere.get(LIST).json() == []
    assert elsewhere.get(url).status_code == 404
    response = elsewhere.post(
        LIST, {"besluit": besluit_url(besluit), "informatieobject": document_url(document)}
    )
    assert params(response) == {"besluit": "bad-url"}
