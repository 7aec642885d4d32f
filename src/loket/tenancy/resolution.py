"""Which municipality a request belongs to.

Staff work for the municipality they belong to. A resident's municipality is the one they live
in according to the registry, asked on every request so a recorded move takes effect at once.
The registry answers through the `LOKET_RESIDENCE_LOOKUP` hook, so tenancy imports no registry.
"""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from .models import Municipality


@cache
def _residence_lookup():
    path = getattr(settings, "LOKET_RESIDENCE_LOOKUP", "")
    return import_string(path) if path else None


def municipality_for_resident(bsn: str) -> Municipality | None:
    lookup = _residence_lookup()
    code = lookup(bsn) if lookup else None
    if not code:
        return None
    return Municipality.objects.filter(code=code).first()


def municipality_for_request(request) -> Municipality | None:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and getattr(user, "municipality_id", None):
        return user.municipality
    identity = getattr(request, "identity", None)
    if identity is not None and identity.is_resident:
        return municipality_for_resident(identity.identifier)
    return None
