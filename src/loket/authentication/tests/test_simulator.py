import pytest
from django.urls import reverse

from loket.accounts.models import Resident
from loket.authentication.identity import SESSION_KEY


@pytest.mark.django_db
def test_simulator_login_with_a_valid_bsn_opens_mijn_loket(client):
    response = client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653"})
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:mijn-loket")
    assert client.session[SESSION_KEY]["identifier"] == "999993653"
    assert Resident.objects.filter(bsn="999993653").exists()
    assert client.get(reverse("portal:mijn-loket")).status_code == 200


@pytest.mark.django_db
def test_a_bsn_that_fails_the_eleven_test_gets_a_dutch_error_and_no_session(client):
    response = client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "123456789"})
    assert response.status_code == 200
    assert "Dit burgerservicenummer bestaat niet" in response.content.decode()
    assert SESSION_KEY not in client.session
    assert not Resident.objects.exists()
    assert client.get(reverse("portal:mijn-loket")).status_code == 302


@pytest.mark.django_db
def test_login_starts_a_new_session_id_and_logout_removes_the_session(client):
    client.get(reverse("authentication:simulator"))
    client.session.save()
    before = client.session.session_key
    client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653"})
    after = client.session.session_key
    assert after != before
    client.post(reverse("authentication:logout"))
    from django.contrib.sessions.models import Session

    assert not Session.objects.filter(session_key=after).exists()
    assert client.get(reverse("portal:mijn-loket")).status_code == 302


@pytest.mark.django_db
def test_next_url_to_another_site_is_ignored(client):
    response = client.post(
        reverse("authentication:simulator"),
        {"kind": "resident", "bsn": "999993653", "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("portal:mijn-loket")


@pytest.mark.django_db
def test_session_ends_after_fifteen_minutes_without_activity(client, time_machine):
    time_machine.move_to("2026-11-23 10:00:00+00:00", tick=False)
    client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653"})
    time_machine.move_to("2026-11-23 10:14:00+00:00", tick=False)
    assert client.get(reverse("portal:mijn-loket")).status_code == 200
    time_machine.move_to("2026-11-23 10:29:30+00:00", tick=False)
    assert client.get(reverse("portal:mijn-loket")).status_code == 302
