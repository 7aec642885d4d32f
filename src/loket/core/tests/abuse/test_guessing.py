"""Guessing codes and identifiers: rate-limited with a log line, and a guess never tells anything."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse

from loket.core.tests.test_logging import _records, log_output  # noqa: F401  (fixture)
from loket.modules.contrib.verhuizen.tests.world import DECLARANT, log_in

pytestmark = pytest.mark.django_db

GUESSES = 40


def random_code() -> str:
    raw = uuid.uuid4().hex.upper()[:12]
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def test_verify_codes_cannot_be_guessed_fast_and_the_limit_is_logged(client, settings, log_output, capsys):  # noqa: F811
    settings.LOKET_VERIFY_RATE_LIMIT = 30
    answers = [client.get(reverse("verification:verify"), {"code": random_code()}).status_code for _ in range(GUESSES)]
    answers += [client.post(reverse("verification:verify"), {"c-code": random_code()}).status_code for _ in range(5)]
    assert answers[:30] == [200] * 30
    assert set(answers[30:]) == {429}
    events = [r["event"] for r in _records(log_output)]
    assert events.count("verify_rate_limited") == len(answers) - 30
    other_address = Client(REMOTE_ADDR="10.0.0.2")
    assert other_address.get(reverse("verification:verify"), {"code": random_code()}).status_code == 200
    with capsys.disabled():
        print(f"\n[abuse] /verify/: {len(answers)} guesses, {answers.count(429)} refused with 429 and logged")


def test_resident_login_guessing_is_rate_limited_and_logged(client, settings, log_output):  # noqa: F811
    settings.LOKET_LOGIN_RATE_LIMIT = 10
    answers = [
        client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "123456789"}).status_code
        for _ in range(15)
    ]
    assert answers[:10] == [200] * 10 and set(answers[10:]) == {429}
    assert client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653"}).status_code == 429
    assert client.get(reverse("portal:mijn-loket")).status_code == 302  # still not logged in
    assert [r["event"] for r in _records(log_output)].count("login_rate_limited") == 6
    assert "123456789" not in log_output.getvalue()


UUID_URLS = [
    "portal:mijn-zaak",
    "portal:mijn-bericht",
    "portal:mijn-document-download",
    "portal:contact-verstuurd",
    "verhuizen:received",
    "verhuizen:toestemming",
    "overlijden:received",
    "uittreksels:order",
    "uittreksels:status",
    "demo:received",
]


def test_guessed_uuids_are_404_on_every_resident_page_that_takes_one(client, move_world, capsys):
    from loket.modules import services as module_services

    for code in ("demo", "overlijden", "uittreksels"):
        module_services.activate_module(municipality=move_world.eindhoven, identifier=code)
    resident = log_in(client, DECLARANT)  # lives in Eindhoven, where every module is on
    tried = 0
    for name in UUID_URLS:
        for _ in range(5):
            response = resident.get(reverse(name, args=[uuid.uuid4()]))
            assert response.status_code == 404, (name, response.status_code)
            tried += 1
    with capsys.disabled():
        print(f"\n[abuse] guessed identifiers: {tried} random uuids on {len(UUID_URLS)} pages, all 404")
