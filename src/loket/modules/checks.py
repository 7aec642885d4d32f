"""System checks: the platform does not start with a broken module descriptor (modules.E001)."""

from django.apps import apps
from django.conf import settings
from django.core import checks

from .discovery import discovered_modules
from .registry import register
from .validation import descriptor_problems


@checks.register("loket_modules")
def check_module_descriptors(app_configs=None, **kwargs):
    errors = []
    for module in register:
        for problem in descriptor_problems(module):
            errors.append(
                checks.Error(
                    f"Module {module.identifier!r}: {problem}.",
                    hint="Fix the module's descriptor (module.py); `pytest --loket-conformance "
                    f"{module.identifier}` runs every check.",
                    obj=type(module),
                    id="modules.E001",
                )
            )
    return errors


@checks.register("loket_modules")
def check_entry_points_registered(app_configs=None, **kwargs):
    """Every installed module app registered the module its entry point is named after."""
    errors = []
    installed = {config.name for config in apps.get_app_configs()} | {
        f"{type(config).__module__}.{type(config).__name__}" for config in apps.get_app_configs()
    }
    for identifier, app_path in discovered_modules().items():
        if app_path not in installed:
            continue  # not allowed in this deployment (LOKET_MODULES_ALLOWLIST)
        if identifier not in register:
            errors.append(
                checks.Error(
                    f"The entry point {identifier!r} ({app_path}) registered no module with that identifier.",
                    hint="The app's ready() must import its module.py, which uses @register; "
                    "the entry point's name must be the descriptor's identifier.",
                    id="modules.E002",
                )
            )
    allowlist = getattr(settings, "LOKET_MODULES_ALLOWLIST", None)
    for identifier in allowlist or ():
        if identifier not in register:
            errors.append(
                checks.Error(f"LOKET_MODULES_ALLOWLIST names {identifier!r}, which is not registered.", id="modules.E003")
            )
    return errors
