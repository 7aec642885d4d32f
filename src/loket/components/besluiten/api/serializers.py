"""Input and filters of the Besluiten API: field formats as in the OAS. Rules live in the services."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers
from stdnum.nl import bsn as elfproef

from loket.components.common.fields import ResourceURLField, URLRefFilterField
from loket.components.common.paths import BESLUITEN_ROOT, CATALOGI_ROOT, ZAKEN_ROOT

from ..models import Vervalreden


def _rsin(value: str) -> None:
    if not elfproef.is_valid(value):
        raise DjangoValidationError("Dit is geen geldig RSIN.", code="invalid")


class OptionalResourceURLField(ResourceURLField):
    """A resource URL that may be "" (the standard's way to say "none" for `zaak`)."""

    def to_internal_value(self, data):
        if data == "":
            return None
        return super().to_internal_value(data)


class DocumentURLField(serializers.CharField):
    """A document URL; whether it is one of ours the service decides (any host, like zaken)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 1000)
        super().__init__(**kwargs)


class BesluitInputSerializer(serializers.Serializer):
    identificatie = serializers.CharField(max_length=50, required=False, allow_blank=True)
    verantwoordelijkeOrganisatie = serializers.CharField(
        min_length=9, max_length=9, validators=[_rsin]
    )
    besluittype = ResourceURLField(CATALOGI_ROOT, "besluittypen")
    zaak = OptionalResourceURLField(ZAKEN_ROOT, "zaken", required=False)
    datum = serializers.DateField()
    toelichting = serializers.CharField(required=False, allow_blank=True)
    bestuursorgaan = serializers.CharField(max_length=50, required=False, allow_blank=True)
    ingangsdatum = serializers.DateField()
    vervaldatum = serializers.DateField(required=False, allow_null=True)
    vervalreden = serializers.ChoiceField(
        choices=Vervalreden.values, required=False, allow_blank=True
    )
    publicatiedatum = serializers.DateField(required=False, allow_null=True)
    verzenddatum = serializers.DateField(required=False, allow_null=True)
    uiterlijkeReactiedatum = serializers.DateField(required=False, allow_null=True)

    RENAME = {
        "verantwoordelijkeOrganisatie": "verantwoordelijke_organisatie",
        "uiterlijkeReactiedatum": "uiterlijke_reactiedatum",
    }

    def model_fields(self) -> dict:
        return {self.RENAME.get(key, key): value for key, value in self.validated_data.items()}


class BesluitFilterSerializer(serializers.Serializer):
    identificatie = serializers.CharField(required=False)
    verantwoordelijkeOrganisatie = serializers.CharField(required=False)
    besluittype = URLRefFilterField(CATALOGI_ROOT, "besluittypen", required=False)
    zaak = URLRefFilterField(ZAKEN_ROOT, "zaken", required=False)


class BesluitInformatieObjectInputSerializer(serializers.Serializer):
    # Which document it is (one of ours, of the besluit's municipality) is checked by the
    # service: brc-003 "bad-url".
    informatieobject = DocumentURLField()
    besluit = ResourceURLField(BESLUITEN_ROOT, "besluiten")


class BesluitInformatieObjectFilterSerializer(serializers.Serializer):
    besluit = URLRefFilterField(BESLUITEN_ROOT, "besluiten", required=False)
    informatieobject = DocumentURLField(required=False)
