"""Who sees and changes which besluiten: municipality and besluittype, filtered in the query."""

from loket.components.besluiten import scopes as S

from .conftest import (
    BESLUITEN,
    besluit_body,
    besluit_url,
    besluiten_client,
    make_besluit,
    make_besluittype,
)

LIST = f"{BESLUITEN}/besluiten"


def urls(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["url"] for item in response.json()["results"]]


def test_other_municipality_and_ungranted_besluittype_are_invisible(
    zgw, utrecht, amersfoort, setting
):
    zaaktype, granted, _ = setting
    ungranted = make_besluittype(zaaktype, omschrijving="Subsidie")
    other_type = make_besluittype(zgw.zaaktype(amersfoort))
    mine = make_besluit(granted)
    not_granted = make_besluit(ungranted)
    elsewhere = make_besluit(other_type)
    api = besluiten_client(zgw, [utrecht], [granted])

    assert urls(api.get(LIST)) == [besluit_url(mine)]
    assert urls(api.get(LIST, {"identificatie": not_granted.identificatie})) == []
    # Detail: another municipality does not exist (404); a besluittype not granted is 403.
    assert api.get(besluit_url(elsewhere)).status_code == 404
    assert api.get(besluit_url(not_granted)).status_code == 403
    assert api.patch(besluit_url(elsewhere), {"toelichting": "x"}).status_code == 404
    assert api.patch(besluit_url(not_granted), {"toelichting": "x"}).status_code == 403
    assert api.delete(besluit_url(not_granted)).status_code == 403
    assert api.get(f"{besluit_url(elsewhere)}/audittrail").status_code == 404
    assert api.get(f"{besluit_url(not_granted)}/audittrail").status_code == 403


def test_an_application_with_all_autorisaties_sees_only_its_municipalities(
    zgw, utrecht, amersfoort, setting
):
    _, besluittype, _ = setting
    mine = make_besluit(besluittype)
    make_besluit(make_besluittype(zgw.zaaktype(amersfoort)))
    api = zgw.client([utrecht], alles=True)
    assert urls(api.get(LIST)) == [besluit_url(mine)]


def test_create_needs_aanmaken_on_that_besluittype(zgw, utrecht, setting):
    zaaktype, besluittype, _ = setting
    other = make_besluittype(zaaktype, omschrijving="Subsidie")
    api = besluiten_client(zgw, [utrecht], [besluittype], scopes=(S.BESLUITEN_AANMAKEN,))
    assert api.post(LIST, besluit_body(other)).status_code == 403
    reader = besluiten_client(zgw, [utrecht], [besluittype], scopes=(S.BESLUITEN_LEZEN,))
    response = reader.post(LIST, besluit_body(besluittype))
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


def test_scopes_per_action(zgw, utrecht, setting):
    _, besluittype, _ = setting
    besluit = make_besluit(besluittype)
    reader = besluiten_client(zgw, [utrecht], [besluittype], scopes=(S.BESLUITEN_LEZEN,))
    assert reader.get(besluit_url(besluit)).status_code == 200
    assert reader.patch(besluit_url(besluit), {"toelichting": "x"}).status_code == 403
    assert reader.delete(besluit_url(besluit)).status_code == 403
    writer = besluiten_client(zgw, [utrecht], [besluittype], scopes=(S.BESLUITEN_BIJWERKEN,))
    assert writer.get(LIST).status_code == 403
    assert writer.patch(besluit_url(besluit), {"toelichting": "x"}).status_code == 200


def test_without_token_or_with_a_zaken_client_is_403(zgw, utrecht, setting, client):
    zaaktype, besluittype, _ = setting
    response = client.get(LIST)
    assert response.status_code == 403
    zaken_only = zgw.client([utrecht], zaaktypen=[zaaktype])
    assert zaken_only.get(LIST).status_code == 403


def test_list_query_budget(zgw, utrecht, setting, django_assert_num_queries):
    """A page of besluiten: the client's autorisaties (3), count, the page (joined types, zaken)."""
    _, besluittype, zaak = setting
    for _ in range(20):
        make_besluit(besluittype, zaak)
    api = besluiten_client(zgw, [utrecht], [besluittype])
    with django_assert_num_queries(5):
        response = api.get(LIST)
    assert response.json()["count"] == 20
