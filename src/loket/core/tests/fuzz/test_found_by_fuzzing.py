"""Answers the stateful fuzzer found not to match the served documents, each checked once more."""

from schemathesis.checks import content_type_conformance
from schemathesis.specs.openapi.checks import response_schema_conformance

from loket.components.catalogi.models import ResultaatType

from .fuzzing import served_zgw_schema
from .references import References


def _call(live_api, component: str, path: str, method: str, **parts):
    schema = served_zgw_schema(live_api.base_url, component, live_api.session)
    case = schema[path][method].Case(**parts)
    response = case.call(headers=live_api.zgw_headers, session=live_api.session, timeout=60)
    return case, response


def _references(live_api) -> References:
    return References.read(live_api.base_url, live_api.zgw_headers, live_api.rsin, live_api.session)


def test_a_besluit_without_zaak_matches_the_document(live_api):
    references = _references(live_api)
    case, response = _call(
        live_api,
        "besluiten",
        "/besluiten",
        "POST",
        body={
            "verantwoordelijkeOrganisatie": live_api.rsin,
            "besluittype": references.values["besluittype"][0],
            "datum": "2026-03-01",
            "ingangsdatum": "2026-03-02",
        },
    )
    assert response.status_code == 201, response.text
    assert response.json()["zaak"] == ""
    case.validate_response(response, checks=[response_schema_conformance])


def test_a_zaakobject_without_object_type_overige_matches_the_document(live_api):
    references = _references(live_api)
    case, response = _call(
        live_api,
        "zaken",
        "/zaakobjecten",
        "POST",
        body={
            "zaak": references.values["zaak"][0],
            "object": "https://objecten.example/api/v1/objecten/1",
            "objectType": "adres",
        },
    )
    assert response.status_code == 201, response.text
    assert response.json()["objectTypeOverige"] == ""
    case.validate_response(response, checks=[response_schema_conformance])


def test_a_resultaattype_without_brondatum_procedure_matches_the_document(live_api):
    resultaattype = ResultaatType.all_municipalities.filter(
        municipality=live_api.municipality
    ).first()
    ResultaatType.all_municipalities.filter(pk=resultaattype.pk).update(
        brondatum_afleidingswijze=""
    )
    case, response = _call(
        live_api,
        "catalogi",
        "/resultaattypen/{uuid}",
        "GET",
        path_parameters={"uuid": str(resultaattype.uuid)},
    )
    assert response.status_code == 200, response.text
    assert response.json()["brondatumArchiefprocedure"] is None
    case.validate_response(response, checks=[response_schema_conformance])


def test_a_nul_character_in_an_object_key_is_a_client_error(live_api):
    # PostgreSQL cannot store it in a JSON column; this was a 500 there.
    references = _references(live_api)
    case, response = _call(
        live_api,
        "catalogi",
        "/informatieobjecttypen",
        "POST",
        body={
            "catalogus": references.values["catalogus"][0],
            "omschrijving": "Brief",
            "vertrouwelijkheidaanduiding": "openbaar",
            "informatieobjectcategorie": "Brief",
            "omschrijvingGeneriek": {"naam\u0000": "Brief"},
            "beginGeldigheid": "2026-01-01",
        },
    )
    assert response.status_code == 400, response.text


def test_a_document_download_has_the_documented_content_type(live_api):
    # Found once the stateful links reached real documents (they took a uuid the Documenten
    # answers do not have): the download answered with the document's own format
    # (application/pdf), the document declares only application/octet-stream.
    url = _references(live_api).values["informatieobject"][0]
    case, response = _call(
        live_api,
        "documenten",
        "/enkelvoudiginformatieobjecten/{uuid}/download",
        "GET",
        path_parameters={"uuid": url.rstrip("/").rsplit("/", 1)[-1]},
    )
    assert response.status_code == 200, response.text
    case.validate_response(response, checks=[content_type_conformance])


def test_a_duration_in_years_is_accepted(live_api):
    # Seen in the stateful run: about a third of the generated durations (P1Y, P2M, P1W…) were
    # refused with `invalid`; a ZGW archiefactietermijn is typically P10Y. A year is kept as
    # 365 days (common/durations.py).
    case, response = _call(
        live_api,
        "catalogi",
        "/besluittypen",
        "POST",
        body={
            "catalogus": _references(live_api).values["catalogus"][0],
            "publicatieIndicatie": False,
            "beginGeldigheid": "2026-01-01",
            "reactietermijn": "P1Y",
        },
    )
    assert response.status_code == 201, response.text
    assert response.json()["reactietermijn"].startswith("P365D")
