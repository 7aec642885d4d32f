"""Mounted at /medewerker/ (namespace "backoffice")."""

from django.urls import path

from .views import case, pages

app_name = "backoffice"

urlpatterns = [
    path("", pages.start, name="start"),
    path("werkvoorraad/", pages.queue, name="queue"),
    path("zaken/<uuid:uuid>/", case.case_page, name="case"),
    path("zaken/<uuid:uuid>/toewijzen/", case.assign, name="case-assign"),
    path("zaken/<uuid:uuid>/status/", case.change_status, name="case-status"),
    path("zaken/<uuid:uuid>/informatie-vragen/", case.ask_information, name="case-ask"),
    path("zaken/<uuid:uuid>/besluit/", case.decide, name="case-decide"),
    path("zaken/<uuid:uuid>/notitie/", case.add_note, name="case-note"),
    path("zaken/<uuid:uuid>/document/", case.upload_document, name="case-document"),
    path("zaken/<uuid:uuid>/documenten/<uuid:document_uuid>/", case.download_document, name="case-document-download"),
    path("zaken/<uuid:uuid>/taak/", case.case_panel, name="case-panel"),
    path("medewerkers/", pages.staff_list, name="staff"),
    path("medewerkers/<int:pk>/", pages.staff_edit, name="staff-edit"),
    path("medewerkers/<int:pk>/vrijgeven/", pages.staff_unlock, name="staff-unlock"),
    path("landelijk/", pages.national, name="national"),
]
