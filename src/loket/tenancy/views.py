"""The municipality's house style as a tiny stylesheet.

A strict CSP forbids style="" attributes, so the brand colour cannot be written into the page.
Each municipality gets `/huisstijl/<code>.css` instead; only a validated hex colour reaches it.
"""

from django.http import Http404, HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .branding import HEX_COLOUR, contrast_ratio
from .selectors import NATIONAL_COLOUR, branding_for, municipality_by_code

# The page links it as ?v=<colour>, so a new colour is a new address and shows at once.
# `private`: the session middleware may attach a refreshed session cookie to any response,
# and a shared cache must never hand that to someone else.
BRAND_CSS_MAX_AGE = 60 * 60 * 24


def safe_brand_colour(colour: str) -> str:
    """The colour itself if it is #rrggbb and white text stays readable on it, else the national blue."""
    if HEX_COLOUR.match(colour or "") and contrast_ratio(colour, "#ffffff") >= 4.5:
        return colour.lower()
    return NATIONAL_COLOUR


def brand_stylesheet_text(colour: str) -> str:
    return f":root{{--brand:{safe_brand_colour(colour)}}}\n"


@require_GET
@cache_control(private=True, max_age=BRAND_CSS_MAX_AGE)
def brand_stylesheet(request, code: str):
    municipality = municipality_by_code(code)
    if municipality is None:
        raise Http404
    css = brand_stylesheet_text(branding_for(municipality).colour)
    response = HttpResponse(css, content_type="text/css; charset=utf-8")
    response["X-Content-Type-Options"] = "nosniff"
    return response
