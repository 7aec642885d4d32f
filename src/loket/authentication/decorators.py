"""Who may see a view: a logged-in resident, or a fully logged-in staff member.

The one place that says where someone who is not logged in is sent (the login page, with a
`next` back to where they were) and when a staff login counts (with the second factor, unless
LOKET_STAFF_REQUIRE_2FA is off). The portal and the module framework build on these.
"""

from functools import wraps

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode


def login_redirect(request, login_url_name: str = "authentication:login"):
    """To the login page, coming back to this page afterwards."""
    return redirect(f"{reverse(login_url_name)}?{urlencode({'next': request.get_full_path()})}")


def is_resident(request) -> bool:
    identity = getattr(request, "identity", None)
    return identity is not None and identity.is_resident


def resident_required(view):
    """Only for a logged-in resident; others go to the login page and come back afterwards."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_resident(request):
            return login_redirect(request)
        return view(request, *args, **kwargs)

    return wrapper


def is_verified_staff(user) -> bool:
    """Logged in as staff with the second factor (or 2FA is switched off, in development)."""
    if not user.is_authenticated:
        return False
    return not settings.LOKET_STAFF_REQUIRE_2FA or (hasattr(user, "is_verified") and user.is_verified())
