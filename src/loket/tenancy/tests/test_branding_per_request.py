"""The house style is looked up once per request, however often a page is rendered."""

from django.test import RequestFactory

from loket.tenancy.context import activate
from loket.tenancy.context_processors import municipality as municipality_context
from loket.tenancy.models import MunicipalitySettings


def test_branding_is_read_once_per_request_and_follows_the_municipality(utrecht, amersfoort, django_assert_num_queries):
    with activate(utrecht):
        MunicipalitySettings.objects.create(display_name="Gemeente Utrecht", brand_colour="#c00000")
    request = RequestFactory().get("/")
    request.municipality = utrecht
    with django_assert_num_queries(1):
        first = municipality_context(request)
        second = municipality_context(request)
    assert first["branding"].name == second["branding"].name == "Gemeente Utrecht"
    assert first["branding"].colour == "#c00000"

    request.municipality = amersfoort
    assert municipality_context(request)["branding"].name == amersfoort.name


def test_no_municipality_means_the_national_style_without_a_query(db, django_assert_num_queries):
    request = RequestFactory().get("/")
    request.municipality = None
    with django_assert_num_queries(0):
        assert municipality_context(request)["branding"].name == "Loket"
