from django.conf import settings
from django.core import checks


@checks.register()
def check_signing_key(app_configs=None, **kwargs):
    """Production signs with its own key from the environment, never the development key."""
    from .keys import uses_development_key

    if settings.ENVIRONMENT == "production" and uses_development_key():
        return [
            checks.Error(
                "Documents would be signed with the development key.",
                hint="Set LOKET_SIGNING_KEY_ID and LOKET_SIGNING_PRIVATE_KEY (Ed25519, base64).",
                id="loket.verification.E001",
            )
        ]
    return []
