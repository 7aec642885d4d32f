"""What the portal reads: the questions, and per question what to arrange in order."""

import pytest
from django.core.management import call_command
from django.utils import translation

from loket.catalogue import facade, selectors
from loket.catalogue.models import LifeEventQuestion, Product, ProductPlacement, SearchEntry

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue")]


def test_questions_come_in_their_curated_order():
    slugs = [q.slug for q in selectors.questions()]
    assert slugs[0] == "verhuizen" and len(slugs) == 13


def test_a_question_page_lists_its_own_products_in_order_then_those_that_also_fit():
    moving = selectors.question("verhuizen")
    placements = selectors.placements_for(moving)
    own = [p for p in placements if p.question == moving]
    assert [p.position for p in own] == sorted(p.position for p in own)
    assert placements[: len(own)] == own
    also = [p.product.upl_id for p in placements[len(own) :]]
    assert "parkeervergunning" in also and "afvalpas" in also


def test_unknown_question_or_product_is_none():
    assert selectors.question("bestaat-niet") is None
    assert selectors.product("bestaat_niet") is None


def test_a_product_by_short_id_or_uri_with_its_facts_and_question():
    move = selectors.product("verhuismelding")
    assert move == selectors.product("http://standaarden.overheid.nl/owms/terms/verhuismelding")
    assert move.is_notification and move.sdg_codes == ["D1"]
    assert move.legal_bases[0]["label"] == "Artikel 2.39 Wet basisregistratie personen"
    assert move.placement.question.slug == "verhuizen"


def test_titles_follow_the_language_of_the_page():
    placement = selectors.placement("verhuismelding")
    with translation.override("nl"):
        assert placement.title == "Verhuizing doorgeven"
        assert placement.question.title == "Ik ga verhuizen"
    with translation.override("en"):
        assert placement.title == "Report your move"
        assert placement.question.title == "I am moving"


def test_loading_the_reference_data_again_changes_nothing():
    counts = (LifeEventQuestion.objects.count(), Product.objects.count(), ProductPlacement.objects.count())
    call_command("loaddata", "upl_products", "catalogue", verbosity=0)
    assert counts == (13, 430, 430)
    assert (LifeEventQuestion.objects.count(), Product.objects.count(), ProductPlacement.objects.count()) == counts
    assert SearchEntry.objects.count() == 443


def test_the_module_facade_knows_products_and_questions():
    assert facade.known_products(["verhuismelding", "bestaat_niet"]) == {
        "http://standaarden.overheid.nl/owms/terms/verhuismelding"
    }
    assert facade.known_questions(["verhuizen", "x"]) == {"verhuizen"}
