from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

from loket.accounts.constants import StaffRole
from loket.accounts.models import User


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_create_staff_user_prints_a_totp_provisioning_uri(utrecht):
    output = run("create_staff_user", "--municipality", "0344", "--role", "case_handler", "j.jansen")

    user = User.objects.get(username="j.jansen")
    assert user.municipality == utrecht and user.role == StaffRole.CASE_HANDLER and not user.is_staff
    device = TOTPDevice.objects.get(user=user, confirmed=True)
    assert device.config_url in output
    assert "otpauth://totp/Loket%3Aj.jansen?" in output and "issuer=Loket" in output
    password = output.split("Password (shown once): ")[1].split()[0]
    assert user.check_password(password)


@pytest.mark.django_db
def test_only_a_platform_operator_may_use_the_admin(utrecht):
    run("create_staff_user", "--municipality", "0344", "--role", "functional_administrator", "--password", "een-lang-genoeg-wachtwoord", "fb.utrecht")
    user = User.objects.get(username="fb.utrecht")
    assert not user.is_staff and user.check_password("een-lang-genoeg-wachtwoord")
    run("create_staff_user", "--role", "platform_operator", "--password", "een-lang-genoeg-wachtwoord", "platform")
    assert User.objects.get(username="platform").is_staff


@pytest.mark.django_db
def test_createsuperuser_makes_a_platform_operator_without_a_municipality():
    user = User.objects.create_superuser("operator", "op@example.nl", "een-lang-genoeg-wachtwoord")
    assert user.role == StaffRole.PLATFORM_OPERATOR and user.municipality is None and user.is_platform_operator


@pytest.mark.django_db
def test_create_staff_user_refuses_bad_input(utrecht):
    with pytest.raises(CommandError, match="precies één gemeente"):
        run("create_staff_user", "--role", "case_handler", "zonder.gemeente")
    with pytest.raises(CommandError, match="No municipality"):
        run("create_staff_user", "--municipality", "9999", "iemand")
    with pytest.raises(CommandError):
        run("create_staff_user", "--municipality", "0344", "--password", "kort", "zwak.wachtwoord")
    run("create_staff_user", "--municipality", "0344", "dubbel")
    with pytest.raises(CommandError, match="already exists"):
        run("create_staff_user", "--municipality", "0344", "dubbel")
    assert not User.objects.exclude(username="dubbel").exists()


@pytest.mark.django_db
def test_demo_staff_accounts_are_created_once_per_demo_municipality(utrecht, rotterdam, eindhoven, amersfoort, client):
    run("create_demo_staff")
    run("create_demo_staff")  # idempotent

    names = set(User.objects.values_list("username", flat=True))
    assert names == {
        f"{prefix}.{town}"
        for prefix in ("behandelaar", "beheerder")
        for town in ("utrecht", "rotterdam", "eindhoven", "amersfoort")
    }
    beheerder = User.objects.get(username="beheerder.utrecht")
    assert beheerder.role == StaffRole.FUNCTIONAL_ADMINISTRATOR and beheerder.municipality == utrecht
    response = client.post("/medewerkers/inloggen/", {"username": "behandelaar.utrecht", "password": "demo-wachtwoord-2026"})
    assert response.status_code == 302


@pytest.mark.django_db
def test_demo_staff_is_refused_in_production(settings):
    settings.ENVIRONMENT = "production"
    with pytest.raises(CommandError, match="never"):
        run("create_demo_staff")


def test_load_demo_data_runs_create_demo_staff():
    from loket.core.management_fixtures import fixtures

    assert "create_demo_staff" in fixtures("demo_command")
