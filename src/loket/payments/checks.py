from django.conf import settings
from django.core import checks


@checks.register()
def check_payment_providers(app_configs=None, **kwargs):
    """Production refuses the development provider (it takes no money) and unconfigured providers."""
    from .registry import register

    errors = []
    for identifier in settings.LOKET_PAYMENT_PROVIDERS:
        if identifier not in register:
            errors.append(checks.Error(f"Unknown payment provider {identifier!r} in LOKET_PAYMENT_PROVIDERS.", id="loket.payments.E001"))
            continue
        provider = register[identifier]
        if settings.ENVIRONMENT == "production" and provider.development_only:
            errors.append(
                checks.Error(
                    f"Payment provider {identifier!r} is for development only: it takes no money.",
                    hint="Remove it from LOKET_PAYMENT_PROVIDERS.",
                    id="loket.payments.E002",
                )
            )
        elif settings.ENVIRONMENT == "production" and provider.check_config():
            errors.append(
                checks.Error(
                    f"Payment provider {identifier!r} is not configured.",
                    hint="; ".join(provider.check_config()),
                    id="loket.payments.E003",
                )
            )
    if settings.LOKET_PAYMENT_PROVIDERS and settings.LOKET_PAYMENT_PROVIDER not in settings.LOKET_PAYMENT_PROVIDERS:
        errors.append(
            checks.Error("LOKET_PAYMENT_PROVIDER is not one of LOKET_PAYMENT_PROVIDERS.", id="loket.payments.E004")
        )
    return errors
