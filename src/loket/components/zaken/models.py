"""Zaken API 1.5: zaken and the objects that hang under them, and the audit trail.

Every row belongs to the municipality of its zaaktype. `Zaak.status` points at the last status
set (kept by the services), so lists need no "latest status" subquery.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from loket.components.common.audit_model import AuditTrailRow
from loket.components.common.constants import Archiefnominatie, RolOmschrijving, Vertrouwelijkheid
from loket.tenancy.models import TenantOwnedModel


class Betalingsindicatie(models.TextChoices):
    NVT = "nvt", _("Er is geen sprake van te betalen, met de zaak gemoeide, kosten.")
    NOG_NIET = "nog_niet", _("De met de zaak gemoeide kosten zijn (nog) niet betaald.")
    GEDEELTELIJK = "gedeeltelijk", _("De met de zaak gemoeide kosten zijn gedeeltelijk betaald.")
    GEHEEL = "geheel", _("De met de zaak gemoeide kosten zijn geheel betaald.")


class Archiefstatus(models.TextChoices):
    NOG_TE_ARCHIVEREN = (
        "nog_te_archiveren",
        _("De zaak cq. het zaakdossier is nog niet als geheel gearchiveerd."),
    )
    GEARCHIVEERD = "gearchiveerd", _("Gearchiveerd")
    GEARCHIVEERD_PROCESTERMIJN_ONBEKEND = (
        "gearchiveerd_procestermijn_onbekend",
        _("Gearchiveerd (procestermijn onbekend)"),
    )
    OVERGEDRAGEN = "overgedragen", _("Overgedragen")


class BetrokkeneType(models.TextChoices):
    NATUURLIJK_PERSOON = "natuurlijk_persoon", _("Natuurlijk persoon")
    NIET_NATUURLIJK_PERSOON = "niet_natuurlijk_persoon", _("Niet-natuurlijk persoon")
    VESTIGING = "vestiging", _("Vestiging")
    ORGANISATORISCHE_EENHEID = "organisatorische_eenheid", _("Organisatorische eenheid")
    MEDEWERKER = "medewerker", _("Medewerker")


class Zaak(TenantOwnedModel):
    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    identificatie = models.CharField(_("identificatie"), max_length=40)
    bronorganisatie = models.CharField(_("bronorganisatie"), max_length=9)
    omschrijving = models.CharField(max_length=80, blank=True)
    toelichting = models.CharField(max_length=1000, blank=True)
    zaaktype = models.ForeignKey("catalogi.ZaakType", on_delete=models.PROTECT, related_name="+")
    registratiedatum = models.DateField(_("registratiedatum"))
    verantwoordelijke_organisatie = models.CharField(max_length=9)
    startdatum = models.DateField(_("startdatum"))
    einddatum = models.DateField(_("einddatum"), null=True, blank=True)
    einddatum_gepland = models.DateField(null=True, blank=True)
    uiterlijke_einddatum_afdoening = models.DateField(null=True, blank=True)
    publicatiedatum = models.DateField(null=True, blank=True)
    communicatiekanaal = models.URLField(max_length=1000, blank=True)
    producten_of_diensten = models.JSONField(default=list, blank=True)
    vertrouwelijkheidaanduiding = models.PositiveSmallIntegerField(
        choices=Vertrouwelijkheid.choices
    )
    betalingsindicatie = models.CharField(
        max_length=12, choices=Betalingsindicatie.choices, blank=True
    )
    laatste_betaaldatum = models.DateTimeField(null=True, blank=True)
    zaakgeometrie = models.JSONField(null=True, blank=True)
    verlenging_reden = models.CharField(max_length=200, blank=True)
    verlenging_duur = models.DurationField(null=True, blank=True)
    opschorting_indicatie = models.BooleanField(default=False)
    opschorting_reden = models.CharField(max_length=200, blank=True)
    selectielijstklasse = models.URLField(max_length=1000, blank=True)
    hoofdzaak = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="deelzaken"
    )
    relevante_andere_zaken = models.JSONField(default=list, blank=True)
    kenmerken = models.JSONField(default=list, blank=True)
    archiefnominatie = models.CharField(max_length=16, choices=Archiefnominatie.choices, blank=True)
    archiefstatus = models.CharField(
        max_length=40, choices=Archiefstatus.choices, default=Archiefstatus.NOG_TE_ARCHIVEREN
    )
    archiefactiedatum = models.DateField(null=True, blank=True)
    opdrachtgevende_organisatie = models.CharField(max_length=9, blank=True)
    processobjectaard = models.CharField(max_length=200, blank=True)
    startdatum_bewaartermijn = models.DateField(null=True, blank=True)
    status = models.ForeignKey(
        "Status", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )

    class Meta:
        verbose_name = _("zaak")
        verbose_name_plural = _("zaken")
        ordering = ["-pk"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="zaken_zaak_uuid"),
            # zrc-002: identificatie is unique within the bronorganisatie.
            models.UniqueConstraint(
                fields=["municipality", "bronorganisatie", "identificatie"], name="unique_zaak_identificatie"
            ),
        ]
        indexes = [
            # The uniqueness check (zrc-002 and its siblings) looks across municipalities, and the
            # list's ?identificatie= filter comes without bronorganisatie: identificatie first.
            models.Index(fields=["identificatie", "bronorganisatie"], name="zaak_identificatie_first_idx"),
            models.Index(
                fields=["municipality", "zaaktype", "vertrouwelijkheidaanduiding"],
                name="zaak_auth_idx",
            ),
            models.Index(fields=["municipality", "startdatum"], name="zaak_startdatum_idx"),
            # The list's default order (newest first) per municipality, with the authorisation
            # columns alongside: a page's ids and the capped count come from the index alone.
            models.Index(
                fields=["municipality", "id"],
                include=["zaaktype", "vertrouwelijkheidaanduiding"],
                name="zaak_list_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.identificatie

    @property
    def is_closed(self) -> bool:
        return self.einddatum is not None


class ZaakIdentificatieCounter(TenantOwnedModel):
    """The last number handed out per municipality and year: "ZAAK-2026-0000001"."""

    year = models.PositiveSmallIntegerField()
    last_value = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["municipality", "year"], name="one_counter_per_year")
        ]


class Status(TenantOwnedModel):
    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="statussen")
    statustype = models.ForeignKey(
        "catalogi.StatusType", on_delete=models.PROTECT, related_name="+"
    )
    datum_status_gezet = models.DateTimeField()
    statustoelichting = models.CharField(max_length=1000, blank=True)
    gezetdoor = models.ForeignKey(
        "Rol", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="zaken_status_uuid"),
        ]
        verbose_name = _("status")
        verbose_name_plural = _("statussen")
        ordering = ["-datum_status_gezet", "-pk"]


class Rol(TenantOwnedModel):
    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="rollen")
    betrokkene = models.URLField(max_length=1000, blank=True)
    betrokkene_type = models.CharField(max_length=24, choices=BetrokkeneType.choices)
    afwijkende_naam_betrokkene = models.CharField(max_length=625, blank=True)
    roltype = models.ForeignKey("catalogi.RolType", on_delete=models.PROTECT, related_name="+")
    omschrijving = models.CharField(max_length=100)
    omschrijving_generiek = models.CharField(max_length=20, choices=RolOmschrijving.choices)
    roltoelichting = models.CharField(max_length=1000, blank=True)
    registratiedatum = models.DateTimeField(auto_now_add=True)
    indicatie_machtiging = models.CharField(max_length=20, blank=True)
    betrokkene_identificatie = models.JSONField(default=dict, blank=True)
    # Copied out of betrokkene_identificatie so "my cases by BSN" is an indexed lookup.
    inp_bsn = models.CharField(max_length=9, blank=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="zaken_rol_uuid"),
        ]
        verbose_name = _("rol")
        verbose_name_plural = _("rollen")
        ordering = ["pk"]


class Resultaat(TenantOwnedModel):
    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    zaak = models.OneToOneField(Zaak, on_delete=models.CASCADE, related_name="resultaat")
    resultaattype = models.ForeignKey(
        "catalogi.ResultaatType", on_delete=models.PROTECT, related_name="+"
    )
    toelichting = models.CharField(max_length=1000, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="zaken_resultaat_uuid"),
        ]
        verbose_name = _("resultaat")
        verbose_name_plural = _("resultaten")
        ordering = ["pk"]


class ZaakEigenschap(TenantOwnedModel):
    """A value of one of the zaaktype's eigenschappen (zrc-018), nested under its zaak."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="zaakeigenschappen")
    eigenschap = models.ForeignKey(
        "catalogi.Eigenschap", on_delete=models.PROTECT, related_name="+"
    )
    # Copied from the eigenschap when created, as the standard shows it.
    naam = models.CharField(_("naam"), max_length=20)
    waarde = models.TextField(_("waarde"))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="zaken_zaakeigenschap_uuid"),
        ]
        verbose_name = _("zaakeigenschap")
        verbose_name_plural = _("zaakeigenschappen")
        ordering = ["pk"]


