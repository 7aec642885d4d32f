from .selectors import branding_for_request


def municipality(request):
    return {"municipality": getattr(request, "municipality", None), "branding": branding_for_request(request)}
