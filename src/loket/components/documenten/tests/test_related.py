"""Authorisation filtering, gebruiksrechten, objectinformatieobjecten kept in step with the Zaken
API (zrc-003/zrc-017), and the facade functions for the portal and modules."""

import datetime

import pytest

from loket.components import facade
from loket.components.common.constants import Vertrouwelijkheid
from loket.components.common.errors import RuleViolation
from loket.components.documenten import services
from loket.components.documenten.models import EnkelvoudigInformatieObject, ObjectInformatieObject
from loket.components.zaken import object_services
from loket.components.zaken import services as zaken

from .conftest import API, DOCS, PDF, PNG, body, invalid, path, stored_files

ZIO = "/zaken/api/v1/zaakinformatieobjecten"


def make(iot, **fields):
    defaults = {
        "creatiedatum": datetime.date(2026, 3, 1),
        "titel": "Brief",
        "auteur": "Gemeente",
        "taal": "dut",
        "inhoud": PDF,
        "bestandsnaam": "brief.pdf",
    }
    return services.create_document(informatieobjecttype=iot, **{**defaults, **fields})


def test_invisible_outside_municipality_and_autorisaties(docs, utrecht, amersfoort):
    iot = docs.iot(utrecht)
    mine = make(iot, titel="Openbaar")
    secret = make(iot, titel="Geheim", vertrouwelijkheidaanduiding=Vertrouwelijkheid.GEHEIM)
    elsewhere = make(docs.iot(amersfoort), titel="Amersfoort")
    api = docs.client([utrecht], [iot], max_level=Vertrouwelijkheid.ZAAKVERTROUWELIJK)

    listed = api.get(DOCS).json()
    assert [r["titel"] for r in listed["results"]] == ["Openbaar"]
    uuids = [str(d.uuid) for d in (mine, secret, elsewhere)]
    zoek = api.post(f"{DOCS}/_zoek", {"uuid__in": uuids}).json()
    assert [r["titel"] for r in zoek["results"]] == ["Openbaar"]

    assert api.get(f"{DOCS}/{elsewhere.uuid}").status_code == 404
    assert api.get(f"{DOCS}/{elsewhere.uuid}/download").status_code == 404
    for url in (f"{DOCS}/{secret.uuid}", f"{DOCS}/{secret.uuid}/download"):
        response = api.get(url)
        assert response.status_code == 403
        assert b"Geheim" not in response.content and PDF not in response.content
    assert api.get(f"{DOCS}/{mine.uuid}/download").status_code == 200

    # Another informatieobjecttype of the same municipality is just as invisible.
    other = docs.client([utrecht], [docs.iot(utrecht, omschrijving="Ander")])
    assert other.get(DOCS).json()["count"] == 0
    assert other.get(f"{DOCS}/{mine.uuid}").status_code == 403


def test_scopes_per_action(docs, utrecht):
    iot = docs.iot(utrecht)
    reader = docs.client([utrecht], [iot], scopes=("documenten.lezen",))
    assert reader.post(DOCS, body(iot)).status_code == 403
    document = make(iot)
    assert reader.post(f"{DOCS}/{document.uuid}/lock").status_code == 403
    assert reader.delete(f"{DOCS}/{document.uuid}").status_code == 403
    assert reader.get(f"{DOCS}/{document.uuid}/audittrail").status_code == 403
    assert stored_files() and EnkelvoudigInformatieObject.all_municipalities.count() == 1


def test_gebruiksrechten(docs, utrecht):
    iot = docs.iot(utrecht)
    api = docs.client([utrecht], [iot])
    document = make(iot)
    url = f"http://testserver{DOCS}/{document.uuid}"
    created = api.post(
        f"{API}/gebruiksrechten",
        {
            "informatieobject": url,
            "startdatum": "2026-03-01T10:00:00Z",
            "omschrijvingVoorwaarden": "Alleen intern",
        },
    )
    assert created.status_code == 201, created.content
    assert api.get(path(url)).json()["indicatieGebruiksrecht"] is True
    listed = api.get(f"{API}/gebruiksrechten", {"informatieobject": url}).json()
    assert listed == [created.json()]
    detail = path(created.json()["url"])
    bad = api.patch(detail, {"einddatum": "2026-01-01T00:00:00Z"})
    assert invalid(bad) == {"einddatum": "einddatum-before-startdatum"}
    assert (
        api.patch(detail, {"omschrijvingVoorwaarden": "Vrij"}).json()["omschrijvingVoorwaarden"]
        == "Vrij"
    )
    # Cannot be switched off by hand while there are gebruiksrechten.
    lock = api.post(f"{path(url)}/lock").json()["lock"]
    assert invalid(api.patch(path(url), {"indicatieGebruiksrecht": False, "lock": lock})) == {
        "indicatieGebruiksrecht": "existing-gebruiksrechten"
    }
    assert api.delete(detail).status_code == 204
    assert api.get(path(url)).json()["indicatieGebruiksrecht"] is None
    trail = [row["resource"] for row in api.get(f"{path(url)}/audittrail").json()]
    assert trail.count("gebruiksrechten") == 3


