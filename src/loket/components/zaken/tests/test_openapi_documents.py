"""The committed OpenAPI documents of Zaken, Catalogi and Autorisaties: fresh, compared with the
standard's, and served with a documentation page."""

import difflib

import pytest

from loket.components.common import openapi, openapi_diff

NAMES = ["zaken", "catalogi", "autorisaties", "notificaties", "besluiten", "documenten"]
REGENERATE = "regenerate with `loket zgw_openapi`"


@pytest.fixture(scope="module")
def generated():
    return {name: openapi.generate(api) for name, api in openapi.components().items()}


@pytest.mark.parametrize("name", NAMES)
def test_the_committed_document_equals_a_fresh_generation(generated, name):
    api = openapi.components()[name]
    fresh = openapi.render(generated[name])
    committed = api.document_path.read_text()
    diff = "".join(
        difflib.unified_diff(
            committed.splitlines(keepends=True), fresh.splitlines(keepends=True), n=1
        )
    )
    assert committed == fresh, f"{api.document_path} is stale ({REGENERATE}):\n{diff[:4000]}"


@pytest.mark.parametrize("name", NAMES)
def test_differences_with_the_standard_are_the_reviewed_ones(generated, name):
    api = openapi.components()[name]
    found = openapi_diff.differences(generated[name], openapi.load(api.standard_path))
    accepted = api.accepted_differences_path.read_text().splitlines()
    new = [line for line in found if line not in accepted]
    gone = [line for line in accepted if line not in found]
    assert (new, gone) == ([], []), (
        f"Differences with the standard changed; review them and {REGENERATE} --differences.\n"
        "New:\n  " + "\n  ".join(new) + "\nNo longer:\n  " + "\n  ".join(gone)
    )


def test_the_comparison_reports_what_differs():
    ours = {
        "paths": {
            "/zaken": {
                "get": {
                    "parameters": [{"in": "query", "name": "extra"}],
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["url"],
                                        "properties": {
                                            "url": {"type": "string", "format": "uri"},
                                            "count": {"type": "integer"},
                                        },
                                    }
                                }
                            }
                        }
                    },
                }
            },
            "/own": {"get": {"responses": {}}},
        }
    }
    standard = {
        "paths": {
            "/zaken": {
                "get": {
                    "parameters": [{"in": "header", "name": "Accept-Crs"}],
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Zaak"}
                                }
                            }
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Zaak": {
                    "allOf": [
                        {"properties": {"url": {"type": "string"}}},
                        {"properties": {"uuid": {"type": "string"}}, "required": ["uuid"]},
                    ]
                }
            }
        },
    }
    assert openapi_diff.differences(ours, standard) == [
        "GET /own: operation not in the standard",
        "GET /zaken: extra parameter query:extra",
        "GET /zaken: missing parameter header:Accept-Crs",
        "GET /zaken response: extra property 'count' (not in the standard)",
        "GET /zaken response: property 'url' is required here, not in the standard",
        "GET /zaken response: property 'url' is string(uri) here, string in the standard",
        "GET /zaken response: missing property 'uuid'",
    ]


@pytest.mark.parametrize("name", NAMES)
def test_documentation_page_lists_every_operation_without_scripts(client, db, name):
    api = openapi.components()[name]
    response = client.get(f"{api.root}/schema/")
    assert response.status_code == 200
    html = response.content.decode()
    document = openapi.load(api.document_path)
    for path, item in document["paths"].items():
        for method in item:
            if method in openapi_diff.METHODS:
                assert f"{method.upper()} {path}" in html
    assert "<script" not in html.split("</main>")[0].split("<main")[-1]
    assert 'style="' not in html
    assert "Content-Security-Policy" in response.headers


@pytest.mark.parametrize("name", NAMES)
def test_the_document_can_be_downloaded(client, db, name):
    api = openapi.components()[name]
    response = client.get(f"{api.root}/schema/openapi.yaml")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).decode() == api.document_path.read_text()
