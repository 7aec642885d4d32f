"""Installing a module's zaaktype definition: published in one go, versioned, switched off, idempotent."""

import dataclasses
import datetime

import pytest
import time_machine

from loket.components import facade
from loket.components.catalogi.models import (
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)
from loket.components.zaken.models import Zaak
from loket.tenancy.demo_rsin import demo_rsin

DAY1 = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=datetime.UTC)


def definition(**overrides) -> facade.ZaaktypeDefinition:
    data = {
        "identificatie": "PARKEERVERGUNNING",
        "omschrijving": "Parkeervergunning bewoners",
        "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
        "doel": "Een bewoner een parkeervergunning geven",
        "aanleiding": "Aanvraag van een bewoner",
        "indicatie_intern_of_extern": "extern",
        "handeling_initiator": "Aanvragen",
        "onderwerp": "Parkeervergunning",
        "handeling_behandelaar": "Behandelen",
        "doorlooptijd": "P8W",
        "servicenorm": datetime.timedelta(days=28),
        "verlenging_mogelijk": True,
        "verlengingstermijn": "P6W",
        "producten_of_diensten": ["http://standaarden.overheid.nl/owms/terms/Parkeervergunning"],
        "statustypen": [
            {"omschrijving": "Ontvangen", "volgnummer": 1, "informeren": True},
            {"omschrijving": "In behandeling", "volgnummer": 2, "doorlooptijd": "P4W"},
            {"omschrijving": "Afgehandeld", "volgnummer": 3, "informeren": True},
        ],
        "resultaattypen": [
            {
                "omschrijving": "Verleend",
                "resultaattypeomschrijving": "https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1",
                "selectielijstklasse": "https://selectielijst.openzaak.nl/api/v1/resultaten/8af64c99-a168-40dd-8afd-9fbe0597b6dc",
                "archiefnominatie": "vernietigen",
                "archiefactietermijn": "P5Y",
                "brondatum_afleidingswijze": "afgehandeld",
            }
        ],
        "roltypen": [
            {"omschrijving": "Aanvrager", "omschrijving_generiek": "initiator"},
            {"omschrijving": "Behandelaar", "omschrijving_generiek": "behandelaar"},
        ],
        "eigenschappen": [
            {
                "naam": "kenteken",
                "definitie": "Kenteken van de auto",
                "specificatie": {"formaat": "tekst", "lengte": "8", "kardinaliteit": "1"},
            },
            {
                "naam": "zone",
                "definitie": "Parkeerzone",
                "specificatie": {
                    "formaat": "tekst",
                    "lengte": "20",
                    "kardinaliteit": "1",
                    "waardenverzameling": ["A", "B"],
                },
            },
        ],
        "informatieobjecttypen": [
            {
                "omschrijving": "Kentekenbewijs",
                "vertrouwelijkheidaanduiding": "vertrouwelijk",
                "volgnummer": 1,
                "richting": "inkomend",
            },
            {
                "omschrijving": "Vergunning",
                "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
                "volgnummer": 2,
                "richting": "uitgaand",
                "statustype_volgnummer": 3,
            },
        ],
    }
    data.update(overrides)
    return facade.ZaaktypeDefinition.from_dict(data)


@pytest.fixture
def gemeente(utrecht):
    utrecht.rsin = demo_rsin(utrecht.code)
    utrecht.save()
    return utrecht


def versions(municipality, identificatie="PARKEERVERGUNNING"):
    return list(
        ZaakType.all_municipalities.filter(
            municipality=municipality, identificatie=identificatie
        ).order_by("pk")
    )


