"""Input of the Zaken API: field formats as in the OAS. Business rules live in the services."""

from rest_framework import serializers

from loket.components.common.constants import Archiefnominatie
from loket.components.common.fields import (
    CommaListField,
    ISODurationField,
    NestedObject,
    ResourceURLField,
    RSINField,
    URLRefFilterField,
    VertrouwelijkheidField,
)
from loket.components.common.paths import CATALOGI_ROOT, ZAKEN_ROOT

from ..models import Archiefstatus, Betalingsindicatie, BetrokkeneType
from ..selectors import ORDERING

AARD_RELATIE = ["vervolg", "onderwerp", "bijdrage"]
GEO_TYPES = {
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
}


class VerlengingSerializer(NestedObject):
    reden = serializers.CharField(max_length=200)
    duur = ISODurationField()


class OpschortingSerializer(NestedObject):
    indicatie = serializers.BooleanField()
    reden = serializers.CharField(max_length=200, allow_blank=True)


class RelevanteZaakSerializer(NestedObject):
    url = serializers.URLField(max_length=1000)
    aardRelatie = serializers.ChoiceField(choices=AARD_RELATIE)


class KenmerkSerializer(NestedObject):
    kenmerk = serializers.CharField(max_length=40)
    bron = serializers.CharField(max_length=40)


class GeometryField(serializers.JSONField):
    default_error_messages = {"invalid-geometry": "Geen geldige GeoJSON-geometrie."}

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        if value is None:
            return None
        if not isinstance(value, dict) or value.get("type") not in GEO_TYPES:
            self.fail("invalid-geometry")
        if value["type"] != "GeometryCollection" and not isinstance(value.get("coordinates"), list):
            self.fail("invalid-geometry")
        return value


class ZaakInputSerializer(serializers.Serializer):
    identificatie = serializers.CharField(max_length=40, required=False, allow_blank=True)
    bronorganisatie = RSINField()
    omschrijving = serializers.CharField(max_length=80, required=False, allow_blank=True)
    toelichting = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    zaaktype = ResourceURLField(CATALOGI_ROOT, "zaaktypen")
    registratiedatum = serializers.DateField(required=False)
    verantwoordelijkeOrganisatie = RSINField()
    startdatum = serializers.DateField()
    einddatumGepland = serializers.DateField(required=False, allow_null=True)
    uiterlijkeEinddatumAfdoening = serializers.DateField(required=False, allow_null=True)
    publicatiedatum = serializers.DateField(required=False, allow_null=True)
    communicatiekanaal = serializers.URLField(max_length=1000, required=False, allow_blank=True)
    productenOfDiensten = serializers.ListField(
        child=serializers.URLField(max_length=1000), required=False
    )
    vertrouwelijkheidaanduiding = VertrouwelijkheidField(required=False)
    betalingsindicatie = serializers.ChoiceField(
        choices=Betalingsindicatie.values, required=False, allow_blank=True
    )
    laatsteBetaaldatum = serializers.DateTimeField(required=False, allow_null=True)
    zaakgeometrie = GeometryField(required=False, allow_null=True)
    verlenging = VerlengingSerializer(required=False, allow_null=True)
    opschorting = OpschortingSerializer(required=False, allow_null=True)
    selectielijstklasse = serializers.URLField(max_length=1000, required=False, allow_blank=True)
    hoofdzaak = ResourceURLField(ZAKEN_ROOT, "zaken", required=False, allow_null=True)
    relevanteAndereZaken = RelevanteZaakSerializer(many=True, required=False)
    kenmerken = KenmerkSerializer(many=True, required=False)
    archiefnominatie = serializers.ChoiceField(
        choices=Archiefnominatie.values, required=False, allow_blank=True, allow_null=True
    )
    archiefstatus = serializers.ChoiceField(choices=Archiefstatus.values, required=False)
    archiefactiedatum = serializers.DateField(required=False, allow_null=True)
    opdrachtgevendeOrganisatie = serializers.CharField(
        max_length=9, required=False, allow_blank=True
    )
    processobjectaard = serializers.CharField(
        max_length=200, required=False, allow_blank=True, allow_null=True
    )
    startdatumBewaartermijn = serializers.DateField(required=False, allow_null=True)

    RENAME = {
        "verantwoordelijkeOrganisatie": "verantwoordelijke_organisatie",
        "einddatumGepland": "einddatum_gepland",
        "uiterlijkeEinddatumAfdoening": "uiterlijke_einddatum_afdoening",
        "productenOfDiensten": "producten_of_diensten",
        "laatsteBetaaldatum": "laatste_betaaldatum",
        "relevanteAndereZaken": "relevante_andere_zaken",
        "opdrachtgevendeOrganisatie": "opdrachtgevende_organisatie",
        "startdatumBewaartermijn": "startdatum_bewaartermijn",
    }

    def model_fields(self) -> dict:
        """validated_data with model field names, groups (verlenging, opschorting) flattened."""
        fields = {}
        for key, value in self.validated_data.items():
            if key == "verlenging":
                fields["verlenging_reden"] = (value or {}).get("reden", "")
                fields["verlenging_duur"] = (value or {}).get("duur")
            elif key == "opschorting":
                fields["opschorting_indicatie"] = (value or {}).get("indicatie", False)
                fields["opschorting_reden"] = (value or {}).get("reden", "")
            elif key in ("relevanteAndereZaken", "kenmerken"):
                fields[self.RENAME.get(key, key)] = [dict(item) for item in value]
            elif key in ("archiefnominatie", "processobjectaard"):
                fields[key] = value or ""
            else:
                fields[self.RENAME.get(key, key)] = value
        return fields


