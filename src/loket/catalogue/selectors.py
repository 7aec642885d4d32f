"""Reads of the catalogue for the portal, the module framework and the back office."""

from dataclasses import dataclass

from django.db.models import QuerySet

from . import search as search_engine
from . import search_cache
from .constants import upl_uri
from .models import LifeEventQuestion, Product, ProductPlacement


def questions() -> QuerySet[LifeEventQuestion]:
    """The life-event questions in the order the start page shows them."""
    return LifeEventQuestion.objects.all()


def question(slug: str) -> LifeEventQuestion | None:
    return LifeEventQuestion.objects.filter(slug=slug).first()


def placements_for(question: LifeEventQuestion) -> list[ProductPlacement]:
    """What to arrange under a question, in the order a person would do it.

    First the products whose primary question this is (by position), then products that
    mainly belong elsewhere but fit here too (in their own question's order).
    """
    base = ProductPlacement.objects.select_related("product", "question")
    primary = list(base.filter(question=question).order_by("position"))
    secondary = list(base.filter(also_under=question).order_by("question__order", "position"))
    return primary + secondary


def product(uri_or_id: str) -> Product | None:
    """A product by its UPL URI or short id ("verhuismelding")."""
    return Product.objects.select_related("placement__question").filter(uri=upl_uri(uri_or_id)).first()


def placement(uri_or_id: str) -> ProductPlacement | None:
    return (
        ProductPlacement.objects.select_related("product", "question")
        .filter(product__uri=upl_uri(uri_or_id))
        .first()
    )


@dataclass(frozen=True)
class SearchResult:
    """A question or a product that matches; a product carries the question it sits under."""

    kind: str  # "question" or "product"
    score: float
    question: LifeEventQuestion
    placement: ProductPlacement | None = None

    @property
    def title(self) -> str:
        return self.placement.title if self.placement else self.question.title

    @property
    def key(self) -> str:
        """The question slug, or the product's UPL URI."""
        return self.placement.product.uri if self.placement else self.question.slug


def search(text: str, limit: int = 10) -> list[SearchResult]:
    """Questions and products for everyday words, best first ("paspoort kwijt", "nieuw adres")."""
    return search_cache.cached(text or "", limit, lambda: _search(text or "", limit))


def _search(text: str, limit: int) -> list[SearchResult]:
    hits = search_engine.ranked(text, limit)
    question_ids = [h.entry.question_id for h in hits if h.entry.question_id]
    product_ids = [h.entry.product_id for h in hits if h.entry.product_id]
    found_questions = LifeEventQuestion.objects.in_bulk(question_ids)
    found_placements = {
        p.product_id: p
        for p in ProductPlacement.objects.select_related("product", "question").filter(product_id__in=product_ids)
    }
    results = []
    for hit in hits:
        if hit.entry.question_id:
            results.append(SearchResult("question", hit.score, found_questions[hit.entry.question_id]))
        elif hit.entry.product_id in found_placements:
            found = found_placements[hit.entry.product_id]
            results.append(SearchResult("product", hit.score, found.question, found))
    return results
