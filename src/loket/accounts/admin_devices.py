"""django-otp's TOTP device admin, with its config and QR code pages answering 404 for an unknown id.

Upstream looks the device up with `.get()`, so an id that does not exist was a 500.
"""

from django.contrib import admin
from django.shortcuts import get_object_or_404
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice


class StaffTOTPDeviceAdmin(TOTPDeviceAdmin):
    def config_view(self, request, pk):
        get_object_or_404(self.get_queryset(request), pk=pk)
        return super().config_view(request, pk)

    def qrcode_view(self, request, pk):
        get_object_or_404(self.get_queryset(request), pk=pk)
        return super().qrcode_view(request, pk)


if admin.site.is_registered(TOTPDevice):
    admin.site.unregister(TOTPDevice)
admin.site.register(TOTPDevice, StaffTOTPDeviceAdmin)
