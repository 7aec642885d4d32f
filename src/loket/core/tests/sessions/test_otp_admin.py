"""The TOTP device admin: an unknown device id is a 404, and no page shows a device's secret."""

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from loket.accounts.constants import StaffRole
from loket.accounts.models import User

pytestmark = pytest.mark.django_db

PAGES = ["admin:otp_totp_totpdevice_config", "admin:otp_totp_totpdevice_qrcode"]


@pytest.fixture
def superuser_browser(settings):
    settings.LOKET_STAFF_REQUIRE_2FA = False
    operator = User.objects.create_user(
        "operator.test", password="x" * 16, role=StaffRole.PLATFORM_OPERATOR, is_staff=True, is_superuser=True
    )
    browser = Client(raise_request_exception=False)
    browser.force_login(operator)
    return browser


@pytest.mark.parametrize("page", PAGES)
def test_the_page_of_a_device_that_does_not_exist_is_a_404(superuser_browser, page):
    assert superuser_browser.get(reverse(page, kwargs={"pk": 987654})).status_code == 404


@pytest.mark.parametrize("page", PAGES)
def test_the_secret_of_an_existing_device_is_not_shown(superuser_browser, staff_user, page):
    device = TOTPDevice.objects.create(user=staff_user, name="app", confirmed=True)
    response = superuser_browser.get(reverse(page, kwargs={"pk": device.pk}))
    assert response.status_code == 403
    assert device.key not in response.content.decode()
    change_form = superuser_browser.get(reverse("admin:otp_totp_totpdevice_change", args=[device.pk]))
    assert change_form.status_code == 200 and device.key not in change_form.content.decode()
