"""The admin site at /beheer/: the same login rules as the staff login page.

Staff always log in through /medewerkers/inloggen/ (password, then a one-time code), so axes and
the second factor guard one path. When LOKET_STAFF_REQUIRE_2FA is on, a session without a
verified device gets no admin page, whatever the user's flags; only platform operators (no
municipality) get one at all.
"""

from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django_otp.admin import OTPAdminSite

from loket.accounts.constants import StaffRole


class StaffAdminSite(OTPAdminSite):
    name = "admin"

    def __init__(self, name="admin"):
        super().__init__(name)

    def has_permission(self, request):
        user = request.user
        if user.is_authenticated and (user.municipality_id or user.role != StaffRole.PLATFORM_OPERATOR):
            return False  # the admin is for platform operators only, whatever is_staff says
        if settings.LOKET_STAFF_REQUIRE_2FA:
            return super().has_permission(request)
        return AdminSite.has_permission(self, request)

    def login(self, request, extra_context=None):
        next_url = request.GET.get("next") or reverse("admin:index", current_app=self.name)
        return redirect_to_login(next_url, login_url=reverse("authentication:staff-login"))
