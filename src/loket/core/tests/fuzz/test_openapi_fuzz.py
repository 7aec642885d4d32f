"""Schemathesis against every OpenAPI document the platform serves, over HTTP to a live server.

The six ZGW documents are loaded from where the platform serves them
(/<component>/api/v1/schema/openapi.yaml); the Haal Centraal BRP API serves no document, so the
standard's file it implements is used. Requests are authenticated as an application with all
autorisaties on a municipality (the BRP one as that municipality's BRP client). No answer may be
a 5xx, and every answer must match its document (schema and content type).

Each ZGW document is fuzzed twice: every operation with LOKET_FUZZ_EXAMPLES generated cases,
then stateful scenarios that chain operations through links (links.py). Counts and timings are
printed; `make fuzz` raises the budgets.
"""

import logging
import time
from collections import Counter
from contextlib import contextmanager

import pytest
import yaml
from django.conf import settings as django_settings

from loket.components.urls import COMPONENTS

from .fuzzing import Target, fuzz_stateless, report, schema_at, served_zgw_schema
from .references import References
from .stateful import fuzz_stateful

BRP_SPEC = django_settings.SHARED_DATA_DIR / "brp" / "brp-api-personen-openapi-resolved.yaml"


@contextmanager
def _quiet_logs():
    # Every 4xx is logged as a warning; thousands of them would drown the report.
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


def _print(request, line: str) -> None:
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(line)


def _zgw_target(live_api, component: str, name: str, *, stateful: bool = False) -> Target:
    schema = served_zgw_schema(
        live_api.base_url, component, live_api.session, text_not_blank=stateful
    )
    references = References.read(
        live_api.base_url,
        live_api.zgw_headers,
        live_api.rsin,
        live_api.session,
        live_api.municipality.code,
    )
    return Target(name, schema, live_api.zgw_headers, live_api.session, references, component)


def _run(request, fuzz, target: Target) -> list[str]:
    counts: Counter = Counter()
    started = time.monotonic()
    with _quiet_logs():
        failures = fuzz(target, counts)
    _print(request, "\n" + report(target, counts, failures, time.monotonic() - started))
    return failures


@pytest.mark.parametrize("component", COMPONENTS)
def test_zgw_document(component, live_api, request):
    failures = _run(request, fuzz_stateless, _zgw_target(live_api, component, component))
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("component", COMPONENTS)
def test_zgw_document_stateful(component, live_api, request):
    failures = _run(
        request,
        fuzz_stateful,
        _zgw_target(live_api, component, f"{component} stateful", stateful=True),
    )
    assert not failures, "\n\n".join(failures)


def test_haal_centraal_brp(live_api, request):
    document = yaml.safe_load(BRP_SPEC.read_text(encoding="utf-8"))
    schema = schema_at(document, f"{live_api.base_url}/haalcentraal/api/brp")
    target = Target("haalcentraal-brp", schema, live_api.brp_headers, live_api.session)
    failures = _run(request, fuzz_stateless, target)
    assert not failures, "\n\n".join(failures)
