from django.contrib import admin

from .models import Municipality, MunicipalitySettings


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "province", "population", "rsin"]
    search_fields = ["code", "name"]
    list_filter = ["province"]
    ordering = ["name"]

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(MunicipalitySettings)
class MunicipalitySettingsAdmin(admin.ModelAdmin):
    list_display = ["municipality", "display_name", "brand_colour", "phone"]

    def get_queryset(self, request):
        if request.user.is_superuser and not request.user.municipality_id:
            return MunicipalitySettings.all_municipalities.select_related("municipality")
        return super().get_queryset(request)
