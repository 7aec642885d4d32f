"""Which addresses the platform may send to: no loopback, private or link-local ones in production.

Checked when a subscriber registers a callback URL and again right before every HTTP delivery,
so a host name that later resolves to an internal address (DNS rebinding) is still refused.
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not (
        address.is_multicast or address.is_reserved or address.is_unspecified or address.is_loopback
    )


def _addresses_of(host: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise ValidationError(_("Het adres van de callback-URL is niet te vinden.")) from exc
    return [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]


def check_callback_url(url: str) -> None:
    """Raise `ValidationError` (Dutch message) unless `url` is an http(s) URL the platform may call."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        raise ValidationError(_("De callback-URL is geen geldige URL.")) from exc
    if parts.scheme not in ("http", "https") or not host:
        raise ValidationError(
            _("De callback-URL moet met http:// of https:// beginnen en een host hebben.")
        )
    if parts.username or parts.password:
        raise ValidationError(_("Zet geen gebruikersnaam of wachtwoord in de callback-URL."))
    if settings.LOKET_NOTIFICATIONS_ALLOW_PRIVATE_TARGETS:
        return
    addresses = _addresses_of(host.strip("[]"))
    if not addresses or not all(_is_public(address) for address in addresses):
        raise ValidationError(
            _(
                "De callback-URL wijst naar een intern of lokaal netwerkadres. Dat is niet toegestaan."
            )
        )
