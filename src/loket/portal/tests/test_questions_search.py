"""Search from everyday words: questions first, then products with their question; never a dead end."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.usefixtures("catalogue_loaded", "fresh_cache")


def search(client, text):
    response = client.get(reverse("portal:zoeken"), {"q": text})
    assert response.status_code == 200
    return response.content.decode()


def main_part(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


def test_verhuizen_finds_the_moving_question_first_then_products_with_their_question(client):
    html = main_part(search(client, "verhuizen"))

    questions_at = html.index("<h2>Onderwerpen</h2>")
    products_at = html.index("<h2>Wat u kunt regelen</h2>")
    assert questions_at < products_at
    assert html.index('href="/vragen/verhuizen/"') < products_at
    assert 'href="/vragen/verhuizen/#product-verhuismelding"' in html
    assert "Hoort bij: Ik ga verhuizen" in html


def test_everyday_words_find_a_product_under_its_question(client):
    html = main_part(search(client, "paspoort kwijt"))
    assert re.search(r'href="/vragen/identiteit-en-uittreksels/#product-[a-z0-9_-]+"', html)


def test_an_empty_search_explains_what_to_type_and_lists_the_questions(client):
    html = main_part(client.get(reverse("portal:zoeken")).content.decode())
    assert "Typ in uw eigen woorden wat u wilt regelen." in html
    assert len(re.findall(r'href="/vragen/[a-z-]+/"', html)) == 13


def test_no_hits_gives_helpful_text_a_contact_link_and_the_questions(client):
    html = main_part(search(client, "qwxzv"))
    assert "We vonden niets voor „qwxzv”." in html
    assert 'href="/contact/"' in html
    assert len(re.findall(r'href="/vragen/[a-z-]+/"', html)) == 13


def test_the_search_text_is_shown_escaped(client):
    html = search(client, "<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_a_very_long_search_is_cut_not_refused(client):
    assert "Zoeken" in search(client, "verhuizen " * 100)


def test_every_page_has_a_search_box_in_the_header(client):
    html = client.get(reverse("portal:vragen")).content.decode()
    assert 'role="search"' in html
    html = client.get(reverse("portal:vraag", args=["overlijden"])).content.decode()
    assert 'id="site-search-q"' in html
