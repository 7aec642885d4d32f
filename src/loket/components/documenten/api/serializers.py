"""Input and filters of the Documenten API (field formats as in the OAS; rules in the services)."""

from rest_framework import serializers

from loket.components.common.fields import (
    NestedObject,
    ResourceURLField,
    RSINField,
    URLRefFilterField,
    VertrouwelijkheidField,
)
from loket.components.common.paths import CATALOGI_ROOT, DOCUMENTEN_ROOT

from ..models import DocumentStatus, IntegriteitAlgoritme, ObjectType, OndertekeningSoort

DOCUMENTS = "enkelvoudiginformatieobjecten"


class OptionalVertrouwelijkheidField(VertrouwelijkheidField):
    """ "" means: take the informatieobjecttype's."""

    def to_internal_value(self, data):
        if data in ("", None):
            return None
        return super().to_internal_value(data)


class Base64Field(serializers.CharField):
    """The content as base64 text; decoded and checked by the services (`content.py`)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("trim_whitespace", False)
        super().__init__(**kwargs)


class OndertekeningSerializer(NestedObject):
    soort = serializers.ChoiceField(choices=OndertekeningSoort.values)
    datum = serializers.DateField()


class IntegriteitSerializer(NestedObject):
    algoritme = serializers.ChoiceField(choices=IntegriteitAlgoritme.values)
    waarde = serializers.CharField(max_length=128)
    datum = serializers.DateField()


class DocumentInputSerializer(serializers.Serializer):
    identificatie = serializers.CharField(max_length=40, required=False, allow_blank=True)
    bronorganisatie = RSINField(min_length=9)
    creatiedatum = serializers.DateField()
    titel = serializers.CharField(max_length=200)
    vertrouwelijkheidaanduiding = OptionalVertrouwelijkheidField(required=False, allow_blank=True)
    auteur = serializers.CharField(max_length=200)
    status = serializers.ChoiceField(
        choices=DocumentStatus.values, required=False, allow_blank=True
    )
    formaat = serializers.CharField(max_length=255, required=False, allow_blank=True)
    taal = serializers.CharField(min_length=3, max_length=3)
    bestandsnaam = serializers.CharField(max_length=255, required=False, allow_blank=True)
    inhoud = Base64Field(required=False, allow_null=True, allow_blank=True)
    bestandsomvang = serializers.IntegerField(min_value=0, required=False, allow_null=True)
    link = serializers.URLField(max_length=200, required=False, allow_blank=True)
    beschrijving = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    ontvangstdatum = serializers.DateField(required=False, allow_null=True)
    verzenddatum = serializers.DateField(required=False, allow_null=True)
    indicatieGebruiksrecht = serializers.BooleanField(required=False, allow_null=True)
    verschijningsvorm = serializers.CharField(required=False, allow_blank=True)
    ondertekening = OndertekeningSerializer(required=False, allow_null=True)
    integriteit = IntegriteitSerializer(required=False, allow_null=True)
    informatieobjecttype = ResourceURLField(CATALOGI_ROOT, "informatieobjecttypen")
    trefwoorden = serializers.ListField(child=serializers.CharField(max_length=100), required=False)

    def service_fields(self) -> dict:
        """The validated data under the services' (model) names; `inhoud` as text still."""
        fields = {}
        for key, value in self.validated_data.items():
            if key == "ondertekening":
                value = value or {}
                fields["ondertekening_soort"] = value.get("soort", "")
                fields["ondertekening_datum"] = value.get("datum")
            elif key == "integriteit":
                value = value or {}
                fields["integriteit_algoritme"] = value.get("algoritme", "")
                fields["integriteit_waarde"] = value.get("waarde", "")
                fields["integriteit_datum"] = value.get("datum")
            elif key == "indicatieGebruiksrecht":
                fields["indicatie_gebruiksrecht"] = value
            elif key == "vertrouwelijkheidaanduiding" and value is None:
                continue
            elif key in ("status", "formaat", "bestandsnaam") and value is None:
                fields[key] = ""
            else:
                fields[key] = value
        return fields


class DocumentUpdateSerializer(DocumentInputSerializer):
    lock = serializers.CharField(min_length=1)


class DocumentFilterSerializer(serializers.Serializer):
    bronorganisatie = serializers.CharField(required=False)
    identificatie = serializers.CharField(required=False)
    informatieobjecttype = URLRefFilterField(CATALOGI_ROOT, "informatieobjecttypen", required=False)
    vertrouwelijkheidaanduiding = VertrouwelijkheidField(required=False)
    auteur = serializers.CharField(required=False)
    titel = serializers.CharField(required=False)
    beschrijving = serializers.CharField(required=False)
    creatiedatum__gte = serializers.DateField(required=False)
    creatiedatum__lte = serializers.DateField(required=False)
    locked = serializers.BooleanField(required=False)
    objectinformatieobjecten__object = serializers.CharField(max_length=1000, required=False)
    objectinformatieobjecten__objectType = serializers.ChoiceField(
        choices=ObjectType.values, required=False
    )


class DocumentDetailSerializer(serializers.Serializer):
    versie = serializers.IntegerField(min_value=1, required=False)
    registratieOp = serializers.DateTimeField(required=False)


class DocumentZoekSerializer(serializers.Serializer):
    uuid__in = serializers.ListField(child=serializers.UUIDField(), allow_empty=True)
    bronorganisatie = serializers.CharField(required=False)
    identificatie = serializers.CharField(required=False)


class UnlockSerializer(serializers.Serializer):
    lock = serializers.CharField(max_length=100, required=False, allow_blank=True)


class BestandsDeelSerializer(serializers.Serializer):
    inhoud = serializers.FileField(allow_empty_file=True)
    lock = serializers.CharField(min_length=1)


class GebruiksrechtInputSerializer(serializers.Serializer):
    informatieobject = ResourceURLField(DOCUMENTEN_ROOT, DOCUMENTS)
    startdatum = serializers.DateTimeField()
    einddatum = serializers.DateTimeField(required=False, allow_null=True)
    omschrijvingVoorwaarden = serializers.CharField()


class GebruiksrechtFilterSerializer(serializers.Serializer):
    informatieobject = URLRefFilterField(DOCUMENTEN_ROOT, DOCUMENTS, required=False)
    startdatum__lt = serializers.DateTimeField(required=False)
    startdatum__lte = serializers.DateTimeField(required=False)
    startdatum__gt = serializers.DateTimeField(required=False)
    startdatum__gte = serializers.DateTimeField(required=False)
    einddatum__lt = serializers.DateTimeField(required=False)
    einddatum__lte = serializers.DateTimeField(required=False)
    einddatum__gt = serializers.DateTimeField(required=False)
    einddatum__gte = serializers.DateTimeField(required=False)


class ObjectInformatieObjectInputSerializer(serializers.Serializer):
    informatieobject = ResourceURLField(DOCUMENTEN_ROOT, DOCUMENTS)
    object = serializers.CharField(max_length=1000)  # URL; hosts such as "testserver" too
    objectType = serializers.ChoiceField(choices=ObjectType.values)


class ObjectInformatieObjectFilterSerializer(serializers.Serializer):
    informatieobject = URLRefFilterField(DOCUMENTEN_ROOT, DOCUMENTS, required=False)
    object = serializers.CharField(max_length=1000, required=False)