_IDENTIFICATIE_FILTER_LENGTHS = {
    "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": 9,
    "betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie": 17,
    "betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer": 10,
    "betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId": 9,
    "betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie": 17,
    "betrokkeneIdentificatie__vestiging__vestigingsNummer": 24,
    "betrokkeneIdentificatie__medewerker__identificatie": 24,
    "betrokkeneIdentificatie__organisatorischeEenheid__identificatie": 24,
}


def identificatie_filters(prefix: str = "") -> dict:
    """The betrokkeneIdentificatie filters of rollen (on /zaken with the prefix `rol__`)."""
    return {
        f"{prefix}{name}": serializers.CharField(max_length=length, required=False)
        for name, length in _IDENTIFICATIE_FILTER_LENGTHS.items()
    }


class ZaakFilterSerializer(serializers.Serializer):
    identificatie = serializers.CharField(required=False)
    bronorganisatie = serializers.CharField(required=False)
    bronorganisatie__in = CommaListField(serializers.CharField(), required=False)
    zaaktype = URLRefFilterField(CATALOGI_ROOT, "zaaktypen", required=False)
    archiefnominatie = serializers.ChoiceField(choices=Archiefnominatie.values, required=False)
    archiefnominatie__in = CommaListField(
        serializers.ChoiceField(choices=Archiefnominatie.values), required=False
    )
    archiefactiedatum = serializers.DateField(required=False)
    archiefactiedatum__isnull = serializers.BooleanField(
        required=False, allow_null=True, default=None
    )
    archiefactiedatum__lt = serializers.DateField(required=False)
    archiefactiedatum__gt = serializers.DateField(required=False)
    archiefstatus = serializers.ChoiceField(choices=Archiefstatus.values, required=False)
    archiefstatus__in = CommaListField(
        serializers.ChoiceField(choices=Archiefstatus.values), required=False
    )
    startdatum = serializers.DateField(required=False)
    startdatum__gt = serializers.DateField(required=False)
    startdatum__gte = serializers.DateField(required=False)
    startdatum__lt = serializers.DateField(required=False)
    startdatum__lte = serializers.DateField(required=False)
    registratiedatum = serializers.DateField(required=False)
    registratiedatum__gt = serializers.DateField(required=False)
    registratiedatum__lt = serializers.DateField(required=False)
    einddatum = serializers.DateField(required=False)
    einddatum__isnull = serializers.BooleanField(required=False, allow_null=True, default=None)
    einddatum__gt = serializers.DateField(required=False)
    einddatum__lt = serializers.DateField(required=False)
    einddatumGepland = serializers.DateField(required=False)
    einddatumGepland__gt = serializers.DateField(required=False)
    einddatumGepland__lt = serializers.DateField(required=False)
    uiterlijkeEinddatumAfdoening = serializers.DateField(required=False)
    uiterlijkeEinddatumAfdoening__gt = serializers.DateField(required=False)
    uiterlijkeEinddatumAfdoening__lt = serializers.DateField(required=False)
    rol__betrokkeneType = serializers.ChoiceField(choices=BetrokkeneType.values, required=False)
    rol__betrokkene = serializers.URLField(required=False)
    rol__omschrijvingGeneriek = serializers.ChoiceField(
        choices=[
            "adviseur",
            "behandelaar",
            "belanghebbende",
            "beslisser",
            "initiator",
            "klantcontacter",
            "zaakcoordinator",
            "mede_initiator",
        ],
        required=False,
    )
    maximaleVertrouwelijkheidaanduiding = VertrouwelijkheidField(required=False)
    # The class body's namespace is what DRF collects the declared fields from.
    locals().update(identificatie_filters("rol__"))
    ordering = CommaListField(
        serializers.ChoiceField(choices=[p + f for f in ORDERING for p in ("", "-")]),
        required=False,
    )


