"""ETag, If-None-Match and HEAD on the detail resources that the standard gives them.

Every detail path with a HEAD operation in the committed documents is exercised against a real
resource: a strong ETag on GET and HEAD, 304 for a cached copy, HEAD with the GET's headers and
no body. The ETag follows the body, and a client that may not read a resource never gets a 304.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loket.components.common import openapi
from loket.components.zaken.tests.conftest import full_zaak
from loket.components.zaken.tests.test_openapi_honest import first_item, samples  # noqa: F401

ETAG_COMPONENTS = ("zaken", "catalogi", "documenten", "besluiten")
STRONG_ETAG = re.compile(r'^"[0-9a-f]{64}"$')
ZAKEN = "/zaken/api/v1/zaken"


def head_paths(name: str) -> list[str]:
    document = openapi.load(openapi.components()[name].document_path)
    return sorted(path for path, item in document["paths"].items() if "head" in item)


DETAIL_PATHS = [(name, path) for name in ETAG_COMPONENTS for path in head_paths(name)]


def detail_url(api, name: str, path: str, zaak) -> str:
    """The URL (without host) of a real resource of `path`, found through its list."""
    component = openapi.components()[name]
    list_path = path.removesuffix("/{uuid}")
    document = openapi.load(component.document_path)
    operation = document["paths"][list_path]["get"]
    parameters = {f"{p['in']}:{p['name']}" for p in operation.get("parameters", [])}
    item = first_item(api, component.root, list_path, zaak, parameters)
    return item["url"].removeprefix("http://testserver")


@pytest.mark.parametrize("name", ETAG_COMPONENTS)
def test_every_detail_path_with_head_in_the_standard_has_one_here(name):
    api = openapi.components()[name]
    ours = openapi.load(api.document_path)["paths"]
    standard = openapi.load(api.standard_path)["paths"]
    expected = {path for path, item in standard.items() if "head" in item and path in ours}
    assert expected
    assert set(head_paths(name)) == expected
    for path in expected:
        parameters = {p["name"] for p in ours[path]["get"]["parameters"]}
        assert "If-None-Match" in parameters
        assert "ETag" in ours[path]["get"]["responses"]["200"]["headers"]


@pytest.mark.parametrize(("name", "path"), DETAIL_PATHS)
def test_detail_get_and_head_answer_an_etag_and_honour_if_none_match(samples, name, path):  # noqa: F811
    api, zaak = samples
    url = detail_url(api, name, path, zaak)

    response = api.get(url)
    assert response.status_code == 200
    etag = response["ETag"]
    assert STRONG_ETAG.match(etag)
    assert api.get(url)["ETag"] == etag

    cached = api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert cached.status_code == 304
    assert cached.content == b""
    assert cached["ETag"] == etag
    assert cached["API-version"] == response["API-version"]

    several = api.get(url, HTTP_IF_NONE_MATCH=f'"0123abcd", W/{etag}')
    assert several.status_code == 304
    assert api.get(url, HTTP_IF_NONE_MATCH="*").status_code == 304

    other = api.get(url, HTTP_IF_NONE_MATCH='"0123abcd"')
    assert other.status_code == 200
    assert other.json() == response.json()

    head = api.head(url)
    assert head.status_code == 200
    assert head.content == b""
    for header in ("ETag", "API-version", "Content-Type", "Content-Length"):
        assert head[header] == response[header], header
    assert head.get("Content-Crs") == response.get("Content-Crs")
    assert api.head(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_the_etag_changes_with_the_representation(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    zaak = full_zaak(zaaktype)
    api = zgw.client([utrecht], zaaktypen=[zaaktype])
    url = f"{ZAKEN}/{zaak.uuid}"
    before = api.get(url)["ETag"]

    changed = api.patch(url, {"omschrijving": "Kapotte lantaarnpaal"})
    assert changed.status_code == 200
    response = api.get(url, HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200
    assert response.json()["omschrijving"] == "Kapotte lantaarnpaal"
    assert response["ETag"] != before
    assert api.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304

    expanded = api.get(url, {"expand": "status"})
    assert expanded.status_code == 200
    assert expanded["ETag"] != response["ETag"]


def test_a_client_that_may_not_read_gets_no_304(zgw, utrecht, amersfoort):
    zaaktype = zgw.zaaktype(utrecht)
    zaak = full_zaak(zaaktype)
    url = f"{ZAKEN}/{zaak.uuid}"
    etag = zgw.client([utrecht], zaaktypen=[zaaktype])
    etag = etag.get(url)["ETag"]

    other_zaaktype = zgw.client([utrecht], zaaktypen=[zgw.zaaktype(utrecht)])
    assert other_zaaktype.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 403
    assert other_zaaktype.head(url, HTTP_IF_NONE_MATCH=etag).status_code == 403

    elsewhere = zgw.client([amersfoort], zaaktypen=[zgw.zaaktype(amersfoort)])
    assert elsewhere.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 404
    assert elsewhere.head(url, HTTP_IF_NONE_MATCH=etag).status_code == 404


def test_head_needs_the_same_headers_as_get(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    zaak = full_zaak(zaaktype)
    api = zgw.client([utrecht], zaaktypen=[zaaktype])
    url = f"{ZAKEN}/{zaak.uuid}"
    api.credentials(HTTP_AUTHORIZATION=api._credentials["HTTP_AUTHORIZATION"])  # no Accept-Crs
    assert api.get(url).status_code == 412
    assert api.head(url).status_code == 412


def test_no_etag_where_the_standard_has_none(samples):  # noqa: F811
    api, zaak = samples
    zaakobject = api.get(
        "/zaken/api/v1/zaakobjecten", {"zaak": f"http://testserver{ZAKEN}/{zaak.uuid}"}
    )
    url = zaakobject.json()["results"][0]["url"]
    for found in (
        api.get(ZAKEN),
        api.get(url),
        api.get(f"/autorisaties/api/v1/applicaties/{api.applicatie.uuid}"),
    ):
        assert found.status_code == 200
        assert "ETag" not in found
    assert api.get(url, HTTP_IF_NONE_MATCH="*").status_code == 200


def test_a_cached_answer_costs_no_extra_queries(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    zaak = full_zaak(zaaktype)
    api = zgw.client([utrecht], zaaktypen=[zaaktype])
    url = f"{ZAKEN}/{zaak.uuid}"
    api.get(url)  # the client's autorisaties are now kept in this process (autorisaties.client_cache)
    with CaptureQueriesContext(connection) as plain:
        etag = api.get(url)["ETag"]
    with CaptureQueriesContext(connection) as cached:
        assert api.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert len(cached) == len(plain)
