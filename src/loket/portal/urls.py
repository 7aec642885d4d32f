from django.urls import path

from .views import HomeView, MijnLoketView

app_name = "portal"

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("mijn-loket/", MijnLoketView.as_view(), name="mijn-loket"),
]
