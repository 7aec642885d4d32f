from django.urls import path

from .correction.views import CorrectionRequestView
from .views import HomeView, MijnGegevensView, MijnLoketView, ProcessingLogView

app_name = "portal"

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("mijn-loket/", MijnLoketView.as_view(), name="mijn-loket"),
    path("mijn-loket/gegevens/", MijnGegevensView.as_view(), name="mijn-gegevens"),
    path("mijn-loket/gegevens/klopt-niet/", CorrectionRequestView.as_view(), name="correctie"),
    path("mijn-loket/wie-bekeek-mijn-gegevens/", ProcessingLogView.as_view(), name="verwerkingen"),
]
