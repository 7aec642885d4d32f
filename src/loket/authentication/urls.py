from django.urls import path

from .contrib.simulator.views import SimulatorLoginView
from .views import LoginChoiceView, LogoutView, StartLoginView

app_name = "authentication"

urlpatterns = [
    path("inloggen/", LoginChoiceView.as_view(), name="login"),
    path("inloggen/simulator/", SimulatorLoginView.as_view(), name="simulator"),
    path("inloggen/<slug:plugin>/", StartLoginView.as_view(), name="start"),
    path("uitloggen/", LogoutView.as_view(), name="logout"),
]
