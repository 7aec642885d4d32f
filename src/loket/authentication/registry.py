"""The registry of login plug-ins. Plug-ins register themselves from their app's ready()."""

from collections.abc import Iterator

from django.conf import settings

from .base import LoginPlugin


class Registry:
    def __init__(self):
        self._plugins: dict[str, LoginPlugin] = {}

    def __call__(self, identifier: str):
        def decorator(cls: type[LoginPlugin]) -> type[LoginPlugin]:
            if identifier in self._plugins:
                raise ValueError(f"Login plug-in {identifier!r} is already registered.")
            if not identifier.isidentifier():
                raise ValueError(f"Login plug-in identifier {identifier!r} is not a plain name.")
            plugin = cls()
            plugin.identifier = identifier
            self._plugins[identifier] = plugin
            return cls

        return decorator

    def __getitem__(self, identifier: str) -> LoginPlugin:
        return self._plugins[identifier]

    def __contains__(self, identifier: str) -> bool:
        return identifier in self._plugins

    def __iter__(self) -> Iterator[LoginPlugin]:
        return iter(self._plugins.values())

    def is_enabled(self, identifier: str) -> bool:
        return identifier in self._plugins and identifier in settings.LOKET_AUTH_PLUGINS

    def iter_enabled(self) -> Iterator[LoginPlugin]:
        return (p for p in self if p.identifier in settings.LOKET_AUTH_PLUGINS)

    def iter_available(self) -> Iterator[LoginPlugin]:
        """Enabled and configured: the plug-ins to offer on the login page."""
        return (p for p in self.iter_enabled() if not p.check_config())


register = Registry()
