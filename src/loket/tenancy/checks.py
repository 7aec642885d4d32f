from django.core import checks


@checks.register(checks.Tags.models)
def check_tenant_registration(app_configs=None, **kwargs):
    from .registry import models_with_unscoped_default_manager, unregistered_models

    errors = [
        checks.Error(
            f"{m._meta.label} has a municipality but is not a TenantOwnedModel.",
            hint="Inherit from loket.tenancy.models.TenantOwnedModel, or set tenancy_exempt_reason.",
            obj=m,
            id="loket.tenancy.E001",
        )
        for m in unregistered_models()
    ]
    errors += [
        checks.Error(
            f"{m._meta.label} replaces the tenant-scoped default manager.",
            hint="Keep `objects = TenantManager()` first; add other managers after it.",
            obj=m,
            id="loket.tenancy.E002",
        )
        for m in models_with_unscoped_default_manager()
    ]
    return errors
