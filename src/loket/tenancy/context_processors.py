from .selectors import branding_for


def municipality(request):
    current = getattr(request, "municipality", None)
    return {"municipality": current, "branding": branding_for(current)}
