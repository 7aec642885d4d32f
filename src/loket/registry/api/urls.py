from django.urls import path

from .views import PersonenView

urlpatterns = [
    path("haalcentraal/api/brp/personen", PersonenView.as_view(), name="haalcentraal-personen"),
]
