"""`_zoek` on `zaakgeometrie`: the zaken whose point lies within a GeoJSON (Multi)Polygon.

There is no PostGIS here, so the geometry is GeoJSON in a JSON column. On PostgreSQL the test
runs in the query with the built-in geometric types (`point <@ polygon`); elsewhere (SQLite in
development) in Python over the candidate rows. Both count a point on the boundary as inside
(that is what PostgreSQL's `<@` does) and a point inside a hole as outside. Only zaken whose
geometry is a Point can match: containment of lines and areas is not implemented.
"""

import math

from django.db import connection
from django.db.models import BooleanField, F, Func, QuerySet
from rest_framework import exceptions

AREA_TYPES = ("Polygon", "MultiPolygon")

Ring = list[tuple[float, float]]
Polygon = list[Ring]  # the outer ring, then the holes


def _invalid(message: str, code: str = "invalid") -> exceptions.ValidationError:
    return exceptions.ValidationError(
        {"zaakgeometrie": [exceptions.ErrorDetail(message, code=code)]}
    )


def parse_within(value) -> list[Polygon]:
    """The polygons of `{"within": <GeoJSON Polygon or MultiPolygon>}`, or a 400."""
    if not isinstance(value, dict) or set(value) != {"within"}:
        raise _invalid('Geef een object met alleen "within" en daarin een GeoJSON-geometrie.')
    geometry = value["within"]
    if not isinstance(geometry, dict) or "type" not in geometry:
        raise _invalid("Geen geldige GeoJSON-geometrie.")
    if geometry["type"] not in AREA_TYPES:
        raise _invalid(
            "Zoeken binnen een geometrie kan alleen met een Polygon of MultiPolygon.",
            code="unsupported",
        )
    coordinates = geometry.get("coordinates")
    polygons = [coordinates] if geometry["type"] == "Polygon" else coordinates
    if not isinstance(polygons, list) or not polygons:
        raise _invalid("Geen geldige GeoJSON-geometrie.")
    return [_polygon(polygon) for polygon in polygons]


def _polygon(rings) -> Polygon:
    if not isinstance(rings, list) or not rings:
        raise _invalid("Geen geldige GeoJSON-geometrie.")
    return [_ring(ring) for ring in rings]


def _ring(ring) -> Ring:
    """A closed ring of at least four positions (RFC 7946, 3.1.6)."""
    if not isinstance(ring, list) or len(ring) < 4:
        raise _invalid("Een ring van een Polygon heeft minstens vier posities.")
    points = [_position(position) for position in ring]
    if points[0] != points[-1]:
        raise _invalid("Een ring van een Polygon moet gesloten zijn (eerste positie = laatste).")
    return points


def _position(position) -> tuple[float, float]:
    if (
        not isinstance(position, list)
        or len(position) < 2
        or not all(
            isinstance(n, int | float) and not isinstance(n, bool) and math.isfinite(n)
            for n in position[:2]
        )
    ):
        raise _invalid("Een positie is een lijst van twee getallen: [lengtegraad, breedtegraad].")
    return float(position[0]), float(position[1])


# -- in Python -----------------------------------------------------------------------------------
def _on_segment(x, y, a, b) -> bool:
    (x1, y1), (x2, y2) = a, b
    cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1)
    return (
        abs(cross) <= 1e-12 and min(x1, x2) <= x <= max(x1, x2) and min(y1, y2) <= y <= max(y1, y2)
    )


def _in_ring(x: float, y: float, ring: Ring) -> bool:
    """Inside or on the boundary (even-odd rule)."""
    inside = False
    for a, b in zip(ring, ring[1:], strict=False):
        if _on_segment(x, y, a, b):
            return True
        (x1, y1), (x2, y2) = a, b
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def point_within(geometry, polygons: list[Polygon]) -> bool:
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        return False
    try:
        x, y = _position(geometry.get("coordinates"))
    except exceptions.ValidationError:
        return False
    return any(
        _in_ring(x, y, polygon[0]) and not any(_in_ring(x, y, hole) for hole in polygon[1:])
        for polygon in polygons
    )


# -- in PostgreSQL -------------------------------------------------------------------------------
def _polygon_literal(ring: Ring) -> str:
    return "(" + ",".join(f"({x!r},{y!r})" for x, y in ring) + ")"


class PointWithin(Func):
    """True when the GeoJSON in the column is a Point inside one of the polygons (PostgreSQL)."""

    output_field = BooleanField()

    def __init__(self, expression, polygons: list[Polygon]):
        super().__init__(expression)
        self.polygons = polygons

    def as_sql(self, compiler, connection, **extra):
        column, params = compiler.compile(self.source_expressions[0])
        point = (
            f"point(({column} -> 'coordinates' ->> 0)::float8, "
            f"({column} -> 'coordinates' ->> 1)::float8)"
        )
        alternatives, values = [], []
        for polygon in self.polygons:
            holes = "".join(f" AND NOT ({point} <@ %s::polygon)" for _ in polygon[1:])
            alternatives.append(f"({point} <@ %s::polygon{holes})")
            values += [_polygon_literal(ring) for ring in polygon]
        inside = " OR ".join(alternatives)
        # The type test first: CASE keeps PostgreSQL from casting the coordinates of a non-point.
        sql = f"(CASE WHEN {column} ->> 'type' = 'Point' THEN ({inside}) ELSE false END)"
        if params:  # a plain column has none; anything else would need them repeated per use
            raise ValueError("PointWithin works on a column")
        return sql, values

    def copy(self):
        clone = super().copy()
        clone.polygons = self.polygons
        return clone


def filter_within(queryset: QuerySet, polygons: list[Polygon]) -> QuerySet:
    if connection.vendor == "postgresql":
        return queryset.filter(PointWithin(F("zaakgeometrie"), polygons))
    candidates = queryset.filter(zaakgeometrie__isnull=False).values_list("pk", "zaakgeometrie")
    matching = [pk for pk, geometry in candidates if point_within(geometry, polygons)]
    return queryset.filter(pk__in=matching)
