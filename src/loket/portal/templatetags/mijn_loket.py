"""`{% unread_messages as unread %}`: the badge on "Berichten" in the main navigation."""

from django import template

from loket.notifications.facade import unread_count

register = template.Library()

_CACHE_ATTRIBUTE = "_loket_unread_messages"


def remember_unread(request, count: int) -> None:
    """A view that counted the unread messages already saves the badge its query."""
    setattr(request, _CACHE_ATTRIBUTE, count)


@register.simple_tag(takes_context=True)
def unread_messages(context) -> int:
    """Unread messages of the logged-in resident, counted at most once per request (one query)."""
    request = context.get("request")
    identity = getattr(request, "identity", None)
    if identity is None or not identity.is_resident:
        return 0
    cached = getattr(request, _CACHE_ATTRIBUTE, None)
    if cached is None:
        cached = unread_count(identity.identifier)
        remember_unread(request, cached)
    return cached
