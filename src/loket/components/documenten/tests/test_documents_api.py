"""Documenten API: create, read, versions, lock rules, download, delete, audit trail, notifications."""

import datetime

import pytest
from django.utils import timezone

from loket.components.common.constants import Vertrouwelijkheid
from loket.components.documenten.models import EnkelvoudigInformatieObject, Versie

from .conftest import DOCS, PDF, PNG, b64, body, invalid, iot_url, path, run_own, stored_files


@pytest.fixture
def setup(docs, utrecht):
    iot = docs.iot(utrecht)
    api = docs.client([utrecht], [iot])
    return iot, api


def create(api, iot, **overrides):
    response = api.post(DOCS, body(iot, **overrides))
    assert response.status_code == 201, response.content
    return response.json()


def test_create_read_and_download(setup):
    iot, api = setup
    data = create(api, iot)
    assert data["versie"] == 1
    assert data["locked"] is False and data["lock"] == ""
    assert data["bestandsomvang"] == len(PDF)
    assert data["vertrouwelijkheidaanduiding"] == "openbaar"  # from the informatieobjecttype
    assert data["identificatie"].startswith("DOCUMENT-")
    assert data["informatieobjecttype"] == iot_url(iot)
    assert data["inhoud"] == f"{data['url']}/download?versie=1"

    detail = api.get(path(data["url"]))
    assert detail.status_code == 200
    assert detail["API-version"] == "1.4.2"
    assert {k: v for k, v in data.items() if k != "lock"} == detail.json()

    download = api.get(path(data["inhoud"]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    assert download["Content-Type"] == "application/octet-stream"  # as the standard declares
    assert download["X-Content-Type-Options"] == "nosniff"
    assert download["Content-Disposition"] == (
        "attachment; filename=\"stoep.pdf\"; filename*=UTF-8''stoep.pdf"
    )
    # Stored under a generated name, never the client's.
    assert len(stored_files()) == 1 and "stoep" not in stored_files()[0]


def test_download_name_is_encoded_safely(setup):
    iot, api = setup
    data = create(api, iot, bestandsnaam='brief "€ 5";.pdf')
    download = api.get(path(data["inhoud"]))
    assert download["Content-Disposition"] == (
        'attachment; filename="brief _€ 5__.pdf"; '
        "filename*=UTF-8''brief%20%22%E2%82%AC%205%22%3B.pdf"
    ).replace("€", "_")


def test_required_fields_and_published_type(setup, docs, utrecht):
    iot, api = setup
    response = api.post(DOCS, {})
    assert set(invalid(response)) >= {
        "bronorganisatie", "creatiedatum", "titel", "auteur", "taal", "informatieobjecttype",
    }  # fmt: skip
    concept = docs.zgw.catalogus(utrecht)
    from loket.components.catalogi import services as catalogi

    draft = catalogi.create_informatieobjecttype(
        concept,
        omschrijving="Concept",
        vertrouwelijkheidaanduiding=1,
        begin_geldigheid=datetime.date(2026, 1, 1),
        informatieobjectcategorie="X",
    )
    api = docs.client([utrecht], [draft])
    assert invalid(api.post(DOCS, body(draft))) == {"informatieobjecttype": "not-published"}


def test_bronorganisatie_and_identificatie(setup):
    iot, api = setup
    assert invalid(api.post(DOCS, body(iot, bronorganisatie="111222333"))) == {
        "bronorganisatie": "bronorganisatie-mismatch"
    }
    create(api, iot, identificatie="DOC-1")
    assert invalid(api.post(DOCS, body(iot, identificatie="DOC-1"))) == {
        "identificatie": "identificatie-niet-uniek"
    }


def test_status_not_for_received_documents(setup):
    iot, api = setup
    response = api.post(DOCS, body(iot, ontvangstdatum="2026-03-02", status="in_bewerking"))
    assert invalid(response) == {"status": "invalid_for_received"}
    assert create(api, iot, ontvangstdatum="2026-03-02", status="definitief")["status"] == (
        "definitief"
    )


def test_indicatie_gebruiksrecht_only_through_gebruiksrechten(setup):
    iot, api = setup
    assert invalid(api.post(DOCS, body(iot, indicatieGebruiksrecht=True))) == {
        "indicatieGebruiksrecht": "missing-gebruiksrechten"
    }


def test_update_needs_the_lock(setup):
    iot, api = setup
    data = create(api, iot)
    url = path(data["url"])
    # Not locked: refused.
    assert invalid(api.patch(url, {"titel": "Nieuw", "lock": "x"})) == {
        "nonFieldErrors": "unlocked"
    }
    lock = api.post(f"{url}/lock")
    assert lock.status_code == 200
    key = lock.json()["lock"]
    assert invalid(api.post(f"{url}/lock")) == {"nonFieldErrors": "existing-lock"}
    assert api.get(url).json()["locked"] is True
    # PATCH without lock, PUT without lock, wrong lock.
    assert invalid(api.patch(url, {"titel": "Nieuw"})) == {"nonFieldErrors": "missing-lock-id"}
    assert invalid(api.put(url, body(iot, titel="Nieuw"))) == {"lock": "required"}
    assert invalid(api.patch(url, {"titel": "Nieuw", "lock": "fout"})) == {
        "nonFieldErrors": "incorrect-lock-id"
    }
    assert Versie.all_municipalities.count() == 1
    # With the lock: a new version.
    updated = api.patch(url, {"titel": "Nieuw", "lock": key})
    assert updated.status_code == 200, updated.content
    assert updated.json()["versie"] == 2 and updated.json()["titel"] == "Nieuw"
    # Unlock: wrong key refused, right key works.
    assert invalid(api.post(f"{url}/unlock", {"lock": "fout"})) == {
        "nonFieldErrors": "incorrect-lock-id"
    }
    assert api.post(f"{url}/unlock", {"lock": key}).status_code == 204
    assert api.get(url).json()["locked"] is False


def test_forced_unlock_needs_its_scope(docs, utrecht):
    iot = docs.iot(utrecht)
    api = docs.client([utrecht], [iot])
    data = create(api, iot)
    url = path(data["url"])
    api.post(f"{url}/lock")
    assert invalid(api.post(f"{url}/unlock", {})) == {"nonFieldErrors": "incorrect-lock-id"}
    admin = docs.client([utrecht], [iot], scopes=("documenten.geforceerd-unlock",))
    assert admin.post(f"{url}/unlock", {}).status_code == 204
    assert api.get(url).json()["locked"] is False


def test_versions_history(setup):
    iot, api = setup
    data = create(api, iot, titel="Eerste")
    url = path(data["url"])
    key = api.post(f"{url}/lock").json()["lock"]
    between = timezone.now()
    second = api.put(
        url,
        body(iot, titel="Tweede", inhoud=b64(PNG), formaat="image/png", bestandsnaam="a.png",
             lock=key),
    )  # fmt: skip
    assert second.status_code == 200, second.content
    assert second.json()["versie"] == 2
    assert api.patch(url, {"beschrijving": "Derde", "lock": key}).json()["versie"] == 3

    latest = api.get(url).json()
    assert (latest["versie"], latest["titel"], latest["beschrijving"]) == (3, "Tweede", "Derde")
    first = api.get(url, {"versie": 1}).json()
    assert (first["versie"], first["titel"], first["bestandsnaam"]) == (1, "Eerste", "stoep.pdf")
    at = api.get(url, {"registratieOp": between.isoformat()}).json()
    assert at["versie"] == 1
    assert api.get(url, {"versie": 9}).status_code == 404
    # Each version keeps its own content.
    old = api.get(f"{url}/download", {"versie": 1})
    assert b"".join(old.streaming_content) == PDF
    new = api.get(f"{url}/download")
    assert b"".join(new.streaming_content) == PNG
    # Lists show only the latest version.
    listed = api.get(DOCS).json()
    assert listed["count"] == 1 and listed["results"][0]["versie"] == 3
    assert invalid(api.get(url, {"onbekend": "1"})) == {"onbekend": "unknown-parameters"}


def test_definitief_needs_geforceerd_bijwerken(docs, utrecht):
    iot = docs.iot(utrecht)
    api = docs.client([utrecht], [iot])
    url = path(create(api, iot, status="definitief")["url"])
    key = api.post(f"{url}/lock").json()["lock"]
    refused = api.patch(url, {"titel": "Anders", "lock": key})
    assert refused.status_code == 403
    assert refused.json()["code"] == "document-definitief"
    forced = docs.client(
        [utrecht], [iot], scopes=("documenten.bijwerken", "documenten.geforceerd-bijwerken")
    )
    assert forced.patch(url, {"titel": "Anders", "lock": key}).status_code == 200


def test_delete_rules_and_audit_trail(setup, django_capture_on_commit_callbacks):
    iot, api = setup
    data = create(api, iot)
    url = path(data["url"])
    key = api.post(f"{url}/lock").json()["lock"]
    api.patch(url, {"titel": "Nieuw", "lock": key}, HTTP_X_AUDIT_TOELICHTING="Typfout")
    assert invalid(api.delete(url)) == {"nonFieldErrors": "destroy-locked"}
    trail = api.get(f"{url}/audittrail").json()
    assert [row["actie"] for row in trail] == ["create", "partial_update"]
    assert trail[1]["toelichting"] == "Typfout"
    assert trail[1]["wijzigingen"]["oud"]["titel"] == "Foto van de stoep"
    assert trail[1]["wijzigingen"]["nieuw"]["titel"] == "Nieuw"
    assert trail[0]["hoofdObject"] == data["url"]
    one = api.get(f"{url}/audittrail/{trail[0]['uuid']}")
    assert one.status_code == 200 and one.json() == trail[0]

    api.post(f"{url}/unlock", {"lock": key})
    assert stored_files()
    with django_capture_on_commit_callbacks() as callbacks:
        assert api.delete(url).status_code == 204
    run_own(callbacks)
    assert api.get(url).status_code == 404
    assert not EnkelvoudigInformatieObject.all_municipalities.exists()
    assert not Versie.all_municipalities.exists()
    assert stored_files() == []  # every version's content is gone


def test_writes_queue_notifications(setup, monkeypatch):
    iot, api = setup
    sent = []
    monkeypatch.setattr(
        "loket.components.documenten.audit.notify_zgw", lambda **kw: sent.append(kw)
    )
    data = create(api, iot)
    assert len(sent) == 1
    message = sent[0]
    assert message["kanaal"] == "documenten"
    assert message["actie"] == "create"
    assert message["resource"] == "enkelvoudiginformatieobject"
    assert message["hoofd_object"] == path(data["url"])
    assert message["kenmerken"] == {
        "bronorganisatie": iot.catalogus.rsin,
        "informatieobjecttype": path(iot_url(iot)),
        "vertrouwelijkheidaanduiding": "openbaar",
    }
    api.delete(path(data["url"]))
    assert sent[-1]["actie"] == "destroy"


def test_filters(setup):
    iot, api = setup
    a = create(api, iot, titel="Foto stoep", auteur="Jan")
    create(api, iot, titel="Brief", auteur="Piet", creatiedatum="2026-01-01")
    only = api.get(DOCS, {"auteur": "Jan"}).json()
    assert [r["url"] for r in only["results"]] == [a["url"]]
    assert api.get(DOCS, {"titel": "stoep"}).json()["count"] == 1
    assert api.get(DOCS, {"creatiedatum__gte": "2026-02-01"}).json()["count"] == 1
    assert api.get(DOCS, {"identificatie": a["identificatie"]}).json()["count"] == 1
    assert api.get(DOCS, {"informatieobjecttype": iot_url(iot)}).json()["count"] == 2
    assert api.get(DOCS, {"vertrouwelijkheidaanduiding": "geheim"}).json()["count"] == 0
    api.post(f"{path(a['url'])}/lock")
    assert api.get(DOCS, {"locked": "true"}).json()["count"] == 1
    zoek = api.post(f"{DOCS}/_zoek", {"uuid__in": [a["url"].rsplit("/", 1)[1]]})
    assert zoek.status_code == 200 and zoek.json()["count"] == 1
    assert invalid(api.post(f"{DOCS}/_zoek", {})) == {"nonFieldErrors": "empty_search_body"}


def test_list_query_budget(setup, django_assert_max_num_queries):
    iot, api = setup
    for number in range(5):
        create(api, iot, titel=f"Document {number}")
    # auth (3) + count + page + bestandsdelen: independent of the number of documents
    with django_assert_max_num_queries(7):
        response = api.get(DOCS)
    assert response.json()["count"] == 5


def test_vertrouwelijkheid_and_type_change_need_authorisation(docs, utrecht):
    iot = docs.iot(utrecht)
    api = docs.client([utrecht], [iot], max_level=Vertrouwelijkheid.INTERN)
    assert api.post(DOCS, body(iot, vertrouwelijkheidaanduiding="geheim")).status_code == 403
    data = create(api, iot, vertrouwelijkheidaanduiding="intern")
    url = path(data["url"])
    key = api.post(f"{url}/lock").json()["lock"]
    assert api.patch(url, {"vertrouwelijkheidaanduiding": "geheim", "lock": key}).status_code == 403