@time_machine.travel(DAY1, tick=False)
def test_install_creates_catalogus_and_a_published_zaaktype_with_all_its_types(gemeente):
    assert not Catalogus.all_municipalities.filter(municipality=gemeente).exists()
    zaaktype = facade.install_zaaktype(municipality=gemeente, definition=definition())

    catalogus = Catalogus.all_municipalities.get(municipality=gemeente)
    assert catalogus.rsin == gemeente.rsin and zaaktype.catalogus_id == catalogus.pk
    assert zaaktype.concept is False and zaaktype.begin_geldigheid == datetime.date(2026, 12, 1)
    assert zaaktype.doorlooptijd == datetime.timedelta(weeks=8)
    assert zaaktype.vertrouwelijkheidaanduiding == 4 and zaaktype.verantwoordelijke == "Utrecht"
    statustypen = StatusType.all_municipalities.filter(zaaktype=zaaktype).order_by("volgnummer")
    assert [s.omschrijving for s in statustypen] == ["Ontvangen", "In behandeling", "Afgehandeld"]
    assert statustypen[1].doorlooptijd == datetime.timedelta(weeks=4)
    resultaat = ResultaatType.all_municipalities.get(zaaktype=zaaktype)
    assert resultaat.archiefactietermijn == datetime.timedelta(days=5 * 365)
    assert RolType.all_municipalities.filter(zaaktype=zaaktype).count() == 2
    zone = Eigenschap.all_municipalities.get(zaaktype=zaaktype, naam="zone")
    assert zone.specificatie_waardenverzameling == ["A", "B"]
    links = ZaakTypeInformatieObjectType.all_municipalities.filter(zaaktype=zaaktype).order_by(
        "volgnummer"
    )
    assert [(link.informatieobjecttype.omschrijving, link.richting) for link in links] == [
        ("Kentekenbewijs", "inkomend"),
        ("Vergunning", "uitgaand"),
    ]
    assert links[1].statustype.omschrijving == "Afgehandeld"
    assert all(not link.informatieobjecttype.concept for link in links)
    assert facade.zaaktype_for(gemeente, "PARKEERVERGUNNING") == zaaktype


@time_machine.travel(DAY1, tick=False)
def test_installing_an_unchanged_definition_twice_changes_nothing(gemeente):
    first = facade.install_zaaktype(municipality=gemeente, definition=definition())
    again = facade.install_zaaktype(municipality=gemeente, definition=definition())
    assert again.pk == first.pk and len(versions(gemeente)) == 1
    assert InformatieObjectType.all_municipalities.filter(municipality=gemeente).count() == 2
    # durations may be written either way: same content, same fingerprint
    same = definition(doorlooptijd=datetime.timedelta(weeks=8), servicenorm="P28D")
    assert facade.install_zaaktype(municipality=gemeente, definition=same).pk == first.pk


def test_a_changed_definition_becomes_a_new_version_and_closes_the_previous(gemeente):
    with time_machine.travel(DAY1, tick=False):
        v1 = facade.install_zaaktype(municipality=gemeente, definition=definition())
        zaak = facade.create_zaak_for_resident(v1, "999993653")
    with time_machine.travel(DAY1 + datetime.timedelta(days=30), tick=False):
        v2 = facade.install_zaaktype(
            municipality=gemeente, definition=definition(doorlooptijd="P6W")
        )
        v1.refresh_from_db()
        assert v2.pk != v1.pk and v2.concept is False
        assert v1.concept is False and v1.doorlooptijd == datetime.timedelta(weeks=8)  # untouched
        assert v1.einde_geldigheid == datetime.date(2026, 12, 30)
        assert v2.begin_geldigheid == datetime.date(2026, 12, 31)
        assert facade.zaaktype_for(gemeente, "PARKEERVERGUNNING") == v2
        assert Zaak.all_municipalities.get(pk=zaak.pk).zaaktype_id == v1.pk  # old zaak keeps v1


@time_machine.travel(DAY1, tick=False)
def test_a_change_on_the_day_of_install_supersedes_the_first_version_at_once(gemeente):
    v1 = facade.install_zaaktype(municipality=gemeente, definition=definition())
    v2 = facade.install_zaaktype(
        municipality=gemeente, definition=definition(omschrijving="Parkeervergunning")
    )
    v1.refresh_from_db()
    assert v1.einde_geldigheid < v1.begin_geldigheid  # valid on no day
    assert facade.zaaktype_for(gemeente, "PARKEERVERGUNNING") == v2


