"""Mijn zaken: every case of the resident at every municipality, with its status and expected end."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from loket.components.zaken import services as zaken_services

from .mijn_data import (
    OTHER,
    RESIDENT,
    login,
    resident_living_in,
    set_dates,
    zaak_at,
    zaaktype_at,
)


@pytest.fixture
def two_places(utrecht, amersfoort):
    resident_living_in(utrecht)
    return zaaktype_at(utrecht), zaaktype_at(amersfoort, omschrijving="Aanvraag parkeervergunning")


def page(client, name, *args):
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    return response.content.decode()


def test_mijn_zaken_needs_a_logged_in_resident(client, db):
    response = client.get(reverse("portal:mijn-zaken"))
    assert response.status_code == 302
    assert reverse("authentication:login") in response["Location"]


def test_mijn_zaken_lists_the_cases_at_every_municipality_and_only_the_residents_own(
    client, two_places
):
    in_utrecht, in_amersfoort = two_places
    mine_here = zaak_at(in_utrecht, omschrijving="Losse stoeptegel", step=2)
    mine_there = zaak_at(in_amersfoort, omschrijving="Parkeervergunning Hof 1")
    someone_else = zaak_at(in_utrecht, OTHER, omschrijving="Zaak van de buurman")
    login(client)

    html = page(client, "portal:mijn-zaken")

    assert "Losse stoeptegel" in html and mine_here.identificatie in html
    assert "Parkeervergunning Hof 1" in html and mine_there.identificatie in html
    assert "Utrecht" in html and "Amersfoort" in html
    assert "In behandeling (stap 2 van 3)" in html
    assert "Ontvangen (stap 1 van 3)" in html
    assert "Zaak van de buurman" not in html and someone_else.identificatie not in html


def test_a_case_where_the_resident_has_another_role_is_shown_too(client, two_places):
    in_utrecht, _ = two_places
    zaak = zaak_at(in_utrecht, OTHER, omschrijving="Bouwvergunning buren")
    roltype = zaken_services.RolType.all_municipalities.get(
        zaaktype=in_utrecht, omschrijving_generiek="belanghebbende"
    )
    zaken_services.add_rol(
        zaak,
        roltype=roltype,
        betrokkene_type="natuurlijk_persoon",
        betrokkene_identificatie={"inpBsn": RESIDENT},
    )
    login(client)
    assert "Bouwvergunning buren" in page(client, "portal:mijn-zaken")


def test_running_cases_show_the_expected_end_and_say_plainly_when_it_has_passed(client, two_places):
    in_utrecht, _ = two_places
    late = zaak_at(in_utrecht, omschrijving="Te laat")
    set_dates(
        late, uiterlijke_einddatum_afdoening=timezone.localdate() - datetime.timedelta(days=3)
    )
    on_time = zaak_at(in_utrecht, omschrijving="Op tijd")
    set_dates(on_time, uiterlijke_einddatum_afdoening=datetime.date(2099, 5, 1))
    login(client)

    html = page(client, "portal:mijn-zaken")

    assert "1 mei 2099" in html
    assert "Deze datum is voorbij." in html
    assert html.count("Deze datum is voorbij.") == 1
    assert html.index("Te laat") < html.index("Op tijd"), "the first due comes first"


def test_closed_cases_are_listed_apart_with_their_end_date(client, two_places):
    in_utrecht, _ = two_places
    zaak_at(in_utrecht, omschrijving="Al klaar", step=2, closed=True)
    login(client)

    html = page(client, "portal:mijn-zaken")

    closed_section = html[html.index("Afgeronde zaken") :]
    assert "Al klaar" in closed_section
    assert "Afgerond op" in closed_section
    assert "U hebt op dit moment geen lopende zaken." in html


def test_one_zaak_shows_the_status_timeline_with_dates_and_the_current_step(client, two_places):
    in_utrecht, _ = two_places
    zaak = zaak_at(in_utrecht, omschrijving="Losse stoeptegel", step=2)
    login(client)

    html = page(client, "portal:mijn-zaak", zaak.uuid)

    today = timezone.localdate()
    for name in ("Ontvangen", "In behandeling", "Afgehandeld"):
        assert name in html
    assert html.count('aria-current="step"') == 1
    current = html[html.index('aria-current="step"') :]
    assert current.index("In behandeling") < current.index("Hier is uw zaak nu.")
    assert html.count("timeline__step--done") == 2
    assert "Nog niet" in html
    assert f"Op {today.day} " in html
    assert "Utrecht" in html
    assert zaak.einddatum_gepland is not None


def test_a_closed_zaak_shows_its_outcome(client, two_places):
    in_utrecht, _ = two_places
    zaak = zaak_at(in_utrecht, omschrijving="Al klaar", step=2, closed=True)
    login(client)
    html = page(client, "portal:mijn-zaak", zaak.uuid)
    assert "Opgelost" in html and "Afgerond op" in html
    assert html.count("timeline__step--done") == 3


def test_someone_elses_zaak_or_an_unknown_one_is_not_found(client, two_places):
    in_utrecht, _ = two_places
    other = zaak_at(in_utrecht, OTHER, omschrijving="Zaak van de buurman")
    login(client)
    assert client.get(reverse("portal:mijn-zaak", args=[other.uuid])).status_code == 404
    unknown = "6f1c2a1e-0000-4000-8000-000000000000"
    assert client.get(reverse("portal:mijn-zaak", args=[unknown])).status_code == 404


def _queries(client, name) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse(name)).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("name", ["portal:mijn-zaken", "portal:mijn-loket"])
def test_the_number_of_queries_does_not_grow_with_the_number_of_zaken(
    client, two_places, name, django_assert_num_queries
):
    in_utrecht, in_amersfoort = two_places
    zaak_at(in_utrecht, step=2)
    zaak_at(in_amersfoort)
    login(client)
    client.get(reverse(name))  # warm up the session
    few = _queries(client, name)

    for n in range(3):
        zaak_at(in_utrecht, omschrijving=f"Melding {n}", step=2, closed=n == 0)
        zaak_at(in_amersfoort, omschrijving=f"Aanvraag {n}", step=2)
    with django_assert_num_queries(few):
        html = client.get(reverse(name)).content.decode()
    assert "Aanvraag 2" in html
