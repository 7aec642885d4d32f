"""Staff need the second factor on every staff path: a password alone opens nothing."""

import pytest
from django.test import Client
from django.urls import reverse

from loket.core.tests.abuse.urlconf import routes

from .conftest import PASSWORD, current_code

pytestmark = pytest.mark.django_db

LOGIN_PAGES = {"authentication:staff-login", "authentication:staff-otp", "authentication:staff-logout",
               "admin:login", "admin:logout"}


def staff_routes():
    return [r for r in routes() if (r.url.startswith("/medewerkers/") or r.is_admin) and r.name not in LOGIN_PAGES]


def refuses(response) -> bool:
    if response.status_code in (403, 404):
        return True
    login_pages = (reverse("authentication:staff-login"), reverse("admin:login"))  # the latter sends on to the former
    return response.status_code == 302 and response["Location"].startswith(login_pages)


def test_a_password_without_the_code_opens_no_staff_page(staff_user, device, settings, capsys):
    settings.LOKET_STAFF_REQUIRE_2FA = True
    staff_user.is_superuser = True  # even the most powerful account
    staff_user.save()
    client = Client(raise_request_exception=False)
    response = client.post(reverse("authentication:staff-login"), {"username": staff_user.username, "password": PASSWORD})
    assert response["Location"] == reverse("authentication:staff-otp")  # half-way: the password was right
    pages = staff_routes()
    for route in pages:
        for method in (client.get, client.post):
            response = method(route.url)
            assert refuses(response), (route.url, method.__name__, response.status_code)
    with capsys.disabled():
        print(f"\n[sessions] 2FA: {len(pages)} staff paths x GET/POST refused after the password alone")


def test_a_forced_session_without_a_verified_device_opens_no_staff_page(staff_user, settings):
    """As if the password step had been skipped: a session with the user id but no OTP device."""
    settings.LOKET_STAFF_REQUIRE_2FA = True
    staff_user.is_superuser = True
    staff_user.save()
    client = Client(raise_request_exception=False)
    client.force_login(staff_user)
    for route in staff_routes():
        assert refuses(client.get(route.url)), route.url


def test_with_the_code_the_same_pages_open(staff_user, device, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = True
    client = Client()
    client.post(reverse("authentication:staff-login"), {"username": staff_user.username, "password": PASSWORD})
    client.post(reverse("authentication:staff-otp"), {"otp_token": current_code(device)})
    assert client.get(reverse("modules:admin")).status_code == 200
