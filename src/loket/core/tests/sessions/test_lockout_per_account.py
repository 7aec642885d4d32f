"""Guessing one staff account's password from many addresses locks that account, for a fixed hour;
the owner is told and a platform operator can unlock it."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from loket.accounts.constants import StaffRole
from loket.accounts.models import User
from loket.core.tests.test_logging import _records, log_output  # noqa: F401  (fixture)

from .conftest import PASSWORD, current_code

pytestmark = pytest.mark.django_db

LOGIN = "/medewerkers/inloggen/"
START = "2026-11-23 10:00:00+00:00"


def from_address(number: int) -> Client:
    return Client(REMOTE_ADDR=f"198.51.100.{number}")


def guess_from_five_addresses(username: str) -> list[int]:
    return [
        from_address(n).post(LOGIN, {"username": username, "password": f"fout-{n}"}).status_code for n in range(1, 6)
    ]


def logs_in(client: Client, user, device) -> bool:
    """Password, then the one-time code, as the browser does."""
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD})
    if response.status_code != 302 or response["Location"] != reverse("authentication:staff-otp"):
        return False
    client.post(reverse("authentication:staff-otp"), {"otp_token": current_code(device)})
    return client.get(reverse("modules:admin")).status_code == 200


@pytest.fixture(autouse=True)
def with_second_factor(settings):
    settings.LOKET_STAFF_REQUIRE_2FA = True


def test_five_wrong_passwords_from_five_addresses_lock_the_account_until_the_cool_off(
    staff_user, device, time_machine, capsys
):
    time_machine.move_to(START, tick=False)
    answers = guess_from_five_addresses(staff_user.username)
    assert answers[:4] == [200] * 4 and answers[4] == 429

    sixth = from_address(6)
    response = sixth.post(LOGIN, {"username": staff_user.username, "password": PASSWORD})
    assert response.status_code == 429 and "Tijdelijk geblokkeerd" in response.content.decode()
    assert sixth.session.get("_auth_user_id") is None

    time_machine.move_to("2026-11-23 11:00:01+00:00", tick=False)
    assert logs_in(sixth, staff_user, device)
    with capsys.disabled():
        print("\n[sessions] lockout per account: 5 wrong passwords from 5 addresses lock it; the right one from a "
              "6th address refused (429); works again after the hour")


def test_trying_during_the_lockout_does_not_make_it_longer(staff_user, device, time_machine):
    time_machine.move_to(START, tick=False)
    guess_from_five_addresses(staff_user.username)
    for minute in (10, 20, 30, 40, 50, 59):  # more than the limit, so counting them would lock again
        time_machine.move_to(f"2026-11-23 10:{minute}:00+00:00", tick=False)
        assert from_address(7).post(LOGIN, {"username": staff_user.username, "password": "nog-fout"}).status_code == 429
    time_machine.move_to("2026-11-23 11:00:01+00:00", tick=False)
    assert logs_in(from_address(8), staff_user, device)


def test_a_locked_account_does_not_lock_a_colleague_on_the_same_address(staff_user, utrecht):
    colleague = User.objects.create_user(
        "collega.test", password=PASSWORD, municipality=utrecht, role=StaffRole.CASE_HANDLER
    )
    guess_from_five_addresses(staff_user.username)
    response = from_address(1).post(LOGIN, {"username": colleague.username, "password": PASSWORD})
    assert response.status_code == 200  # no device: "not set up", but not locked
    assert "Tijdelijk geblokkeerd" not in response.content.decode()


def test_the_owner_gets_one_e_mail_per_lockout_and_every_refusal_is_logged(staff_user, log_output):  # noqa: F811
    staff_user.email = "beheerder@utrecht.example"
    staff_user.save()
    guess_from_five_addresses(staff_user.username)
    for n in (6, 7, 8):
        from_address(n).post(LOGIN, {"username": staff_user.username, "password": PASSWORD})

    assert len(mail.outbox) == 1
    notice = mail.outbox[0]
    assert notice.to == ["beheerder@utrecht.example"]
    assert "tijdelijk geblokkeerd" in notice.subject
    assert "60 minuten" in notice.body and "functioneel beheerder" in notice.body
    assert PASSWORD not in notice.body and "fout-" not in notice.body and "198.51.100." not in notice.body
    events = [r for r in _records(log_output) if r["event"] == "staff_login_locked_out"]
    assert len(events) == 4  # the lockout and the three refused tries after it
    assert all(PASSWORD not in str(r) for r in events)


def test_guessing_an_unknown_username_sends_nothing_and_breaks_nothing():
    answers = guess_from_five_addresses("bestaat.niet")
    assert answers[4] == 429
    assert mail.outbox == []


def test_a_platform_operator_can_unlock_the_account_at_once(staff_user, device, settings):
    guess_from_five_addresses(staff_user.username)
    operator = User.objects.create_user(
        "operator.test", password=PASSWORD, role=StaffRole.PLATFORM_OPERATOR, is_staff=True, is_superuser=True
    )
    admin = Client()
    settings.LOKET_STAFF_REQUIRE_2FA = False  # the operator's own login is not what this test is about
    admin.force_login(operator)
    user_list = admin.get(reverse("admin:accounts_user_changelist"))
    assert user_list.status_code == 200
    assert user_list.context["cl"].model_admin.locked_out(staff_user) is True

    response = admin.post(
        reverse("admin:accounts_user_changelist"),
        {"action": "unlock_accounts", "_selected_action": [staff_user.pk, operator.pk]},
        follow=True,
    )
    assert "1 account vrijgegeven." in response.content.decode()

    settings.LOKET_STAFF_REQUIRE_2FA = True
    assert logs_in(from_address(6), staff_user, device)
