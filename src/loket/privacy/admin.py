from django.contrib import admin

from .models import ProcessingRecord


@admin.register(ProcessingRecord)
class ProcessingRecordAdmin(admin.ModelAdmin):
    """Read-only: the log is evidence; nobody adds, edits or deletes rows by hand."""

    list_display = ["occurred_at", "action", "object_type", "actor_kind", "actor_display", "purpose", "municipality"]
    list_filter = ["action", "actor_kind", "object_type"]
    date_hierarchy = "occurred_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        return {}
