"""A real OpenID Connect provider (django-oidc-provider) for the DigiD/eHerkenning tests.

The tests switch ROOT_URLCONF to this module, so the live server answers both as Loket (the
relying party) and, under /oidc/, as the provider. PROVIDER_CLAIMS says which BSN or KVK number
the provider vouches for per provider account; the provider hands them out as the `bsn` and
`kvk` scopes on its userinfo endpoint.
"""

from django.urls import include, path
from oidc_provider.lib.claims import ScopeClaims

from loket.urls import urlpatterns as loket_urlpatterns

PROVIDER_CLAIMS: dict[str, dict[str, str]] = {}


class DutchIdentityScopeClaims(ScopeClaims):
    def _claim(self, name: str) -> dict:
        return {name: PROVIDER_CLAIMS.get(self.user.get_username(), {}).get(name)}

    def scope_bsn(self):
        return self._claim("bsn")

    def scope_kvk(self):
        return self._claim("kvk")


urlpatterns = [
    path("oidc/", include("oidc_provider.urls", namespace="oidc_provider")),
    *loket_urlpatterns,
]