class ZaakZoekSerializer(ZaakFilterSerializer):
    """The body of POST /zaken/_zoek: the list filters plus lists of uuids and zaaktypen."""

    uuid__in = serializers.ListField(child=serializers.UUIDField(), required=False)
    zaaktype__in = serializers.ListField(
        child=URLRefFilterField(CATALOGI_ROOT, "zaaktypen"), required=False
    )
    bronorganisatie__in = serializers.ListField(child=serializers.CharField(), required=False)
    archiefnominatie__in = serializers.ListField(
        child=serializers.ChoiceField(choices=Archiefnominatie.values), required=False
    )
    archiefstatus__in = serializers.ListField(
        child=serializers.ChoiceField(choices=Archiefstatus.values), required=False
    )


class StatusInputSerializer(serializers.Serializer):
    zaak = ResourceURLField(ZAKEN_ROOT, "zaken")
    statustype = ResourceURLField(CATALOGI_ROOT, "statustypen")
    datumStatusGezet = serializers.DateTimeField()
    statustoelichting = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    gezetdoor = ResourceURLField(ZAKEN_ROOT, "rollen", required=False, allow_null=True)


class StatusFilterSerializer(serializers.Serializer):
    zaak = URLRefFilterField(ZAKEN_ROOT, "zaken", required=False)
    statustype = URLRefFilterField(CATALOGI_ROOT, "statustypen", required=False)
    indicatieLaatstGezetteStatus = serializers.BooleanField(
        required=False, allow_null=True, default=None
    )


class RolNatuurlijkPersoonSerializer(serializers.Serializer):
    inpBsn = serializers.CharField(max_length=9, required=False, allow_blank=True)
    anpIdentificatie = serializers.CharField(max_length=17, required=False, allow_blank=True)
    inpA_nummer = serializers.RegexField(
        r"^[1-9][0-9]{9}$", max_length=10, required=False, allow_blank=True
    )
    geslachtsnaam = serializers.CharField(max_length=200, required=False, allow_blank=True)
    voorvoegselGeslachtsnaam = serializers.CharField(
        max_length=80, required=False, allow_blank=True
    )
    voorletters = serializers.CharField(max_length=20, required=False, allow_blank=True)
    voornamen = serializers.CharField(max_length=200, required=False, allow_blank=True)
    geslachtsaanduiding = serializers.ChoiceField(
        choices=["m", "v", "o"], required=False, allow_blank=True
    )
    geboortedatum = serializers.CharField(max_length=18, required=False, allow_blank=True)


