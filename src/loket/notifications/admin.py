"""The outbox in the admin, for platform operators (staff without a municipality) only.

Read-only, except for the action "Opnieuw versturen" on failed deliveries (logged in the admin
log). Payloads are shown with BSNs and e-mail addresses masked.
"""

import json

from django.contrib import admin, messages
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
from .models import Delivery, OutboxMessage

MASKED_KEYS = {"bsn", "email", "authorization"}


def masked(value):
    if isinstance(value, dict):
        return {k: ("***" if k.lower() in MASKED_KEYS else masked(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [masked(v) for v in value]
    return value


class PlatformOperatorOnly:
    """The outbox spans every municipality: municipal staff do not see it at all."""

    def _is_platform_operator(self, request) -> bool:
        return not getattr(request.user, "municipality_id", None)

    def has_module_permission(self, request):
        return self._is_platform_operator(request) and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return self._is_platform_operator(request) and super().has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._is_platform_operator(request) and super().has_change_permission(request, obj)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class DeliveryInline(admin.TabularInline):
    model = Delivery
    extra = 0
    can_delete = False
    fields = [
        "transport",
        "target",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "delivered_at",
    ]
    readonly_fields = fields
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(OutboxMessage)
class OutboxMessageAdmin(PlatformOperatorOnly, admin.ModelAdmin):
    list_display = [
        "created_at",
        "kind",
        "municipality",
        "expanded_at",
        "delivered_count",
        "failed_count",
    ]
    list_filter = ["kind", ("municipality", admin.RelatedOnlyFieldListFilter)]
    date_hierarchy = "created_at"
    fields = ["uuid", "kind", "municipality", "created_at", "expanded_at", "payload_masked"]
    readonly_fields = fields
    inlines = [DeliveryInline]
    list_select_related = ["municipality"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                _delivered=Count(
                    "deliveries", filter=Q(deliveries__status=Delivery.Status.DELIVERED)
                ),
                _failed=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.FAILED)),
            )
        )

    @admin.display(description=_("afgeleverd"))
    def delivered_count(self, obj):
        return obj._delivered

    @admin.display(description=_("mislukt"))
    def failed_count(self, obj):
        return obj._failed

    @admin.display(description=_("inhoud"))
    def payload_masked(self, obj):
        return json.dumps(masked(obj.payload), indent=2, ensure_ascii=False)


@admin.register(Delivery)
class DeliveryAdmin(PlatformOperatorOnly, admin.ModelAdmin):
    list_display = [
        "id",
        "kind",
        "transport",
        "target",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "last_status_code",
        "delivered_at",
        "claimed_by",
    ]
    list_filter = [
        "status",
        "transport",
        ("message__municipality", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["target", "=message__uuid"]
    list_select_related = ["message"]
    actions = ["resend"]
    readonly_fields = [
        "message",
        "transport",
        "target",
        "status",
        "attempts",
        "next_attempt_at",
        "claimed_until",
        "claimed_by",
        "last_error",
        "last_status_code",
        "created_at",
        "retry_started_at",
        "delivered_at",
    ]
    fields = readonly_fields

    @admin.display(description=_("soort"), ordering="message__kind")
    def kind(self, obj):
        return obj.message.kind

    @admin.action(description=_("Opnieuw versturen"), permissions=["change"])
    def resend(self, request, queryset):
        failed = list(queryset.filter(status=Delivery.Status.FAILED))
        count = services.resend(failed)
        for delivery in failed:
            self.log_change(request, delivery, "Opnieuw versturen")
        skipped = queryset.count() - len(failed)
        self.message_user(
            request,
            ngettext(
                "%(count)d aflevering opnieuw in de wachtrij gezet.",
                "%(count)d afleveringen opnieuw in de wachtrij gezet.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d aflevering overgeslagen: alleen mislukte afleveringen kunnen opnieuw.",
                    "%(count)d afleveringen overgeslagen: alleen mislukte afleveringen kunnen opnieuw.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )
