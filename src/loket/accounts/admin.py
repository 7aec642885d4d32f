from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import Business, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "email", "municipality", "role", "is_active"]
    list_filter = ["role", "is_active", "municipality__province"]
    fieldsets = [*BaseUserAdmin.fieldsets, ("Loket", {"fields": ["municipality", "role"]})]
    add_fieldsets = [*BaseUserAdmin.add_fieldsets, ("Loket", {"fields": ["municipality", "role"]})]
    autocomplete_fields = ["municipality"]

    def get_readonly_fields(self, request, obj=None):
        """Only a superuser hands out power: anyone else who may edit accounts cannot raise their own
        or a colleague's flags, permissions, role or municipality (no privilege escalation)."""
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly += ["is_superuser", "is_staff", "groups", "user_permissions"]
            if obj is not None:  # a new account needs both; they are checked by the model's clean()
                readonly += ["role", "municipality"]
        return readonly


@admin.register(Business)
class BusinessAdmin(admin.ModelAdmin):
    list_display = ["kvk", "name", "last_login"]
    search_fields = ["kvk", "name"]
