import pytest
from django.test import Client

from loket.catalogue.facade import product_pages

UPL = "http://standaarden.overheid.nl/owms/terms/"


@pytest.mark.django_db
def test_product_pages_link_to_the_product_on_its_question_page(catalogue):
    pages = product_pages([f"{UPL}verhuismelding", "parkeervergunning", f"{UPL}bestaat-niet"])
    assert set(pages) == {f"{UPL}verhuismelding", f"{UPL}parkeervergunning"}
    path, anchor = pages[f"{UPL}verhuismelding"].split("#")
    assert path == "/vragen/verhuizen/" and anchor == "product-verhuismelding"
    html = Client().get(path).content.decode()
    assert f'id="{anchor}"' in html
