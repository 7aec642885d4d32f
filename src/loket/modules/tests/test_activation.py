"""Switching a module on and off per municipality: zaaktypen, audit, and "arrange online"."""

import pytest

from loket.components import facade as zgw
from loket.components.catalogi.models import StatusType
from loket.components.zaken.models import Zaak
from loket.modules import services
from loket.modules.constants import AuditAction
from loket.modules.facades import start_zaak
from loket.modules.models import ModuleActivation, ModuleAuditEntry
from loket.modules.registry import register
from loket.modules.selectors import available_online, module_options

PRODUCT = "http://standaarden.overheid.nl/owms/terms/melding_openbare_ruimte_(algemeen)"
ZAAKTYPE = "LOKET-MELDING-OPENBARE-RUIMTE"


@pytest.fixture
def utrecht_on(utrecht, with_rsin):
    with_rsin(utrecht)
    services.activate_module(municipality=utrecht, identifier="demo")
    return utrecht


def test_switching_on_for_utrecht_makes_it_online_for_utrecht_residents_only(utrecht_on, amersfoort):
    assert available_online(utrecht_on, PRODUCT) is register["demo"]
    assert available_online(utrecht_on, "melding_openbare_ruimte_(algemeen)") is register["demo"]
    assert available_online(amersfoort, PRODUCT) is None
    assert available_online(utrecht_on, "http://standaarden.overheid.nl/owms/terms/verhuismelding") is None


def test_switching_on_installs_the_zaaktype_published_in_the_municipalitys_catalogus(utrecht_on, amersfoort):
    zaaktype = zgw.zaaktype_for(utrecht_on, ZAAKTYPE)
    assert zaaktype is not None and not zaaktype.concept
    assert zaaktype.catalogus.rsin == utrecht_on.rsin
    statustypen = StatusType.all_municipalities.filter(zaaktype=zaaktype).order_by("volgnummer")
    assert [s.omschrijving for s in statustypen] == ["Ontvangen", "In behandeling", "Afgehandeld"]
    assert zgw.zaaktype_for(amersfoort, ZAAKTYPE) is None


def test_switching_off_stops_new_cases_but_keeps_existing_ones_readable(utrecht_on):
    zaak = start_zaak(module=register["demo"], municipality=utrecht_on, bsn="999990019", omschrijving="Losse tegel")
    services.deactivate_module(municipality=utrecht_on, identifier="demo")
    assert available_online(utrecht_on, PRODUCT) is None
    assert zgw.zaaktype_for(utrecht_on, ZAAKTYPE) is None
    assert Zaak.all_municipalities.get(pk=zaak.pk).identificatie == zaak.identificatie
    services.activate_module(municipality=utrecht_on, identifier="demo")
    assert zgw.zaaktype_for(utrecht_on, ZAAKTYPE).pk == zaak.zaaktype_id  # the same version again


def test_every_change_is_audited_in_the_municipality(utrecht_on, django_user_model):
    admin = django_user_model.objects.create_user("beheer", municipality=utrecht_on, role="functional_administrator")
    services.update_options(municipality=utrecht_on, identifier="demo", options={"reply_days": 3}, actor=admin)
    services.deactivate_module(municipality=utrecht_on, identifier="demo", actor=admin)
    rows = list(ModuleAuditEntry.all_municipalities.filter(municipality=utrecht_on).order_by("pk"))
    assert [r.action for r in rows] == [AuditAction.ACTIVATED, AuditAction.OPTIONS_CHANGED, AuditAction.DEACTIVATED]
    assert rows[1].details["changed"] == ["reply_days"] and rows[2].actor_display == "beheer"
    assert module_options(utrecht_on, "demo")["reply_days"] == 3


def test_invalid_options_are_refused_with_field_errors_and_nothing_changes(utrecht_on):
    with pytest.raises(services.ModuleActionRefused) as refused:
        services.update_options(municipality=utrecht_on, identifier="demo", options={"reply_days": 40})
    assert "reply_days" in refused.value.field_errors
    assert module_options(utrecht_on, "demo")["reply_days"] == 5
    assert ModuleAuditEntry.all_municipalities.filter(action=AuditAction.OPTIONS_CHANGED).count() == 0


def test_a_municipality_without_rsin_cannot_switch_on_and_nothing_is_written(amersfoort):
    amersfoort.rsin = ""
    amersfoort.save()
    with pytest.raises(services.ModuleActionRefused, match="RSIN"):
        services.activate_module(municipality=amersfoort, identifier="demo")
    assert not ModuleActivation.all_municipalities.exists()
    assert not ModuleAuditEntry.all_municipalities.exists()


def test_an_unknown_module_cannot_be_switched_on(utrecht):
    with pytest.raises(services.ModuleActionRefused, match="bestaat niet"):
        services.activate_module(municipality=utrecht, identifier="bestaat-niet")
