"""Fail closed: every tenant-owned model refuses a query when no municipality is active."""

import pytest
from django.apps import apps

from loket.tenancy.context import TenantNotActive, activate
from loket.tenancy.query import TenantManager


def tenant_owned_models():
    return sorted(
        (m for m in apps.get_models() if isinstance(m._default_manager, TenantManager)),
        key=lambda m: m._meta.label,
    )


def test_there_are_tenant_owned_models_to_check():
    assert len(tenant_owned_models()) >= 10


@pytest.mark.parametrize("model", tenant_owned_models(), ids=lambda m: m._meta.label)
def test_a_query_without_an_active_municipality_raises(db, model):
    with activate(None):
        with pytest.raises(TenantNotActive):
            list(model.objects.all())
        with pytest.raises(TenantNotActive):
            model.objects.filter(pk=1).exists()
        with pytest.raises(TenantNotActive):
            model.objects.count()
