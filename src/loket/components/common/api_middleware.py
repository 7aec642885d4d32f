"""Requests to the ZGW APIs take a shorter middleware chain.

The APIs authenticate every request with a JWT (`autorisaties.jwt_auth`) and neither read nor set
cookies, so the middleware that serves browser sessions does nothing for them except cost time.
`TokenApiMiddleware`, first in settings.MIDDLEWARE, sends API requests (`paths.is_token_api_path`)
through a second chain: settings.MIDDLEWARE without SESSION_ONLY. Everything else stays, in
the same order: security headers and the HTTPS redirect, CSP, CORS (denied unless an origin is
listed), the language, CommonMiddleware, X-Frame-Options and the request log. A middleware added
to settings.MIDDLEWARE later is in the API chain too unless it is added to SESSION_ONLY.
"""

import threading

from django.conf import settings
from django.core.handlers.base import BaseHandler

from .paths import is_token_api_path

SESSION_ONLY = frozenset(
    {
        "whitenoise.middleware.WhiteNoiseMiddleware",  # static files are under /static/
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",  # no cookie authenticates an API request
        "django.contrib.auth.middleware.AuthenticationMiddleware",  # DRF sets request.user
        "django_otp.middleware.OTPMiddleware",
        "loket.authentication.middleware.IdentityMiddleware",
        # The API's municipalities are the client's (AuthContext), never the request's.
        "loket.tenancy.middleware.TenantMiddleware",
        "django.contrib.messages.middleware.MessageMiddleware",
        "axes.middleware.AxesMiddleware",  # lockouts of the staff login
    }
)

_loading = threading.Lock()


class TokenApiMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.api_chain = _api_chain()

    def __call__(self, request):
        if is_token_api_path(request.path_info):
            return self.api_chain(request)
        return self.get_response(request)


def _api_chain():
    """Django's own handler, loaded with the API's middleware list.

    Django's loader reads settings.MIDDLEWARE, so the list is swapped in for that moment. This
    runs once per handler, while the handler itself is being loaded (process start, a test
    client's first request), before any request is served.
    """
    own = f"{__name__}.{TokenApiMiddleware.__name__}"
    full = settings.MIDDLEWARE
    handler = BaseHandler()
    with _loading:
        settings.MIDDLEWARE = [path for path in full if path not in SESSION_ONLY and path != own]
        try:
            handler.load_middleware()
        finally:
            settings.MIDDLEWARE = full
    return handler._middleware_chain
