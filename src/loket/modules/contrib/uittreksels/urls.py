from django.urls import path

from . import views

urlpatterns = [
    path("", views.start, name="start"),
    path("bestelling/<uuid:order_uuid>/", views.order, name="order"),
    path("bestelling/<uuid:order_uuid>/status/", views.status, name="status"),
]
