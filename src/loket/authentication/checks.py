from django.conf import settings
from django.core import checks


@checks.register()
def check_login_plugins(app_configs=None, **kwargs):
    from .registry import register

    errors = []
    for identifier in settings.LOKET_AUTH_PLUGINS:
        if identifier not in register:
            errors.append(
                checks.Error(f"Unknown login plug-in {identifier!r} in LOKET_AUTH_PLUGINS.", id="loket.auth.E001")
            )
            continue
        plugin = register[identifier]
        if plugin.development_only and settings.ENVIRONMENT == "production":
            errors.append(
                checks.Error(f"{identifier!r} is for development only.", id="loket.auth.E002")
            )
    return errors
