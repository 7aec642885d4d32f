"""The logs never carry a BSN, token or password — not even when code tries to log one."""

import io
import json
import logging

import pytest
import structlog
from django.urls import reverse

BSN = "999993653"
BAD_BSN = "123456789"
PASSWORD = "Geheim-wachtwoord-42"


@pytest.fixture
def log_output():
    """What the configured JSON formatter writes, for every logger, during the test."""
    root = logging.getLogger()
    formatter = next(
        h.formatter for h in root.handlers if isinstance(h.formatter, structlog.stdlib.ProcessorFormatter)
    )
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def _records(stream) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


@pytest.mark.django_db
def test_a_login_and_a_failed_login_leave_json_logs_without_bsn_or_password(client, log_output):
    client.get(f"{reverse('authentication:simulator')}?bsn={BSN}&token=abc.def")
    client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": BAD_BSN})
    client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": BSN})
    client.get(reverse("portal:mijn-loket"))
    client.post("/beheer/login/", {"username": "medewerker", "password": PASSWORD})

    records = _records(log_output)
    assert records, "the flows should have been logged"
    assert any(r.get("event") == "request_finished" for r in records)
    text = log_output.getvalue()
    assert BSN not in text
    assert BAD_BSN not in text
    assert PASSWORD not in text


def test_careless_log_calls_are_redacted(log_output):
    logger = structlog.get_logger("loket.test")
    logger.info("resident_found", bsn=BSN, password=PASSWORD, note=f"person {BSN} logged in")
    logging.getLogger("loket.stdlib").warning("lookup for %s with Bearer eyJhbGciOi.eyJzdWIi.sig", BSN)
    try:
        raise ValueError(f"no person with BSN {BSN}")
    except ValueError:
        logger.exception("lookup_failed")

    text = log_output.getvalue()
    assert BSN not in text
    assert PASSWORD not in text
    assert "eyJhbGciOi" not in text
    records = _records(log_output)
    assert records[0]["bsn"] == "[verwijderd]"
    assert records[0]["note"] == "person [nummer] logged in"
    assert "[token]" in records[1]["event"]
    assert "[nummer]" in records[2]["exception"]
