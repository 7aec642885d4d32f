"""Documenten API 1.4: documents (enkelvoudiginformatieobjecten) with their versions, the parts of a
chunked upload, gebruiksrechten, the relations to zaken and besluiten, and the audit trail.

A document is two tables: `EnkelvoudigInformatieObject` is the document itself (uuid, lock, and a
copy of what the authorisation filter needs: informatieobjecttype, vertrouwelijkheidaanduiding),
`Versie` holds every version's metadata and content. `latest` points at the newest version, so
lists join one row per document and never look for "the highest versie".
Every row belongs to the municipality of the informatieobjecttype's catalogus.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from loket.components.common.audit_model import AuditTrailRow
from loket.components.common.constants import Vertrouwelijkheid
from loket.tenancy.models import TenantOwnedModel


class DocumentStatus(models.TextChoices):
    IN_BEWERKING = "in_bewerking", _("In bewerking")
    TER_VASTSTELLING = "ter_vaststelling", _("Ter vaststelling")
    DEFINITIEF = "definitief", _("Definitief")
    GEARCHIVEERD = "gearchiveerd", _("Gearchiveerd")


class OndertekeningSoort(models.TextChoices):
    ANALOOG = "analoog", _("Analoog")
    DIGITAAL = "digitaal", _("Digitaal")
    PKI = "pki", _("PKI")


class IntegriteitAlgoritme(models.TextChoices):
    CRC_16 = "crc_16", "CRC 16"
    CRC_32 = "crc_32", "CRC 32"
    CRC_64 = "crc_64", "CRC 64"
    FLETCHER_4 = "fletcher_4", "Fletcher 4"
    FLETCHER_8 = "fletcher_8", "Fletcher 8"
    FLETCHER_16 = "fletcher_16", "Fletcher 16"
    FLETCHER_32 = "fletcher_32", "Fletcher 32"
    HMAC = "hmac", "HMAC"
    MD5 = "md5", "MD5"
    SHA_1 = "sha_1", "SHA-1"
    SHA_256 = "sha_256", "SHA-256"
    SHA_512 = "sha_512", "SHA-512"
    SHA_3 = "sha_3", "SHA-3"


class ObjectType(models.TextChoices):
    BESLUIT = "besluit", _("Besluit")
    ZAAK = "zaak", _("Zaak")
    VERZOEK = "verzoek", _("Verzoek")


class EnkelvoudigInformatieObject(TenantOwnedModel):
    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    # Copied from the latest version: what lists filter and authorise on.
    bronorganisatie = models.CharField(max_length=9)
    identificatie = models.CharField(max_length=40)
    informatieobjecttype = models.ForeignKey(
        "catalogi.InformatieObjectType", on_delete=models.PROTECT, related_name="+"
    )
    vertrouwelijkheidaanduiding = models.PositiveSmallIntegerField(
        choices=Vertrouwelijkheid.choices
    )
    indicatie_gebruiksrecht = models.BooleanField(null=True, blank=True)
    lock = models.CharField(max_length=100, blank=True)
    latest = models.OneToOneField(
        "Versie", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("informatieobject")
        verbose_name_plural = _("informatieobjecten")
        ordering = ["-pk"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="documenten_enkelvoudiginformatieobject_uuid"),
            models.UniqueConstraint(
                fields=["municipality", "bronorganisatie", "identificatie"], name="unique_document_identificatie"
            ),
        ]
        indexes = [
            # The uniqueness check (zrc-002 and its siblings) looks across municipalities: indexed.
            models.Index(fields=["bronorganisatie", "identificatie"], name="document_identificatie_idx"),
            models.Index(
                fields=["municipality", "informatieobjecttype", "vertrouwelijkheidaanduiding"],
                name="document_auth_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.identificatie


class Versie(TenantOwnedModel):
    """One version of a document; every update writes a new one (versie 1, 2, 3 …)."""

    document = models.ForeignKey(
        EnkelvoudigInformatieObject, on_delete=models.CASCADE, related_name="versies"
    )
    versie = models.PositiveIntegerField()
    begin_registratie = models.DateTimeField()
    identificatie = models.CharField(max_length=40)
    bronorganisatie = models.CharField(max_length=9)
    creatiedatum = models.DateField()
    titel = models.CharField(max_length=200)
    vertrouwelijkheidaanduiding = models.PositiveSmallIntegerField(
        choices=Vertrouwelijkheid.choices
    )
    auteur = models.CharField(max_length=200)
    status = models.CharField(max_length=20, choices=DocumentStatus.choices, blank=True)
    formaat = models.CharField(max_length=255, blank=True)
    taal = models.CharField(max_length=3)
    bestandsnaam = models.CharField(max_length=255, blank=True)
    # The name in storage (generated, never the client's) and the type sniffed from the bytes.
    inhoud = models.CharField(max_length=255, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    bestandsomvang = models.PositiveBigIntegerField(null=True, blank=True)
    link = models.URLField(max_length=200, blank=True)
    beschrijving = models.CharField(max_length=1000, blank=True)
    ontvangstdatum = models.DateField(null=True, blank=True)
    verzenddatum = models.DateField(null=True, blank=True)
    verschijningsvorm = models.TextField(blank=True)
    ondertekening_soort = models.CharField(
        max_length=10, choices=OndertekeningSoort.choices, blank=True
    )
    ondertekening_datum = models.DateField(null=True, blank=True)
    integriteit_algoritme = models.CharField(
        max_length=20, choices=IntegriteitAlgoritme.choices, blank=True
    )
    integriteit_waarde = models.CharField(max_length=128, blank=True)
    integriteit_datum = models.DateField(null=True, blank=True)
    informatieobjecttype = models.ForeignKey(
        "catalogi.InformatieObjectType", on_delete=models.PROTECT, related_name="+"
    )
    trefwoorden = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("versie van een informatieobject")
        verbose_name_plural = _("versies van informatieobjecten")
        ordering = ["document", "versie"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "document", "versie"], name="unique_document_versie")
        ]


class BestandsDeel(TenantOwnedModel):
    """One part of a large file being uploaded (bestandsdelen); removed when the upload is assembled."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    document = models.ForeignKey(
        EnkelvoudigInformatieObject, on_delete=models.CASCADE, related_name="bestandsdelen"
    )
    volgnummer = models.PositiveIntegerField()
    omvang = models.PositiveBigIntegerField()
    inhoud = models.CharField(max_length=255, blank=True)  # storage name once uploaded

    class Meta:
        verbose_name = _("bestandsdeel")
        verbose_name_plural = _("bestandsdelen")
        ordering = ["document", "volgnummer"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="documenten_bestandsdeel_uuid"),
            models.UniqueConstraint(
                fields=["municipality", "document", "volgnummer"], name="unique_bestandsdeel_volgnummer"
            )
        ]

    @property
    def voltooid(self) -> bool:
        return bool(self.inhoud)


