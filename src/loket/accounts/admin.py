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


@admin.register(Business)
class BusinessAdmin(admin.ModelAdmin):
    list_display = ["kvk", "name", "last_login"]
    search_fields = ["kvk", "name"]
