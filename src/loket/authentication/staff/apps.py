"""The Django admin, with a site that knows about staff two-factor authentication.

Listed in INSTALLED_APPS instead of "django.contrib.admin". This module imports no models:
app configs are loaded before the model registry is ready.
"""

from django.contrib.admin.apps import AdminConfig


class StaffAdminConfig(AdminConfig):
    default_site = "loket.authentication.staff.admin_site.StaffAdminSite"
