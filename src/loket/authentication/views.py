from django.http import Http404
from django.shortcuts import redirect, render
from django.views import View
from django.views.generic import TemplateView

from .identity import logout_identity
from .ratelimit import attempt_allowed, rate_limited_response
from .registry import register
from .urls_safety import safe_next_url


class LoginChoiceView(TemplateView):
    """The page where a resident or business picks how to log in."""

    template_name = "authentication/login_choice.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=self.request.GET.get("next", ""), **kwargs)


class StartLoginView(View):
    def get(self, request, plugin: str):
        if not register.is_enabled(plugin):
            raise Http404
        if register[plugin].check_config():
            context = {"plugin": register[plugin]}
            return render(request, "authentication/login_unavailable.html", context, status=503)
        if not attempt_allowed(request, "resident-login"):
            return rate_limited_response(request)
        login_plugin = register[plugin]
        next_url = safe_next_url(request, request.GET.get("next"), default=login_plugin.landing_url_name)
        return login_plugin.start_login(request, next_url)


class LogoutView(View):
    """Logging out deletes the session on the server. POST only, so a link cannot log you out."""

    def post(self, request):
        logout_identity(request)
        return redirect("portal:home")
