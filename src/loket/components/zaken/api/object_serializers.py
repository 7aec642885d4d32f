"""Input and filters of the objects under a zaak (field formats as in the OAS; rules in the services)."""

from django.core.validators import URLValidator
from rest_framework import serializers

from loket.components.common.fields import ResourceURLField, URLRefFilterField
from loket.components.common.paths import CATALOGI_ROOT, ZAKEN_ROOT

from ..models import ZaakObjectType


class CheckedByServiceURLField(serializers.URLField):
    """A URL in the document; the service checks that it is one of our resources ("bad-url").

    Django's URL check refuses host names without a dot, such as the test client's "testserver".
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators = [v for v in self.validators if not isinstance(v, URLValidator)]


class ZaakEigenschapInputSerializer(serializers.Serializer):
    zaak = ResourceURLField(ZAKEN_ROOT, "zaken", required=False)
    eigenschap = ResourceURLField(CATALOGI_ROOT, "eigenschappen")
    waarde = serializers.CharField()


class ObjectTypeOverigeDefinitieSerializer(serializers.Serializer):
    url = serializers.URLField(max_length=1000)
    schema = serializers.CharField(max_length=100)
    objectData = serializers.CharField(max_length=100)


class ZaakObjectInputSerializer(serializers.Serializer):
    zaak = ResourceURLField(ZAKEN_ROOT, "zaken")
    object = serializers.URLField(max_length=1000, required=False, allow_blank=True)
    zaakobjecttype = CheckedByServiceURLField(max_length=1000, required=False, allow_blank=True)
    objectType = serializers.ChoiceField(choices=ZaakObjectType.values)
    objectTypeOverige = serializers.RegexField(
        r"^[a-z_]+$", max_length=100, required=False, allow_blank=True
    )
    objectTypeOverigeDefinitie = ObjectTypeOverigeDefinitieSerializer(
        required=False, allow_null=True
    )
    relatieomschrijving = serializers.CharField(max_length=80, required=False, allow_blank=True)
    objectIdentificatie = serializers.DictField(required=False, allow_null=True)

    RENAME = {
        "objectType": "object_type",
        "objectTypeOverige": "object_type_overige",
        "objectTypeOverigeDefinitie": "object_type_overige_definitie",
        "objectIdentificatie": "object_identificatie",
    }

    def model_fields(self) -> dict:
        fields = {}
        for key, value in self.validated_data.items():
            if key == "zaak":
                continue
            if key == "objectTypeOverigeDefinitie" and value is not None:
                value = dict(value)
            fields[self.RENAME.get(key, key)] = value
        return fields


class ZaakObjectFilterSerializer(serializers.Serializer):
    zaak = URLRefFilterField(ZAKEN_ROOT, "zaken", required=False)
    object = serializers.URLField(required=False)
    objectType = serializers.ChoiceField(choices=ZaakObjectType.values, required=False)


class ZaakInformatieObjectInputSerializer(serializers.Serializer):
    zaak = ResourceURLField(ZAKEN_ROOT, "zaken")
    # The shape (a document in a Documenten API) is checked by the service: "bad-url".
    informatieobject = serializers.CharField(max_length=1000)
    titel = serializers.CharField(max_length=200, required=False, allow_blank=True)
    beschrijving = serializers.CharField(required=False, allow_blank=True)
    vernietigingsdatum = serializers.DateTimeField(required=False, allow_null=True)
    status = ResourceURLField(ZAKEN_ROOT, "statussen", required=False, allow_null=True)


class ZaakInformatieObjectFilterSerializer(serializers.Serializer):
    zaak = URLRefFilterField(ZAKEN_ROOT, "zaken", required=False)
    informatieobject = serializers.URLField(required=False)


class KlantContactInputSerializer(serializers.Serializer):
    zaak = ResourceURLField(ZAKEN_ROOT, "zaken")
    identificatie = serializers.CharField(max_length=14, required=False, allow_blank=True)
    datumtijd = serializers.DateTimeField()
    kanaal = serializers.CharField(max_length=20, required=False, allow_blank=True)
    onderwerp = serializers.CharField(max_length=200, required=False, allow_blank=True)
    toelichting = serializers.CharField(max_length=1000, required=False, allow_blank=True)


class ZaakFilterOnlySerializer(serializers.Serializer):
    zaak = URLRefFilterField(ZAKEN_ROOT, "zaken", required=False)


class ZaakContactMomentInputSerializer(serializers.Serializer):
    zaak = ResourceURLField(ZAKEN_ROOT, "zaken")
    contactmoment = serializers.URLField(max_length=1000)


class ZaakContactMomentFilterSerializer(ZaakFilterOnlySerializer):
    contactmoment = serializers.URLField(required=False)


class ZaakVerzoekInputSerializer(serializers.Serializer):
    zaak = ResourceURLField(ZAKEN_ROOT, "zaken")
    verzoek = serializers.URLField(max_length=1000)


class ZaakVerzoekFilterSerializer(ZaakFilterOnlySerializer):
    verzoek = serializers.URLField(required=False)
