from functools import wraps

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode


def resident_required(view):
    """Only for a logged-in resident; others go to the login page and come back afterwards."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        identity = getattr(request, "identity", None)
        if identity is None or not identity.is_resident:
            return redirect(f"{reverse('authentication:login')}?{urlencode({'next': request.get_full_path()})}")
        return view(request, *args, **kwargs)

    return wrapper
