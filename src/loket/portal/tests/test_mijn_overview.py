"""The Mijn Loket overview: what is running, what needs the resident, what they can arrange online."""

import pytest
from django.urls import reverse

from loket.notifications.models import InboxMessage
from loket.portal.mijn import actions

from .mijn_data import OTHER, RESIDENT, login, resident_living_in, zaak_at, zaaktype_at


@pytest.fixture
def resident(utrecht):
    return resident_living_in(utrecht, first_names="Suzanne", surname="Moulin")


def overview(client) -> str:
    response = client.get(reverse("portal:mijn-loket"))
    assert response.status_code == 200
    return response.content.decode()


def test_the_overview_shows_the_running_cases_at_every_municipality(
    client, resident, utrecht, amersfoort
):
    zaak_at(zaaktype_at(utrecht), omschrijving="Losse stoeptegel", step=2)
    zaak_at(zaaktype_at(amersfoort), omschrijving="Parkeervergunning")
    zaak_at(zaaktype_at(utrecht, identificatie="AFVAL"), omschrijving="Al opgelost", closed=True)
    zaak_at(zaaktype_at(utrecht, identificatie="BUUR"), OTHER, omschrijving="Van de buurman")
    login(client)

    html = overview(client)

    assert "Welkom, Suzanne Moulin." in html
    running = html[html.index("Wat loopt er?") :]
    assert "Losse stoeptegel" in running and "Parkeervergunning" in running
    assert "Al opgelost" not in html, "closed cases are on Mijn zaken, not here"
    assert "ook 1 afgeronde zaak" in html
    assert "Van de buurman" not in html


def test_without_anything_to_do_there_is_no_action_section(client, resident, utrecht):
    zaak_at(zaaktype_at(utrecht))
    login(client)
    assert "Wat moet u doen?" not in overview(client)


def test_unread_messages_are_something_to_do_and_are_shown(client, resident):
    InboxMessage.objects.create(bsn=RESIDENT, subject="Uw afspraak is bevestigd", body="Tot dan.")
    InboxMessage.objects.create(bsn=OTHER, subject="Niet voor u", body="-")
    login(client)

    html = overview(client)

    todo = html[html.index("Wat moet u doen?") :]
    assert "U hebt 1 nieuw bericht." in todo
    assert "Uw afspraak is bevestigd" in html
    assert "Niet voor u" not in html


def test_a_status_that_asks_for_input_puts_the_zaak_under_what_to_do(
    client, resident, utrecht, monkeypatch
):
    """The hook for issue #12: a statustype whose generic description asks the resident."""
    zaaktype = zaaktype_at(utrecht)
    zaak = zaak_at(zaaktype, omschrijving="Aanvraag met vraag", step=2)
    zaak.status.statustype.__class__.all_municipalities.filter(pk=zaak.status.statustype_id).update(
        omschrijving_generiek="Wacht op inwoner"
    )
    monkeypatch.setattr(actions, "STATUS_ASKS_FOR_INPUT", {"wacht op inwoner"})
    login(client)

    html = overview(client)

    todo = html[html.index("Wat moet u doen?") : html.index("Wat loopt er?")]
    assert "Geef informatie voor: Aanvraag met vraag" in todo
    assert reverse("portal:mijn-zaak", args=[zaak.uuid]) in todo


def test_the_overview_lists_what_the_municipality_offers_online(client, resident, utrecht):
    from loket.modules.registry import register
    from loket.modules.services import activate_module

    module = next(iter(register))
    utrecht.rsin = utrecht.rsin or "002220647"
    utrecht.save()
    activate_module(municipality=utrecht, identifier=module.identifier)
    login(client)

    html = overview(client)

    assert "Online regelen bij Utrecht" in html
    assert module.entry_url() in html


def test_the_overview_links_to_every_part_of_mijn_loket(client, resident):
    login(client)
    html = overview(client)
    for name in (
        "portal:mijn-zaken",
        "portal:mijn-documenten",
        "portal:mijn-gegevens",
        "portal:verwerkingen",
    ):
        assert f'href="{reverse(name)}"' in html
