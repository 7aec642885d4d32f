"""The facade that modules and the portal use: same rules as the API, one audit row per write."""

import pytest

from loket.components import facade
from loket.components.catalogi.models import ResultaatType, StatusType
from loket.components.zaken.models import AuditTrail, Resultaat, Rol


@pytest.fixture
def zaaktype(zgw, utrecht):
    return zgw.zaaktype(utrecht)


def test_create_zaak_for_resident_makes_them_initiator(zaaktype):
    actor = facade.Actor(
        applicatie_id="loket-portal",
        applicatie_weergave="Mijn Loket",
        gebruikers_weergave="Inwoner",
    )
    zaak = facade.create_zaak_for_resident(
        zaaktype, "999993653", omschrijving="Melding", actor=actor
    )
    assert (
        zaak.identificatie.startswith("ZAAK-") and zaak.bronorganisatie == zaaktype.catalogus.rsin
    )
    rol = Rol.all_municipalities.get(zaak=zaak)
    assert (rol.omschrijving_generiek, rol.inp_bsn, rol.betrokkene_type) == (
        "initiator",
        "999993653",
        "natuurlijk_persoon",
    )
    trail = AuditTrail.all_municipalities.filter(zaak=zaak).order_by("pk")
    assert [(t.resource, t.actie, t.applicatie_weergave) for t in trail] == [
        ("zaak", "create", "Mijn Loket"),
        ("rol", "create", "Mijn Loket"),
    ]
    assert list(facade.zaken_of_resident("999993653", [zaak.municipality_id])) == [zaak]


def test_invalid_bsn_creates_nothing(zaaktype):
    with pytest.raises(facade.RuleViolation):
        facade.create_zaak_for_resident(zaaktype, "123456789")
    assert not AuditTrail.all_municipalities.exists()


def test_set_status_result_and_close(zaaktype):
    zaak = facade.create_zaak_for_resident(zaaktype, "999993653")
    statustypen = list(
        StatusType.all_municipalities.filter(zaaktype=zaaktype).order_by("volgnummer")
    )
    resultaattype = ResultaatType.all_municipalities.get(zaaktype=zaaktype)
    facade.set_status(zaak, statustypen[0])
    with pytest.raises(facade.RuleViolation) as error:
        facade.set_status(zaak, statustypen[2])
    assert error.value.params[0].code == "resultaat-does-not-exist"

    facade.close(zaak, resultaattype, toelichting="Afgehandeld")
    zaak.refresh_from_db()
    assert zaak.einddatum is not None and zaak.status.statustype == statustypen[2]
    assert zaak.archiefnominatie == "vernietigen" and zaak.archiefactiedatum is not None

    with pytest.raises(facade.ActionNotAllowed):
        facade.set_status(zaak, statustypen[1])
    facade.set_status(zaak, statustypen[1], reopen=True)
    zaak.refresh_from_db()
    assert zaak.einddatum is None
    actions = list(
        AuditTrail.all_municipalities.filter(zaak=zaak).values_list("resource", flat=True)
    )
    assert actions == ["zaak", "rol", "status", "resultaat", "status", "status"]


def test_facade_set_result_twice_is_refused(zaaktype):
    zaak = facade.create_zaak_for_resident(zaaktype, "999993653")
    resultaattype = ResultaatType.all_municipalities.get(zaaktype=zaaktype)
    facade.set_result(zaak, resultaattype)
    with pytest.raises(facade.RuleViolation) as error:
        facade.set_result(zaak, resultaattype)
    assert error.value.params[0].code == "unique"
    assert Resultaat.all_municipalities.filter(zaak=zaak).count() == 1
