"""The shared layout: skip link, language switch, branding, contact details, no broken links."""

from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.template import engines
from django.test import RequestFactory
from django.urls import reverse

from loket.tenancy.context import activate
from loket.tenancy.models import MunicipalitySettings

TEMPLATE_ROOT = Path(__file__).resolve().parents[2]


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.form_actions: list[str] = []
        self.focusable: list[dict] = []
        self.ids: set[str] = set()
        self.html_lang = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "html":
            self.html_lang = attrs.get("lang")
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "form":
            self.form_actions.append(attrs.get("action", ""))
        if tag in {"a", "button", "input", "select", "textarea"} and attrs.get("type") != "hidden":
            self.focusable.append({"tag": tag, **attrs})


def parse(response) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(response.content.decode())
    return collector


@pytest.mark.django_db
def test_the_first_thing_a_keyboard_user_reaches_is_the_skip_link(client):
    page = parse(client.get(reverse("portal:home")))
    first = page.focusable[0]
    assert first["tag"] == "a" and first["href"] == "#main"
    assert "main" in page.ids


@pytest.mark.django_db
def test_the_start_page_is_dutch_and_offers_english(client):
    response = client.get(reverse("portal:home"))
    page = parse(response)
    html = response.content.decode()
    assert page.html_lang == "nl"
    assert reverse("set_language") in page.form_actions
    assert 'name="language" value="en"' in html
    assert 'lang="en"' in html


@pytest.mark.django_db
def test_switching_to_english_shows_the_page_in_english_and_back(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": reverse("portal:home")})
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:home")
    english = client.get(reverse("portal:home"))
    assert parse(english).html_lang == "en"
    assert "Arrange your affairs with the municipality" in english.content.decode()
    assert "Skip to content" in english.content.decode()
    assert 'name="language" value="nl"' in english.content.decode()
    client.post(reverse("set_language"), {"language": "nl", "next": "/"})
    assert parse(client.get(reverse("portal:home"))).html_lang == "nl"


@pytest.mark.django_db
def test_the_language_switch_does_not_send_you_to_another_site(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "https://evil.example/"})
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_no_link_or_form_on_the_start_page_leads_nowhere(client):
    page = parse(client.get(reverse("portal:home")))
    internal = [href for href in page.links if href.startswith("/")]
    assert reverse("authentication:login") in internal
    for href in internal:
        assert client.get(href).status_code < 400, href
    for href in page.links:
        assert href.startswith(("/", "#", "tel:", "mailto:", "https://")), href
        if href.startswith("#"):
            assert href[1:] in page.ids, href
    for action in page.form_actions:
        assert client.get(action).status_code != 404, action


@pytest.mark.django_db
def test_the_footer_shows_the_municipality_contact_details(client, utrecht, django_user_model):
    with activate(utrecht):
        MunicipalitySettings.objects.create(
            display_name="Gemeente Utrecht",
            phone="14 030",
            email="info@utrecht.example",
            website="https://www.utrecht.nl/",
            visiting_address="Stadsplateau 1\n3521 AZ Utrecht",
            opening_hours="Maandag tot en met vrijdag 9.00 tot 17.00 uur",
        )
    staff = django_user_model.objects.create_user("medewerker", password="x", municipality=utrecht)
    client.force_login(staff)
    html = client.get(reverse("portal:home")).content.decode()
    assert "Gemeente Utrecht" in html
    assert 'href="tel:14030"' in html
    assert 'href="mailto:info@utrecht.example"' in html
    assert "Stadsplateau 1<br>3521 AZ Utrecht" in html
    assert "Maandag tot en met vrijdag" in html


@pytest.mark.django_db
def test_without_a_municipality_the_footer_explains_how_to_call_your_municipality(client):
    html = client.get(reverse("portal:home")).content.decode()
    assert "netnummer" in html


@pytest.mark.django_db
def test_a_logged_in_resident_sees_mijn_loket_and_a_logout_button(client):
    client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653"})
    response = client.get(reverse("portal:mijn-loket"))
    html = response.content.decode()
    assert 'aria-current="page"' in html
    assert reverse("authentication:logout") in parse(response).form_actions
    assert "Naar Mijn Loket" in client.get(reverse("portal:home")).content.decode()


@pytest.mark.django_db
def test_the_staff_layout_names_the_back_office_and_the_staff_member(utrecht, django_user_model):
    staff = django_user_model.objects.create_user(
        "medewerker", password="x", first_name="Fatima", last_name="el Amrani", municipality=utrecht
    )
    request = RequestFactory().get("/")
    request.user = staff
    request.municipality = utrecht
    request.identity = None
    template = engines["django"].from_string(
        '{% extends "staff_base.html" %}{% block title %}Werkvoorraad{% endblock %}'
        "{% block staff_nav %}<li><a href=\"/\">Werkvoorraad</a></li>{% endblock %}"
        "{% block content %}<h1>Werkvoorraad</h1>{% endblock %}"
    )
    html = template.render(request=request)
    assert "Backoffice" in html
    assert "Ingelogd als Fatima el Amrani" in html
    assert 'class="staff"' in html
    assert '<a class="skip-link" href="#main">' in html


def test_no_template_has_inline_styles_or_scripts():
    """A strict CSP (no 'unsafe-inline') would block them, so they must not exist.

    Templates under a `pdf/` folder are exempt: WeasyPrint renders them to PDF on the server and
    no browser ever receives them (they are never a response body).
    """
    offenders = []
    for template in TEMPLATE_ROOT.glob("**/templates/**/*.html"):
        if "pdf" in template.relative_to(TEMPLATE_ROOT).parts[:-1]:
            continue
        text = template.read_text(encoding="utf-8")
        lowered = text.lower()
        if " style=" in lowered or "<style" in lowered:
            offenders.append(f"{template}: inline style")
        for chunk in lowered.split("<script")[1:]:
            if "src=" not in chunk.split(">", 1)[0]:
                offenders.append(f"{template}: inline script")
        if " on" in lowered and any(f" on{event}=" in lowered for event in ("click", "load", "submit", "change")):
            offenders.append(f"{template}: inline event handler")
    assert not offenders


@pytest.mark.django_db
def test_a_missing_page_gets_a_dutch_page_in_the_layout(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet" in html
    assert '<a class="skip-link" href="#main">' in html


@pytest.mark.django_db
def test_an_expired_form_gets_a_dutch_explanation_not_a_technical_page(client):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "De pagina is verlopen" in html
    assert "<style" not in html


def test_the_server_error_page_needs_nothing_but_itself():
    from django.template.loader import get_template

    html = get_template("500.html").render({})
    assert "Er ging iets mis" in html
    assert "style=" not in html
