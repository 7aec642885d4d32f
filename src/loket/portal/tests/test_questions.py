"""The life-event question pages: online where a module is on, personal support everywhere else."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from loket.catalogue.models import LifeEventQuestion
from loket.portal.questions.selectors import SESSION_KEY
from loket.tenancy.models import MunicipalitySettings

from .questions_fixtures import DEMO_CODES, ROTTERDAM_RESIDENT, UTRECHT_RESIDENT, log_in

pytestmark = pytest.mark.usefixtures("catalogue_loaded", "fresh_cache")

DEMO_ANCHOR = "product-melding_openbare_ruimte_algemeen"


class ProductItems(HTMLParser):
    """Per product on a question page (li.product): its id, its links, and its text."""

    def __init__(self):
        super().__init__()
        self.items: list[dict] = []
        self._depth = 0
        self._current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "li" and "product" in (attrs.get("class") or "").split():
            self._current = {"id": attrs.get("id"), "links": [], "text": ""}
            self._depth = 0
        if self._current is not None:
            if tag == "li":
                self._depth += 1
            if tag == "a":
                self._current["links"].append(
                    {"href": attrs.get("href", ""), "class": attrs.get("class", "")}
                )

    def handle_endtag(self, tag):
        if self._current is not None and tag == "li":
            self._depth -= 1
            if self._depth == 0:
                self.items.append(self._current)
                self._current = None

    def handle_data(self, data):
        if self._current is not None:
            self._current["text"] += data


def products_on(response) -> dict[str, dict]:
    parser = ProductItems()
    parser.feed(response.content.decode())
    return {item["id"]: item for item in parser.items}


def is_online(item) -> bool:
    return any(
        link["href"] == "/diensten/demo/" and "button" in link["class"] for link in item["links"]
    )


def has_personal_support(item, phone: str | None) -> bool:
    asks = any(
        link["href"].startswith(reverse("portal:contact") + "?product=") for link in item["links"]
    )
    calls = phone is None or any(
        link["href"] == "tel:" + phone.replace(" ", "") for link in item["links"]
    )
    return asks and calls


def test_the_question_list_shows_all_thirteen_questions_in_order(client):
    response = client.get(reverse("portal:vragen"))
    html = response.content.decode()
    assert response.status_code == 200
    slugs = re.findall(r'href="/vragen/([a-z-]+)/"', html)
    assert slugs == list(LifeEventQuestion.objects.values_list("slug", flat=True))
    assert len(slugs) == 13
    assert "Ik ga verhuizen" in html


def test_the_start_page_leads_to_the_questions_and_search(client):
    html = client.get(reverse("portal:home")).content.decode()
    assert html.count('href="/vragen/') >= 13
    assert 'action="/zoeken/"' in html


def test_an_unknown_question_is_a_404(client):
    assert client.get(reverse("portal:vraag", args=["bestaat-niet"])).status_code == 404


def test_the_products_come_in_the_order_a_person_arranges_them(client):
    items = list(products_on(client.get(reverse("portal:vraag", args=["verhuizen"]))))
    assert items.index("product-verhuismelding") < items.index("product-brpinschr")
    assert items[0] == "product-wnzkins"  # first: find a home


def test_a_resident_of_utrecht_can_report_online_and_a_resident_of_rotterdam_gets_personal_support(
    client, utrecht, rotterdam, demo_on, resident_of
):
    demo_on(utrecht)
    resident_of(utrecht, UTRECHT_RESIDENT)
    resident_of(rotterdam, ROTTERDAM_RESIDENT, postcode="3011AB")
    MunicipalitySettings.all_municipalities.create(municipality=rotterdam, phone="14 010")
    url = reverse("portal:vraag", args=["mijn-buurt"])

    log_in(client, UTRECHT_RESIDENT)
    utrecht_page = client.get(url)
    demo = products_on(utrecht_page)[DEMO_ANCHOR]
    assert is_online(demo)
    assert "Regel het online" in demo["text"]
    assert not has_personal_support(demo, None)
    assert "U kunt 1 van de" in utrecht_page.content.decode()

    client.post(reverse("authentication:logout"))
    log_in(client, ROTTERDAM_RESIDENT)
    rotterdam_page = client.get(url)
    demo = products_on(rotterdam_page)[DEMO_ANCHOR]
    assert not is_online(demo)
    assert has_personal_support(demo, "14 010")
    assert "Stel uw vraag" in demo["text"]


def test_the_fallback_shows_the_municipalitys_own_contact_details(client, rotterdam, resident_of):
    from loket.tenancy.context import activate

    with activate(rotterdam):
        MunicipalitySettings.objects.create(
            display_name="Gemeente Rotterdam",
            phone="14 010",
            email="vragen@rotterdam.example",
            website="https://www.rotterdam.nl/",
            visiting_address="Coolsingel 40\n3011 AD Rotterdam",
        )
    resident_of(rotterdam, ROTTERDAM_RESIDENT, postcode="3011AB")
    log_in(client, ROTTERDAM_RESIDENT)

    response = client.get(reverse("portal:vraag", args=["verhuizen"]))

    html = response.content.decode()
    move = products_on(response)["product-verhuismelding"]
    assert has_personal_support(move, "14 010")
    assert 'href="mailto:vragen@rotterdam.example"' in html
    assert 'href="https://www.rotterdam.nl/"' in html
    assert "Coolsingel 40" in html
    assert "Persoonlijke hulp van Gemeente Rotterdam" in html


@pytest.mark.parametrize("code", DEMO_CODES)
def test_no_product_under_any_question_is_a_dead_end(client, municipality_factory, demo_on, code):
    """13 questions x the demo municipalities (the demo module on in Utrecht and Amersfoort)."""
    municipality = municipality_factory(code)
    if code in ("0344", "0307"):
        demo_on(municipality)
    session = client.session
    session[SESSION_KEY] = code
    session.save()
    questions = list(LifeEventQuestion.objects.all())
    assert len(questions) == 13
    online = 0
    for question in questions:
        response = client.get(reverse("portal:vraag", args=[question.slug]))
        items = products_on(response)
        assert items, question.slug
        for anchor, item in items.items():
            assert is_online(item) or has_personal_support(item, None), (question.slug, anchor)
            online += is_online(item)
    assert online == (1 if code in ("0344", "0307") else 0)  # the demo product, under mijn-buurt


def test_a_visitor_sees_a_way_forward_before_choosing_a_municipality(client):
    response = client.get(reverse("portal:vraag", args=["verhuizen"]))
    html = response.content.decode()
    assert "In welke gemeente woont u?" in html
    assert 'action="/vragen/gemeente/"' in html
    for anchor, item in products_on(response).items():
        links = [link["href"] for link in item["links"]]
        assert any(href.startswith("/contact/?product=") for href in links), anchor
        assert "#gemeente" in links, anchor


def test_a_visitor_chooses_a_municipality_by_name_and_it_is_remembered(client, utrecht, demo_on):
    demo_on(utrecht)
    page = reverse("portal:vraag", args=["mijn-buurt"])

    response = client.post(reverse("portal:gemeente-kiezen"), {"place": "utrecht", "next": page})

    assert response.status_code == 302 and response["Location"] == page
    assert client.session[SESSION_KEY] == "0344"
    assert is_online(products_on(client.get(page))[DEMO_ANCHOR])
    assert (
        "Zo regelt u het bij Utrecht"
        in client.get(reverse("portal:vraag", args=["verhuizen"])).content.decode()
    )


def test_a_visitor_chooses_a_municipality_by_postcode(client, rotterdam, resident_of):
    resident_of(rotterdam, ROTTERDAM_RESIDENT, postcode="3011AB")

    client.post(reverse("portal:gemeente-kiezen"), {"place": "3011 ab"})

    assert client.session[SESSION_KEY] == "0599"


def test_a_name_that_fits_several_municipalities_offers_a_choice(client, municipality_factory):
    municipality_factory("0373")  # Bergen (NH)
    municipality_factory("0893")  # Bergen (L)
    municipality_factory("0748")  # Bergen op Zoom

    response = client.post(
        reverse("portal:gemeente-kiezen"), {"place": "bergen", "next": "/vragen/verhuizen/"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Er zijn meer gemeenten met deze naam. Kies hieronder uw gemeente." in html
    assert html.count('<button type="submit" name="code"') == 3
    client.post(reverse("portal:gemeente-kiezen"), {"code": "0893", "next": "/vragen/verhuizen/"})
    assert client.session[SESSION_KEY] == "0893"


def test_an_unknown_place_gets_a_dutch_message_next_to_the_field(client, utrecht):
    response = client.post(
        reverse("portal:gemeente-kiezen"), {"place": "Atlantis", "next": "/vragen/verhuizen/"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "We vinden geen gemeente bij „Atlantis”." in html
    assert 'class="error-summary"' in html and 'href="#id_place"' in html
    assert SESSION_KEY not in client.session


def test_an_empty_choice_is_refused(client):
    response = client.post(reverse("portal:gemeente-kiezen"), {"place": "  "})
    assert "Typ de naam van uw gemeente of uw postcode." in response.content.decode()


def test_the_choice_never_sends_a_visitor_to_another_site(client, utrecht):
    response = client.post(
        reverse("portal:gemeente-kiezen"), {"place": "Utrecht", "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("portal:vragen")


def test_a_visitor_can_choose_another_municipality(client, utrecht):
    client.post(reverse("portal:gemeente-kiezen"), {"place": "Utrecht"})
    client.post(reverse("portal:gemeente-kiezen"), {"forget": "1", "next": "/vragen/verhuizen/"})
    assert SESSION_KEY not in client.session


def test_a_logged_in_resident_sees_their_own_municipality_not_an_earlier_choice(
    client, utrecht, rotterdam, demo_on, resident_of
):
    demo_on(utrecht)
    resident_of(rotterdam, ROTTERDAM_RESIDENT, postcode="3011AB")
    client.post(reverse("portal:gemeente-kiezen"), {"place": "Utrecht"})
    log_in(client, ROTTERDAM_RESIDENT)

    response = client.get(reverse("portal:vraag", args=["mijn-buurt"]))

    assert not is_online(products_on(response)[DEMO_ANCHOR])
    assert "Zo regelt u het bij Rotterdam" in response.content.decode()
    assert "Andere gemeente kiezen" not in response.content.decode()


def test_the_question_page_asks_few_queries_whatever_the_number_of_products(
    client, utrecht, demo_on, django_assert_max_num_queries
):
    demo_on(utrecht)
    client.post(reverse("portal:gemeente-kiezen"), {"place": "Utrecht"})
    # session read and save (+ savepoint), question, municipality, placements (2), one module
    # check (the only product a module covers), municipality settings
    with django_assert_max_num_queries(10):
        response = client.get(reverse("portal:vraag", args=["mijn-buurt"]))
    assert len(products_on(response)) > 40


def test_the_question_page_is_in_english_when_asked(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = client.get(reverse("portal:vraag", args=["verhuizen"])).content.decode()
    assert "I am moving" in html
    assert "Report your move" in html


def test_the_steps_follow_a_module_being_switched_on_and_off_at_once(client, utrecht, demo_on):
    from loket.modules import services as module_services

    client.post(reverse("portal:gemeente-kiezen"), {"place": "Utrecht"})
    url = reverse("portal:vraag", args=["mijn-buurt"])
    assert not is_online(products_on(client.get(url))[DEMO_ANCHOR])  # now in the cache
    demo_on(utrecht)
    assert is_online(products_on(client.get(url))[DEMO_ANCHOR])
    module_services.deactivate_module(municipality=utrecht, identifier="demo")
    page = client.get(url)
    assert not is_online(products_on(page)[DEMO_ANCHOR])
    assert "Dit regelt u nog niet online" in page.content.decode()


def test_the_steps_follow_a_change_in_the_catalogue_and_in_the_contact_details(client, rotterdam, resident_of):
    resident_of(rotterdam, ROTTERDAM_RESIDENT, postcode="3011AB")
    log_in(client, ROTTERDAM_RESIDENT)
    url = reverse("portal:vraag", args=["mijn-buurt"])
    assert not has_personal_support(products_on(client.get(url))[DEMO_ANCHOR], "14 010")
    MunicipalitySettings.all_municipalities.create(municipality=rotterdam, phone="14 010")
    assert has_personal_support(products_on(client.get(url))[DEMO_ANCHOR], "14 010")
    from loket.catalogue.models import ProductPlacement

    placement = ProductPlacement.objects.get(product__uri__endswith="/melding_openbare_ruimte_(algemeen)")
    placement.title_nl = "Een losse stoeptegel melden"
    placement.save()
    assert "Een losse stoeptegel melden" in products_on(client.get(url))[DEMO_ANCHOR]["text"]


def test_a_second_visit_renders_the_steps_from_the_cache(client, utrecht, demo_on, django_assert_max_num_queries):
    demo_on(utrecht)
    client.post(reverse("portal:gemeente-kiezen"), {"place": "Utrecht"})
    url = reverse("portal:vraag", args=["mijn-buurt"])
    first = client.get(url).content.decode()
    # session, question, municipality, municipality settings: no placements, no module check
    with django_assert_max_num_queries(5):
        second = client.get(url).content.decode()
    assert products_on_text(first) == products_on_text(second)


def products_on_text(html: str) -> str:
    return html[html.index('<ol class="product-list"') : html.index("</ol>")]
