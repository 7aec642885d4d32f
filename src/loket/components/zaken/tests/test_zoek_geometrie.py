"""POST /zaken/_zoek with `zaakgeometrie.within`: the zaken whose point lies in the area."""

import pytest

from loket.components.conftest import zaak_body
from loket.components.zaken.geometry import point_within

ZOEK = "/zaken/api/v1/zaken/_zoek"
# Utrecht's centre, roughly: lon 5.10-5.14, lat 52.08-52.10, with a hole around the Dom.
SQUARE = [[5.10, 52.08], [5.14, 52.08], [5.14, 52.10], [5.10, 52.10], [5.10, 52.08]]
DOM = [[5.120, 52.089], [5.123, 52.089], [5.123, 52.092], [5.120, 52.092], [5.120, 52.089]]


def point(lon, lat):
    return {"type": "Point", "coordinates": [lon, lat]}


@pytest.fixture
def setup(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    client = zgw.client([utrecht], zaaktypen=[zaaktype])

    def zaak(geometry):
        response = client.post("/zaken/api/v1/zaken", zaak_body(zaaktype, zaakgeometrie=geometry))
        assert response.status_code == 201, response.content
        return response.json()["url"]

    return client, zaak


def found(client, area) -> set[str]:
    response = client.post(ZOEK, {"zaakgeometrie": {"within": area}})
    assert response.status_code == 200, response.content
    return {z["url"] for z in response.json()["results"]}


def test_finds_the_points_inside_a_polygon_and_not_those_in_its_hole(setup):
    client, zaak = setup
    centre = zaak(point(5.11, 52.09))
    in_the_hole = zaak(point(5.121, 52.090))
    outside = zaak(point(4.90, 52.37))  # Amsterdam
    zaak(None)
    an_area = zaak({"type": "Polygon", "coordinates": [SQUARE]})

    assert found(client, {"type": "Polygon", "coordinates": [SQUARE]}) == {centre, in_the_hole}
    assert found(client, {"type": "Polygon", "coordinates": [SQUARE, DOM]}) == {centre}
    amsterdam = [[4.8, 52.3], [5.0, 52.3], [5.0, 52.4], [4.8, 52.4], [4.8, 52.3]]
    both = {"type": "MultiPolygon", "coordinates": [[SQUARE, DOM], [amsterdam]]}
    assert found(client, both) == {centre, outside}
    assert an_area not in found(client, both)  # only points can lie within (documented)


def test_combines_with_the_other_filters(setup):
    client, zaak = setup
    centre = zaak(point(5.11, 52.09))
    zaak(point(5.12, 52.085))
    response = client.post(
        ZOEK,
        {
            "zaakgeometrie": {"within": {"type": "Polygon", "coordinates": [SQUARE]}},
            "uuid__in": [centre.rsplit("/", 1)[1]],
        },
    )
    assert [z["url"] for z in response.json()["results"]] == [centre]
    assert response.json()["count"] == 1


@pytest.mark.parametrize(
    "zaakgeometrie",
    [
        {"within": point(5, 52)},  # no area to lie within
        {"within": {"type": "Polygon", "coordinates": [[[5, 52], [6, 52], [5, 52]]]}},
        {"within": {"type": "Polygon", "coordinates": [[[5, 52], [6, 52], [6, 53], [5, 53]]]}},
        {"within": {"type": "Polygon", "coordinates": [[[5, "x"], [6, 52], [6, 53], [5, 52]]]}},
        {"within": {"type": "Polygon"}},
        {"within": "POLYGON((5 52, 6 52, 6 53, 5 52))"},
        {"contains": {"type": "Polygon", "coordinates": [SQUARE]}},
        "Utrecht",
    ],
)
def test_bad_geometry_is_a_400_on_zaakgeometrie(setup, zaakgeometrie):
    client, _ = setup
    response = client.post(ZOEK, {"zaakgeometrie": zaakgeometrie})
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] == "invalid" and body["status"] == 400
    assert [p["name"] for p in body["invalidParams"]] == ["zaakgeometrie"]


def test_the_python_test_counts_the_boundary_as_inside_as_postgresql_does():
    square = [[(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)]]
    assert point_within(point(1, 1), [square])
    assert point_within(point(0, 1), [square])  # on an edge
    assert point_within(point(2, 2), [square])  # on a corner
    assert not point_within(point(3, 1), [square])
    assert not point_within({"type": "LineString", "coordinates": [[1, 1], [1, 2]]}, [square])
