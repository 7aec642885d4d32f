"""Request bodies of the Catalogi API writes: camelCase in, model field names out.

References to other catalogi objects resolve only within the client's municipalities, so an
object of another municipality is `bad-url`, exactly like one that does not exist.
"""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from loket.components.common.constants import Archiefnominatie, RolOmschrijving
from loket.components.common.fields import (
    ISODurationField,
    NestedObject,
    ResourceURLField,
    VertrouwelijkheidField,
)
from loket.components.common.paths import CATALOGI_ROOT, uuid_from_url

from ..models import Afleidingswijze, Formaat, IndicatieInternOfExtern, Richting


def ref(collection: str, **kwargs) -> ResourceURLField:
    return ResourceURLField(CATALOGI_ROOT, collection, **kwargs)


def optional_text(max_length: int | None = None, **kwargs) -> serializers.CharField:
    return serializers.CharField(
        max_length=max_length, required=False, allow_blank=True, default="", **kwargs
    )


def must_be_empty(value):
    if value:
        raise serializers.ValidationError(
            _("Dit wordt nog niet ondersteund; laat de lijst leeg."), code="unsupported"
        )
    return value


class EmptyListField(serializers.ListField):
    """Relations the platform does not store yet: accepted only when empty."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(child=serializers.JSONField(), validators=[must_be_empty], **kwargs)


def check_geldigheid_order(attrs: dict, instance) -> None:
    """eindeGeldigheid never lies before beginGeldigheid (after this change)."""
    begin = attrs.get("begin_geldigheid", getattr(instance, "begin_geldigheid", None))
    einde = attrs.get("einde_geldigheid", getattr(instance, "einde_geldigheid", None))
    if begin and einde and einde < begin:
        raise serializers.ValidationError(
            {"eindeGeldigheid": [_("Het einde ligt voor het begin.")]}, code="date-mismatch"
        )


class GeldigheidMixin(serializers.Serializer):
    beginGeldigheid = serializers.DateField(source="begin_geldigheid")
    eindeGeldigheid = serializers.DateField(
        source="einde_geldigheid", required=False, allow_null=True
    )
    beginObject = serializers.DateField(source="begin_object", required=False, allow_null=True)
    eindeObject = serializers.DateField(source="einde_object", required=False, allow_null=True)

    def validate(self, attrs):
        attrs = super().validate(attrs)
        check_geldigheid_order(attrs, self.instance)
        return attrs


class ReferentieProcesIn(NestedObject):
    naam = serializers.CharField(max_length=80, allow_blank=True)
    link = serializers.URLField(max_length=200, required=False, allow_blank=True, default="")


class ZaakTypeIn(GeldigheidMixin):
    identificatie = serializers.CharField(max_length=50)
    omschrijving = serializers.CharField(max_length=80)
    omschrijvingGeneriek = optional_text(80, source="omschrijving_generiek")
    vertrouwelijkheidaanduiding = VertrouwelijkheidField()
    doel = serializers.CharField()
    aanleiding = serializers.CharField()
    toelichting = optional_text()
    indicatieInternOfExtern = serializers.ChoiceField(
        choices=IndicatieInternOfExtern.values, source="indicatie_intern_of_extern"
    )
    handelingInitiator = serializers.CharField(max_length=20, source="handeling_initiator")
    onderwerp = serializers.CharField(max_length=80)
    handelingBehandelaar = serializers.CharField(max_length=20, source="handeling_behandelaar")
    doorlooptijd = ISODurationField()
    servicenorm = ISODurationField(required=False, allow_null=True)
    opschortingEnAanhoudingMogelijk = serializers.BooleanField(
        source="opschorting_en_aanhouding_mogelijk"
    )
    verlengingMogelijk = serializers.BooleanField(source="verlenging_mogelijk")
    verlengingstermijn = ISODurationField(required=False, allow_null=True)
    trefwoorden = serializers.ListField(
        child=serializers.CharField(max_length=30), required=False, default=list
    )
    publicatieIndicatie = serializers.BooleanField(source="publicatie_indicatie")
    publicatietekst = optional_text()
    verantwoordingsrelatie = serializers.ListField(
        child=serializers.CharField(max_length=40), required=False, default=list
    )
    productenOfDiensten = serializers.ListField(
        child=serializers.URLField(max_length=1000), source="producten_of_diensten"
    )
    selectielijstProcestype = serializers.URLField(
        max_length=200,
        required=False,
        allow_blank=True,
        default="",
        source="selectielijst_procestype",
    )
    referentieproces = ReferentieProcesIn()
    verantwoordelijke = serializers.CharField(max_length=50)
    catalogus = ref("catalogussen")
    besluittypen = serializers.ListField(child=ref("besluittypen"), required=False)
    deelzaaktypen = EmptyListField()
    gerelateerdeZaaktypen = EmptyListField()
    versiedatum = serializers.DateField()

    def validate(self, attrs):
        attrs = super().validate(attrs)
        mogelijk = attrs.get(
            "verlenging_mogelijk", getattr(self.instance, "verlenging_mogelijk", False)
        )
        termijn = attrs.get(
            "verlengingstermijn", getattr(self.instance, "verlengingstermijn", None)
        )
        if mogelijk and termijn is None:
            raise serializers.ValidationError(
                {"verlengingstermijn": [_("Nodig als verlenging mogelijk is.")]},
                code="required",
            )
        return attrs


class StatusTypeIn(serializers.Serializer):
    omschrijving = serializers.CharField(max_length=80)
    omschrijvingGeneriek = optional_text(80, source="omschrijving_generiek")
    statustekst = optional_text(1000)
    zaaktype = ref("zaaktypen")
    volgnummer = serializers.IntegerField(min_value=1, max_value=9999)
    informeren = serializers.BooleanField(required=False, default=False)
    doorlooptijd = ISODurationField(required=False, allow_null=True)
    toelichting = optional_text(1000)
    checklistitemStatustype = EmptyListField()
    eigenschappen = EmptyListField()


class BrondatumIn(NestedObject):
    afleidingswijze = serializers.ChoiceField(choices=Afleidingswijze.values)
    datumkenmerk = optional_text(80)
    einddatumBekend = serializers.BooleanField(required=False, default=False)
    objecttype = optional_text(80)
    registratie = optional_text(80)
    procestermijn = ISODurationField(required=False, allow_null=True)

    def validate(self, attrs):
        wijze = attrs["afleidingswijze"]
        errors = {}

        def rule(field, needed: bool, present: bool):
            if needed and not present:
                errors[field] = [
                    serializers.ErrorDetail(
                        _("Verplicht bij deze afleidingswijze."), code="required"
                    )
                ]
            elif not needed and present:
                errors[field] = [
                    serializers.ErrorDetail(
                        _("Moet leeg zijn bij deze afleidingswijze."), code="must-be-empty"
                    )
                ]

        rule(
            "datumkenmerk",
            wijze in ("eigenschap", "zaakobject", "ander_datumkenmerk"),
            bool(attrs["datumkenmerk"]),
        )  # ztc-004
        if wijze in ("afgehandeld", "termijn") and attrs["einddatumBekend"]:  # ztc-005
            rule("einddatumBekend", False, True)
        rule(
            "objecttype", wijze in ("zaakobject", "ander_datumkenmerk"), bool(attrs["objecttype"])
        )  # ztc-006
        rule("registratie", wijze == "ander_datumkenmerk", bool(attrs["registratie"]))  # ztc-007
        rule("procestermijn", wijze == "termijn", attrs.get("procestermijn") is not None)  # ztc-008
        if errors:
            raise serializers.ValidationError(errors)
        return attrs


class ResultaatTypeIn(serializers.Serializer):
    zaaktype = ref("zaaktypen")
    omschrijving = serializers.CharField(max_length=30)
    resultaattypeomschrijving = serializers.URLField(max_length=1000)
    selectielijstklasse = serializers.URLField(max_length=1000)
    toelichting = optional_text()
    archiefnominatie = serializers.ChoiceField(
        choices=Archiefnominatie.values, required=False, allow_blank=True, default=""
    )
    archiefactietermijn = ISODurationField(required=False, allow_null=True)
    brondatumArchiefprocedure = BrondatumIn(required=False, allow_null=True)
    procesobjectaard = serializers.CharField(required=False, allow_blank=True, allow_null=True)
    indicatieSpecifiek = serializers.BooleanField(required=False, allow_null=True)
    procestermijn = serializers.CharField(required=False, allow_blank=True, allow_null=True)
    besluittypen = EmptyListField()
    informatieobjecttypen = EmptyListField()


class RolTypeIn(serializers.Serializer):
    zaaktype = ref("zaaktypen")
    omschrijving = serializers.CharField(max_length=100)
    omschrijvingGeneriek = serializers.ChoiceField(
        choices=RolOmschrijving.values, source="omschrijving_generiek"
    )


class SpecificatieIn(NestedObject):
    groep = optional_text(32)
    formaat = serializers.ChoiceField(choices=Formaat.values)
    lengte = serializers.CharField(max_length=14)
    kardinaliteit = serializers.CharField(max_length=3)
    waardenverzameling = serializers.ListField(
        child=serializers.CharField(max_length=100), required=False, default=list
    )


class EigenschapIn(serializers.Serializer):
    naam = serializers.CharField(max_length=20)
    definitie = serializers.CharField(max_length=255)
    specificatie = SpecificatieIn()
    toelichting = optional_text(1000)
    zaaktype = ref("zaaktypen")
    statustype = ref("statustypen", required=False, allow_null=True)


class InformatieObjectTypeIn(GeldigheidMixin):
    catalogus = ref("catalogussen")
    omschrijving = serializers.CharField(max_length=80)
    vertrouwelijkheidaanduiding = VertrouwelijkheidField()
    informatieobjectcategorie = serializers.CharField(max_length=80)
    trefwoord = serializers.ListField(
        child=serializers.CharField(max_length=30), required=False, default=list
    )
    omschrijvingGeneriek = serializers.DictField(
        child=serializers.CharField(allow_blank=True),
        required=False,
        allow_null=True,
        source="omschrijving_generiek",
    )


class BesluitTypeIn(GeldigheidMixin):
    catalogus = ref("catalogussen")
    omschrijving = optional_text(80)
    omschrijvingGeneriek = optional_text(80, source="omschrijving_generiek")
    besluitcategorie = optional_text(40)
    reactietermijn = ISODurationField(required=False, allow_null=True)
    publicatieIndicatie = serializers.BooleanField(source="publicatie_indicatie")
    publicatietekst = optional_text()
    publicatietermijn = ISODurationField(required=False, allow_null=True)
    toelichting = optional_text()
    informatieobjecttypen = serializers.ListField(
        child=ref("informatieobjecttypen"), required=False
    )


class ZaakTypeInformatieObjectTypeIn(serializers.Serializer):
    zaaktype = ref("zaaktypen")
    informatieobjecttype = serializers.CharField(max_length=1000)
    volgnummer = serializers.IntegerField(min_value=1, max_value=999)
    richting = serializers.ChoiceField(choices=Richting.values)
    statustype = ref("statustypen", required=False, allow_null=True)

    def validate_informatieobjecttype(self, value):
        """A URL of one of our informatieobjecttypen, or (as in 1.3.x) its omschrijving."""
        resolve = self.context["resolve"]
        uuid = uuid_from_url(value, CATALOGI_ROOT, "informatieobjecttypen")
        found = resolve("informatieobjecttypen", uuid) if uuid else None
        if found is None and not value.startswith(("http://", "https://")):
            found = self.context["resolve_omschrijving"](value)
        if found is None:
            raise serializers.ValidationError(
                _("De URL verwijst niet naar een bestaand object."), code="bad-url"
            )
        return found


class ZaakObjectTypeIn(serializers.Serializer):
    anderObjecttype = serializers.BooleanField(source="ander_objecttype")
    objecttype = serializers.URLField(max_length=200)
    relatieOmschrijving = serializers.CharField(max_length=80, source="relatie_omschrijving")
    zaaktype = ref("zaaktypen")
    statustype = ref("statustypen", required=False, allow_null=True)
    beginGeldigheid = serializers.DateField(
        source="begin_geldigheid", required=False, allow_null=True
    )
    eindeGeldigheid = serializers.DateField(
        source="einde_geldigheid", required=False, allow_null=True
    )

    def validate(self, attrs):
        check_geldigheid_order(attrs, self.instance)
        return attrs


def flatten(values: dict) -> dict:
    """Nested groups of the standard as the model's flat columns."""
    values = dict(values)
    if "referentieproces" in values:
        proces = values.pop("referentieproces") or {}
        values["referentieproces_naam"] = proces.get("naam", "")
        values["referentieproces_link"] = proces.get("link", "")
    if "brondatumArchiefprocedure" in values:
        brondatum = values.pop("brondatumArchiefprocedure") or {}
        values.update(
            brondatum_afleidingswijze=brondatum.get("afleidingswijze", ""),
            brondatum_datumkenmerk=brondatum.get("datumkenmerk", ""),
            brondatum_einddatum_bekend=brondatum.get("einddatumBekend", False),
            brondatum_objecttype=brondatum.get("objecttype", ""),
            brondatum_registratie=brondatum.get("registratie", ""),
            brondatum_procestermijn=brondatum.get("procestermijn"),
        )
    if "specificatie" in values:
        spec = values.pop("specificatie")
        values.update({f"specificatie_{key}": value for key, value in spec.items()})
    if values.get("omschrijving_generiek") is None and "omschrijving_generiek" in values:
        values["omschrijving_generiek"] = {}
    return values
