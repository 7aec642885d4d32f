"""CSRF on every form: each route of the URLconf refuses a POST without a token, logged in or not."""

import pytest
from django.test import Client
from django.urls import reverse

from loket.accounts.constants import StaffRole
from loket.accounts.models import User

from .urlconf import routes

pytestmark = pytest.mark.django_db

# Called by the payment provider's server, never by a browser with our cookies; it changes nothing
# by itself (it asks the provider what happened).
CSRF_EXEMPT = {"payments:webhook"}


@pytest.fixture
def logged_in(utrecht):
    """A browser with both a resident and a fully logged-in staff session: the victim of a forged POST."""
    client = Client(enforce_csrf_checks=True)
    staff = User.objects.create_user("mw", password="x" * 16, municipality=utrecht,
                                     role=StaffRole.FUNCTIONAL_ADMINISTRATOR, is_staff=True, is_superuser=True)
    client.force_login(staff)
    client.get(reverse("authentication:simulator"))
    token = client.cookies["csrftoken"].value
    client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653", "csrfmiddlewaretoken": token})
    client.force_login(staff)
    assert client.get(reverse("portal:mijn-loket")).status_code == 200
    return client


def is_csrf_refusal(response) -> bool:
    return response.status_code == 403 and "De pagina is verlopen" in response.content.decode()  # templates/403_csrf.html


def test_every_post_route_refuses_a_forged_request(logged_in, capsys):
    site = [r for r in routes() if not r.is_api]
    refused, exempt = 0, []
    for route in site:
        if getattr(route.callback, "csrf_exempt", False):
            exempt.append(route.name)
            continue
        response = logged_in.post(route.url, {"kind": "resident", "bsn": "999993653", "antwoord": "ja"})
        assert is_csrf_refusal(response), (route.url, response.status_code)
        refused += 1
    assert set(exempt) == CSRF_EXEMPT
    assert logged_in.get(reverse("portal:mijn-loket")).status_code == 200  # nothing logged us out
    with capsys.disabled():
        print(f"\n[abuse] CSRF: {refused} routes refuse a forged POST ({len(site)} site routes, exempt: {sorted(exempt)})")


def test_a_wrong_or_foreign_token_is_refused_too(logged_in):
    for token in ("", "x" * 64, "a" * 32):
        response = logged_in.post(reverse("portal:contact"), {"subject": "s", "question": "q", "answer_by": "inbox",
                                                              "csrfmiddlewaretoken": token})
        assert is_csrf_refusal(response)
    response = logged_in.post(reverse("authentication:logout"), HTTP_X_CSRFTOKEN="forged")
    assert is_csrf_refusal(response)


def test_the_apis_do_not_accept_a_session_cookie_instead_of_a_token(logged_in, capsys):
    apis = [r for r in routes() if r.is_api]
    for route in apis:
        response = logged_in.post(route.url, {}, content_type="application/json")
        assert response.status_code in (401, 403, 404, 405), (route.url, response.status_code)
        assert response.status_code != 201
    with capsys.disabled():
        print(f"\n[abuse] CSRF: {len(apis)} API routes ignore the session cookie (token only)")
