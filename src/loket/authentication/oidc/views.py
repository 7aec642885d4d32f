"""Start and finish a DigiD or eHerkenning login (OIDC authorization code flow).

Start: mozilla-django-oidc's request view builds the authorization request with state, nonce and
a PKCE challenge, and keeps them in the session. Callback: the state must be one we handed out
(and is used once); the library's backend exchanges the code, checks the ID token's signature
against the provider's JWKS, its expiry and nonce; the plug-in then checks the BSN or KVK number
and logs the identity in with a new session id.
"""

import jwt
import requests
import structlog
from django.core.exceptions import SuspiciousOperation, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View
from mozilla_django_oidc.views import OIDCAuthenticationRequestView

from ..identity import login_identity
from ..registry import register
from ..urls_safety import safe_next_url
from .backend import ProviderClaimsBackend
from .config import get_setting

logger = structlog.get_logger(__name__)

NEXT_KEY = "oidc_login_next"
STATES_KEY = "oidc_states"
VERIFY_ERRORS = (SuspiciousOperation, requests.RequestException, jwt.PyJWTError, ValueError, KeyError)


class ProviderRequestView(OIDCAuthenticationRequestView):
    provider = ""

    def get_settings(self, attr, *args):
        return get_setting(self.provider, attr, *args)


def start_provider_login(request, provider: str, next_url: str):
    view = ProviderRequestView(provider=provider)
    view.setup(request)
    response = view.get(request)
    request.session[NEXT_KEY] = next_url
    return response


class ProviderCallbackView(View):
    """Where the provider sends the browser back to, with `code` and `state`."""

    plugin = ""

    def get(self, request):
        if not register.is_enabled(self.plugin):
            raise Http404
        plugin = register[self.plugin]
        state = request.GET.get("state", "")
        entry = self.pop_state(request, state)
        if request.GET.get("error"):
            logger.info("oidc_login_cancelled", plugin=self.plugin, error=request.GET["error"][:64])
            return self.failure(plugin, _("Het inloggen is afgebroken. U bent niet ingelogd."))
        if entry is None or not request.GET.get("code"):
            logger.warning("oidc_login_unknown_state", plugin=self.plugin)
            return self.failure(plugin, _("Het inloggen is verlopen of niet goed gestart. Probeer het opnieuw."))

        backend = ProviderClaimsBackend(self.plugin)
        try:
            claims = backend.authenticate(request, nonce=entry.get("nonce"), code_verifier=entry.get("code_verifier"))
        except VERIFY_ERRORS as error:
            logger.warning("oidc_login_verification_failed", plugin=self.plugin, error_type=type(error).__name__)
            claims = None
        if not claims:
            return self.failure(plugin, _("We konden uw inlog niet controleren. Probeer het opnieuw."))

        try:
            identifier = plugin.clean_identifier(claims)
        except ValidationError:
            logger.warning("oidc_login_invalid_identifier", plugin=self.plugin)
            return self.failure(plugin, plugin.invalid_identifier_message)

        next_url = request.session.pop(NEXT_KEY, None)
        login_identity(request, plugin.identity_logged_in(identifier, claims))
        return redirect(safe_next_url(request, next_url))

    @staticmethod
    def pop_state(request, state: str) -> dict | None:
        """A state is used at most once, whether the login then succeeds or not."""
        states = request.session.get(STATES_KEY)
        if not state or not isinstance(states, dict) or state not in states:
            return None
        entry = states.pop(state)
        request.session[STATES_KEY] = states
        request.session.save()
        return entry

    def failure(self, plugin, message: str):
        request = self.request
        request.session.pop(NEXT_KEY, None)
        context = {"plugin": plugin, "message": message}
        return render(request, "authentication/oidc_error.html", context, status=400)