def test_uninstall_stops_new_zaken_keeps_old_ones_and_reinstall_switches_back_on(gemeente):
    with time_machine.travel(DAY1, tick=False):
        zaaktype = facade.install_zaaktype(municipality=gemeente, definition=definition())
        zaak = facade.create_zaak_for_resident(zaaktype, "999993653")
    with time_machine.travel(DAY1 + datetime.timedelta(days=3), tick=False):
        facade.uninstall_zaaktype(municipality=gemeente, identificatie="PARKEERVERGUNNING")
        zaaktype.refresh_from_db()
        assert zaaktype.einde_geldigheid == datetime.date(2026, 12, 4)
        assert facade.zaaktype_for(gemeente, "PARKEERVERGUNNING") is None
        with pytest.raises(facade.RuleViolation) as error:
            facade.create_zaak_for_resident(zaaktype, "999993653")
        assert error.value.params[0].code == "zaaktype-not-accepting"
        assert Zaak.all_municipalities.filter(pk=zaak.pk).exists()  # nothing deleted
        assert len(versions(gemeente)) == 1
        facade.uninstall_zaaktype(
            municipality=gemeente, identificatie="PARKEERVERGUNNING"
        )  # twice: fine
    with time_machine.travel(DAY1 + datetime.timedelta(days=10), tick=False):
        again = facade.install_zaaktype(municipality=gemeente, definition=definition())
        assert again.pk == zaaktype.pk and again.einde_geldigheid is None
        assert facade.zaaktype_for(gemeente, "PARKEERVERGUNNING") == zaaktype


@time_machine.travel(DAY1, tick=False)
def test_uninstall_of_something_never_installed_does_nothing(gemeente, amersfoort):
    facade.uninstall_zaaktype(municipality=amersfoort, identificatie="PARKEERVERGUNNING")
    facade.uninstall_zaaktype(municipality=gemeente, identificatie="ONBEKEND")
    assert not ZaakType.all_municipalities.exists()


@time_machine.travel(DAY1, tick=False)
def test_a_municipality_without_rsin_gets_a_clear_error_and_nothing_is_written(amersfoort):
    assert amersfoort.rsin == ""
    with pytest.raises(facade.RuleViolation) as error:
        facade.install_zaaktype(municipality=amersfoort, definition=definition())
    assert error.value.params[0].code == "municipality-without-rsin"
    assert "RSIN" in error.value.params[0].reason and "Amersfoort" in error.value.params[0].reason
    assert not Catalogus.all_municipalities.exists()


@time_machine.travel(DAY1, tick=False)
def test_a_broken_definition_lists_every_problem_and_writes_nothing(gemeente):
    broken = definition(
        vertrouwelijkheidaanduiding="supergeheim",
        doorlooptijd="twee weken",
        statustypen=[
            {"omschrijving": "A", "volgnummer": 1},
            {"omschrijving": "B", "volgnummer": 1},
            {"omschrijving": "C", "volgnummer": 3},
        ],
        roltypen=[{"omschrijving": "Aanvrager", "omschrijving_generiek": "klant"}],
    )
    names = {p.name for p in broken.problems()}
    assert names == {
        "vertrouwelijkheidaanduiding",
        "doorlooptijd",
        "statustypen.1.volgnummer",
        "roltypen.0.omschrijvingGeneriek",
    }
    with pytest.raises(facade.RuleViolation) as error:
        facade.install_zaaktype(municipality=gemeente, definition=broken)
    assert len(error.value.params) == 4
    assert not ZaakType.all_municipalities.exists() and not Catalogus.all_municipalities.exists()
    with pytest.raises(ValueError):
        facade.ZaaktypeDefinition.from_dict({"identificatie": "X", "kleur": "blauw"})


@time_machine.travel(DAY1, tick=False)
def test_each_municipality_gets_its_own_copy(gemeente, amersfoort):
    amersfoort.rsin = demo_rsin(amersfoort.code)
    amersfoort.save()
    utrecht_type = facade.install_zaaktype(municipality=gemeente, definition=definition())
    amersfoort_type = facade.install_zaaktype(municipality=amersfoort, definition=definition())
    assert utrecht_type.catalogus_id != amersfoort_type.catalogus_id
    assert facade.zaaktype_for(amersfoort, "PARKEERVERGUNNING") == amersfoort_type
    facade.uninstall_zaaktype(municipality=gemeente, identificatie="PARKEERVERGUNNING")
    assert facade.zaaktype_for(amersfoort, "PARKEERVERGUNNING") == amersfoort_type


def test_definition_is_a_plain_frozen_dataclass():
    d = definition()
    assert dataclasses.is_dataclass(d)
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.identificatie = "ANDERS"
    assert d.fingerprint() == definition().fingerprint()
    assert d.fingerprint() != definition(onderwerp="Parkeren").fingerprint()
