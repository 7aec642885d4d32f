"""The framework's pages, plus every registered module's resident flow and staff pages.

A module's resident flow is mounted at /diensten/<identifier>/ (URL namespace: the identifier),
its staff pages at /medewerkers/diensten/<identifier>/ (namespace: "<identifier>-staff").
"""

from django.urls import include, path

from . import views
from .registry import Registry, register

framework = (
    [
        path("menu/", views.menu, name="menu"),
        path("medewerkers/modules/", views.admin_list, name="admin"),
        path("medewerkers/modules/<slug:identifier>/", views.admin_detail, name="admin-detail"),
    ],
    "modules",
)


def module_patterns(registry: Registry = register) -> list:
    patterns = []
    for module in registry:
        d = module.descriptor
        patterns.append(path(f"diensten/{d.identifier}/", include((d.resident_urls, d.identifier))))
        if d.staff_urls:
            patterns.append(
                path(f"medewerkers/diensten/{d.identifier}/", include((d.staff_urls, module.staff_namespace)))
            )
    return patterns


urlpatterns = [path("", include(framework)), *module_patterns()]
