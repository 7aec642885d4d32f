"""Where each table goes when the platform outgrows one PostgreSQL: docs/scaling.md.

Tenant-owned tables (`TenantOwnedModel`) are *distributed* by `municipality_id` on Citus, so one
municipality's zaken, documenten and besluiten live on one shard and every query the tenant layer
makes (it always filters on the municipality) goes to one node. A test
(tenancy/tests/test_distribution.py) checks that every distributed table carries the column and
that every unique constraint includes it, and that every other table has a placement here.
"""

from __future__ import annotations

from enum import StrEnum

DISTRIBUTION_COLUMN = "municipality"


class Placement(StrEnum):
    DISTRIBUTED = "distributed by municipality"
    REFERENCE = "reference table (a copy on every node)"
    REGISTRY = "the national registry's own database (not sharded by municipality)"
    COORDINATOR = "local table on the coordinator (platform machinery, small or short-lived)"


# Tenant-owned, but small, read on every request and joined to distributed tables: a copy on
# every node makes those joins local.
REFERENCE_TENANT_OWNED = {
    "tenancy.MunicipalitySettings",
    "catalogi.Catalogus",
    "catalogi.ZaakType",
    "catalogi.StatusType",
    "catalogi.ResultaatType",
    "catalogi.RolType",
    "catalogi.Eigenschap",
    "catalogi.InformatieObjectType",
    "catalogi.BesluitType",
    "catalogi.ZaakTypeInformatieObjectType",
    "catalogi.ZaakObjectType",
    "modules.ModuleActivation",
}

# Tenant-owned tables that belong to the national registry (BRP): the population register is one
# national register, served by its own database and read through the registry facade and the
# Haal Centraal API only (docs/scaling.md, "The registry").
REGISTRY_TENANT_OWNED = {"registry.Residence"}

# Every table that is not tenant-owned, with its placement.
OTHER_TABLES: dict[str, Placement] = {
    "tenancy.Municipality": Placement.REFERENCE,
    "accounts.User": Placement.COORDINATOR,
    "accounts.Resident": Placement.COORDINATOR,
    "accounts.Business": Placement.COORDINATOR,
    "privacy.ProcessingRecord": Placement.REGISTRY,
    "registry.BrpApiClient": Placement.REGISTRY,
    "registry.BrpApiPurpose": Placement.REGISTRY,
    "registry.Address": Placement.REGISTRY,
    "registry.NationalityCode": Placement.REFERENCE,
    "registry.MunicipalityCode": Placement.REFERENCE,
    "registry.CountryCode": Placement.REFERENCE,
    "registry.Person": Placement.REGISTRY,
    "registry.PersonNationality": Placement.REGISTRY,
    "registry.CivilStatusEvent": Placement.REGISTRY,
    "registry.Relationship": Placement.REGISTRY,
    "registry.ForeignResidence": Placement.REGISTRY,
    "catalogue.LifeEventQuestion": Placement.REFERENCE,
    "catalogue.Product": Placement.REFERENCE,
    "catalogue.ProductPlacement": Placement.REFERENCE,
    "catalogue.SearchEntry": Placement.REFERENCE,
    "autorisaties.Applicatie": Placement.REFERENCE,
    "autorisaties.JWTSecret": Placement.REFERENCE,
    "autorisaties.Autorisatie": Placement.REFERENCE,
    "autorisaties.ApplicatieAudit": Placement.COORDINATOR,
    "notificaties.Kanaal": Placement.REFERENCE,
    "notificaties.Abonnement": Placement.REFERENCE,
    "notificaties.AbonnementKanaal": Placement.REFERENCE,
    "notificaties.AbonnementAudit": Placement.COORDINATOR,
    "notifications.OutboxMessage": Placement.COORDINATOR,
    "notifications.Delivery": Placement.COORDINATOR,
    "notifications.InboxMessage": Placement.COORDINATOR,
    "payments.Order": Placement.COORDINATOR,
    "payments.Payment": Placement.COORDINATOR,
    "payments.PaymentEvent": Placement.COORDINATOR,
    "payments.Fulfilment": Placement.COORDINATOR,
    "payments.DevelopmentPayment": Placement.COORDINATOR,
    "verification.SignedDocument": Placement.COORDINATOR,
    "module_verhuizen.Declaration": Placement.COORDINATOR,
    "module_verhuizen.Consent": Placement.COORDINATOR,
    "module_verhuizen.Departure": Placement.COORDINATOR,
}

# Apps whose tables are Django's own or a library's (sessions, admin log, OTP devices, axes):
# coordinator-local.
FRAMEWORK_APPS = {"admin", "auth", "contenttypes", "sessions", "otp_totp", "otp_static", "axes", "django_otp"}


def placement_of(model) -> Placement | None:
    """The placement of a model's table, or None when nobody has decided it yet."""
    from .models import TenantOwnedModel

    label = model._meta.label
    if issubclass(model, TenantOwnedModel):
        if label in REFERENCE_TENANT_OWNED:
            return Placement.REFERENCE
        if label in REGISTRY_TENANT_OWNED:
            return Placement.REGISTRY
        return Placement.DISTRIBUTED
    if model._meta.app_label in FRAMEWORK_APPS:
        return Placement.COORDINATOR
    return OTHER_TABLES.get(label)
