"""The tenant-scoped query layer, used by every tenant-owned model.

`objects` only ever returns rows of the active municipality and raises `TenantNotActive` when
none is active: it fails closed, it never returns everything. Code that must cross
municipalities on purpose (platform jobs, the national coordinator) says so by using
`all_municipalities`.
"""

from django.db import models

from .context import require_active_municipality


class TenantManager(models.Manager):
    def get_queryset(self):
        municipality = require_active_municipality()
        return super().get_queryset().filter(municipality_id=municipality.pk)


class CrossTenantManager(models.Manager):
    """Explicitly unscoped. Every use is a deliberate platform-wide read or write."""
