from .identity import identity_from_session


class IdentityMiddleware:
    """Sets `request.identity`: the logged-in resident or business, or None."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.identity = identity_from_session(request)
        return self.get_response(request)
