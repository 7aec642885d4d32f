"""Production settings refuse what is only for development. Each import runs in a clean process."""

import os
import subprocess
import sys

import pytest

PRODUCTION_ENV = {
    "DATABASE_URL": "postgres://x/y",
    "REDIS_URL": "redis://x",
    "SECRET_KEY": "x",
}


def import_production_settings(**extra) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ.get("PATH", ""), **PRODUCTION_ENV, **extra}
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import loket.conf.production"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_load_with_digid_and_eherkenning():
    result = import_production_settings(LOKET_AUTH_PLUGINS="digid,eherkenning")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("plugins", ["simulator", "digid,simulator"])
def test_production_refuses_the_login_simulator(plugins):
    result = import_production_settings(LOKET_AUTH_PLUGINS=plugins)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "simulator" in result.stderr


def test_production_refuses_staff_login_without_two_factor_authentication():
    result = import_production_settings(LOKET_AUTH_PLUGINS="digid", LOKET_STAFF_REQUIRE_2FA="False")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "two-factor" in result.stderr
