from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def safe_next_url(request, candidate: str | None, default: str = "portal:mijn-loket") -> str:
    """Only redirect to our own pages after login: an open redirect is a phishing aid."""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse(default)
