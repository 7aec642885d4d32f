"""Writes of the catalogus and its types, with the Catalogi API rules (ztc-009, ztc-010, ztc-016)."""

import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from loket.components.common.constants import Vertrouwelijkheid
from loket.components.common.errors import RuleViolation
from loket.components.notificaties.emit import notify_catalogi
from loket.tenancy.context import activate

from .models import (
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)


def _ensure_concept(zaaktype: ZaakType, forced: bool) -> None:
    # ztc-010: the types of a published zaaktype change only as a correction (geforceerd-schrijven).
    if not zaaktype.concept and not forced:
        raise RuleViolation(
            "zaaktype",
            "non-concept-zaaktype",
            _("Dit zaaktype is gepubliceerd en kan niet meer veranderen."),
        )


@transaction.atomic
def create_catalogus(
    municipality, *, domein: str, rsin: str = "", contactpersoon_beheer_naam: str, **fields
) -> Catalogus:
    rsin = rsin or municipality.rsin
    if not rsin:
        raise RuleViolation("rsin", "required", _("Vul het RSIN van de gemeente in."))
    with activate(municipality):
        return Catalogus.objects.create(
            municipality=municipality,
            domein=domein,
            rsin=rsin,
            contactpersoon_beheer_naam=contactpersoon_beheer_naam,
            **fields,
        )


@transaction.atomic
def create_zaaktype(
    catalogus: Catalogus, *, vertrouwelijkheidaanduiding: Vertrouwelijkheid | int, **fields
) -> ZaakType:
    fields.setdefault("versiedatum", fields.get("begin_geldigheid") or timezone.localdate())
    with activate(catalogus.municipality):
        zaaktype = ZaakType.objects.create(
            municipality_id=catalogus.municipality_id,
            catalogus=catalogus,
            vertrouwelijkheidaanduiding=int(vertrouwelijkheidaanduiding),
            concept=True,
            **fields,
        )
    notify_catalogi(zaaktype, "create")
    return zaaktype


def _add_type(model, zaaktype: ZaakType, forced: bool, **fields):
    _ensure_concept(zaaktype, forced)
    with activate(zaaktype.municipality):
        return model.objects.create(
            municipality_id=zaaktype.municipality_id, zaaktype=zaaktype, **fields
        )


@transaction.atomic
def add_statustype(
    zaaktype: ZaakType, *, volgnummer: int, omschrijving: str, forced: bool = False, **fields
) -> StatusType:
    if not 1 <= volgnummer <= 9999:
        raise RuleViolation("volgnummer", "invalid", _("Het volgnummer ligt tussen 1 en 9999."))
    if StatusType.all_municipalities.filter(zaaktype=zaaktype, volgnummer=volgnummer).exists():
        raise RuleViolation(
            "volgnummer", "unique", _("Dit zaaktype heeft al een statustype met dit volgnummer.")
        )
    return _add_type(
        StatusType, zaaktype, forced, volgnummer=volgnummer, omschrijving=omschrijving, **fields
    )


@transaction.atomic
def add_resultaattype(
    zaaktype: ZaakType, *, omschrijving: str, forced: bool = False, **fields
) -> ResultaatType:
    fields.setdefault(
        "resultaattypeomschrijving",
        "https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/onbekend",
    )
    fields.setdefault(
        "selectielijstklasse", "https://selectielijst.openzaak.nl/api/v1/resultaten/onbekend"
    )
    return _add_type(ResultaatType, zaaktype, forced, omschrijving=omschrijving, **fields)


@transaction.atomic
def add_roltype(
    zaaktype: ZaakType, *, omschrijving: str, omschrijving_generiek: str, forced: bool = False
) -> RolType:
    return _add_type(
        RolType,
        zaaktype,
        forced,
        omschrijving=omschrijving,
        omschrijving_generiek=omschrijving_generiek,
    )


def _overlaps(zaaktype: ZaakType) -> bool:
    # ztc-016: published versions of one identificatie never overlap; an empty end is "forever".
    end = zaaktype.einde_geldigheid or datetime.date.max
    others = ZaakType.all_municipalities.filter(
        catalogus_id=zaaktype.catalogus_id, identificatie=zaaktype.identificatie, concept=False
    ).exclude(pk=zaaktype.pk)
    return others.filter(
        Q(begin_geldigheid__lte=end)
        & (Q(einde_geldigheid__isnull=True) | Q(einde_geldigheid__gte=zaaktype.begin_geldigheid))
    ).exists()


@transaction.atomic
def publish_zaaktype(zaaktype: ZaakType) -> ZaakType:
    zaaktype = ZaakType.all_municipalities.select_for_update().get(pk=zaaktype.pk)
    if not zaaktype.concept:
        return zaaktype
    if not StatusType.all_municipalities.filter(zaaktype=zaaktype).exists():
        # zrc-007: every zaaktype has at least one statustype (the last one closes the zaak).
        raise RuleViolation(
            "statustypen", "no-statustypen", _("Een zaaktype heeft minstens één statustype nodig.")
        )
    if _overlaps(zaaktype):
        raise RuleViolation(
            "beginGeldigheid",
            "overlap",
            _("Er is al een gepubliceerde versie die in deze periode geldig is."),
        )
    zaaktype.concept = False
    with activate(zaaktype.municipality):
        zaaktype.save(update_fields=["concept"])
    notify_catalogi(zaaktype, "publish")
    return zaaktype