@pytest.fixture
def zaak_setup(docs, zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    zaak = zaken.create_zaak(zaaktype=zaaktype, bronorganisatie=zaaktype.catalogus.rsin)
    iot = docs.iot(utrecht)
    api = docs.client([utrecht], [iot])
    zaak_api = zgw.client([utrecht], zaaktypen=[zaaktype])
    return zaak, iot, api, zaak_api


def test_zaakinformatieobject_is_mirrored(zaak_setup):
    zaak, iot, api, zaak_api = zaak_setup
    document = make(iot)
    doc_url = f"http://testserver{DOCS}/{document.uuid}"
    zaak_url = f"http://testserver/zaken/api/v1/zaken/{zaak.uuid}"
    created = zaak_api.post(ZIO, {"zaak": zaak_url, "informatieobject": doc_url})
    assert created.status_code == 201, created.content

    # zrc-003: the Documenten API knows the relation.
    listed = api.get(f"{API}/objectinformatieobjecten", {"informatieobject": doc_url}).json()
    assert [(r["object"], r["objectType"]) for r in listed] == [(zaak_url, "zaak")]
    assert api.get(DOCS, {"objectinformatieobjecten__object": zaak_url}).json()["count"] == 1
    oio = path(listed[0]["url"])
    assert api.get(oio).status_code == 200
    # The standard's POST answers with the existing relation; an unknown one is inconsistent.
    again = api.post(
        f"{API}/objectinformatieobjecten",
        {"informatieobject": doc_url, "object": zaak_url, "objectType": "zaak"},
    )
    assert again.status_code == 201 and again.json() == listed[0]
    other = api.post(
        f"{API}/objectinformatieobjecten",
        {"informatieobject": doc_url, "object": zaak_url + "x", "objectType": "besluit"},
    )
    assert invalid(other) == {"nonFieldErrors": "inconsistent-relation"}
    # While the zaak has it, neither the relation nor the document can go.
    assert invalid(api.delete(oio)) == {"nonFieldErrors": "remote-relation-exists"}
    assert invalid(api.delete(path(doc_url))) == {"nonFieldErrors": "pending-relations"}

    # zrc-017: deleting the zaakinformatieobject removes the mirror.
    assert zaak_api.delete(path(created.json()["url"])).status_code == 204
    assert not ObjectInformatieObject.all_municipalities.exists()
    assert api.delete(path(doc_url)).status_code == 204


def test_deleting_the_zaak_frees_its_documents(zaak_setup):
    zaak, iot, api, zaak_api = zaak_setup
    document = make(iot)
    doc_url = f"http://testserver{DOCS}/{document.uuid}"
    zaak_url = f"http://testserver/zaken/api/v1/zaken/{zaak.uuid}"
    assert zaak_api.post(ZIO, {"zaak": zaak_url, "informatieobject": doc_url}).status_code == 201

    assert zaak_api.delete(path(zaak_url)).status_code == 204

    assert not ObjectInformatieObject.all_municipalities.exists()
    assert api.delete(path(doc_url)).status_code == 204


def test_zaakinformatieobject_needs_an_existing_document_of_the_municipality(
    zaak_setup, docs, amersfoort
):
    zaak, iot, api, zaak_api = zaak_setup
    zaak_url = f"http://testserver/zaken/api/v1/zaken/{zaak.uuid}"
    elsewhere = make(docs.iot(amersfoort))
    for informatieobject in (
        f"http://testserver{DOCS}/00000000-0000-4000-8000-000000000000",
        f"http://testserver{DOCS}/{elsewhere.uuid}",
        "https://andere.example/documenten/api/v1/zaken/1",
    ):
        response = zaak_api.post(ZIO, {"zaak": zaak_url, "informatieobject": informatieobject})
        assert invalid(response) == {"informatieobject": "bad-url"}
    assert not ObjectInformatieObject.all_municipalities.exists()


def test_link_object_for_besluiten(zaak_setup):
    zaak, iot, api, _ = zaak_setup
    document = make(iot)
    path_ = "/besluiten/api/v1/besluiten/11111111-1111-4111-8111-111111111111"
    one = services.link_object(
        document.uuid, object_type="besluit", object_url=path_, municipality_id=zaak.municipality_id
    )
    again = services.link_object(
        document.uuid,
        object_type="besluit",
        object_url=f"http://x{path_}",
        municipality_id=zaak.municipality_id,
    )
    assert one.pk == again.pk
    services.unlink_object(
        document.uuid, object_type="besluit", object_url=path_, municipality_id=zaak.municipality_id
    )
    assert not ObjectInformatieObject.all_municipalities.exists()


# -- facade ------------------------------------------------------------------------------------


def resident_zaak(zgw, municipality, bsn="999993653"):
    zaaktype = zgw.zaaktype(municipality)
    return facade.create_zaak_for_resident(zaaktype, bsn, omschrijving="Melding")


def test_documents_of_resident(zgw, docs, utrecht, amersfoort, settings):
    zaak = resident_zaak(zgw, utrecht)
    other = resident_zaak(zgw, amersfoort)  # the same resident, another municipality
    someone_else = resident_zaak(zgw, utrecht, bsn="999990019")
    docs.iot(utrecht)
    docs.iot(amersfoort)
    brief = facade.add_document_to_zaak(zaak, titel="Brief", bestandsnaam="brief.pdf", content=PDF)
    foto = facade.add_document_to_zaak(other, titel="Foto", bestandsnaam="f.png", content=PNG)
    facade.add_document_to_zaak(
        zaak,
        titel="Intern advies",
        bestandsnaam="advies.pdf",
        content=PDF,
        vertrouwelijkheidaanduiding="vertrouwelijk",
    )
    facade.add_document_to_zaak(
        someone_else, titel="Niet van jou", bestandsnaam="x.pdf", content=PDF
    )

    found = facade.documents_of_resident("999993653")
    assert sorted(d.titel for d in found) == ["Brief", "Foto"]
    item = next(d for d in found if d.titel == "Brief")
    assert (item.uuid, item.zaak_uuid, item.zaak_identificatie) == (
        str(brief.uuid), str(zaak.uuid), zaak.identificatie,
    )  # fmt: skip
    assert (item.municipality_name, item.formaat, item.bestandsomvang) == (
        utrecht.name, "application/pdf", len(PDF),
    )  # fmt: skip

    handle, name, content_type = facade.open_document_of_resident("999993653", foto.uuid)
    assert (handle.read(), name, content_type) == (PNG, "f.png", "image/png")
    assert facade.open_document_of_resident("999990019", brief.uuid) is None
    settings.LOKET_RESIDENT_DOCUMENT_MAX_VERTROUWELIJKHEID = "zeer_geheim"
    assert len(facade.documents_of_resident("999993653")) == 3


def test_add_document_to_zaak_checks_the_upload(zgw, docs, utrecht):
    zaak = resident_zaak(zgw, utrecht)
    docs.iot(utrecht)
    with pytest.raises(RuleViolation) as refused:
        facade.add_document_to_zaak(zaak, titel="x", bestandsnaam="../x.pdf", content=PDF)
    assert refused.value.params[0].code == "invalid-bestandsnaam"
    with pytest.raises(RuleViolation) as refused:
        facade.add_document_to_zaak(zaak, titel="x", bestandsnaam="x.exe", content=b"MZ\x90\x00")
    assert refused.value.params[0].code == "file-type-not-allowed"
    assert not EnkelvoudigInformatieObject.all_municipalities.exists()
    assert stored_files() == []

    document = facade.add_document_to_zaak(zaak, titel="Bewijs", bestandsnaam="b.pdf", content=PDF)
    links = object_services.ZaakInformatieObject.all_municipalities.filter(zaak=zaak)
    assert [link.informatieobject.rsplit("/", 1)[1] for link in links] == [str(document.uuid)]
    assert ObjectInformatieObject.all_municipalities.filter(document=document).count() == 1
