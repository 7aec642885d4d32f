"""Roots of the ZGW APIs, as Open Zaak serves them, each with its documentation page and document."""

from django.urls import include, path

from .common import docs

COMPONENTS = ("zaken", "catalogi", "autorisaties", "documenten", "besluiten", "notificaties")

urlpatterns = [
    path("zaken/api/v1/", include("loket.components.zaken.api.urls")),
    path("catalogi/api/v1/", include("loket.components.catalogi.api.urls")),
    path("autorisaties/api/v1/", include("loket.components.autorisaties.api.urls")),
    path("documenten/api/v1/", include("loket.components.documenten.api.urls")),
    path("besluiten/api/v1/", include("loket.components.besluiten.api.urls")),
    path("notificaties/api/v1/", include("loket.components.notificaties.api.urls")),
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
