"""Which module apps are installed: the `loket.modules` entry points, filtered by the allowlist.

Called from settings (conf/base.py) before Django is set up, so this file imports no Django
and loads no module code: it only reads the entry points' metadata. Each entry point is named
after the module's identifier and points at the module's AppConfig, exactly as for a module
from another package:

    [project.entry-points."loket.modules"]
    demo = "loket.modules.contrib.demo.apps.DemoModuleConfig"
"""

from __future__ import annotations

from importlib.metadata import entry_points

ENTRY_POINT_GROUP = "loket.modules"


def discovered_modules() -> dict[str, str]:
    """identifier -> AppConfig path of every module installed in this Python environment."""
    found: dict[str, str] = {}
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        # The same distribution may be seen twice (an editable install); the first one wins.
        found.setdefault(entry_point.name, entry_point.value)
    return dict(sorted(found.items()))


class UnknownModules(ValueError):
    """The allowlist names modules that are not installed."""


def module_apps(allowlist: list[str] | None, discovered: dict[str, str] | None = None) -> list[str]:
    """The AppConfig paths to add to INSTALLED_APPS.

    `allowlist` None means "everything discovered" (development and tests); a list means only
    those identifiers (production), and naming one that is not installed is an error, so a typo
    does not silently switch a service off for a whole country.
    """
    discovered = discovered_modules() if discovered is None else discovered
    if allowlist is None:
        return list(discovered.values())
    wanted = [name.strip() for name in allowlist if name.strip()]
    missing = sorted(set(wanted) - set(discovered))
    if missing:
        raise UnknownModules(
            f"LOKET_MODULES_ALLOWLIST names modules that are not installed: {', '.join(missing)}. "
            f"Installed: {', '.join(discovered) or 'none'}."
        )
    return [discovered[name] for name in dict.fromkeys(wanted)]
