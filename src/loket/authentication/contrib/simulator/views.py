from django.http import Http404
from django.shortcuts import redirect
from django.views.generic import FormView

from loket.accounts import services as account_services
from loket.accounts.constants import IdentityKind

from ...identity import Identity, login_identity
from ...ratelimit import attempt_allowed, rate_limited_response
from ...registry import register
from ...urls_safety import safe_next_url
from .forms import SimulatorLoginForm


class SimulatorLoginView(FormView):
    template_name = "authentication/simulator.html"
    form_class = SimulatorLoginForm

    def dispatch(self, request, *args, **kwargs):
        if not register.is_enabled("simulator"):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not attempt_allowed(request, "resident-login"):
            return rate_limited_response(request)
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=self.request.GET.get("next", ""), **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        if data["kind"] == IdentityKind.RESIDENT:
            account_services.resident_logged_in(bsn=data["bsn"])
            identity = Identity(IdentityKind.RESIDENT, data["bsn"], "simulator", "substantial")
        else:
            account_services.business_logged_in(kvk=data["kvk"])
            identity = Identity(IdentityKind.BUSINESS, data["kvk"], "simulator", "substantial")
        login_identity(self.request, identity)
        return redirect(safe_next_url(self.request, self.request.POST.get("next")))
