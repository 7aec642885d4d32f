"""Lockout, resident inactivity, logout and disabling on the server side."""

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from .conftest import PASSWORD, current_code, wrong_code

pytestmark = pytest.mark.django_db

LOGIN = "/medewerkers/inloggen/"
RESIDENT = "999993653"


def resident_client() -> Client:
    client = Client()
    assert client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": RESIDENT}).status_code == 302
    return client


def replay(session_key: str, settings) -> Client:
    """Another browser presenting a copied session cookie."""
    thief = Client()
    thief.cookies[settings.SESSION_COOKIE_NAME] = session_key
    return thief


# -- lockout


def test_a_locked_account_stays_locked_for_the_right_password_and_the_attempts_are_recorded(
    client, staff_user, settings, capsys
):
    settings.LOKET_STAFF_REQUIRE_2FA = False
    answers = [client.post(LOGIN, {"username": staff_user.username, "password": f"fout-{i}"}).status_code
               for i in range(settings.AXES_FAILURE_LIMIT + 3)]
    assert answers[: settings.AXES_FAILURE_LIMIT - 1] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    assert set(answers[settings.AXES_FAILURE_LIMIT :]) == {429}
    assert client.post(LOGIN, {"username": staff_user.username, "password": PASSWORD}).status_code == 429
    assert client.session.get("_auth_user_id") is None
    attempt = AccessAttempt.objects.get(username=staff_user.username)
    assert attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT
    assert PASSWORD not in str(attempt.post_data) and "fout-1" not in str(attempt.post_data)  # passwords obfuscated
    with capsys.disabled():
        print(f"\n[sessions] lockout: after {settings.AXES_FAILURE_LIMIT} failures, {answers.count(429) + 1} "
              "attempts refused (the right password too), recorded by axes")


def test_wrong_one_time_codes_are_throttled_so_the_code_cannot_be_guessed(client, staff_user, device, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = True
    client.post(LOGIN, {"username": staff_user.username, "password": PASSWORD})
    for _ in range(3):
        client.post(reverse("authentication:staff-otp"), {"otp_token": wrong_code(device)})
    response = client.post(reverse("authentication:staff-otp"), {"otp_token": current_code(device)})
    assert "Te veel foute codes" in response.content.decode()
    assert client.session.get("_auth_user_id") is None
    device.refresh_from_db()
    assert device.throttling_failure_count >= 1  # later tries were refused before they were even checked


# -- resident sessions


def test_a_resident_is_logged_out_after_fifteen_minutes_without_activity_and_the_session_is_gone(
    time_machine, settings
):
    assert settings.SESSION_COOKIE_AGE <= 15 * 60
    time_machine.move_to("2026-11-23 10:00:00+00:00", tick=False)
    client = resident_client()
    key = client.session.session_key
    time_machine.move_to("2026-11-23 10:15:01+00:00", tick=False)
    assert client.get(reverse("portal:mijn-loket")).status_code == 302
    assert not Session.objects.filter(session_key=key, expire_date__gt=timezone.now()).exists()  # expired server-side
    assert replay(key, settings).get(reverse("portal:mijn-loket")).status_code == 302


def test_activity_keeps_a_resident_logged_in_beyond_fifteen_minutes(time_machine):
    time_machine.move_to("2026-11-23 10:00:00+00:00", tick=False)
    client = resident_client()
    for minute in (10, 20, 30, 40):
        time_machine.move_to(f"2026-11-23 10:{minute}:00+00:00", tick=False)
        assert client.get(reverse("portal:mijn-loket")).status_code == 200, minute


def test_resident_logout_deletes_the_session_so_a_copied_cookie_is_worthless(settings):
    client = resident_client()
    key = client.session.session_key
    assert replay(key, settings).get(reverse("portal:mijn-loket")).status_code == 200  # the copy works while logged in
    client.post(reverse("authentication:logout"))
    assert not Session.objects.filter(session_key=key).exists()
    assert replay(key, settings).get(reverse("portal:mijn-loket")).status_code == 302


def test_logging_in_gives_a_new_session_id(settings):
    client = Client()
    client.get(reverse("authentication:simulator"))
    client.session.save()
    planted = client.session.session_key  # fixation: a key the attacker knows before the login
    client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": RESIDENT})
    assert client.session.session_key != planted
    assert replay(planted, settings).get(reverse("portal:mijn-loket")).status_code == 302


# -- staff sessions


def staff_logged_in(staff_user, device) -> Client:
    client = Client()
    client.post(LOGIN, {"username": staff_user.username, "password": PASSWORD})
    client.post(reverse("authentication:staff-otp"), {"otp_token": current_code(device)})
    assert client.get(reverse("modules:admin")).status_code == 200
    return client


def test_staff_logout_deletes_the_session_on_the_server(staff_user, device, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = True
    client = staff_logged_in(staff_user, device)
    key = client.session.session_key
    client.post(reverse("authentication:staff-logout"))
    assert not Session.objects.filter(session_key=key).exists()
    assert replay(key, settings).get(reverse("modules:admin")).status_code == 302


def test_a_disabled_staff_account_loses_its_open_sessions_at_once(staff_user, device, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = True
    first, second = staff_logged_in(staff_user, device), None
    device.last_t = -1
    device.save()
    second = staff_logged_in(staff_user, device)
    staff_user.is_active = False
    staff_user.save()
    for client in (first, second):
        assert client.get(reverse("modules:admin")).status_code == 302
        assert client.get(reverse("admin:index")).status_code == 302
        assert client.post(reverse("modules:admin-detail", args=["demo"]), {"aan": "1"}).status_code == 302


def test_an_account_disabled_between_password_and_code_cannot_finish(client, staff_user, device, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = True
    client.post(LOGIN, {"username": staff_user.username, "password": PASSWORD})
    staff_user.is_active = False
    staff_user.save()
    response = client.post(reverse("authentication:staff-otp"), {"otp_token": current_code(device)})
    assert response.status_code == 302 and response["Location"] == LOGIN
    assert client.session.get("_auth_user_id") is None


def test_every_failed_staff_login_is_logged_by_axes(client, staff_user, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = False
    client.post(LOGIN, {"username": staff_user.username, "password": "fout"})
    client.post(LOGIN, {"username": staff_user.username, "password": PASSWORD})
    assert AccessLog.objects.filter(username=staff_user.username).count() >= 1
