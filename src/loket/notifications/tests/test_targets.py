import socket

import pytest
from django.core.exceptions import ValidationError

from loket.notifications.targets import check_callback_url


@pytest.fixture
def production(settings):
    settings.LOKET_NOTIFICATIONS_ALLOW_PRIVATE_TARGETS = False


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://127.8.9.10:8000/hook",
        "http://10.1.2.3/hook",
        "http://172.16.0.1/hook",
        "http://192.168.1.1/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://100.64.0.1/hook",
        "http://0.0.0.0/hook",
        "http://[::1]/hook",
        "http://[fe80::1]/hook",
        "http://[fc00::1]/hook",
        "http://[fd12:3456::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://[::ffff:10.0.0.1]/hook",
        "http://224.0.0.1/hook",
        "http://localhost:8000/hook",
    ],
)
def test_internal_addresses_are_refused_in_production(production, url):
    with pytest.raises(ValidationError, match="intern of lokaal"):
        check_callback_url(url)


def test_a_host_name_that_resolves_to_a_private_address_is_refused(production, monkeypatch):
    def resolve(host, *args, **kwargs):
        assert host == "intern.voorbeeld.nl"
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 0)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", 0)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with pytest.raises(ValidationError, match="intern of lokaal"):
        check_callback_url("https://intern.voorbeeld.nl/callback")


def test_a_host_name_with_public_addresses_is_accepted(production, monkeypatch):
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda *a, **k: [
            (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("2001:4860:4860::8888", 0, 0, 0))
        ],
    )
    check_callback_url("https://ontvanger.voorbeeld.nl/callback")


def test_an_unknown_host_is_refused(production, monkeypatch):
    def fail(*args, **kwargs):
        raise socket.gaierror("not found")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(ValidationError, match="niet te vinden"):
        check_callback_url("https://bestaat-niet.voorbeeld.nl/")


def test_a_public_address_is_accepted(production):
    check_callback_url("https://93.184.216.34/callback")


@pytest.mark.parametrize(
    "url",
    [
        "ftp://93.184.216.34/x",
        "javascript:alert(1)",
        "http:///pad",
        "https://user:pw@93.184.216.34/",
        "http://[::1",
    ],
)
def test_malformed_urls_are_refused(production, url):
    with pytest.raises(ValidationError):
        check_callback_url(url)


def test_development_and_tests_may_use_local_receivers(settings):
    settings.LOKET_NOTIFICATIONS_ALLOW_PRIVATE_TARGETS = True
    check_callback_url("http://127.0.0.1:8001/hook")
    with pytest.raises(ValidationError):
        check_callback_url("file:///etc/passwd")


def test_production_settings_refuse_private_targets_by_default():
    import subprocess
    import sys

    code = "from django.conf import settings; print(settings.LOKET_NOTIFICATIONS_ALLOW_PRIVATE_TARGETS)"
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "loket.conf.production",
        "SECRET_KEY": "x",
        "DATABASE_URL": "postgres://u@127.0.0.1:1/x",
        "REDIS_URL": "redis://127.0.0.1:1/0",
    }
    out = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "False"
