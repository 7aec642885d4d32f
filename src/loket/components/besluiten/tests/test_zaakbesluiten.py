"""The Zaken API's /zaken/{uuid}/besluiten: the besluiten of the zaak, as Open Zaak shows them."""

import datetime

from loket.components import facade
from loket.components.common import scopes as ZS
from loket.components.common.constants import Vertrouwelijkheid
from loket.components.zaken import services as zaken

from .conftest import besluit_url, besluiten_client, make_besluit, make_besluittype, zaak_url


def test_list_and_detail_follow_the_besluiten_of_the_zaak(zgw, utrecht, setting):
    zaaktype, besluittype, zaak = setting
    besluit = make_besluit(besluittype, zaak)
    make_besluit(besluittype)  # no zaak
    api = zgw.client([utrecht], zaaktypen=[zaaktype])

    response = api.get(f"{zaak_url(zaak)}/besluiten")
    assert response.status_code == 200
    assert response["API-version"] == "1.5.1"
    [item] = response.json()
    assert item == {
        "url": f"{zaak_url(zaak)}/besluiten/{besluit.zaakbesluit_uuid}",
        "uuid": str(besluit.zaakbesluit_uuid),
        "besluit": besluit_url(besluit),
    }
    assert api.get(item["url"]).json() == item

    # The besluit moves to another zaak: the relation goes with it (a new one there).
    other = zaken.create_zaak(zaaktype=zaaktype, bronorganisatie=zaaktype.catalogus.rsin)
    writer = besluiten_client(zgw, [utrecht], [besluittype])
    assert writer.patch(besluit_url(besluit), {"zaak": zaak_url(other)}).status_code == 200
    assert api.get(f"{zaak_url(zaak)}/besluiten").json() == []
    assert api.get(item["url"]).status_code == 404
    [moved] = api.get(f"{zaak_url(other)}/besluiten").json()
    assert moved["besluit"] == besluit_url(besluit) and moved["uuid"] != item["uuid"]


def test_the_zaak_decides_who_may_read(zgw, utrecht, amersfoort, setting):
    zaaktype, besluittype, zaak = setting
    make_besluit(besluittype, zaak)
    secret = zaken.create_zaak(
        zaaktype=zaaktype,
        bronorganisatie=zaaktype.catalogus.rsin,
        vertrouwelijkheidaanduiding=Vertrouwelijkheid.GEHEIM,
    )
    low = zgw.client(
        [utrecht], zaaktypen=[zaaktype], max_vertrouwelijkheid=Vertrouwelijkheid.INTERN
    )
    assert low.get(f"{zaak_url(zaak)}/besluiten").status_code == 200
    assert low.get(f"{zaak_url(secret)}/besluiten").status_code == 403
    other_zaaktype = zgw.client([utrecht], zaaktypen=[zgw.zaaktype(utrecht)])
    assert other_zaaktype.get(f"{zaak_url(zaak)}/besluiten").status_code == 403
    elsewhere = zgw.client([amersfoort], zaaktypen=[zgw.zaaktype(amersfoort)])
    assert elsewhere.get(f"{zaak_url(zaak)}/besluiten").status_code == 404
    no_scope = zgw.client([utrecht], zaaktypen=[zaaktype], scopes=(ZS.ZAKEN_AANMAKEN,))
    assert no_scope.get(f"{zaak_url(zaak)}/besluiten").status_code == 403


def test_only_reading(zgw, utrecht, setting):
    zaaktype, besluittype, zaak = setting
    api = zgw.client([utrecht], zaaktypen=[zaaktype])
    response = api.post(f"{zaak_url(zaak)}/besluiten", {"besluit": "x"})
    assert response.status_code == 405


def test_a_zaak_with_besluiten_cannot_be_deleted(zgw, utrecht, setting):
    """As Open Zaak: remove the besluiten (or their relation) first."""
    zaaktype, besluittype, zaak = setting
    besluit = make_besluit(besluittype, zaak)
    api = zgw.client([utrecht], zaaktypen=[zaaktype])
    response = api.delete(zaak_url(zaak))
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["code"] == "related-besluiten"
    besluiten_client(zgw, [utrecht], [besluittype]).delete(besluit_url(besluit))
    assert api.delete(zaak_url(zaak)).status_code == 204


def test_facade_creates_a_besluit_for_a_zaak(zgw, utrecht, setting):
    zaaktype, besluittype, zaak = setting
    besluit = facade.create_besluit_for_zaak(
        zaak,
        besluittype=besluittype,
        datum=datetime.date(2026, 4, 1),
        ingangsdatum=datetime.date(2026, 4, 2),
        toelichting="Vergunning verleend",
    )
    assert besluit.zaak_id == zaak.pk
    assert besluit.verantwoordelijke_organisatie == zaaktype.catalogus.rsin
    api = zgw.client([utrecht], zaaktypen=[zaaktype])
    [item] = api.get(f"{zaak_url(zaak)}/besluiten").json()
    assert item["besluit"] == besluit_url(besluit)

    not_allowed = make_besluittype(zgw.zaaktype(utrecht), omschrijving="Subsidie")
    try:
        facade.create_besluit_for_zaak(
            zaak,
            besluittype=not_allowed,
            datum=datetime.date(2026, 4, 1),
            ingangsdatum=datetime.date(2026, 4, 2),
        )
    except facade.RuleViolation as error:
        assert error.params[0].code == "zaaktype-mismatch"
    else:
        raise AssertionError("a besluittype of another zaaktype was accepted")
