"""A resident who moves takes Mijn Loket along: the new municipality's portal, the old cases kept."""

from datetime import date

from django.urls import reverse

from loket.privacy.actors import Actor
from loket.registry import services as registry
from loket.registry.tests.factories import make_address

from .mijn_data import branding, login, resident_living_in, zaak_at, zaaktype_at

BURGERZAKEN = Actor("staff", "7", "Medewerker Burgerzaken")


def test_after_a_recorded_move_the_portal_is_the_new_municipalitys_and_the_old_cases_stay(
    client, utrecht, amersfoort
):
    from loket.modules.registry import register
    from loket.modules.services import activate_module

    branding(utrecht, display_name="Gemeente Utrecht", phone="14 030")
    branding(amersfoort, display_name="Gemeente Amersfoort", phone="14 033")
    module = next(iter(register))
    zaaktype_at(amersfoort)  # gives Amersfoort its RSIN and catalogus
    activate_module(municipality=amersfoort, identifier=module.identifier)
    person = resident_living_in(utrecht)
    zaak = zaak_at(zaaktype_at(utrecht), omschrijving="Losse stoeptegel Oudegracht", step=2)
    login(client)

    before = client.get(reverse("portal:mijn-loket")).content.decode()
    assert "Uw gemeente: Utrecht" in before
    assert "Gemeente Utrecht" in before and "14 030" in before
    assert "Online regelen bij" not in before, "Utrecht has switched on no module"

    new_home = make_address(amersfoort, street="Langestraat", postcode="3811AB")
    registry.register_move(
        bsn=person.bsn,
        address_id=new_home.pk,
        moved_on=date(2024, 3, 1),
        actor=BURGERZAKEN,
        purpose="verhuizing verwerken",
    )

    after = client.get(reverse("portal:mijn-loket")).content.decode()
    assert "Uw gemeente: Amersfoort" in after
    assert "Gemeente Amersfoort" in after and "14 033" in after
    assert "Gemeente Utrecht" not in after and "14 030" not in after
    assert "Online regelen bij Amersfoort" in after and module.entry_url() in after
    assert "/huisstijl/0307.css" in after and "/huisstijl/0344.css" in before

    zaken = client.get(reverse("portal:mijn-zaken")).content.decode()
    assert "Losse stoeptegel Oudegracht" in zaken and "Utrecht" in zaken
    detail = client.get(reverse("portal:mijn-zaak", args=[zaak.uuid]))
    assert detail.status_code == 200
    assert "Gemeente Amersfoort" in detail.content.decode(), (
        "the page around the old case is Amersfoort's"
    )
