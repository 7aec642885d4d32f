"""The public menu: every module, who uses it by province, and the roadmap."""

import pytest
from django.test import Client

from loket.modules import services
from loket.modules.selectors import roadmap
from loket.tenancy.models import Municipality


@pytest.fixture
def demo_in_utrecht_and_amersfoort(catalogue, utrecht, amersfoort, with_rsin):
    for municipality in (utrecht, amersfoort):
        with_rsin(municipality)
        services.activate_module(municipality=municipality, identifier="demo")


def test_the_menu_is_public_and_lists_modules_with_their_users_by_province(demo_in_utrecht_and_amersfoort):
    response = Client().get("/menu/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Melding openbare ruimte" in html and "Bèta" in html and "1.0.0" in html
    assert "Loket (voorbeeldmodule)" in html
    assert "Utrecht: Amersfoort, Utrecht" in html
    assert "2 gemeenten" in html


def test_the_roadmap_ranks_products_by_residents_without_an_online_option(demo_in_utrecht_and_amersfoort, rotterdam):
    Municipality.objects.filter(code="0344").update(population=360000)
    Municipality.objects.filter(code="0307").update(population=160000)
    Municipality.objects.filter(code="0599").update(population=650000)
    items, total = roadmap(limit=500)
    by_uri = {item.placement.product.uri: item for item in items}
    melding = by_uri["http://standaarden.overheid.nl/owms/terms/melding_openbare_ruimte_(algemeen)"]
    assert melding.residents_without == 650000 and melding.municipalities_without == 1
    assert melding.covered_by
    uncovered = by_uri["http://standaarden.overheid.nl/owms/terms/AangifteVertrekBuitenland"]
    assert uncovered.residents_without == 1170000 and not uncovered.covered_by
    assert items[0].residents_without == 1170000 and items[-1] is melding
    assert total == len(items)
    html = Client().get("/menu/").content.decode()
    assert "zolang Loket nog niet telt hoe vaak inwoners bij het persoonlijk contact uitkomen" in html
