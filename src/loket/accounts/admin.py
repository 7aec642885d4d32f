from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import admin_devices  # noqa: F401 - replaces django-otp's TOTP device admin
from .lockout import is_locked_out, unlock
from .models import Business, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "email", "municipality", "role", "is_active", "locked_out"]
    list_filter = ["role", "is_active", "municipality__province"]
    fieldsets = [*BaseUserAdmin.fieldsets, ("Loket", {"fields": ["municipality", "role"]})]
    add_fieldsets = [*BaseUserAdmin.add_fieldsets, ("Loket", {"fields": ["municipality", "role"]})]
    autocomplete_fields = ["municipality"]
    actions = ["unlock_accounts"]

    def get_readonly_fields(self, request, obj=None):
        """Only a superuser hands out power: anyone else who may edit accounts cannot raise their own
        or a colleague's flags, permissions, role or municipality (no privilege escalation)."""
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly += ["is_superuser", "is_staff", "groups", "user_permissions"]
            if obj is not None:  # a new account needs both; they are checked by the model's clean()
                readonly += ["role", "municipality"]
        return readonly

    @admin.display(boolean=True, description=_("geblokkeerd"))
    def locked_out(self, user):
        return is_locked_out(user.get_username())

    @admin.action(permissions=["change"], description=_("Account vrijgeven (na te veel foute wachtwoorden)"))
    def unlock_accounts(self, request, queryset):
        locked = [user for user in queryset if is_locked_out(user.get_username())]
        for user in locked:
            unlock(user, by=request.user)
        self.message_user(
            request,
            ngettext("%(count)d account vrijgegeven.", "%(count)d accounts vrijgegeven.", len(locked))
            % {"count": len(locked)},
            messages.SUCCESS,
        )


@admin.register(Business)
class BusinessAdmin(admin.ModelAdmin):
    list_display = ["kvk", "name", "last_login"]
    search_fields = ["kvk", "name"]
