from django.urls import path

from . import staff_views

urlpatterns = [
    path("", staff_views.queue, name="queue"),
    path("vertrokken/", staff_views.departures, name="departures"),
    path("<uuid:zaak_uuid>/", staff_views.detail, name="detail"),
]
