"""Routers and transports, registered by the owning apps in `AppConfig.ready()`.

A router turns a message of one kind into (transport name, target key) pairs; a transport
delivers one delivery. Registering the same name twice replaces the earlier function (so module
reloads in tests do not fail).
"""

from collections.abc import Callable

Router = Callable[..., list[tuple[str, str]]]
Transport = Callable[..., None]

_routers: dict[str, Router] = {}
_transports: dict[str, Transport] = {}


def register_router(kind: str, func: Router) -> None:
    _routers[kind] = func


def register_transport(name: str, func: Transport) -> None:
    _transports[name] = func


def router_for(kind: str) -> Router | None:
    return _routers.get(kind)


def transport_for(name: str) -> Transport | None:
    return _transports.get(name)
