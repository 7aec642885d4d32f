from .context import activate
from .resolution import municipality_for_request


class TenantMiddleware:
    """Activates the request's municipality for everything the view does, and nothing after."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        municipality = municipality_for_request(request)
        request.municipality = municipality
        with activate(municipality):
            return self.get_response(request)
