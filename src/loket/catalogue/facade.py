"""What service modules may ask the catalogue (modules import only this file)."""

from .constants import upl_uri
from .models import LifeEventQuestion, Product


def known_products(uris: list[str]) -> set[str]:
    """The given UPL URIs (or short ids) that are in the catalogue, as full URIs."""
    wanted = {upl_uri(u) for u in uris}
    return set(Product.objects.filter(uri__in=wanted).values_list("uri", flat=True))


def known_questions(slugs: list[str]) -> set[str]:
    return set(LifeEventQuestion.objects.filter(slug__in=slugs).values_list("slug", flat=True))
