"""Writes of the catalogue: keeping the search index in step with questions and products.

The catalogue itself is written by `loaddata` from the committed fixtures (national reference
data, no personal data, nothing to log). Every save of a question, product or placement, also
during `loaddata`, reaches these functions through `signals`.
"""

from django.db import transaction

from .models import LifeEventQuestion, Product, ProductPlacement, SearchEntry
from .normalise import fold, phrase, stems


def _document(titles: list[str], extra: list[str], synonyms: list[str]) -> dict:
    text = " | ".join(fold(part) for part in [*titles, *extra, *synonyms] if part)
    title_terms = stems(" ".join(titles))
    terms = stems(text)
    phrases = {phrase(part) for part in [*titles, *synonyms]} - {""}
    return {
        "text": text,
        "title_terms": " ".join(title_terms),
        "terms": " ".join(terms),
        "phrases": "\n".join(sorted(phrases)),
    }


def index_question(question: LifeEventQuestion) -> None:
    document = _document(
        [question.title_nl, question.title_en], [question.description_nl], list(question.synonyms)
    )
    SearchEntry.objects.update_or_create(question=question, defaults=document)


def index_product(product: Product) -> None:
    placement = ProductPlacement.objects.filter(product=product).first()
    if placement is None:
        document = _document([product.name], [], [])
    else:
        document = _document(
            [placement.title_nl, placement.title_en, product.name], [], list(placement.synonyms)
        )
    SearchEntry.objects.update_or_create(product=product, defaults=document)


@transaction.atomic
def rebuild_search_index() -> int:
    """Index every question and product again; returns the number of entries."""
    for question in LifeEventQuestion.objects.all():
        index_question(question)
    for product in Product.objects.all():
        index_product(product)
    return SearchEntry.objects.count()
