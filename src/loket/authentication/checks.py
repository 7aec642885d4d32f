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
        problems = plugin.check_config()
        if problems and settings.ENVIRONMENT == "production":
            errors.append(_not_configured(checks.Error, identifier, problems, "loket.auth.E003"))
    return errors


@checks.register(deploy=True)
def check_login_plugins_configured(app_configs=None, **kwargs):
    """Outside production an unconfigured DigiD/eHerkenning is normal (development enables them
    and the login page leaves them out); `loket check --deploy` still lists what is missing."""
    from .registry import register

    if settings.ENVIRONMENT == "production":
        return []  # check_login_plugins reports these as errors
    return [
        _not_configured(checks.Warning, plugin.identifier, plugin.check_config(), "loket.auth.W003")
        for plugin in register.iter_enabled()
        if plugin.check_config()
    ]


def _not_configured(level, identifier: str, problems: list[str], check_id: str):
    return level(
        f"Login plug-in {identifier!r} is enabled but not configured.", hint="; ".join(problems), id=check_id
    )
