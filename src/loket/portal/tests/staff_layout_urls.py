"""The site's URLs plus one page on the staff layout, for the staff layout's browser test."""

from django.http import HttpResponse
from django.template import engines
from django.urls import path

from loket.urls import urlpatterns as site_urlpatterns

PAGE = engines["django"].from_string(
    '{% extends "staff_base.html" %}{% block title %}Werkvoorraad{% endblock %}'
    '{% block staff_nav %}<li><a href="/staff-layout/" aria-current="page">Werkvoorraad</a></li>{% endblock %}'
    "{% block content %}<h1>Werkvoorraad</h1><p>Hier staan straks de zaken van uw gemeente.</p>{% endblock %}"
)


def staff_layout(request):
    return HttpResponse(PAGE.render(request=request))


urlpatterns = [path("staff-layout/", staff_layout), *site_urlpatterns]
