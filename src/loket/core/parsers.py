"""Request parsing for the JSON APIs: what the database cannot store is a client error.

PostgreSQL cannot store a NUL character in text, and the JSON parser cannot follow nesting
deeper than Python's recursion limit; both would otherwise end as a 500 (and on PostgreSQL
leave the request's transaction broken).
"""

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

NUL = "\x00"


def reject_nul_in_query(request) -> None:
    """For a view's `initial()`: query parameters with a NUL character are refused (400)."""
    for key, values in request.query_params.lists():
        if NUL in key or any(NUL in value for value in values):
            raise ParseError("Een parameter bevat een NUL-teken (\\u0000).")


def _has_nul_in_a_key(data) -> bool:
    if isinstance(data, dict):
        return any(NUL in key or _has_nul_in_a_key(value) for key, value in data.items())
    if isinstance(data, list):
        return any(_has_nul_in_a_key(item) for item in data)
    return False


class BoundedJSONParser(JSONParser):
    """JSON nested too deep for the parser is a 400, not a 500. So is a NUL character in an
    object key (no serializer field checks the keys of a free-form object, and PostgreSQL cannot
    store it). A NUL character in a string field is refused per field by the serializers, with
    the standard's invalidParams."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON is te diep genest.") from None
        try:
            nul_in_key = _has_nul_in_a_key(data)
        except RecursionError:
            raise ParseError("JSON is te diep genest.") from None
        if nul_in_key:
            raise ParseError("Een sleutel in de JSON bevat een NUL-teken (\\u0000).")
        return data