def _text(length: int):
    return serializers.CharField(max_length=length, required=False, allow_blank=True)


class RolNietNatuurlijkPersoonSerializer(serializers.Serializer):
    innNnpId = serializers.RegexField(r"^[0-9]{9}$", required=False, allow_blank=True)
    annIdentificatie = _text(17)
    statutaireNaam = _text(500)
    innRechtsvorm = _text(50)
    bezoekadres = _text(1000)


class RolVestigingSerializer(serializers.Serializer):
    vestigingsNummer = _text(24)
    handelsnaam = serializers.ListField(child=serializers.CharField(max_length=625), required=False)
    kvkNummer = _text(8)


class RolOrganisatorischeEenheidSerializer(serializers.Serializer):
    identificatie = _text(24)
    naam = _text(50)
    isGehuisvestIn = _text(24)


class RolMedewerkerSerializer(serializers.Serializer):
    identificatie = _text(24)
    achternaam = _text(200)
    voorletters = _text(20)
    voorvoegselAchternaam = _text(10)


IDENTIFICATIE_SERIALIZERS = {
    "natuurlijk_persoon": RolNatuurlijkPersoonSerializer,
    "niet_natuurlijk_persoon": RolNietNatuurlijkPersoonSerializer,
    "vestiging": RolVestigingSerializer,
    "organisatorische_eenheid": RolOrganisatorischeEenheidSerializer,
    "medewerker": RolMedewerkerSerializer,
}


class RolInputSerializer(serializers.Serializer):
    zaak = ResourceURLField(ZAKEN_ROOT, "zaken")
    betrokkene = serializers.URLField(max_length=1000, required=False, allow_blank=True)
    betrokkeneType = serializers.ChoiceField(choices=BetrokkeneType.values)
    afwijkendeNaamBetrokkene = serializers.CharField(
        max_length=625, required=False, allow_blank=True
    )
    roltype = ResourceURLField(CATALOGI_ROOT, "roltypen")
    roltoelichting = serializers.CharField(max_length=1000, allow_blank=True)
    indicatieMachtiging = serializers.ChoiceField(
        choices=["gemachtigde", "machtiginggever"], required=False, allow_blank=True
    )
    betrokkeneIdentificatie = serializers.JSONField(required=False, allow_null=True)

    def validate(self, attrs):
        identificatie = attrs.get("betrokkeneIdentificatie")
        if identificatie is None:
            return attrs
        if not isinstance(identificatie, dict):
            raise serializers.ValidationError({"betrokkeneIdentificatie": ["Verwacht een object."]})
        nested = IDENTIFICATIE_SERIALIZERS[attrs["betrokkeneType"]](data=identificatie)
        if not nested.is_valid():
            raise serializers.ValidationError({"betrokkeneIdentificatie": nested.errors})
        attrs["betrokkeneIdentificatie"] = dict(nested.validated_data)
        return attrs


class RolFilterSerializer(serializers.Serializer):
    zaak = URLRefFilterField(ZAKEN_ROOT, "zaken", required=False)
    betrokkene = serializers.URLField(required=False)
    betrokkeneType = serializers.ChoiceField(choices=BetrokkeneType.values, required=False)
    locals().update(identificatie_filters())
    roltype = URLRefFilterField(CATALOGI_ROOT, "roltypen", required=False)
    omschrijving = serializers.CharField(required=False)
    omschrijvingGeneriek = serializers.CharField(required=False)


class ResultaatInputSerializer(serializers.Serializer):
    zaak = ResourceURLField(ZAKEN_ROOT, "zaken")
    resultaattype = ResourceURLField(CATALOGI_ROOT, "resultaattypen")
    toelichting = serializers.CharField(max_length=1000, required=False, allow_blank=True)


class ResultaatFilterSerializer(serializers.Serializer):
    zaak = URLRefFilterField(ZAKEN_ROOT, "zaken", required=False)
    resultaattype = URLRefFilterField(CATALOGI_ROOT, "resultaattypen", required=False)
