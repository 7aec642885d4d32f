from django.urls import path

from .contrib.simulator.views import SimulatorLoginView
from .oidc.views import ProviderCallbackView
from .staff.views import StaffLoginView, StaffLogoutView, StaffOneTimeCodeView
from .views import LoginChoiceView, LogoutView, StartLoginView

app_name = "authentication"

urlpatterns = [
    path("inloggen/", LoginChoiceView.as_view(), name="login"),
    path("inloggen/simulator/", SimulatorLoginView.as_view(), name="simulator"),
    path("inloggen/digid/terug/", ProviderCallbackView.as_view(plugin="digid"), name="digid-callback"),
    path(
        "inloggen/eherkenning/terug/",
        ProviderCallbackView.as_view(plugin="eherkenning"),
        name="eherkenning-callback",
    ),
    path("inloggen/<slug:plugin>/", StartLoginView.as_view(), name="start"),
    path("uitloggen/", LogoutView.as_view(), name="logout"),
    path("medewerkers/inloggen/", StaffLoginView.as_view(), name="staff-login"),
    path("medewerkers/inloggen/code/", StaffOneTimeCodeView.as_view(), name="staff-otp"),
    path("medewerkers/uitloggen/", StaffLogoutView.as_view(), name="staff-logout"),
]
