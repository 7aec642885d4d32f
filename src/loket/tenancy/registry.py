"""Which models are tenant-owned, and which models point at a municipality without being so."""

from django.apps import apps
from django.db import models

from .models import Municipality, TenantOwnedModel


def tenant_owned_models() -> list[type[models.Model]]:
    return [m for m in apps.get_models() if issubclass(m, TenantOwnedModel)]


def _references_municipality(model: type[models.Model]) -> bool:
    return any(
        field.is_relation and field.related_model is Municipality and not field.auto_created
        for field in model._meta.get_fields()
    )


def unregistered_models() -> list[type[models.Model]]:
    """Models that carry a municipality but are not tenant-owned and give no reason why."""
    return [
        m
        for m in apps.get_models()
        if _references_municipality(m)
        and not issubclass(m, TenantOwnedModel)
        and not getattr(m, "tenancy_exempt_reason", "")
    ]


def models_with_unscoped_default_manager() -> list[type[models.Model]]:
    from .query import TenantManager

    return [m for m in tenant_owned_models() if not isinstance(m._default_manager, TenantManager)]
