"""Steps modules take by name: status, result, other parties, a person's open zaken everywhere."""

import pytest

from loket.components import facade
from loket.components.facade import steps
from loket.components.zaken.models import AuditTrail

BSN = "999993653"
PARTNER = "999990408"


@pytest.fixture
def zaak(zgw, utrecht):
    return facade.create_zaak_for_resident(zgw.zaaktype(utrecht), BSN)


def test_status_and_closing_by_name(zaak):
    steps.set_status_named(zaak, "Ontvangen")
    assert steps.current_status_name(zaak) == "Ontvangen"
    steps.close_with(zaak, "Afgehandeld", toelichting="Klaar")
    zaak.refresh_from_db()
    assert zaak.einddatum is not None and steps.current_status_name(zaak) == "Afgehandeld"
    assert steps.open_zaken_of_person(BSN) == []


def test_unknown_names_are_refused_and_write_nothing(zaak):
    before = AuditTrail.all_municipalities.count()
    with pytest.raises(facade.RuleViolation):
        steps.set_status_named(zaak, "Bestaat niet")
    with pytest.raises(facade.RuleViolation):
        steps.close_with(zaak, "Bestaat niet")
    with pytest.raises(facade.RuleViolation):
        steps.add_betrokkene(zaak, omschrijving_generiek="belanghebbende", bsn=PARTNER)
    assert AuditTrail.all_municipalities.count() == before


def test_betrokkene_by_bsn_or_kvk(zaak):
    rol = steps.add_betrokkene(zaak, omschrijving_generiek="behandelaar", bsn=PARTNER)
    assert (rol.inp_bsn, rol.betrokkene_type) == (PARTNER, "natuurlijk_persoon")
    firm = steps.add_betrokkene(zaak, omschrijving_generiek="behandelaar", kvk="69599084", naam="Uitvaart BV")
    assert firm.betrokkene_identificatie["annIdentificatie"] == "69599084"
    assert [r.pk for r in steps.rollen_of(zaak, "behandelaar")] == [rol.pk, firm.pk]
    with pytest.raises(facade.RuleViolation):
        steps.add_betrokkene(zaak, omschrijving_generiek="behandelaar", bsn="123456789")


def test_open_zaken_of_person_cross_municipalities(zgw, utrecht, amersfoort, zaak):
    other = facade.create_zaak_for_resident(zgw.zaaktype(amersfoort), BSN)
    assert {z.pk for z in steps.open_zaken_of_person(BSN)} == {zaak.pk, other.pk}
