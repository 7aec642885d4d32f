"""Residents find questions and products from everyday words, on SQLite and on PostgreSQL."""

import pytest

from loket.catalogue import selectors
from loket.catalogue.evaluation import hit_rate, load_queries
from loket.catalogue.models import ProductPlacement

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue")]


def _keys(text, limit=3):
    return [r.key.rsplit("/", 1)[-1] for r in selectors.search(text, limit=limit)]


def test_at_least_ninety_percent_of_everyday_queries_find_the_expected_result_in_the_top_three():
    queries = load_queries()
    assert len(queries) >= 50
    report = hit_rate(queries)
    assert report["top3_rate"] >= 0.90, report["misses"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mijn vader is overleden", "overlijden"),
        ("nieuw adres", "verhuismelding"),
        ("paspoort kwijt", "paspoort"),
        ("Verhuizen", "verhuizen"),
    ],
)
def test_the_examples_from_the_brief_come_first_or_second(text, expected):
    assert expected in _keys(text, limit=2)


def test_a_product_result_carries_the_question_it_sits_under():
    result = next(r for r in selectors.search("paspoort kwijt") if r.kind == "product")
    assert result.placement.product.upl_id == "paspoort"
    assert result.question.slug == "identiteit-en-uittreksels"
    assert result.title == "Paspoort aanvragen"


def test_accents_case_and_word_forms_do_not_matter():
    assert "geregistreerd_partnerschap_ontbinding" in _keys("PARTNERSCHAP BEEINDIGEN")
    assert "geregistreerd_partnerschap_ontbinding" in _keys("partnerschap beëindigen")
    assert "overlijden" in _keys("overlijdt")


def test_english_words_find_the_english_titles():
    assert "paspoort" in _keys("passport")
    assert "verhuismelding" in _keys("report your move")


def test_empty_or_meaningless_queries_return_nothing():
    assert selectors.search("") == []
    assert selectors.search("   ") == []
    assert selectors.search("ik wil het") == []
    assert selectors.search('"*) OR (') == []


def test_the_limit_is_respected():
    assert len(selectors.search("vergunning", limit=5)) == 5


def test_an_edited_placement_is_searchable_at_once():
    placement = ProductPlacement.objects.get(product__uri__endswith="/stempas")
    assert "stempas" not in _keys("oproepkaart")
    placement.synonyms = [*placement.synonyms, "oproepkaart"]
    placement.save()
    assert _keys("oproepkaart")[0] == "stempas"


def test_a_repeated_search_is_answered_from_the_cache(django_assert_num_queries):
    first = selectors.search("paspoort kwijt")
    with django_assert_num_queries(0):
        again = selectors.search("Paspoort kwijt")
    assert [(r.kind, r.title) for r in again] == [(r.kind, r.title) for r in first]


def test_a_deleted_product_leaves_the_cached_results_at_once():
    assert "stempas" in _keys("stempas")
    ProductPlacement.objects.get(product__uri__endswith="/stempas").product.delete()
    assert "stempas" not in _keys("stempas")


def test_the_search_leaves_the_planner_as_it_found_it_in_an_outer_transaction():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the planner hint exists on PostgreSQL only")
    selectors.search("verhuizen")  # each test runs inside a transaction of its own
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"
