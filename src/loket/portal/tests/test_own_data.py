"""Mijn gegevens and 'Wie heeft mijn gegevens bekeken': what the resident sees, and that it is logged."""

import pytest
from django.urls import reverse

from loket.privacy.actors import Actor
from loket.privacy.constants import ProcessingAction
from loket.privacy.models import ProcessingRecord
from loket.privacy.services import log_processing

SUZANNE = "999993653"


def _login(client, bsn=SUZANNE):
    client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": bsn})


def _staff_read(bsn: str, who: str, purpose: str):
    log_processing(
        actor=Actor("staff", "42", who),
        action=ProcessingAction.READ,
        action_name="Zaak behandelen",
        purpose=purpose,
        legal_basis="Wet basisregistratie personen",
        object_type="persoon",
        subject_bsn=bsn,
    )


def test_mijn_gegevens_shows_the_registry_data_of_the_logged_in_resident(client, test_persons):
    _login(client)
    page = client.get(reverse("portal:mijn-gegevens")).content.decode()
    assert "Suzanne Moulin" in page
    assert "Rotterdam" in page
    assert "Franse" in page
    assert "Boterdiep 31" in page
    assert "Jean Marie Beaudelaire" in page
    assert "basisregistratie personen" in page


def test_mijn_loket_and_mijn_gegevens_each_log_the_read_with_the_resident_as_actor(client, test_persons):
    _login(client)
    before = ProcessingRecord.objects.count()
    client.get(reverse("portal:mijn-loket"))
    after_overview = ProcessingRecord.objects.count()
    client.get(reverse("portal:mijn-gegevens"))
    rows = ProcessingRecord.objects.order_by("pk")[after_overview:]
    assert after_overview == before + 1
    assert rows, "Mijn gegevens must log its read"
    assert {row.actor_kind for row in rows} == {"resident"}
    assert all(row.purpose == "inzage eigen gegevens" for row in rows)
    assert all(SUZANNE not in (row.actor_id + row.subject_ref + row.object_id) for row in rows)


def test_the_resident_sees_who_else_processed_their_data_and_only_their_own_rows(client, test_persons):
    _staff_read(SUZANNE, "J. de Vries", "behandeling verhuizing")
    _staff_read("999995078", "P. Jansen", "behandeling van iemand anders")
    _login(client)
    client.get(reverse("portal:mijn-loket"))

    page = client.get(reverse("portal:verwerkingen")).content.decode()

    assert "J. de Vries" in page
    assert "behandeling verhuizing" in page
    assert "P. Jansen" not in page
    assert "behandeling van iemand anders" not in page
    assert "keer zelf bekeken" in page


def test_the_resident_can_also_see_their_own_looks(client, test_persons):
    _login(client)
    client.get(reverse("portal:mijn-gegevens"))
    page = client.get(reverse("portal:verwerkingen") + "?eigen=1").content.decode()
    assert "uzelf (inwoner) heeft uw gegevens bekeken" in page


def test_the_processing_list_is_paged(client, test_persons):
    for n in range(30):
        _staff_read(SUZANNE, f"Medewerker {n}", "controle")
    _login(client)
    first = client.get(reverse("portal:verwerkingen")).content.decode()
    second = client.get(reverse("portal:verwerkingen") + "?pagina=2").content.decode()
    assert "Pagina 1 van 2" in first
    assert "Medewerker 29" in first and "Medewerker 0 " not in first
    assert "Medewerker 0 " in second


@pytest.mark.parametrize("name", ["portal:mijn-gegevens", "portal:verwerkingen"])
def test_own_data_pages_need_a_login(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("authentication:login"))


def test_mijn_gegevens_reads_a_large_household_in_a_fixed_number_of_queries(
    client, test_persons, django_assert_max_num_queries
):
    """No N+1: the page for someone sharing an address with 20 others costs what it costs for one.

    999996460 shares the address with 20 people; each gets a processing-log row, written together.
    """
    _login(client, "999996460")
    before = ProcessingRecord.objects.count()
    with django_assert_max_num_queries(16):  # 15 + the unread count of the "Berichten" badge
        page = client.get(reverse("portal:mijn-gegevens")).content.decode()
    household = page.split('id="household-title"')[1].split("</section>")[0]
    assert household.count("<li>") == 20
    rows = ProcessingRecord.objects.order_by("pk")[before:]
    assert sorted(row.action_name for row in rows) == ["Als lid van het huishouden tonen"] * 20 + ["Persoonslijst tonen"]
    assert len({row.subject_ref for row in rows}) == 21  # one row for each person shown
