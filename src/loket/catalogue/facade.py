"""What service modules may ask the catalogue (modules import only this file)."""

from .constants import upl_uri
from .models import LifeEventQuestion, Product


def known_products(uris: list[str]) -> set[str]:
    """The given UPL URIs (or short ids) that are in the catalogue, as full URIs."""
    wanted = {upl_uri(u) for u in uris}
    return set(Product.objects.filter(uri__in=wanted).values_list("uri", flat=True))


def known_questions(slugs: list[str]) -> set[str]:
    return set(LifeEventQuestion.objects.filter(slug__in=slugs).values_list("slug", flat=True))


def product_pages(uris: list[str]) -> dict[str, str]:
    """For each known product: the path of its place in the portal (its life-event question page,
    at the product), where a resident reads how to arrange it and whether it can be done online."""
    from django.urls import reverse
    from django.utils.text import slugify

    from .models import ProductPlacement

    wanted = {upl_uri(u) for u in uris}
    placements = ProductPlacement.objects.filter(product__uri__in=wanted).select_related("product", "question")
    return {
        p.product.uri: f"{reverse('portal:vraag', args=[p.question.slug])}#product-{slugify(p.product.upl_id)}"
        for p in placements
    }
