"""Catalogi API 1.3: each municipality's catalogus with its zaaktypen and their types.

Every row belongs to one municipality (TenantOwnedModel). A zaaktype has versions: rows with
the same `identificatie` in one catalogus, each with its own geldigheid; a version starts as
concept and is published once, after which it cannot change (ztc rules).
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from loket.components.common.constants import Archiefnominatie, RolOmschrijving, Vertrouwelijkheid
from loket.tenancy.models import TenantOwnedModel


class Catalogus(TenantOwnedModel):
    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    domein = models.CharField(_("domein"), max_length=5)
    rsin = models.CharField(_("RSIN"), max_length=9)
    naam = models.CharField(_("naam"), max_length=200, blank=True)
    versie = models.CharField(_("versie"), max_length=20, blank=True)
    begindatum_versie = models.DateField(_("begindatum versie"), null=True, blank=True)
    contactpersoon_beheer_naam = models.CharField(_("contactpersoon beheer"), max_length=40)
    contactpersoon_beheer_telefoonnummer = models.CharField(max_length=20, blank=True)
    contactpersoon_beheer_emailadres = models.EmailField(max_length=254, blank=True)

    class Meta:
        verbose_name = _("catalogus")
        verbose_name_plural = _("catalogussen")
        constraints = [
            models.UniqueConstraint(fields=["municipality"], name="one_catalogus_per_municipality"),
            models.UniqueConstraint(fields=["domein", "rsin"], name="unique_catalogus_domein_rsin"),
        ]

    def __str__(self) -> str:
        return self.naam or f"{self.domein} {self.rsin}"


class IndicatieInternOfExtern(models.TextChoices):
    INTERN = "intern", _("Intern")
    EXTERN = "extern", _("Extern")


class ZaakType(TenantOwnedModel):
    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    catalogus = models.ForeignKey(Catalogus, on_delete=models.PROTECT, related_name="zaaktypen")
    identificatie = models.CharField(_("identificatie"), max_length=50)
    omschrijving = models.CharField(_("omschrijving"), max_length=80)
    omschrijving_generiek = models.CharField(max_length=80, blank=True)
    vertrouwelijkheidaanduiding = models.PositiveSmallIntegerField(
        choices=Vertrouwelijkheid.choices
    )
    doel = models.TextField()
    aanleiding = models.TextField()
    toelichting = models.TextField(blank=True)
    indicatie_intern_of_extern = models.CharField(
        max_length=6, choices=IndicatieInternOfExtern.choices
    )
    handeling_initiator = models.CharField(max_length=20)
    onderwerp = models.CharField(max_length=80)
    handeling_behandelaar = models.CharField(max_length=20)
    doorlooptijd = models.DurationField(_("doorlooptijd"))
    servicenorm = models.DurationField(_("servicenorm"), null=True, blank=True)
    opschorting_en_aanhouding_mogelijk = models.BooleanField(default=False)
    verlenging_mogelijk = models.BooleanField(default=False)
    verlengingstermijn = models.DurationField(null=True, blank=True)
    trefwoorden = models.JSONField(default=list, blank=True)
    publicatie_indicatie = models.BooleanField(default=False)
    publicatietekst = models.TextField(blank=True)
    verantwoordingsrelatie = models.JSONField(default=list, blank=True)
    producten_of_diensten = models.JSONField(default=list, blank=True)
    selectielijst_procestype = models.URLField(max_length=200, blank=True)
    referentieproces_naam = models.CharField(max_length=80, blank=True)
    referentieproces_link = models.URLField(max_length=200, blank=True)
    verantwoordelijke = models.CharField(max_length=50)
    begin_geldigheid = models.DateField(_("begin geldigheid"))
    einde_geldigheid = models.DateField(_("einde geldigheid"), null=True, blank=True)
    begin_object = models.DateField(null=True, blank=True)
    einde_object = models.DateField(null=True, blank=True)
    versiedatum = models.DateField(_("versiedatum"))
    concept = models.BooleanField(_("concept"), default=True)
    besluittypen = models.ManyToManyField(
        "BesluitType", related_name="zaaktypen", blank=True, verbose_name=_("besluittypen")
    )
    # Set by the definition installer: a hash of the definition this version was made from.
    definition_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        verbose_name = _("zaaktype")
        verbose_name_plural = _("zaaktypen")
        # Versions of one identificatie may share a begin date when one of them was superseded on
        # the day it began (its end then lies before its begin); ztc-016 guards the published ones.
        ordering = ["identificatie", "begin_geldigheid"]

    def __str__(self) -> str:
        return f"{self.identificatie} ({self.begin_geldigheid})"


class StatusType(TenantOwnedModel):
    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    zaaktype = models.ForeignKey(ZaakType, on_delete=models.CASCADE, related_name="statustypen")
    omschrijving = models.CharField(max_length=80)
    omschrijving_generiek = models.CharField(max_length=80, blank=True)
    statustekst = models.CharField(max_length=1000, blank=True)
    volgnummer = models.PositiveSmallIntegerField()
    informeren = models.BooleanField(default=False)
    doorlooptijd = models.DurationField(null=True, blank=True)
    toelichting = models.CharField(max_length=1000, blank=True)

    class Meta:
        verbose_name = _("statustype")
        verbose_name_plural = _("statustypen")
        ordering = ["zaaktype_id", "volgnummer"]
        constraints = [
            models.UniqueConstraint(
                fields=["zaaktype", "volgnummer"], name="unique_statustype_volgnummer"
            ),
            models.CheckConstraint(
                name="statustype_volgnummer_range",
                condition=models.Q(volgnummer__gte=1, volgnummer__lte=9999),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.volgnummer}. {self.omschrijving}"


class Afleidingswijze(models.TextChoices):
    AFGEHANDELD = "afgehandeld", _("Afgehandeld")
    ANDER_DATUMKENMERK = "ander_datumkenmerk", _("Ander datumkenmerk")
    EIGENSCHAP = "eigenschap", _("Eigenschap")
    GERELATEERDE_ZAAK = "gerelateerde_zaak", _("Gerelateerde zaak")
    HOOFDZAAK = "hoofdzaak", _("Hoofdzaak")
    INGANGSDATUM_BESLUIT = "ingangsdatum_besluit", _("Ingangsdatum besluit")
    TERMIJN = "termijn", _("Termijn")
    VERVALDATUM_BESLUIT = "vervaldatum_besluit", _("Vervaldatum besluit")
    ZAAKOBJECT = "zaakobject", _("Zaakobject")


class ResultaatType(TenantOwnedModel):
    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    zaaktype = models.ForeignKey(ZaakType, on_delete=models.CASCADE, related_name="resultaattypen")
    omschrijving = models.CharField(max_length=30)
    resultaattypeomschrijving = models.URLField(max_length=1000)
    omschrijving_generiek = models.CharField(max_length=80, blank=True)
    selectielijstklasse = models.URLField(max_length=1000)
    toelichting = models.TextField(blank=True)
    archiefnominatie = models.CharField(max_length=16, choices=Archiefnominatie.choices, blank=True)
    archiefactietermijn = models.DurationField(null=True, blank=True)
    brondatum_afleidingswijze = models.CharField(
        max_length=20, choices=Afleidingswijze.choices, blank=True
    )
    brondatum_procestermijn = models.DurationField(null=True, blank=True)
    brondatum_datumkenmerk = models.CharField(max_length=80, blank=True)
    brondatum_einddatum_bekend = models.BooleanField(default=False)
    brondatum_objecttype = models.CharField(max_length=80, blank=True)
    brondatum_registratie = models.CharField(max_length=80, blank=True)

    class Meta:
        verbose_name = _("resultaattype")
        verbose_name_plural = _("resultaattypen")
        ordering = ["zaaktype_id", "omschrijving"]

    def __str__(self) -> str:
        return self.omschrijving


class RolType(TenantOwnedModel):
    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    zaaktype = models.ForeignKey(ZaakType, on_delete=models.CASCADE, related_name="roltypen")
    omschrijving = models.CharField(max_length=100)
    omschrijving_generiek = models.CharField(max_length=20, choices=RolOmschrijving.choices)

    class Meta:
        verbose_name = _("roltype")
        verbose_name_plural = _("roltypen")
        ordering = ["zaaktype_id", "omschrijving"]

    def __str__(self) -> str:
        return self.omschrijving


class Formaat(models.TextChoices):
    TEKST = "tekst", _("Tekst")
    GETAL = "getal", _("Getal")
    DATUM = "datum", _("Datum")
    DATUM_TIJD = "datum_tijd", _("Datum/tijd")


class Eigenschap(TenantOwnedModel):
    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    zaaktype = models.ForeignKey(ZaakType, on_delete=models.CASCADE, related_name="eigenschappen")
    naam = models.CharField(_("naam"), max_length=20)
    definitie = models.CharField(_("definitie"), max_length=255)
    toelichting = models.CharField(max_length=1000, blank=True)
    statustype = models.ForeignKey(
        StatusType, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    specificatie_groep = models.CharField(max_length=32, blank=True)
    specificatie_formaat = models.CharField(max_length=10, choices=Formaat.choices)
    specificatie_lengte = models.CharField(max_length=14)
    specificatie_kardinaliteit = models.CharField(max_length=3)
    specificatie_waardenverzameling = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("eigenschap")
        verbose_name_plural = _("eigenschappen")
        ordering = ["zaaktype_id", "naam"]
        constraints = [
            models.UniqueConstraint(fields=["zaaktype", "naam"], name="unique_eigenschap_naam")
        ]

    def __str__(self) -> str:
        return self.naam


class InformatieObjectType(TenantOwnedModel):
    """A kind of document; versions share `omschrijving` within a catalogus."""

    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    catalogus = models.ForeignKey(
        Catalogus, on_delete=models.PROTECT, related_name="informatieobjecttypen"
    )
    omschrijving = models.CharField(_("omschrijving"), max_length=80)
    vertrouwelijkheidaanduiding = models.PositiveSmallIntegerField(
        choices=Vertrouwelijkheid.choices
    )
    informatieobjectcategorie = models.CharField(max_length=80)
    trefwoord = models.JSONField(default=list, blank=True)
    omschrijving_generiek = models.JSONField(default=dict, blank=True)
    begin_geldigheid = models.DateField(_("begin geldigheid"))
    einde_geldigheid = models.DateField(_("einde geldigheid"), null=True, blank=True)
    begin_object = models.DateField(null=True, blank=True)
    einde_object = models.DateField(null=True, blank=True)
    concept = models.BooleanField(_("concept"), default=True)

    class Meta:
        verbose_name = _("informatieobjecttype")
        verbose_name_plural = _("informatieobjecttypen")
        ordering = ["omschrijving", "begin_geldigheid"]

    def __str__(self) -> str:
        return self.omschrijving


class BesluitType(TenantOwnedModel):
    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    catalogus = models.ForeignKey(Catalogus, on_delete=models.PROTECT, related_name="besluittypen")
    omschrijving = models.CharField(_("omschrijving"), max_length=80, blank=True)
    omschrijving_generiek = models.CharField(max_length=80, blank=True)
    besluitcategorie = models.CharField(max_length=40, blank=True)
    reactietermijn = models.DurationField(null=True, blank=True)
    publicatie_indicatie = models.BooleanField(default=False)
    publicatietekst = models.TextField(blank=True)
    publicatietermijn = models.DurationField(null=True, blank=True)
    toelichting = models.TextField(blank=True)
    informatieobjecttypen = models.ManyToManyField(
        InformatieObjectType, related_name="besluittypen", blank=True
    )
    begin_geldigheid = models.DateField(_("begin geldigheid"))
    einde_geldigheid = models.DateField(_("einde geldigheid"), null=True, blank=True)
    begin_object = models.DateField(null=True, blank=True)
    einde_object = models.DateField(null=True, blank=True)
    concept = models.BooleanField(_("concept"), default=True)

    class Meta:
        verbose_name = _("besluittype")
        verbose_name_plural = _("besluittypen")
        ordering = ["omschrijving", "begin_geldigheid"]

    def __str__(self) -> str:
        return self.omschrijving or str(self.uuid)


class Richting(models.TextChoices):
    INKOMEND = "inkomend", _("Inkomend")
    INTERN = "intern", _("Intern")
    UITGAAND = "uitgaand", _("Uitgaand")


class ZaakTypeInformatieObjectType(TenantOwnedModel):
    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    zaaktype = models.ForeignKey(
        ZaakType, on_delete=models.CASCADE, related_name="zaaktypeinformatieobjecttypen"
    )
    informatieobjecttype = models.ForeignKey(
        InformatieObjectType, on_delete=models.PROTECT, related_name="zaaktypeinformatieobjecttypen"
    )
    volgnummer = models.PositiveSmallIntegerField()
    richting = models.CharField(max_length=8, choices=Richting.choices)
    statustype = models.ForeignKey(
        StatusType, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("zaaktype-informatieobjecttype")
        verbose_name_plural = _("zaaktype-informatieobjecttypen")
        ordering = ["zaaktype_id", "volgnummer"]
        constraints = [
            models.UniqueConstraint(
                fields=["zaaktype", "volgnummer"], name="unique_ziot_volgnummer"
            ),
            models.CheckConstraint(
                name="ziot_volgnummer_range",
                condition=models.Q(volgnummer__gte=1, volgnummer__lte=999),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.volgnummer}. {self.informatieobjecttype_id}"


class ZaakObjectType(TenantOwnedModel):
    """A kind of object that zaken of the zaaktype may be about (Catalogi 1.3).

    It has its own geldigheid; both dates are optional. `statustype` names the status before
    which a zaakobject of this type is needed.
    """

    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    zaaktype = models.ForeignKey(ZaakType, on_delete=models.CASCADE, related_name="zaakobjecttypen")
    ander_objecttype = models.BooleanField(_("ander objecttype"))
    objecttype = models.URLField(_("objecttype"), max_length=200)
    relatie_omschrijving = models.CharField(_("relatieomschrijving"), max_length=80)
    statustype = models.ForeignKey(
        StatusType,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="zaakobjecttypen",
    )
    begin_geldigheid = models.DateField(_("begin geldigheid"), null=True, blank=True)
    einde_geldigheid = models.DateField(_("einde geldigheid"), null=True, blank=True)

    class Meta:
        verbose_name = _("zaakobjecttype")
        verbose_name_plural = _("zaakobjecttypen")
        ordering = ["zaaktype_id", "pk"]

    def __str__(self) -> str:
        return self.relatie_omschrijving
