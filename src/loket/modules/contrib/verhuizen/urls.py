from django.urls import path

from . import views

urlpatterns = [
    path("", views.start, name="start"),
    path("ontvangen/<uuid:zaak_uuid>/", views.received, name="received"),
]
