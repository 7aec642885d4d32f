import pytest
from django.core.exceptions import ValidationError

from loket.tenancy import context
from loket.tenancy.models import MunicipalitySettings, TenantOwnedModel
from loket.tenancy.registry import (
    models_with_unscoped_default_manager,
    tenant_owned_models,
    unregistered_models,
)


def test_every_model_with_a_municipality_is_registered_with_the_tenant_layer():
    assert unregistered_models() == []
    assert models_with_unscoped_default_manager() == []
    assert MunicipalitySettings in tenant_owned_models()


def test_every_tenant_owned_model_fails_closed_without_an_active_municipality(db):
    for model in tenant_owned_models():
        with pytest.raises(context.TenantNotActive):
            list(model.objects.all())


@pytest.mark.django_db
def test_a_query_sees_only_the_active_municipality(utrecht, amersfoort):
    with context.activate(utrecht):
        MunicipalitySettings.objects.create(display_name="Utrecht")
    with context.activate(amersfoort):
        MunicipalitySettings.objects.create(display_name="Amersfoort")
        assert [s.display_name for s in MunicipalitySettings.objects.all()] == ["Amersfoort"]
        assert MunicipalitySettings.objects.filter(display_name="Utrecht").count() == 0
    assert MunicipalitySettings.all_municipalities.count() == 2


@pytest.mark.django_db
def test_saving_a_row_of_another_municipality_is_refused(utrecht, amersfoort):
    with context.activate(utrecht):
        settings = MunicipalitySettings.objects.create(display_name="Utrecht")
    with context.activate(amersfoort), pytest.raises(ValidationError):
        settings.display_name = "Overgenomen"
        settings.save()
    settings.refresh_from_db()
    assert settings.display_name == "Utrecht"


@pytest.mark.django_db
def test_a_new_row_takes_the_active_municipality(utrecht):
    with context.activate(utrecht):
        settings = MunicipalitySettings.objects.create(display_name="x")
    assert settings.municipality_id == utrecht.pk


def test_creating_without_an_active_municipality_raises(db):
    with pytest.raises(context.TenantNotActive):
        MunicipalitySettings.objects.create(display_name="zwerver")


def test_tenant_owned_model_is_abstract():
    assert TenantOwnedModel._meta.abstract
