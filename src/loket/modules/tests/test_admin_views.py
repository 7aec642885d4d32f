"""The functional administrator's screen: their own municipality's modules, switched with a form."""

import pytest
from django.test import Client

from loket.accounts.constants import StaffRole
from loket.modules.models import ModuleActivation
from loket.modules.selectors import available_online, module_options

PRODUCT = "http://standaarden.overheid.nl/owms/terms/melding_openbare_ruimte_(algemeen)"


@pytest.fixture
def admin_client(utrecht, with_rsin, django_user_model):
    with_rsin(utrecht)
    user = django_user_model.objects.create_user(
        "fb-utrecht", municipality=utrecht, role=StaffRole.FUNCTIONAL_ADMINISTRATOR, first_name="Fenna"
    )
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def _csrf(client, url):
    page = client.get(url)
    return page, page.context["csrf_token"]


def test_the_administrator_sees_the_menu_and_switches_a_module_on_for_their_municipality(admin_client, utrecht, amersfoort):
    page, token = _csrf(admin_client, "/medewerkers/modules/")
    html = page.content.decode()
    assert page.status_code == 200 and "Modules van Utrecht" in html and "Melding openbare ruimte" in html
    response = admin_client.post(
        "/medewerkers/modules/", {"identifier": "demo", "action": "activate", "csrfmiddlewaretoken": token}, follow=True
    )
    assert "De module staat nu aan" in response.content.decode()
    assert available_online(utrecht, PRODUCT) is not None
    assert available_online(amersfoort, PRODUCT) is None


def test_a_post_without_csrf_token_is_refused(admin_client, utrecht):
    response = admin_client.post("/medewerkers/modules/", {"identifier": "demo", "action": "activate"})
    assert response.status_code == 403
    assert not ModuleActivation.all_municipalities.exists()


def test_options_are_set_with_dutch_errors_next_to_the_field(admin_client, utrecht):
    page, token = _csrf(admin_client, "/medewerkers/modules/demo/")
    assert 'name="options-reply_days"' in page.content.decode()
    bad = admin_client.post(
        "/medewerkers/modules/demo/", {"options-reply_days": "99", "csrfmiddlewaretoken": token, "action": "options"}
    )
    assert bad.status_code == 400
    assert 'aria-invalid="true"' in bad.content.decode()
    assert not ModuleActivation.all_municipalities.exists()
    good = admin_client.post(
        "/medewerkers/modules/demo/",
        {"options-reply_days": "2", "options-intro_text": "Meld het!", "csrfmiddlewaretoken": token, "action": "options"},
    )
    assert good.status_code == 302
    assert module_options(utrecht, "demo") == {"intro_text": "Meld het!", "reply_days": 2}


@pytest.mark.parametrize("role", [StaffRole.CASE_HANDLER])
def test_other_staff_cannot_switch_modules(utrecht, django_user_model, role):
    user = django_user_model.objects.create_user("behandelaar", municipality=utrecht, role=role)
    client = Client()
    client.force_login(user)
    assert client.get("/medewerkers/modules/").status_code == 403
    assert client.post("/medewerkers/modules/", {"identifier": "demo", "action": "activate"}).status_code == 403
    assert not ModuleActivation.all_municipalities.exists()


def test_anonymous_visitors_go_to_the_staff_login(db):
    response = Client().get("/medewerkers/modules/")
    assert response.status_code == 302 and response["Location"].startswith("/medewerkers/inloggen/")
