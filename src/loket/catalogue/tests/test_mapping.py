"""The curated catalogue covers every municipal product for residents, each in a sensible place."""

import json

import pytest
from django.conf import settings

from loket.catalogue.importers import (
    CATALOGUE_FIXTURE,
    PRODUCTS_FIXTURE,
    catalogue_fixture,
    check_mapping,
    product_fixture,
    products_in_fixture,
    read_mapping,
    read_questions,
    read_upl,
    render_fixture,
)

UPL_SOURCE = settings.SHARED_DATA_DIR / "upl" / "UPL-actueel.csv"


@pytest.fixture(scope="module")
def questions():
    return read_questions()


@pytest.fixture(scope="module")
def mapping():
    return read_mapping()


@pytest.fixture(scope="module")
def products():
    return products_in_fixture()


def test_every_resident_product_of_the_source_is_in_the_committed_fixture():
    if not UPL_SOURCE.exists():
        pytest.skip(f"UPL source not present at {UPL_SOURCE}")
    source = read_upl(UPL_SOURCE)
    assert len(source) == 430
    assert PRODUCTS_FIXTURE.read_text(encoding="utf-8") == render_fixture(product_fixture(source)), (
        "fixtures/upl_products.json is out of date: run `loket import_upl`"
    )


def test_every_product_is_mapped_to_exactly_one_question_and_every_question_has_products(
    questions, mapping, products
):
    assert check_mapping(questions, mapping, products) == []
    assert len(mapping) == len(products) == 430


def test_an_unmapped_product_or_unknown_line_is_reported(questions, mapping, products):
    without_first = mapping[1:]
    problems = check_mapping(questions, without_first, products)
    assert problems == ["wnZkIns (woning zoeken inschrijving): not mapped to a question"]

    stray = {**mapping[0], "uri": "http://standaarden.overheid.nl/owms/terms/bestaat_niet", "line": 999}
    problems = check_mapping(questions, [*mapping, stray], products)
    assert problems == ["mapping.csv:999 (bestaat_niet): unknown UPL product"]

    twice = {**mapping[0], "line": 1000}
    assert check_mapping(questions, [*mapping, twice], products) == [
        "mapping.csv:1000 (wnZkIns): product already mapped on line 2"
    ]


def test_the_committed_catalogue_fixture_matches_the_curated_files(questions, mapping):
    assert CATALOGUE_FIXTURE.read_text(encoding="utf-8") == render_fixture(catalogue_fixture(questions, mapping)), (
        "fixtures/catalogue.json is out of date: run `loket build_catalogue`"
    )


def test_about_thirteen_questions_each_in_dutch_and_english(questions):
    assert len(questions) == 13
    for question in questions:
        assert question["title_nl"] and question["title_en"] and question["title_nl"] != question["title_en"]
        assert question["description_nl"] and question["description_en"]
        assert len(question["synonyms"]) >= 10


@pytest.mark.parametrize(
    "upl, question",
    [
        ("verhuismelding", "verhuizen"),
        ("AangifteVertrekBuitenland", "verhuizen"),
        ("overlijdensaangifte", "overlijden"),
        ("verlBegraven", "overlijden"),
        ("geboorteaangifte", "geboorte-en-kinderen"),
        ("huwelijksaangifte", "trouwen-en-relaties"),
        ("brpUittr", "identiteit-en-uittreksels"),
        ("paspoort", "identiteit-en-uittreksels"),
        ("bijstand", "inkomen-en-werk"),
        ("schuldhulpverlening", "geldzorgen"),
        ("wmo-voorziening", "zorg-en-ondersteuning"),
        ("parkeervergunning", "parkeren-en-reizen"),
        ("omgevingsvergunning_bouw", "wonen-en-bouwen"),
        ("melding_openbare_ruimte_(straatverlichting)", "mijn-buurt"),
        ("evenementenvergunning", "ondernemen-en-evenementen"),
        ("hondenbelasting", "belastingen"),
        ("onroerendezaakbelasting_(ozb)", "belastingen"),
    ],
)
def test_products_sit_where_a_resident_would_look(mapping, upl, question):
    row = next(r for r in mapping if r["uri"].endswith("/" + upl))
    assert row["question"] == question


def test_within_a_question_the_order_is_the_order_a_person_would_do_it(mapping):
    def position(upl):
        return next(r["position"] for r in mapping if r["uri"].endswith("/" + upl))

    assert position("overlijdensaangifte") < position("verlBegraven") < position("grafrechten")
    assert position("huwelijksaangifte") < position("huwelijk") < position("echtscheiding_inschrijving")
    assert position("erkenning_kind") < position("geboorteaangifte") < position("geboorteakte")
    positions = [(r["question"], r["position"]) for r in mapping]
    assert len(set(positions)) == len(positions), "two products share a place in one question"


def test_every_product_has_a_friendly_title_in_both_languages(mapping):
    for row in mapping:
        assert row["title_nl"][0].isupper() and row["title_en"][0].isupper(), row["uri"]
    fixture = json.loads(CATALOGUE_FIXTURE.read_text(encoding="utf-8"))
    assert sum(1 for r in fixture if r["model"] == "catalogue.productplacement") == 430
