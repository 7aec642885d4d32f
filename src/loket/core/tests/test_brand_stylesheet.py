"""A municipality's colour reaches the page as a stylesheet, never as an inline style."""

import pytest
from django.urls import reverse

from loket.tenancy.context import activate
from loket.tenancy.models import MunicipalitySettings


def brand_settings(municipality, **values):
    with activate(municipality):
        return MunicipalitySettings.objects.create(**values)


@pytest.mark.django_db
def test_the_stylesheet_holds_the_municipality_colour(client, utrecht):
    brand_settings(utrecht, brand_colour="#A3004B")
    response = client.get(reverse("tenancy:brand-stylesheet", args=[utrecht.code]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert response.content.decode() == ":root{--brand:#a3004b}\n"
    assert "max-age=" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_a_municipality_without_settings_gets_the_national_colour(client, amersfoort):
    response = client.get(f"/huisstijl/{amersfoort.code}.css")
    assert response.content.decode() == ":root{--brand:#154273}\n"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "stored",
    ["red;}body{display:none", "#fff", "#ffffff", "#12345g", "</style><script>", "#dddddd"],
)
def test_only_a_valid_readable_hex_colour_reaches_the_output(client, utrecht, stored):
    # Stored without model validation, as a careless import or a raw update could.
    brand_settings(utrecht)
    MunicipalitySettings.all_municipalities.filter(municipality=utrecht).update(brand_colour=stored[:7])
    body = client.get(f"/huisstijl/{utrecht.code}.css").content.decode()
    assert body == ":root{--brand:#154273}\n"


@pytest.mark.django_db
def test_an_unknown_municipality_code_is_not_found(client, utrecht):
    assert client.get("/huisstijl/9999.css").status_code == 404
    assert client.get("/huisstijl/abcd.css").status_code == 404


@pytest.mark.django_db
def test_the_page_links_the_stylesheet_and_has_no_inline_style_when_a_municipality_is_active(
    client, utrecht, django_user_model
):
    brand_settings(utrecht, brand_colour="#a3004b", phone="14 030", email="info@utrecht.example")
    staff = django_user_model.objects.create_user("medewerker", password="x", municipality=utrecht)
    client.force_login(staff)
    html = client.get(reverse("portal:home")).content.decode()
    assert f'href="/huisstijl/{utrecht.code}.css?v=a3004b"' in html
    assert "style=" not in html
    assert "<style" not in html


@pytest.mark.django_db
def test_without_a_municipality_no_brand_stylesheet_is_linked(client):
    html = client.get(reverse("portal:home")).content.decode()
    assert "/huisstijl/" not in html
