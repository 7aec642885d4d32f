"""Production refuses the development provider: in the settings and in the system checks."""

from django.test import override_settings

from loket.authentication.tests.test_production_settings import import_production_settings
from loket.payments.checks import check_payment_providers


def test_production_settings_refuse_the_development_provider():
    result = import_production_settings(LOKET_AUTH_PLUGINS="digid", LOKET_PAYMENT_PROVIDERS="development")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "development payment provider" in result.stderr


def test_the_system_check_refuses_the_development_provider_in_production():
    with override_settings(ENVIRONMENT="production", LOKET_PAYMENT_PROVIDERS=["development"], LOKET_PAYMENT_PROVIDER="development"):
        assert [e.id for e in check_payment_providers()] == ["loket.payments.E002"]
    with override_settings(ENVIRONMENT="development", LOKET_PAYMENT_PROVIDERS=["development"], LOKET_PAYMENT_PROVIDER="development"):
        assert check_payment_providers() == []
