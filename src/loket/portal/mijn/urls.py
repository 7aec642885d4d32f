"""Included by loket.portal.urls under mijn-loket/, so the names are `portal:mijn-…`."""

from django.urls import path

from . import views
from .information_views import InformationAnswerView

urlpatterns = [
    path("zaken/", views.MijnZakenView.as_view(), name="mijn-zaken"),
    path("zaken/<uuid:uuid>/", views.MijnZaakView.as_view(), name="mijn-zaak"),
    path("zaken/<uuid:uuid>/informatie/", InformationAnswerView.as_view(), name="mijn-zaak-informatie"),
    path("berichten/", views.MijnBerichtenView.as_view(), name="mijn-berichten"),
    path("berichten/<uuid:uuid>/", views.MijnBerichtView.as_view(), name="mijn-bericht"),
    path("documenten/", views.MijnDocumentenView.as_view(), name="mijn-documenten"),
    path(
        "documenten/<uuid:uuid>/download/",
        views.MijnDocumentDownloadView.as_view(),
        name="mijn-document-download",
    ),
]