@transaction.atomic
def end_zaaktype_version(
    zaaktype: ZaakType,
    einde_geldigheid: datetime.date | None,
    *,
    allow_before_begin: bool = False,
) -> ZaakType:
    """The only change allowed on a published zaaktype (ztc-009): setting (or clearing) its end.

    `allow_before_begin` is for a version superseded on the day it began: it then ends the day
    before, so it is valid on no day at all (its zaken stay readable).
    """
    if (
        einde_geldigheid is not None
        and einde_geldigheid < zaaktype.begin_geldigheid
        and not allow_before_begin
    ):
        raise RuleViolation("eindeGeldigheid", "date-mismatch", _("Het einde ligt voor het begin."))
    zaaktype.einde_geldigheid = einde_geldigheid
    with activate(zaaktype.municipality):
        zaaktype.save(update_fields=["einde_geldigheid"])
    notify_catalogi(zaaktype, "partial_update")
    return zaaktype


@transaction.atomic
def add_eigenschap(
    zaaktype: ZaakType, *, naam: str, definitie: str, forced: bool = False, **fields
) -> Eigenschap:
    if Eigenschap.all_municipalities.filter(zaaktype=zaaktype, naam=naam).exists():
        raise RuleViolation(
            "naam", "unique", _("Dit zaaktype heeft al een eigenschap met deze naam.")
        )
    return _add_type(Eigenschap, zaaktype, forced, naam=naam, definitie=definitie, **fields)


@transaction.atomic
def create_informatieobjecttype(
    catalogus: Catalogus, *, vertrouwelijkheidaanduiding: Vertrouwelijkheid | int, **fields
) -> InformatieObjectType:
    fields.setdefault("begin_geldigheid", timezone.localdate())
    with activate(catalogus.municipality):
        iot = InformatieObjectType.objects.create(
            municipality_id=catalogus.municipality_id,
            catalogus=catalogus,
            vertrouwelijkheidaanduiding=int(vertrouwelijkheidaanduiding),
            concept=True,
            **fields,
        )
    notify_catalogi(iot, "create")
    return iot


def _overlapping(model, obj, key: str) -> bool:
    end = obj.einde_geldigheid or datetime.date.max
    others = model.all_municipalities.filter(
        catalogus_id=obj.catalogus_id, concept=False, **{key: getattr(obj, key)}
    ).exclude(pk=obj.pk)
    return others.filter(
        Q(begin_geldigheid__lte=end)
        & (Q(einde_geldigheid__isnull=True) | Q(einde_geldigheid__gte=obj.begin_geldigheid))
    ).exists()


@transaction.atomic
def publish_informatieobjecttype(iot: InformatieObjectType) -> InformatieObjectType:
    iot = InformatieObjectType.all_municipalities.select_for_update().get(pk=iot.pk)
    if not iot.concept:
        return iot
    if _overlapping(InformatieObjectType, iot, "omschrijving"):
        raise RuleViolation(
            "beginGeldigheid",
            "overlap",
            _("Er is al een gepubliceerde versie die in deze periode geldig is."),
        )
    iot.concept = False
    with activate(iot.municipality):
        iot.save(update_fields=["concept"])
    notify_catalogi(iot, "publish")
    return iot


@transaction.atomic
def end_informatieobjecttype_version(
    iot: InformatieObjectType, einde_geldigheid: datetime.date | None
) -> InformatieObjectType:
    iot.einde_geldigheid = einde_geldigheid
    with activate(iot.municipality):
        iot.save(update_fields=["einde_geldigheid"])
    notify_catalogi(iot, "partial_update")
    return iot


@transaction.atomic
def add_zaaktype_informatieobjecttype(
    zaaktype: ZaakType,
    *,
    informatieobjecttype: InformatieObjectType,
    volgnummer: int,
    richting: str,
    statustype: StatusType | None = None,
    forced: bool = False,
) -> ZaakTypeInformatieObjectType:
    if informatieobjecttype.catalogus_id != zaaktype.catalogus_id:
        raise RuleViolation(
            "informatieobjecttype",
            "relations-incorrect-catalogus",
            _("Het informatieobjecttype hoort bij een andere catalogus dan het zaaktype."),
        )
    if statustype is not None and statustype.zaaktype_id != zaaktype.pk:
        raise RuleViolation(
            "statustype", "invalid-zaaktype", _("Dit statustype hoort bij een ander zaaktype.")
        )
    if ZaakTypeInformatieObjectType.all_municipalities.filter(
        zaaktype=zaaktype, volgnummer=volgnummer
    ).exists():
        raise RuleViolation(
            "volgnummer", "unique", _("Dit zaaktype heeft al een koppeling met dit volgnummer.")
        )
    return _add_type(
        ZaakTypeInformatieObjectType,
        zaaktype,
        forced,
        informatieobjecttype=informatieobjecttype,
        volgnummer=volgnummer,
        richting=richting,
        statustype=statustype,
    )
