"""Staff log in with a password and a one-time code; the admin obeys the same rule."""

import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from loket.accounts.constants import StaffRole
from loket.accounts.models import User

PASSWORD = "een-lang-genoeg-wachtwoord"
LOGIN = "/medewerkers/inloggen/"


@pytest.fixture
def staff_user(utrecht):
    return User.objects.create_user(  # a platform operator: the only role that gets the Django admin
        "beheerder.test", password=PASSWORD, role=StaffRole.PLATFORM_OPERATOR, is_staff=True
    )


@pytest.fixture
def device(staff_user):
    return TOTPDevice.objects.create(user=staff_user, name="app", confirmed=True)


def current_code(device) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return str(totp.token()).zfill(device.digits)


def logged_in_user_id(client):
    return client.session.get("_auth_user_id")


def test_login_url_is_the_staff_login(settings):
    assert settings.LOGIN_URL == LOGIN == reverse("authentication:staff-login")


@pytest.mark.django_db
def test_the_login_page_has_labelled_fields(client):
    html = client.get(LOGIN).content.decode()
    assert '<label for="id_username">Gebruikersnaam</label>' in html
    assert '<label for="id_password">Wachtwoord</label>' in html


@pytest.mark.django_db
def test_a_wrong_password_gives_a_dutch_error_in_an_alert(client, staff_user):
    html = client.post(LOGIN, {"username": "beheerder.test", "password": "fout"}).content.decode()
    assert 'role="alert"' in html
    assert "De gebruikersnaam of het wachtwoord klopt niet." in html
    assert logged_in_user_id(client) is None


@pytest.mark.django_db
def test_without_a_device_staff_cannot_log_in_when_2fa_is_required(client, staff_user, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = True
    response = client.post(LOGIN, {"username": "beheerder.test", "password": PASSWORD})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vraag uw functioneel beheerder" in html
    assert logged_in_user_id(client) is None
    assert client.get(reverse("admin:index")).status_code == 302


@pytest.mark.django_db
def test_admin_refuses_a_session_without_a_verified_device_when_2fa_is_required(client, staff_user, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = True
    client.force_login(staff_user)  # password only, as an old session or another login path would have
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]
    login = client.get(response["Location"])
    assert login.status_code == 302
    assert login["Location"].startswith(LOGIN)


@pytest.mark.django_db
def test_the_admin_login_form_does_not_take_passwords_itself(client, staff_user, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = True
    response = client.post(reverse("admin:login"), {"username": "beheerder.test", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
    assert logged_in_user_id(client) is None


@pytest.mark.django_db
def test_with_a_verified_code_staff_log_in_and_reach_the_admin(client, staff_user, device, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = True
    step1 = client.post(LOGIN, {"username": "beheerder.test", "password": PASSWORD})
    assert step1.status_code == 302 and step1["Location"] == reverse("authentication:staff-otp")
    assert logged_in_user_id(client) is None  # the password alone does not log in

    wrong = client.post(reverse("authentication:staff-otp"), {"otp_token": "000000" if current_code(device) != "000000" else "111111"})
    assert "Deze code klopt niet" in wrong.content.decode()
    assert logged_in_user_id(client) is None

    device.refresh_from_db()
    device.throttle_reset()
    step2 = client.post(reverse("authentication:staff-otp"), {"otp_token": current_code(device)})
    assert step2.status_code == 302 and step2["Location"] == reverse("backoffice:start")
    assert client.get(step2["Location"])["Location"] == reverse("admin:index")
    assert logged_in_user_id(client) == str(staff_user.pk)
    assert client.get(reverse("admin:index")).status_code == 200


@pytest.mark.django_db
def test_next_is_kept_through_both_steps_and_foreign_sites_are_ignored(client, staff_user, device):
    client.post(LOGIN, {"username": "beheerder.test", "password": PASSWORD, "next": "/beheer/accounts/"})
    done = client.post(reverse("authentication:staff-otp"), {"otp_token": current_code(device)})
    assert done["Location"] == "/beheer/accounts/"
    client.post(reverse("authentication:staff-logout"))
    client.post(LOGIN, {"username": "beheerder.test", "password": PASSWORD, "next": "https://evil.example/"})
    device.refresh_from_db()
    device.last_t = -1
    device.save()
    done = client.post(reverse("authentication:staff-otp"), {"otp_token": current_code(device)})
    assert done["Location"] == reverse("backoffice:start")


@pytest.mark.django_db
def test_the_code_step_needs_the_password_step_first(client, staff_user, device):
    response = client.post(reverse("authentication:staff-otp"), {"otp_token": current_code(device)})
    assert response.status_code == 302 and response["Location"] == LOGIN
    assert logged_in_user_id(client) is None


@pytest.mark.django_db
def test_in_development_without_2fa_a_password_is_enough(client, staff_user, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = False
    response = client.post(LOGIN, {"username": "beheerder.test", "password": PASSWORD})
    assert response["Location"] == reverse("backoffice:start")
    assert client.get(reverse("admin:index")).status_code == 200


@pytest.mark.django_db
def test_logout_ends_the_staff_session(client, staff_user, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = False
    client.post(LOGIN, {"username": "beheerder.test", "password": PASSWORD})
    response = client.post(reverse("authentication:staff-logout"))
    assert response["Location"] == LOGIN
    assert logged_in_user_id(client) is None
    assert client.get(reverse("admin:index")).status_code == 302


@pytest.mark.django_db
def test_after_too_many_failures_even_the_right_password_is_refused(client, staff_user, settings):
    settings.LOKET_STAFF_REQUIRE_2FA = False
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(LOGIN, {"username": "beheerder.test", "password": "fout"})
    response = client.post(LOGIN, {"username": "beheerder.test", "password": PASSWORD})
    assert response.status_code == 429
    assert "Tijdelijk geblokkeerd" in response.content.decode()
    assert logged_in_user_id(client) is None
    # The admin has no password form of its own to try instead.
    via_admin = client.post(reverse("admin:login"), {"username": "beheerder.test", "password": PASSWORD})
    assert via_admin.status_code == 302 and logged_in_user_id(client) is None


@pytest.mark.django_db
def test_a_functional_administrator_lands_in_the_back_office_and_never_in_the_django_admin(client, utrecht):
    from loket.accounts.constants import StaffRole
    from loket.accounts.models import User

    User.objects.create_user(
        "beheerder.utrecht", password=PASSWORD, municipality=utrecht, role=StaffRole.FUNCTIONAL_ADMINISTRATOR,
        is_staff=True,  # even with the flag set by mistake
    )
    response = client.post(LOGIN, {"username": "beheerder.utrecht", "password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("backoffice:staff")
    assert reverse("modules:admin") in response.content.decode()  # the module menu is one click away
    assert client.get(reverse("admin:index")).status_code == 302  # the admin sends them to log in again
