"""Serializer fields for the standard's value types: resource URLs, vertrouwelijkheid, durations, RSIN."""

from rest_framework import serializers
from rest_framework.fields import empty
from stdnum.nl import bsn as elfproef

from .constants import Vertrouwelijkheid
from .durations import parse_iso_duration
from .formatting import iso_duration
from .paths import uuid_from_url


class ResourceURLField(serializers.Field):
    """A URL of one of our own resources, resolved to the row through a resolver in the context.

    The resolver only finds rows of the client's municipalities, so another municipality's
    object is "bad-url", exactly like one that does not exist.
    """

    default_error_messages = {"bad-url": "De URL verwijst niet naar een bestaand object."}

    def __init__(self, root: str, collection: str, **kwargs):
        self.api_root = root
        self.collection = collection
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, str) or len(data) > 1000:
            self.fail("bad-url")
        uuid = uuid_from_url(data, self.api_root, self.collection)
        if uuid is None:
            self.fail("bad-url")
        found = self.context["resolve"](self.collection, uuid)
        if found is None:
            self.fail("bad-url")
        return found

    def to_representation(self, value):  # pragma: no cover - read side uses representation modules
        return str(value)


class URLRefFilterField(serializers.Field):
    """A resource URL in a query parameter: only its uuid is used (no lookup)."""

    default_error_messages = {"invalid": "Geen geldige URL van dit soort object."}

    def __init__(self, root: str, collection: str, **kwargs):
        self.api_root = root
        self.collection = collection
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        uuid = uuid_from_url(str(data), self.api_root, self.collection)
        if uuid is None:
            self.fail("invalid")
        return uuid


# An object inside a request body (brondatumArchiefprocedure, verlenging, integriteit…). A PATCH
# replaces such an object whole, so it is checked as on a create: DRF would carry the outer
# update's partial over and skip the object's own required fields and defaults. (A comment, not a
# docstring: drf-spectacular would publish a docstring in the served documents.)
class NestedObject(serializers.Serializer):

    def run_validation(self, data=empty):
        partial_update = self.root is not self and getattr(self.root, "partial", False)
        if not partial_update or data is empty or data is None:
            return super().run_validation(data)
        whole = type(self)(data=data, context=self.context)
        if not whole.is_valid():
            raise serializers.ValidationError(whole.errors)
        return whole.validated_data


class VertrouwelijkheidField(serializers.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(choices=Vertrouwelijkheid.api_values(), **kwargs)

    def to_internal_value(self, data):
        return int(Vertrouwelijkheid.from_api(super().to_internal_value(data)))

    def to_representation(self, value):
        return Vertrouwelijkheid(value).api_value


class ISODurationField(serializers.Field):
    default_error_messages = {"invalid": "Geen geldige ISO-8601-duur, bijvoorbeeld P14D."}

    def to_internal_value(self, data):
        value = parse_iso_duration(data)
        if value is None:
            self.fail("invalid")
        return value

    def to_representation(self, value):
        return iso_duration(value)


class RSINField(serializers.CharField):
    default_error_messages = {"invalid-rsin": "Dit is geen geldig RSIN (9 cijfers, elfproef)."}

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 9)
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        if value and not (len(value) == 9 and elfproef.is_valid(value)):
            self.fail("invalid-rsin")
        return value


class CommaListField(serializers.Field):
    """`a,b,c` in a query string, or a JSON list in a _zoek body."""

    def __init__(self, child: serializers.Field, **kwargs):
        self.child = child
        super().__init__(**kwargs)
        self.child.bind("", self)

    def to_internal_value(self, data):
        items = data if isinstance(data, list) else [item for item in str(data).split(",") if item]
        return [self.child.run_validation(item) for item in items]
