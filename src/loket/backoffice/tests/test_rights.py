"""Roles: a functional administrator manages the staff of their municipality, never their own
rights; every change of rights is audited. The Django admin is for platform operators only."""

import pytest
from django.test import Client
from django.urls import reverse

from loket.accounts import lockout
from loket.accounts.constants import StaffRole
from loket.accounts.models import User
from loket.accounts.services import create_staff_user
from loket.backoffice.models import RightsChange
from loket.modules import services as module_services

from .world import VERHUIZEN, administrator, handler

pytestmark = pytest.mark.django_db


@pytest.fixture
def rotterdam_with_moves(rotterdam):
    rotterdam.rsin = "002220647"
    rotterdam.save(update_fields=["rsin"])
    module_services.activate_module(municipality=rotterdam, identifier="verhuizen")
    return rotterdam


def test_an_administrator_cannot_escalate_their_own_role(client, rotterdam_with_moves):
    admin = administrator(rotterdam_with_moves, "beheerder")
    client.force_login(admin)
    url = reverse("backoffice:staff-edit", args=[admin.pk])
    assert "Uw eigen rechten kunt u niet wijzigen" in client.get(url).content.decode()
    for role in (StaffRole.CASE_HANDLER, StaffRole.FUNCTIONAL_ADMINISTRATOR, StaffRole.NATIONAL_COORDINATOR):
        response = client.post(url, {"rol": role, "zaaktypen": [VERHUIZEN], "actief": "on"})
        assert response.status_code == 400
    admin.refresh_from_db()
    assert admin.role == StaffRole.FUNCTIONAL_ADMINISTRATOR and admin.zaaktypen == [] and not admin.is_staff
    assert not RightsChange.all_municipalities.exists()


def test_an_administrator_cannot_give_a_national_role(client, rotterdam_with_moves):
    client.force_login(administrator(rotterdam_with_moves, "beheerder"))
    colleague = handler(rotterdam_with_moves, "collega", zaaktypen=[])
    response = client.post(reverse("backoffice:staff-edit", args=[colleague.pk]), {"rol": StaffRole.NATIONAL_COORDINATOR, "actief": "on"})
    assert response.status_code == 400
    colleague.refresh_from_db()
    assert colleague.role == StaffRole.CASE_HANDLER


def test_granting_a_zaaktype_is_audited(client, rotterdam_with_moves):
    admin = administrator(rotterdam_with_moves, "beheerder")
    colleague = handler(rotterdam_with_moves, "collega", zaaktypen=[])
    client.force_login(admin)
    response = client.post(reverse("backoffice:staff-edit", args=[colleague.pk]), {"rol": StaffRole.CASE_HANDLER, "zaaktypen": [VERHUIZEN], "actief": "on"})
    assert response.status_code == 302
    colleague.refresh_from_db()
    assert colleague.zaaktypen == [VERHUIZEN]
    change = RightsChange.all_municipalities.get()
    assert (change.changed_by_username, change.staff_member_username) == ("beheerder", "collega")
    assert change.before["zaaktypen"] == [] and change.after["zaaktypen"] == [VERHUIZEN]
    assert "collega" in client.get(reverse("backoffice:staff")).content.decode()


def test_an_administrator_manages_only_their_own_municipality(client, rotterdam_with_moves, eindhoven):
    client.force_login(administrator(rotterdam_with_moves, "beheerder"))
    elsewhere = handler(eindhoven, "medewerker-eindhoven", zaaktypen=[])
    assert client.get(reverse("backoffice:staff-edit", args=[elsewhere.pk])).status_code == 404
    assert "medewerker-eindhoven" not in client.get(reverse("backoffice:staff")).content.decode()


def test_roles_see_only_their_own_pages(client, rotterdam_with_moves):
    client.force_login(handler(rotterdam_with_moves, "rdam"))
    assert client.get(reverse("backoffice:staff")).status_code == 403
    assert client.get(reverse("backoffice:national")).status_code == 403
    client.force_login(administrator(rotterdam_with_moves, "beheerder"))
    assert client.get(reverse("backoffice:queue")).status_code == 403
    coordinator = User.objects.create_user("landelijk", role=StaffRole.NATIONAL_COORDINATOR)
    client.force_login(coordinator)
    page = client.get(reverse("backoffice:national"))
    assert page.status_code == 200 and "Verhuizing doorgeven" in page.content.decode()
    assert client.get(reverse("backoffice:queue")).status_code == 403
    client.logout()
    assert client.get(reverse("backoffice:queue"))["Location"].startswith(reverse("authentication:staff-login"))


def test_municipal_staff_get_no_django_admin(client, rotterdam):
    for role in (StaffRole.CASE_HANDLER, StaffRole.FUNCTIONAL_ADMINISTRATOR):
        user, _device = create_staff_user(username=f"x-{role}", role=role, municipality=rotterdam, password="een-lang-genoeg-wachtwoord")
        client.force_login(user)
        response = client.get("/beheer/")
        assert response.status_code == 302 and "login" in response["Location"]  # no admin index for them
    operator = User.objects.create_superuser("operator", "op@example.nl", "een-lang-genoeg-wachtwoord")
    client.force_login(operator)
    assert client.get("/beheer/").status_code == 200


def test_an_administrator_gives_a_locked_out_colleague_their_login_back(client, rotterdam_with_moves):
    colleague = handler(rotterdam_with_moves, "collega", zaaktypen=[])
    for n in range(1, 6):  # five wrong passwords, from five addresses
        Client(REMOTE_ADDR=f"198.51.100.{n}").post("/medewerkers/inloggen/", {"username": "collega", "password": f"fout-{n}"})
    assert lockout.is_locked_out("collega")
    client.force_login(administrator(rotterdam_with_moves, "beheerder"))
    page = client.get(reverse("backoffice:staff-edit", args=[colleague.pk])).content.decode()
    assert "Dit account is geblokkeerd" in page and "Account nu vrijgeven" in page

    response = client.post(reverse("backoffice:staff-unlock", args=[colleague.pk]), follow=True)
    assert "Het account is vrijgegeven" in response.content.decode()
    assert not lockout.is_locked_out("collega")
    assert "Dit account is geblokkeerd" not in response.content.decode()


def test_an_administrator_cannot_unlock_staff_of_another_municipality(client, rotterdam_with_moves, utrecht):
    elsewhere = handler(utrecht, "elders", zaaktypen=[])
    client.force_login(administrator(rotterdam_with_moves, "beheerder"))
    assert client.post(reverse("backoffice:staff-unlock", args=[elsewhere.pk])).status_code == 404
    assert client.get(reverse("backoffice:staff-unlock", args=[elsewhere.pk])).status_code == 405
