"""Changes to a catalogus through the Catalogi API, with the standard's rules.

- ztc-009: a published zaaktype, informatieobjecttype or besluittype cannot be changed (only a
  PATCH of `eindeGeldigheid` alone) or deleted, except as a correction (`force.write` /
  `force.delete`, the scopes catalogi.geforceerd-schrijven / -verwijderen).
- ztc-010: the types of a published zaaktype (statustype, resultaattype, roltype, eigenschap,
  zaaktype-informatieobjecttype, zaakobjecttype) are not created, changed or deleted, except as
  a correction.
- ztc-012 (1.3.1): a zaaktype is published only when its besluittypen and informatieobjecttypen
  are; ztc-016: published versions never overlap.
- Relations stay within one catalogus (`relations-incorrect-catalogus`).
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import ProtectedError, Q
from django.utils.translation import gettext as _

from loket.components.common.errors import RuleViolation
from loket.components.notificaties.emit import notify_catalogi
from loket.tenancy.context import activate

from . import services
from .models import (
    BesluitType,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)

CATALOGUS_LEVEL = (ZaakType, InformatieObjectType, BesluitType)
ZAAKTYPE_LEVEL = (
    StatusType,
    ResultaatType,
    RolType,
    Eigenschap,
    ZaakTypeInformatieObjectType,
    ZaakObjectType,
)
# Types that may name a statustype: it must be one of the same zaaktype.
WITH_STATUSTYPE = (Eigenschap, ZaakTypeInformatieObjectType, ZaakObjectType)
UNIQUE_PER_ZAAKTYPE = {
    StatusType: "volgnummer",
    Eigenschap: "naam",
    ZaakTypeInformatieObjectType: "volgnummer",
}


@dataclass(frozen=True)
class Force:
    write: bool = False
    delete: bool = False


def _published_object() -> RuleViolation:
    return RuleViolation(
        "nonFieldErrors",
        "non-concept-object",
        _("Dit object is gepubliceerd en kan niet meer veranderen of worden verwijderd."),
    )


def _published_zaaktype(name: str = "nonFieldErrors") -> RuleViolation:
    return RuleViolation(
        name,
        "non-concept-zaaktype",
        _("Het zaaktype is gepubliceerd; de onderdelen ervan kunnen niet meer veranderen."),
    )


def _other_catalogus(name: str) -> RuleViolation:
    return RuleViolation(
        name,
        "relations-incorrect-catalogus",
        _("Dit object hoort bij een andere catalogus."),
    )


def _check_relations(model, values: dict, m2m: dict, instance=None) -> None:
    def current(name):
        return values[name] if name in values else getattr(instance, name, None)

    if model in CATALOGUS_LEVEL:
        catalogus = current("catalogus")
        for name, related in m2m.items():
            if any(item.catalogus_id != catalogus.pk for item in related):
                raise _other_catalogus(name)
        return
    zaaktype = current("zaaktype")
    statustype = current("statustype") if model in WITH_STATUSTYPE else None
    if statustype is not None and statustype.zaaktype_id != zaaktype.pk:
        raise RuleViolation(
            "statustype", "invalid-zaaktype", _("Dit statustype hoort bij een ander zaaktype.")
        )
    if model is ZaakTypeInformatieObjectType:
        if current("informatieobjecttype").catalogus_id != zaaktype.catalogus_id:
            raise _other_catalogus("informatieobjecttype")
    unique = UNIQUE_PER_ZAAKTYPE.get(model)
    if unique:
        clash = model.all_municipalities.filter(zaaktype=zaaktype, **{unique: current(unique)})
        if instance is not None:
            clash = clash.exclude(pk=instance.pk)
        if clash.exists():
            raise RuleViolation(
                unique, "unique", _("Dit zaaktype heeft al een onderdeel met deze waarde.")
            )


@transaction.atomic
def create(model, *, values: dict, m2m: dict | None = None, force: Force = Force()):
    m2m = m2m or {}
    if model in ZAAKTYPE_LEVEL:
        zaaktype = values["zaaktype"]
        if not zaaktype.concept and not force.write:
            raise _published_zaaktype("zaaktype")
        municipality = zaaktype.municipality
    else:
        municipality = values["catalogus"].municipality
        values = {**values, "concept": True}
        if model is ZaakType:
            values.setdefault("versiedatum", values.get("begin_geldigheid"))
    _check_relations(model, values, m2m)
    with activate(municipality):
        obj = model.objects.create(municipality=municipality, **values)
        for name, related in m2m.items():
            getattr(obj, name).set(related)
    notify_catalogi(obj, "create")
    return obj


@transaction.atomic
def update(obj, *, values: dict, m2m: dict | None = None, partial: bool, force: Force = Force()):
    m2m = m2m or {}
    model = type(obj)
    if model in CATALOGUS_LEVEL:
        only_end = partial and set(values) <= {"einde_geldigheid"} and not m2m
        if not obj.concept and not (only_end or force.write):
            raise _published_object()
        if "catalogus" in values and values["catalogus"].pk != obj.catalogus_id:
            raise RuleViolation(
                "catalogus",
                "catalogus-change",
                _("Een object verhuist niet naar een andere catalogus."),
            )
    else:
        if not obj.zaaktype.concept and not force.write:
            raise _published_zaaktype()
        target = values.get("zaaktype")
        if target is not None and target.pk != obj.zaaktype_id:
            if target.catalogus_id != obj.zaaktype.catalogus_id:
                raise _other_catalogus("zaaktype")
            if not target.concept and not force.write:
                raise _published_zaaktype("zaaktype")
    _check_relations(model, values, m2m, instance=obj)
    for name, value in values.items():
        setattr(obj, name, value)
    if model in CATALOGUS_LEVEL and not obj.concept and _overlaps(obj):
        raise RuleViolation(
            "eindeGeldigheid",
            "overlap",
            _("Zo overlapt deze versie een andere gepubliceerde versie."),
        )
    with activate(obj.municipality):
        obj.save()
        for name, related in m2m.items():
            getattr(obj, name).set(related)
    notify_catalogi(obj, "partial_update" if partial else "update")
    return obj


@transaction.atomic
def delete(obj, *, force: Force = Force()) -> None:
    if isinstance(obj, CATALOGUS_LEVEL):
        if not obj.concept and not force.delete:
            raise _published_object()
    elif not obj.zaaktype.concept and not force.delete:
        raise _published_zaaktype()
    try:
        with activate(obj.municipality):
            obj.delete()
    except ProtectedError:
        raise RuleViolation(
            "nonFieldErrors", "protected", _("Dit object is in gebruik en kan niet weg.")
        ) from None
    notify_catalogi(obj, "destroy")


def _overlaps(obj) -> bool:
    """ztc-016 for a published object whose geldigheid changes."""
    if isinstance(obj, ZaakType):
        return services._overlaps(obj)
    if isinstance(obj, InformatieObjectType):
        return services._overlapping(InformatieObjectType, obj, "omschrijving")
    return _overlapping_besluittype(obj)


def _overlapping_besluittype(besluittype: BesluitType) -> bool:
    end = besluittype.einde_geldigheid or datetime.date.max
    return (
        BesluitType.all_municipalities.filter(
            catalogus_id=besluittype.catalogus_id,
            omschrijving=besluittype.omschrijving,
            concept=False,
            begin_geldigheid__lte=end,
        )
        .filter(
            Q(einde_geldigheid__isnull=True) | Q(einde_geldigheid__gte=besluittype.begin_geldigheid)
        )
        .exclude(pk=besluittype.pk)
        .exists()
    )


@transaction.atomic
def publish(obj):
    if isinstance(obj, ZaakType):
        concept_iots = ZaakTypeInformatieObjectType.all_municipalities.filter(
            zaaktype=obj, informatieobjecttype__concept=True
        ).exists()
        concept_besluittypen = BesluitType.all_municipalities.filter(
            zaaktypen=obj, concept=True
        ).exists()
        if concept_iots or concept_besluittypen:
            raise RuleViolation(
                "nonFieldErrors",
                "concept-relation",
                _("Publiceer eerst de besluittypen en informatieobjecttypen van dit zaaktype."),
            )
        return services.publish_zaaktype(obj)
    if isinstance(obj, InformatieObjectType):
        return services.publish_informatieobjecttype(obj)
    besluittype = BesluitType.all_municipalities.select_for_update().get(pk=obj.pk)
    if besluittype.concept:
        if _overlapping_besluittype(besluittype):
            raise RuleViolation(
                "beginGeldigheid",
                "overlap",
                _("Er is al een gepubliceerde versie die in deze periode geldig is."),
            )
        besluittype.concept = False
        with activate(besluittype.municipality):
            besluittype.save(update_fields=["concept"])
        notify_catalogi(besluittype, "publish")
    return besluittype
