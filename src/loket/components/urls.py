"""Roots of the ZGW APIs, as Open Zaak serves them, each with its documentation page and document."""

from django.urls import include, path

from .common import docs

COMPONENTS = ("zaken", "catalogi", "autorisaties")

urlpatterns = [
    path("zaken/api/v1/", include("loket.components.zaken.api.urls")),
    path("catalogi/api/v1/", include("loket.components.catalogi.api.urls")),
    path("autorisaties/api/v1/", include("loket.components.autorisaties.api.urls")),
]
for _component in COMPONENTS:
    urlpatterns += [
        path(
            f"{_component}/api/v1/schema/",
            docs.documentation,
            {"component": _component},
            name=f"{_component}-api-docs",
        ),
        path(
            f"{_component}/api/v1/schema/openapi.yaml",
            docs.document,
            {"component": _component},
            name=f"{_component}-api-schema",
        ),
    ]
