"""Roots of the ZGW APIs, as Open Zaak serves them."""

from django.urls import include, path

urlpatterns = [
    path("zaken/api/v1/", include("loket.components.zaken.api.urls")),
    path("catalogi/api/v1/", include("loket.components.catalogi.api.urls")),
    path("autorisaties/api/v1/", include("loket.components.autorisaties.api.urls")),
]