class ZaakObjectType(models.TextChoices):
    ADRES = "adres", _("Adres")
    BESLUIT = "besluit", _("Besluit")
    BUURT = "buurt", _("Buurt")
    ENKELVOUDIG_DOCUMENT = "enkelvoudig_document", _("Enkelvoudig document")
    GEMEENTE = "gemeente", _("Gemeente")
    GEMEENTELIJKE_OPENBARE_RUIMTE = (
        "gemeentelijke_openbare_ruimte",
        _("Gemeentelijke openbare ruimte"),
    )
    HUISHOUDEN = "huishouden", _("Huishouden")
    INRICHTINGSELEMENT = "inrichtingselement", _("Inrichtingselement")
    KADASTRALE_ONROERENDE_ZAAK = "kadastrale_onroerende_zaak", _("Kadastrale onroerende zaak")
    KUNSTWERKDEEL = "kunstwerkdeel", _("Kunstwerkdeel")
    MAATSCHAPPELIJKE_ACTIVITEIT = "maatschappelijke_activiteit", _("Maatschappelijke activiteit")
    MEDEWERKER = "medewerker", _("Medewerker")
    NATUURLIJK_PERSOON = "natuurlijk_persoon", _("Natuurlijk persoon")
    NIET_NATUURLIJK_PERSOON = "niet_natuurlijk_persoon", _("Niet-natuurlijk persoon")
    OPENBARE_RUIMTE = "openbare_ruimte", _("Openbare ruimte")
    ORGANISATORISCHE_EENHEID = "organisatorische_eenheid", _("Organisatorische eenheid")
    PAND = "pand", _("Pand")
    SPOORBAANDEEL = "spoorbaandeel", _("Spoorbaandeel")
    STATUS = "status", _("Status")
    TERREINDEEL = "terreindeel", _("Terreindeel")
    TERREIN_GEBOUWD_OBJECT = "terrein_gebouwd_object", _("Terrein gebouwd object")
    VESTIGING = "vestiging", _("Vestiging")
    WATERDEEL = "waterdeel", _("Waterdeel")
    WEGDEEL = "wegdeel", _("Wegdeel")
    WIJK = "wijk", _("Wijk")
    WOONPLAATS = "woonplaats", _("Woonplaats")
    WOZ_DEELOBJECT = "woz_deelobject", _("WOZ-deelobject")
    WOZ_OBJECT = "woz_object", _("WOZ-object")
    WOZ_WAARDE = "woz_waarde", _("WOZ-waarde")
    ZAKELIJK_RECHT = "zakelijk_recht", _("Zakelijk recht")
    OVERIGE = "overige", _("Overige")


