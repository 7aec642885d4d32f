"""Staff accounts with and without a second factor, and a helper that logs them in as the browser does."""

import pytest
from django.core.cache import cache
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from loket.accounts.constants import StaffRole
from loket.accounts.models import User

PASSWORD = "een-lang-genoeg-wachtwoord"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff_user(utrecht):
    return User.objects.create_user(
        "beheerder.test", password=PASSWORD, municipality=utrecht, role=StaffRole.FUNCTIONAL_ADMINISTRATOR, is_staff=True
    )


@pytest.fixture
def device(staff_user):
    return TOTPDevice.objects.create(user=staff_user, name="app", confirmed=True)


def current_code(device) -> str:
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return str(totp.token()).zfill(device.digits)


def wrong_code(device) -> str:
    return str((int(current_code(device)) + 1) % 1_000_000).zfill(6)
