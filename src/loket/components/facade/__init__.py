"""What modules, the portal and the back office may use of the ZGW components.

The same rules as the API (the services are shared); every call is one transaction with an
audit-trail row. The caller decides who may do this; pass an `Actor` to say who did it.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loket.accounts.validators import is_valid_bsn
from loket.components.catalogi import installer
from loket.components.catalogi.definitions import (
    EigenschapDefinition,
    EigenschapSpecificatie,
    InformatieobjecttypeDefinition,
    ResultaattypeDefinition,
    RoltypeDefinition,
    StatustypeDefinition,
    ZaaktypeDefinition,
)
from loket.components.catalogi.models import ResultaatType, RolType, StatusType, ZaakType
from loket.components.catalogi.selectors import accepts_new_zaken
from loket.components.common.errors import ActionNotAllowed, RuleViolation
from loket.components.zaken import services
from loket.components.zaken.audit import PLATFORM, Actor
from loket.components.zaken.models import Resultaat, Rol, Status, Zaak
from loket.components.zaken.selectors import zaken_of_resident

__all__ = [
    "Actor",
    "ActionNotAllowed",
    "EigenschapDefinition",
    "EigenschapSpecificatie",
    "InformatieobjecttypeDefinition",
    "ResultaattypeDefinition",
    "RoltypeDefinition",
    "RuleViolation",
    "StatustypeDefinition",
    "ZaaktypeDefinition",
    "close",
    "create_zaak_for_resident",
    "install_zaaktype",
    "uninstall_zaaktype",
    "zaaktype_for",
    "set_result",
    "set_status",
    "start_zaak_for_resident",
    "initiators",
    "zaken_of_resident",
]


# -- zaaktypen of service modules ---------------------------------------------------------------


def install_zaaktype(*, municipality, definition: ZaaktypeDefinition) -> ZaakType:
    """Put this definition, published, in the municipality's catalogus (made if missing).

    Unchanged definition: nothing happens (a switched-off one is switched on again). Changed:
    a new version from today, the previous one ends. Raises RuleViolation (with every problem
    of the definition, or `municipality-without-rsin`); nothing is written then.
    """
    return installer.install(municipality=municipality, definition=definition)


def uninstall_zaaktype(*, municipality, identificatie: str) -> None:
    """No new zaken of this zaaktype from today; existing zaken stay readable. Deletes nothing."""
    installer.uninstall(municipality=municipality, identificatie=identificatie)


def zaaktype_for(municipality, identificatie: str) -> ZaakType | None:
    """The version of this zaaktype that takes new zaken today, or None (not installed / off)."""
    return installer.zaaktype_for(municipality, identificatie)


# -- zaken -----------------------------------------------------------------------------------


def _initiator_roltype(zaaktype: ZaakType) -> RolType:
    roltype = RolType.all_municipalities.filter(
        zaaktype=zaaktype, omschrijving_generiek="initiator"
    ).first()
    if roltype is None:
        raise RuleViolation(
            "roltype", "no-initiator-roltype", _("Dit zaaktype kent geen initiator.")
        )
    return roltype


def create_zaak_for_resident(
    zaaktype: ZaakType,
    bsn: str,
    *,
    omschrijving: str = "",
    toelichting: str = "",
    startdatum: datetime.date | None = None,
    actor: Actor = PLATFORM,
    **fields,
) -> Zaak:
    """A new zaak of this (published) zaaktype with the resident as initiator (natuurlijk persoon by BSN)."""
    if not is_valid_bsn(bsn):
        raise RuleViolation(
            "betrokkeneIdentificatie.inpBsn", "invalid", _("Dit burgerservicenummer bestaat niet.")
        )
    if not accepts_new_zaken(zaaktype, timezone.localdate()):
        raise RuleViolation(
            "zaaktype",
            "zaaktype-not-accepting",
            _("Voor dit zaaktype kunnen nu geen nieuwe zaken worden gemaakt."),
        )
    roltype = _initiator_roltype(zaaktype)
    with transaction.atomic():
        zaak = services.create_zaak(
            zaaktype=zaaktype,
            bronorganisatie=zaaktype.catalogus.rsin,
            verantwoordelijke_organisatie=zaaktype.catalogus.rsin,
            omschrijving=omschrijving,
            toelichting=toelichting,
            startdatum=startdatum or timezone.localdate(),
            actor=actor,
            **fields,
        )
        services.add_rol(
            zaak,
            roltype=roltype,
            betrokkene_type="natuurlijk_persoon",
            betrokkene_identificatie={"inpBsn": bsn},
            roltoelichting=_("Aanvrager"),
            actor=actor,
        )
    return zaak


def start_zaak_for_resident(
    zaaktype: ZaakType,
    bsn: str,
    *,
    omschrijving: str = "",
    toelichting: str = "",
    actor: Actor = PLATFORM,
    producten_of_diensten: list[str] | None = None,
) -> Zaak:
    """A resident's new zaak as the portal and modules start one, in one transaction.

    Initiator by BSN, the zaaktype's first status, the legal deadline (uiterlijke einddatum
    afdoening = start + doorlooptijd) and the planned end (start + servicenorm, else doorlooptijd).
    `producten_of_diensten`: the products this zaak is about (default: all of the zaaktype's).
    """
    startdatum = timezone.localdate()
    first = StatusType.all_municipalities.filter(zaaktype=zaaktype).order_by("volgnummer").first()
    with transaction.atomic():
        zaak = create_zaak_for_resident(
            zaaktype,
            bsn,
            omschrijving=omschrijving[:80],
            toelichting=toelichting[:1000],
            startdatum=startdatum,
            uiterlijke_einddatum_afdoening=startdatum + zaaktype.doorlooptijd,
            einddatum_gepland=startdatum + (zaaktype.servicenorm or zaaktype.doorlooptijd),
            producten_of_diensten=list(
                zaaktype.producten_of_diensten
                if producten_of_diensten is None
                else producten_of_diensten
            ),
            actor=actor,
        )
        if first is not None:
            set_status(
                zaak, first, toelichting=first.statustekst or first.omschrijving, actor=actor
            )
    return zaak


def set_status(
    zaak: Zaak,
    statustype: StatusType,
    *,
    toelichting: str = "",
    actor: Actor = PLATFORM,
    reopen: bool = False,
) -> Status:
    return services.set_status(
        zaak, statustype=statustype, statustoelichting=toelichting, actor=actor, may_reopen=reopen
    )


def set_result(
    zaak: Zaak, resultaattype: ResultaatType, *, toelichting: str = "", actor: Actor = PLATFORM
) -> Resultaat:
    return services.set_result(
        zaak, resultaattype=resultaattype, toelichting=toelichting, actor=actor
    )


def close(
    zaak: Zaak, resultaattype: ResultaatType, *, toelichting: str = "", actor: Actor = PLATFORM
) -> Status:
    """Give the zaak its resultaat and its last status (zrc-007), in one transaction."""
    eindstatus = (
        StatusType.all_municipalities.filter(zaaktype_id=zaak.zaaktype_id)
        .order_by("-volgnummer")
        .first()
    )
    with transaction.atomic():
        if not Resultaat.all_municipalities.filter(zaak=zaak).exists():
            services.set_result(
                zaak, resultaattype=resultaattype, toelichting=toelichting, actor=actor
            )
        return services.set_status(
            zaak, statustype=eindstatus, statustoelichting=toelichting, actor=actor
        )


def initiators(zaak: Zaak) -> list[Rol]:
    return list(Rol.all_municipalities.filter(zaak=zaak, omschrijving_generiek="initiator"))


# -- besluiten (for the back office) -----------------------------------------------------------


def create_besluit_for_zaak(
    zaak: Zaak,
    *,
    besluittype,
    datum: datetime.date,
    ingangsdatum: datetime.date,
    toelichting: str = "",
    actor: Actor = PLATFORM,
):
    """A besluit as outcome of this zaak, decided by the municipality (its RSIN), in one transaction.

    The same rules as the Besluiten API: a published besluittype of the zaak's zaaktype
    (brc-007), datum not in the future, an open zaak. Raises RuleViolation / ActionNotAllowed.
    """
    from loket.components.besluiten import services as besluiten

    return besluiten.create_besluit(
        besluittype=besluittype,
        zaak=zaak,
        verantwoordelijke_organisatie=zaak.zaaktype.catalogus.rsin,
        datum=datum,
        ingangsdatum=ingangsdatum,
        toelichting=toelichting,
        actor=actor,
    )


# -- documents (Mijn documenten, modules adding documents to a zaak) --------------------------


@dataclass(frozen=True)
class ResidentDocument:
    uuid: str
    titel: str
    bestandsnaam: str
    formaat: str
    bestandsomvang: int | None
    creatiedatum: datetime.date
    zaak_identificatie: str
    zaak_uuid: str
    municipality_name: str


def _resident_level() -> int:
    from django.conf import settings

    from loket.components.documenten.selectors import resident_max_level

    return resident_max_level(settings.LOKET_RESIDENT_DOCUMENT_MAX_VERTROUWELIJKHEID)


def documents_of_resident(bsn: str) -> list[ResidentDocument]:
    """The documents of the zaken where this BSN has a rol (every municipality), newest first, at
    most `LOKET_RESIDENT_DOCUMENT_MAX_VERTROUWELIJKHEID` confidential; only finished uploads."""
    from loket.components.documenten.selectors import resident_documents

    found = []
    for document, zaak in resident_documents(bsn, _resident_level()):
        versie = document.latest
        if versie is None or (not versie.inhoud and versie.bestandsomvang != 0):
            continue
        found.append(
            ResidentDocument(
                uuid=str(document.uuid),
                titel=versie.titel,
                bestandsnaam=versie.bestandsnaam,
                formaat=versie.formaat or versie.content_type,
                bestandsomvang=versie.bestandsomvang,
                creatiedatum=versie.creatiedatum,
                zaak_identificatie=zaak.identificatie,
                zaak_uuid=str(zaak.uuid),
                municipality_name=zaak.municipality.name,
            )
        )
    return found


def open_document_of_resident(bsn: str, uuid) -> tuple | None:
    """(file object, file name, content type) of one of `documents_of_resident`, or None."""
    import io

    from loket.components.documenten import content
    from loket.components.documenten.selectors import resident_documents

    for document, _zaak in resident_documents(bsn, _resident_level()):
        if str(document.uuid) != str(uuid):
            continue
        versie = document.latest
        if versie.inhoud:
            handle = content.open_content(versie.inhoud)
        elif versie.bestandsomvang == 0:
            handle = io.BytesIO(b"")
        else:
            return None
        content_type = versie.content_type or "application/octet-stream"
        return handle, versie.bestandsnaam or "document", content_type
    return None


def _informatieobjecttype_for(zaak: Zaak):
    from loket.components.catalogi.models import InformatieObjectType, ZaakTypeInformatieObjectType

    link = (
        ZaakTypeInformatieObjectType.all_municipalities.filter(
            zaaktype_id=zaak.zaaktype_id, informatieobjecttype__concept=False
        )
        .select_related("informatieobjecttype")
        .order_by("volgnummer")
        .first()
    )
    if link is not None:
        return link.informatieobjecttype
    found = (
        InformatieObjectType.all_municipalities.filter(
            catalogus_id=zaak.zaaktype.catalogus_id, concept=False
        )
        .order_by("pk")
        .first()
    )
    if found is None:
        raise RuleViolation(
            "informatieobjecttype",
            "no-informatieobjecttype",
            _("Deze gemeente heeft nog geen documenttype om dit document op te slaan."),
        )
    return found


def add_document_to_zaak(
    zaak: Zaak,
    *,
    titel: str,
    bestandsnaam: str,
    content: bytes,
    informatieobjecttype=None,
    vertrouwelijkheidaanduiding=None,
    auteur: str = "Loket",
    actor: Actor = PLATFORM,
):
    """A new document (the same upload checks as the API: size, real type, safe name) that
    belongs to the zaak (zaakinformatieobject), in one transaction. Raises RuleViolation."""
    from django.conf import settings

    from loket.components.common.constants import Vertrouwelijkheid
    from loket.components.common.paths import DOCUMENTEN_ROOT
    from loket.components.documenten import content as uploads
    from loket.components.documenten import services as documenten
    from loket.components.zaken import object_services

    iot = informatieobjecttype or _informatieobjecttype_for(zaak)
    if iot.municipality_id != zaak.municipality_id:
        raise RuleViolation(
            "informatieobjecttype", "bad-url", _("Dit documenttype hoort bij een andere gemeente.")
        )
    if isinstance(vertrouwelijkheidaanduiding, str):
        vertrouwelijkheidaanduiding = int(Vertrouwelijkheid.from_api(vertrouwelijkheidaanduiding))
    formaat = uploads.checked_content(content, "")
    document = None
    try:
        with transaction.atomic():
            document = documenten.create_document(
                informatieobjecttype=iot,
                inhoud=content,
                titel=titel[:200],
                bestandsnaam=bestandsnaam,
                formaat=formaat,
                auteur=auteur[:200],
                taal="dut",
                creatiedatum=timezone.localdate(),
                vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding,
                actor=actor,
            )
            object_services.add_zaakinformatieobject(
                zaak,
                informatieobject=(
                    f"{settings.LOKET_BASE_URL}{DOCUMENTEN_ROOT}"
                    f"/enkelvoudiginformatieobjecten/{document.uuid}"
                ),
                titel=titel[:200],
                actor=actor,
            )
    except Exception:
        if document is not None and document.latest is not None:
            uploads.delete(document.latest.inhoud)
        raise
    return document
