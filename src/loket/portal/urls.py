from django.urls import include, path

from .contact.views import ContactRequestSentView, ContactRequestView
from .correction.views import CorrectionRequestView
from .questions.views import ChooseMunicipalityView, QuestionListView, QuestionView, SearchView
from .views import HomeView, MijnGegevensView, MijnLoketView, ProcessingLogView

app_name = "portal"

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("vragen/", QuestionListView.as_view(), name="vragen"),
    path("vragen/gemeente/", ChooseMunicipalityView.as_view(), name="gemeente-kiezen"),
    path("vragen/<slug:slug>/", QuestionView.as_view(), name="vraag"),
    path("zoeken/", SearchView.as_view(), name="zoeken"),
    path("contact/", ContactRequestView.as_view(), name="contact"),
    path("contact/verstuurd/<uuid:zaak_uuid>/", ContactRequestSentView.as_view(), name="contact-verstuurd"),
    path("mijn-loket/", MijnLoketView.as_view(), name="mijn-loket"),
    path("mijn-loket/gegevens/", MijnGegevensView.as_view(), name="mijn-gegevens"),
    path("mijn-loket/gegevens/klopt-niet/", CorrectionRequestView.as_view(), name="correctie"),
    path("mijn-loket/wie-bekeek-mijn-gegevens/", ProcessingLogView.as_view(), name="verwerkingen"),
    path("mijn-loket/", include("loket.portal.mijn.urls")),
]
