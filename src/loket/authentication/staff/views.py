"""Staff login: username and password, then a one-time code (django-otp), then logged in.

The password step does not log in; it remembers the user in the session for a few minutes and
asks for the code. Only when the code matches a confirmed device does `auth.login` run, followed
by `django_otp.login`, so `request.user.is_verified()` is true for the rest of the session.
Without a device a staff member logs in with the password alone only where
LOKET_STAFF_REQUIRE_2FA is off (development); production settings refuse to switch it off.
"""

import time

import django_otp
from django.conf import settings
from django.contrib import auth
from django.contrib.auth import get_user_model
from django.contrib.auth.views import LogoutView
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View

from ..decorators import is_verified_staff
from .forms import OneTimeCodeForm, StaffPasswordForm

PENDING_KEY = "loket.staff_pending"
PENDING_SECONDS = 5 * 60


def is_fully_logged_in(request) -> bool:
    return is_verified_staff(request.user)


def _success_url(request, user, next_url: str) -> str:
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return reverse("backoffice:start")  # the back office: what this role can do


def _finish_login(request, user, backend: str, next_url: str, device=None):
    request.session.pop(PENDING_KEY, None)
    auth.login(request, user, backend=backend)
    if device is not None:
        django_otp.login(request, device)
    return redirect(_success_url(request, user, next_url))


class StaffLoginView(View):
    """Step 1. When already logged in, shows who is logged in and a logout button."""

    def get(self, request):
        if is_fully_logged_in(request):
            return render(request, "authentication/staff_status.html")
        return self.render(StaffPasswordForm(request))

    def post(self, request):
        form = StaffPasswordForm(request, data=request.POST)
        if not form.is_valid():
            return self.render(form)
        user = form.get_user()
        next_url = request.POST.get("next", "")
        if django_otp.user_has_device(user, confirmed=True):
            request.session[PENDING_KEY] = {
                "user_id": user.pk,
                "backend": user.backend,
                "since": time.time(),
                "next": next_url,
            }
            return redirect("authentication:staff-otp")
        if settings.LOKET_STAFF_REQUIRE_2FA:
            form.add_error(
                None,
                _(
                    "U kunt nog niet inloggen: er is geen tweestapsverificatie voor u ingesteld. "
                    "Vraag uw functioneel beheerder om dit voor u in te stellen."
                ),
            )
            return self.render(form)
        return _finish_login(request, user, user.backend, next_url)

    def render(self, form):
        next_url = self.request.POST.get("next") or self.request.GET.get("next", "")
        return render(self.request, "authentication/staff_login.html", {"form": form, "next": next_url})


class StaffOneTimeCodeView(View):
    """Step 2: the code from the authenticator app. django-otp throttles wrong codes per device."""

    def pending(self):
        pending = self.request.session.get(PENDING_KEY)
        if not pending or time.time() - pending["since"] > PENDING_SECONDS:
            self.request.session.pop(PENDING_KEY, None)
            return None, None
        user = get_user_model().objects.filter(pk=pending["user_id"], is_active=True).first()
        return (pending, user) if user else (None, None)

    def get(self, request):
        pending, user = self.pending()
        if user is None:
            return redirect("authentication:staff-login")
        return self.render(OneTimeCodeForm())

    def post(self, request):
        pending, user = self.pending()
        if user is None:
            return redirect("authentication:staff-login")
        form = OneTimeCodeForm(request.POST)
        if form.is_valid():
            if not all(device.verify_is_allowed()[0] for device in django_otp.devices_for_user(user)):
                form.add_error("otp_token", _("Te veel foute codes. Wacht even en probeer het dan opnieuw."))
                return self.render(form)
            device = django_otp.match_token(user, form.cleaned_data["otp_token"])
            if device is not None:
                return _finish_login(request, user, pending["backend"], pending["next"], device)
            form.add_error("otp_token", _("Deze code klopt niet. Vul de code in die uw app nu toont."))
        return self.render(form)

    def render(self, form):
        return render(self.request, "authentication/staff_otp.html", {"form": form})


class StaffLogoutView(LogoutView):
    """POST only (Django's LogoutView): the session is deleted on the server."""

    next_page = "authentication:staff-login"