class Gebruiksrecht(TenantOwnedModel):
    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    document = models.ForeignKey(
        EnkelvoudigInformatieObject, on_delete=models.CASCADE, related_name="gebruiksrechten"
    )
    startdatum = models.DateTimeField()
    einddatum = models.DateTimeField(null=True, blank=True)
    omschrijving_voorwaarden = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="documenten_gebruiksrecht_uuid"),
        ]
        verbose_name = _("gebruiksrecht")
        verbose_name_plural = _("gebruiksrechten")
        ordering = ["pk"]


class ObjectInformatieObject(TenantOwnedModel):
    """The mirror of a zaakinformatieobject or besluitinformatieobject, kept by those APIs' services."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    document = models.ForeignKey(
        EnkelvoudigInformatieObject,
        on_delete=models.CASCADE,
        related_name="objectinformatieobjecten",
    )
    object_type = models.CharField(max_length=10, choices=ObjectType.choices)
    object = models.CharField(max_length=1000)  # a path: /zaken/api/v1/zaken/<uuid>

    class Meta:
        verbose_name = _("objectinformatieobject")
        verbose_name_plural = _("objectinformatieobjecten")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="documenten_objectinformatieobject_uuid"),
            models.UniqueConstraint(fields=["municipality", "document", "object"], name="unique_document_object")
        ]
        indexes = [models.Index(fields=["object"], name="oio_object_idx")]


class AuditTrail(AuditTrailRow):
    """One write on a document or its gebruiksrechten, in the same transaction as the write.

    Deleted with the document; the record of the destruction itself stays, without its data.
    """

    document = models.ForeignKey(
        EnkelvoudigInformatieObject,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="audittrail",
    )
    bron = models.CharField(max_length=3, default="drc")

    class Meta:
        verbose_name = _("audittrailregel (documenten)")
        verbose_name_plural = _("audittrail (documenten)")
        ordering = ["aanmaakdatum", "pk"]
        constraints = [models.UniqueConstraint(fields=["municipality", "uuid"], name="documenten_audittrail_uuid")]
