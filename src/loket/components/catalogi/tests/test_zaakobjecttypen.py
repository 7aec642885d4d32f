"""Catalogi API 1.3 zaakobjecttypen: every operation, the concept rules, filters, scopes,
municipality isolation and the list's query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from loket.components.catalogi.models import StatusType, ZaakObjectType
from loket.components.common import scopes as S

from .test_catalogi_writes import CATALOGI, WRITER, invalid

COLLECTION = f"{CATALOGI}/zaakobjecttypen"
PAND = "https://objecttypen.example/api/v2/objecttypes/pand"
BOOM = "https://objecttypen.example/api/v2/objecttypes/boom"


def body(zaaktype_url: str, **overrides) -> dict:
    data = {
        "anderObjecttype": False,
        "objecttype": PAND,
        "relatieOmschrijving": "Het pand waar de aanvraag over gaat",
        "zaaktype": zaaktype_url,
    }
    data.update(overrides)
    return data


def zaaktype_url(zaaktype) -> str:
    return f"http://testserver{CATALOGI}/zaaktypen/{zaaktype.uuid}"


def statustype_url(zaaktype, volgnummer: int = 1) -> str:
    statustype = StatusType.all_municipalities.get(zaaktype=zaaktype, volgnummer=volgnummer)
    return f"http://testserver{CATALOGI}/statustypen/{statustype.uuid}"


@pytest.fixture
def concept(zgw, utrecht):
    """A concept zaaktype in Utrecht and a client that may write the catalogus."""
    zaaktype = zgw.zaaktype(utrecht, publish=False)
    return zgw.client([utrecht], catalogi_scopes=WRITER), zaaktype


def test_create_read_update_and_delete_on_a_concept_zaaktype(concept):
    api, zaaktype = concept
    created = api.post(
        COLLECTION,
        body(
            zaaktype_url(zaaktype),
            statustype=statustype_url(zaaktype, 2),
            beginGeldigheid="2026-01-01",
        ),
    )
    assert created.status_code == 201, created.content
    data = created.json()
    assert data["url"].startswith(f"http://testserver{COLLECTION}/")
    assert data["zaaktypeIdentificatie"] == zaaktype.identificatie
    assert data["catalogus"].endswith(f"/catalogussen/{zaaktype.catalogus.uuid}")
    assert data["statustype"] == statustype_url(zaaktype, 2)
    assert data["resultaattypen"] == []
    assert (data["beginGeldigheid"], data["eindeGeldigheid"]) == ("2026-01-01", None)
    assert (data["beginObject"], data["eindeObject"]) == ("2026-01-01", None)

    detail = api.get(data["url"])
    assert detail.status_code == 200 and detail.json() == data
    assert detail["ETag"] and api.head(data["url"]).status_code == 200
    # The zaaktype and the statustype name it.
    assert api.get(zaaktype_url(zaaktype)).json()["zaakobjecttypen"] == [data["url"]]
    assert api.get(statustype_url(zaaktype, 2)).json()["zaakobjecttypen"] == [data["url"]]
    assert api.get(statustype_url(zaaktype, 1)).json()["zaakobjecttypen"] == []

    replaced = api.put(
        data["url"],
        body(zaaktype_url(zaaktype), anderObjecttype=True, objecttype=BOOM, statustype=None),
    )
    assert replaced.status_code == 200, replaced.content
    assert replaced.json()["anderObjecttype"] is True
    assert replaced.json()["objecttype"] == BOOM and replaced.json()["statustype"] is None
    patched = api.patch(
        data["url"], {"relatieOmschrijving": "De boom", "eindeGeldigheid": "2026-12-31"}
    )
    assert patched.status_code == 200, patched.content
    assert patched.json()["relatieOmschrijving"] == "De boom"
    assert patched.json()["eindeObject"] == "2026-12-31"

    assert api.delete(data["url"]).status_code == 204
    assert api.get(data["url"]).status_code == 404
    assert api.get(zaaktype_url(zaaktype)).json()["zaakobjecttypen"] == []


def test_bad_input_is_refused_with_the_standards_error_body(zgw, concept, utrecht):
    api, zaaktype = concept
    assert invalid(api.post(COLLECTION, {})) == {
        ("anderObjecttype", "required"),
        ("objecttype", "required"),
        ("relatieOmschrijving", "required"),
        ("zaaktype", "required"),
    }
    assert invalid(
        api.post(
            COLLECTION,
            body(zaaktype_url(zaaktype), objecttype="geen url", relatieOmschrijving="x" * 81),
        )
    ) == {("objecttype", "invalid"), ("relatieOmschrijving", "max_length")}
    assert invalid(
        api.post(
            COLLECTION,
            body(
                zaaktype_url(zaaktype), beginGeldigheid="2026-06-01", eindeGeldigheid="2026-01-01"
            ),
        )
    ) == {("eindeGeldigheid", "date-mismatch")}
    assert invalid(
        api.post(COLLECTION, body(f"http://testserver{CATALOGI}/zaaktypen/{'0' * 32}"))
    ) == {("zaaktype", "bad-url")}
    other = zgw.zaaktype(utrecht, publish=False)
    assert invalid(
        api.post(COLLECTION, body(zaaktype_url(zaaktype), statustype=statustype_url(other)))
    ) == {("statustype", "invalid-zaaktype")}
    assert not ZaakObjectType.all_municipalities.exists()


def test_a_published_zaaktype_takes_zaakobjecttypen_only_as_a_correction(zgw, utrecht):
    published = zgw.zaaktype(utrecht)
    writer = zgw.client([utrecht], catalogi_scopes=WRITER)
    assert invalid(writer.post(COLLECTION, body(zaaktype_url(published)))) == {
        ("zaaktype", "non-concept-zaaktype")
    }
    corrector = zgw.client(
        [utrecht],
        catalogi_scopes=(
            S.CATALOGI_LEZEN,
            S.CATALOGI_GEFORCEERD_SCHRIJVEN,
            S.CATALOGI_GEFORCEERD_VERWIJDEREN,
        ),
    )
    created = corrector.post(COLLECTION, body(zaaktype_url(published)))
    assert created.status_code == 201, created.content
    url = created.json()["url"]
    assert invalid(writer.patch(url, {"relatieOmschrijving": "Anders"})) == {
        ("nonFieldErrors", "non-concept-zaaktype")
    }
    assert invalid(writer.delete(url)) == {("nonFieldErrors", "non-concept-zaaktype")}
    assert corrector.patch(url, {"relatieOmschrijving": "Anders"}).status_code == 200
    assert corrector.delete(url).status_code == 204


def test_scopes(zgw, utrecht, concept):
    api, zaaktype = concept
    url = api.post(COLLECTION, body(zaaktype_url(zaaktype))).json()["url"]
    reader = zgw.client([utrecht], catalogi_scopes=(S.CATALOGI_LEZEN,))
    assert reader.get(COLLECTION, {"status": "alles"}).json()["count"] == 1
    assert reader.get(url).status_code == 200
    assert reader.post(COLLECTION, body(zaaktype_url(zaaktype))).status_code == 403
    assert reader.put(url, body(zaaktype_url(zaaktype))).status_code == 403
    assert reader.patch(url, {"relatieOmschrijving": "Anders"}).status_code == 403
    assert reader.delete(url).status_code == 403
    nothing = zgw.client(
        [utrecht], zaaktypen=[zaaktype], scopes=[S.ZAKEN_AANMAKEN], catalogi_scopes=()
    )
    assert nothing.get(COLLECTION).status_code == 403
    assert nothing.get(url).status_code == 403
    # ztc-014: reading zaken gives reading the catalogi
    zaken_reader = zgw.client(
        [utrecht], zaaktypen=[zaaktype], scopes=[S.ZAKEN_LEZEN], catalogi_scopes=()
    )
    assert zaken_reader.get(url).status_code == 200
    assert zaken_reader.patch(url, {"relatieOmschrijving": "Anders"}).status_code == 403
    assert APIClient().get(COLLECTION).status_code == 403  # no token


def test_another_municipalitys_zaakobjecttype_is_404_and_a_bad_url(
    zgw, utrecht, amersfoort, concept
):
    api, zaaktype = concept
    url = api.post(
        COLLECTION, body(zaaktype_url(zaaktype), statustype=statustype_url(zaaktype))
    ).json()["url"]
    amersfoort_only = zgw.client([amersfoort], catalogi_scopes=WRITER)
    assert amersfoort_only.get(url).status_code == 404
    assert amersfoort_only.head(url).status_code == 404
    assert amersfoort_only.put(url, body(zaaktype_url(zaaktype))).status_code == 404
    assert amersfoort_only.patch(url, {"relatieOmschrijving": "Overgenomen"}).status_code == 404
    assert amersfoort_only.delete(url).status_code == 404
    assert amersfoort_only.get(COLLECTION, {"status": "alles"}).json()["count"] == 0
    assert invalid(amersfoort_only.post(COLLECTION, body(zaaktype_url(zaaktype)))) == {
        ("zaaktype", "bad-url")
    }
    own = zgw.zaaktype(amersfoort, publish=False)
    assert invalid(
        amersfoort_only.post(
            COLLECTION, body(zaaktype_url(own), statustype=statustype_url(zaaktype))
        )
    ) == {("statustype", "bad-url")}
    assert (
        ZaakObjectType.all_municipalities.get().relatie_omschrijving
        == body("")["relatieOmschrijving"]
    )


def test_a_zaakobjecttype_stays_in_its_catalogus(zgw, utrecht, amersfoort):
    both = zgw.client([utrecht, amersfoort], catalogi_scopes=WRITER)
    utrecht_zaaktype = zgw.zaaktype(utrecht, publish=False)
    amersfoort_zaaktype = zgw.zaaktype(amersfoort, publish=False)
    url = both.post(COLLECTION, body(zaaktype_url(utrecht_zaaktype))).json()["url"]
    assert invalid(both.patch(url, {"zaaktype": zaaktype_url(amersfoort_zaaktype)})) == {
        ("zaaktype", "relations-incorrect-catalogus")
    }
    # Moving to another concept zaaktype of the same catalogus is allowed.
    sibling = zgw.zaaktype(utrecht, publish=False)
    moved = both.patch(url, {"zaaktype": zaaktype_url(sibling)})
    assert moved.status_code == 200 and moved.json()["zaaktype"] == zaaktype_url(sibling)


def test_list_filters(zgw, utrecht):
    api = zgw.client([utrecht], catalogi_scopes=WRITER)
    published = zgw.zaaktype(utrecht, identificatie="KAP")
    concept = zgw.zaaktype(utrecht, identificatie="MELDING", publish=False)
    corrector = zgw.client([utrecht], alles=True)
    pand = corrector.post(
        COLLECTION,
        body(zaaktype_url(published), beginGeldigheid="2026-01-01", eindeGeldigheid="2026-06-30"),
    ).json()["url"]
    boom = api.post(
        COLLECTION,
        body(
            zaaktype_url(concept),
            objecttype=BOOM,
            anderObjecttype=True,
            relatieOmschrijving="De boom",
            beginGeldigheid="2026-07-01",
        ),
    ).json()["url"]

    def found(**params):
        response = api.get(COLLECTION, params)
        assert response.status_code == 200, response.content
        return [item["url"] for item in response.json()["results"]]

    assert found() == [pand]  # default: definitief (the zaaktype is published)
    assert found(status="concept") == [boom]
    assert found(status="alles") == [pand, boom]
    assert found(status="alles", zaaktype=zaaktype_url(concept)) == [boom]
    assert found(status="alles", zaaktypeIdentificatie="KAP") == [pand]
    catalogus = f"http://testserver{CATALOGI}/catalogussen/{published.catalogus.uuid}"
    assert found(status="alles", catalogus=catalogus) == [pand, boom]
    assert found(status="alles", anderObjecttype="true") == [boom]
    assert found(status="alles", anderObjecttype="false") == [pand]
    assert found(status="alles", objecttype=PAND) == [pand]
    assert found(status="alles", relatieOmschrijving="De boom") == [boom]
    assert found(status="alles", datumBeginGeldigheid="2026-07-01") == [boom]
    assert found(status="alles", datumEindeGeldigheid="2026-06-30") == [pand]
    assert found(status="alles", datumGeldigheid="2026-03-01") == [pand]
    assert found(status="alles", datumGeldigheid="2027-03-01") == [boom]
    assert found(status="alles", datumGeldigheid="2025-03-01") == []
    assert found(status="alles", page="1") == [pand, boom]

    assert invalid(api.get(COLLECTION, {"datumGeldigheid": "gisteren"})) == {
        ("datumGeldigheid", "invalid")
    }
    assert invalid(api.get(COLLECTION, {"zaaktype": "geen-url"})) == {("zaaktype", "invalid")}
    assert invalid(api.get(COLLECTION, {"status": "misschien"})) == {("status", "invalid_choice")}
    assert invalid(api.get(COLLECTION, {"omschrijving": "x"})) == {
        ("omschrijving", "unknown-parameters")
    }
    assert api.get(COLLECTION, {"page": "2"}).status_code == 404


def _list_queries(api, path) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = api.get(path, {"status": "alles"})
    assert response.status_code == 200
    return len(queries)


def test_the_list_costs_the_same_queries_for_2_or_40_zaakobjecttypen(zgw, utrecht, settings):
    settings.ZGW_AUTH_CACHE_SECONDS = 0  # count the client's autorisaties every time
    api = zgw.client([utrecht], catalogi_scopes=WRITER)
    zaaktype = zgw.zaaktype(utrecht, publish=False)

    def add(count):
        for number in range(count):
            response = api.post(
                COLLECTION,
                body(
                    zaaktype_url(zaaktype),
                    relatieOmschrijving=f"Object {number}",
                    statustype=statustype_url(zaaktype, 1 + number % 3),
                ),
            )
            assert response.status_code == 201

    add(2)
    few = {
        path: _list_queries(api, path)
        for path in (COLLECTION, f"{CATALOGI}/zaaktypen", f"{CATALOGI}/statustypen")
    }
    add(38)
    many = {path: _list_queries(api, path) for path in few}
    assert many == few, (few, many)
    # The client's autorisaties (3), the count and the rows: no query per zaakobjecttype.
    assert few[COLLECTION] == 5
    assert api.get(COLLECTION, {"status": "alles"}).json()["count"] == 40