class ZaakObject(TenantOwnedModel):
    """Something the zaak is about: an address, a building, a person... by URL or by identification."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="zaakobjecten")
    object = models.URLField(max_length=1000, blank=True)
    zaakobjecttype = models.URLField(max_length=1000, blank=True)
    object_type = models.CharField(max_length=100, choices=ZaakObjectType.choices)
    object_type_overige = models.CharField(max_length=100, blank=True)
    object_type_overige_definitie = models.JSONField(null=True, blank=True)
    relatieomschrijving = models.CharField(max_length=80, blank=True)
    object_identificatie = models.JSONField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="zaken_zaakobject_uuid"),
        ]
        verbose_name = _("zaakobject")
        verbose_name_plural = _("zaakobjecten")
        ordering = ["pk"]
        indexes = [models.Index(fields=["object"], name="zaakobject_object_idx")]


class ZaakInformatieObject(TenantOwnedModel):
    """A document (in the Documenten API, by URL) that belongs to the zaak ("hoort bij")."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="zaakinformatieobjecten")
    informatieobject = models.URLField(max_length=1000)
    titel = models.CharField(max_length=200, blank=True)
    beschrijving = models.TextField(blank=True)
    registratiedatum = models.DateTimeField(auto_now_add=True)
    vernietigingsdatum = models.DateTimeField(null=True, blank=True)
    status = models.ForeignKey(
        Status, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("zaakinformatieobject")
        verbose_name_plural = _("zaakinformatieobjecten")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="zaken_zaakinformatieobject_uuid"),
            models.UniqueConstraint(
                fields=["municipality", "zaak", "informatieobject"], name="unique_zaak_informatieobject"
            )
        ]
        indexes = [models.Index(fields=["informatieobject"], name="zio_informatieobject_idx")]


