"""Open redirects: every `next=` the platform follows stays on this site."""

from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from loket.accounts.constants import StaffRole
from loket.accounts.models import User

pytestmark = pytest.mark.django_db

FOREIGN = [
    "https://evil.example/",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "\\/evil.example/",
    "https:evil.example",
    "http://testserver@evil.example/",
    "https://testserver.evil.example/",
    "javascript:alert(document.domain)",
    "data:text/html,<script>alert(1)</script>",
    " //evil.example/",
    "\t//evil.example/",
    "/%09/evil.example/",
    "http:///evil.example/",
]
PASSWORD = "een-lang-genoeg-wachtwoord"


def assert_stays_here(response, candidate):
    assert response.status_code == 302, (candidate, response.status_code)
    location = response["Location"]
    parts = urlsplit(location)
    assert parts.scheme in ("", "http", "https") and parts.netloc in ("", "testserver"), (candidate, location)
    assert not location.startswith(("//", "/\\", "\\")), (candidate, location)
    assert "evil.example" not in parts.netloc, (candidate, location)  # a local path such as /%09/evil.example/ is fine


def test_the_resident_login_never_sends_you_to_another_site(client, capsys):
    for candidate in FOREIGN:
        client.cookies.clear()
        response = client.post(
            reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653", "next": candidate}
        )
        assert_stays_here(response, candidate)
    with capsys.disabled():
        print(f"\n[abuse] open redirects: {len(FOREIGN)} foreign next= values on 3 entry points, all kept on site")


def test_the_staff_login_never_sends_you_to_another_site(client, utrecht, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = False
    User.objects.create_user("mw", password=PASSWORD, municipality=utrecht, role=StaffRole.CASE_HANDLER)
    for candidate in FOREIGN:
        client.cookies.clear()
        response = client.post(
            reverse("authentication:staff-login"), {"username": "mw", "password": PASSWORD, "next": candidate}
        )
        assert_stays_here(response, candidate)


def test_the_language_switch_never_sends_you_to_another_site(client):
    for candidate in FOREIGN:
        response = client.post(reverse("set_language"), {"language": "en", "next": candidate})
        assert_stays_here(response, candidate)
        response = client.post(reverse("set_language"), {"language": "en"}, HTTP_REFERER=candidate)
        assert_stays_here(response, candidate)


def test_the_login_choice_page_links_only_to_this_site(client):
    for candidate in FOREIGN:
        page = client.get(reverse("authentication:login"), {"next": candidate}).content.decode()
        assert 'href="https://evil.example' not in page and 'href="//evil.example' not in page
        assert 'action="https://evil.example' not in page and 'action="//evil.example' not in page
