from django.urls import path

from . import views

urlpatterns = [
    path("", views.start, name="start"),
    path("meeverhuizers/", views.movers, name="meeverhuizers"),
    path("controleren/", views.confirm, name="controleren"),
    path("ontvangen/<uuid:zaak_uuid>/", views.received, name="received"),
    path("toestemming/<uuid:token>/", views.consent, name="toestemming"),
]
