"""django-oidc-provider as installed by the test settings, with the id type its migrations use."""

from oidc_provider.apps import OIDCProviderConfig


class TestOIDCProviderConfig(OIDCProviderConfig):
    default_auto_field = "django.db.models.AutoField"
