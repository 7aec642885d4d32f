"""Schemathesis against every OpenAPI document the platform serves, in-process over WSGI.

The six ZGW documents are loaded from where the platform serves them
(/<component>/api/v1/schema/openapi.yaml); the Haal Centraal BRP API serves no document, so the
standard's file it implements is used. Every operation gets LOKET_FUZZ_EXAMPLES generated cases
(default 5; `make fuzz` runs many more), authenticated as an application with all autorisaties
on a municipality. No answer may be a 5xx, and every answer must match its document (schema and
content type). Then a stateful run chains the operations through the links schemathesis infers
(the documents declare none), for LOKET_FUZZ_STEPS steps.
"""

import logging
import os
from collections import Counter

import pytest
import schemathesis
from django.conf import settings as django_settings
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)

from loket.components.urls import COMPONENTS

EXAMPLES = int(os.environ.get("LOKET_FUZZ_EXAMPLES", "5"))
STEPS = int(os.environ.get("LOKET_FUZZ_STEPS", "0"))
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
BRP_SPEC = django_settings.SHARED_DATA_DIR / "brp" / "brp-api-personen-openapi-resolved.yaml"
FUZZ_SETTINGS = dict(
    database=None,
    deadline=None,
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=list(HealthCheck),
)


def _fuzz_operation(operation, headers: dict, counts: Counter) -> list[str]:
    found: list[str] = []

    @settings(max_examples=EXAMPLES, **FUZZ_SETTINGS)
    @given(case=operation.as_strategy())
    def run(case):
        response = case.call(headers=headers)
        counts["examples"] += 1
        counts[f"status {response.status_code // 100}xx"] += 1
        if found:
            return
        try:
            case.validate_response(response, checks=CHECKS)
        except (AssertionError, BaseExceptionGroup) as error:  # schemathesis: Failure / FailureGroup
            found.append(f"{operation.label}: {str(error).strip()[:1500]}")

    run()
    return found


def _fuzz(schema, headers: dict, counts: Counter) -> list[str]:
    """Every operation, EXAMPLES cases each; the first failure of each operation is returned."""
    failures = []
    for result in schema.get_all_operations():
        failures += _fuzz_operation(result.ok(), headers, counts)
        counts["operations"] += 1
    return failures


def _report(name: str, counts: Counter, failures: list[str]) -> str:
    figures = ", ".join(f"{key} {value}" for key, value in sorted(counts.items()))
    return f"fuzz {name}: {figures}, {len(failures)} failing operations"


@pytest.mark.parametrize("component", COMPONENTS)
def test_zgw_document(component, zgw_authorization, capsys):
    logging.disable(logging.WARNING)
    try:
        schema = schemathesis.openapi.from_wsgi(
            f"/{component}/api/v1/schema/openapi.yaml", get_wsgi_application()
        )
        counts: Counter = Counter()
        headers = {"Authorization": zgw_authorization, "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}
        failures = _fuzz(schema, headers, counts)
    finally:
        logging.disable(logging.NOTSET)
    with capsys.disabled():
        print("\n" + _report(component, counts, failures))
    assert not failures, "\n\n".join(failures)


def test_haal_centraal_brp(brp_headers, capsys):
    import yaml

    logging.disable(logging.WARNING)
    try:
        document = yaml.safe_load(BRP_SPEC.read_text(encoding="utf-8"))
        document["servers"] = [{"url": "/haalcentraal/api/brp"}]
        schema = schemathesis.openapi.from_dict(document)
        schema.app = get_wsgi_application()
        counts: Counter = Counter()
        failures = _fuzz(schema, brp_headers, counts)
    finally:
        logging.disable(logging.NOTSET)
    with capsys.disabled():
        print("\n" + _report("haalcentraal-brp", counts, failures))
    assert not failures, "\n\n".join(failures)
