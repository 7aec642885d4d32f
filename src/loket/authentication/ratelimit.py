"""A cheap per-address limit on resident login attempts, kept in the cache.

Staff logins are throttled per account and address by django-axes; this only keeps one
address from hammering the simulator or the start of a DigiD/eHerkenning login.
"""

import structlog
from django.conf import settings
from django.shortcuts import render

from loket.core.attempt_counter import within_limit

logger = structlog.get_logger(__name__)


def _client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def attempt_allowed(request, scope: str) -> bool:
    """Count one attempt; False once the address went over the limit within the window."""
    return within_limit(
        f"loket:login-attempts:{scope}:{_client_address(request)}",
        limit=settings.LOKET_LOGIN_RATE_LIMIT,
        window=settings.LOKET_LOGIN_RATE_WINDOW,
    )


def rate_limited_response(request):
    logger.warning("login_rate_limited", path=request.path)  # audit: someone is guessing or hammering
    return render(request, "authentication/rate_limited.html", status=429)