class KlantContact(TenantOwnedModel):
    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="klantcontacten")
    identificatie = models.CharField(max_length=14)
    datumtijd = models.DateTimeField()
    kanaal = models.CharField(max_length=20, blank=True)
    onderwerp = models.CharField(max_length=200, blank=True)
    toelichting = models.CharField(max_length=1000, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="zaken_klantcontact_uuid"),
        ]
        verbose_name = _("klantcontact")
        verbose_name_plural = _("klantcontacten")
        ordering = ["pk"]


class ZaakContactMoment(TenantOwnedModel):
    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="zaakcontactmomenten")
    contactmoment = models.URLField(max_length=1000)

    class Meta:
        verbose_name = _("zaakcontactmoment")
        verbose_name_plural = _("zaakcontactmomenten")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="zaken_zaakcontactmoment_uuid"),
            models.UniqueConstraint(
                fields=["municipality", "zaak", "contactmoment"], name="unique_zaak_contactmoment"
            )
        ]


class ZaakVerzoek(TenantOwnedModel):
    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="zaakverzoeken")
    verzoek = models.URLField(max_length=1000)

    class Meta:
        verbose_name = _("zaakverzoek")
        verbose_name_plural = _("zaakverzoeken")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="zaken_zaakverzoek_uuid"),
            models.UniqueConstraint(fields=["municipality", "zaak", "verzoek"], name="unique_zaak_verzoek")
        ]


class AuditTrail(AuditTrailRow):
    """One write on a zaak or an object of it: who, through which application, what changed.

    Written in the same transaction as the write. Deleted with the zaak (zrc-023); the record of
    the destruction itself stays, without the zaak's data.
    """

    zaak = models.ForeignKey(
        Zaak, on_delete=models.CASCADE, null=True, blank=True, related_name="audittrail"
    )
    bron = models.CharField(max_length=3, default="zrc")

    class Meta:
        verbose_name = _("audittrailregel")
        verbose_name_plural = _("audittrail")
        ordering = ["aanmaakdatum", "pk"]
        constraints = [models.UniqueConstraint(fields=["municipality", "uuid"], name="zaken_audittrail_uuid")]
