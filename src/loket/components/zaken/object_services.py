"""Writes on the objects under a zaak: zaakeigenschappen, zaakobjecten, zaakinformatieobjecten,
klantcontacten, zaakcontactmomenten and zaakverzoeken.

Same pattern as `services.py`: the standard's rules, the change and an audit-trail row in one
transaction. Scopes are the caller's job; what they unlock comes in as `forced`.
"""

import datetime
import re
import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loket.components.catalogi.models import Eigenschap
from loket.components.catalogi.models import ZaakObjectType as CatalogusZaakObjectType
from loket.components.common.errors import RuleViolation
from loket.components.common.paths import (
    CATALOGI_ROOT,
    DOCUMENTEN_ROOT,
    ZAKEN_ROOT,
    uuid_from_url,
)
from loket.components.documenten import services as documenten
from loket.tenancy.context import activate

from . import audit
from .models import (
    Archiefstatus,
    KlantContact,
    Status,
    Zaak,
    ZaakContactMoment,
    ZaakEigenschap,
    ZaakInformatieObject,
    ZaakObject,
    ZaakObjectType,
    ZaakVerzoek,
)
from .representation import (
    klantcontact_data,
    zaakcontactmoment_data,
    zaakeigenschap_data,
    zaakinformatieobject_data,
    zaakobject_data,
    zaakverzoek_data,
)
from .services import _ensure_open


def _ensure_archivable(zaak: Zaak) -> None:
    """Objects of an archived zaak no longer change (as Open Zaak does)."""
    if zaak.archiefstatus != Archiefstatus.NOG_TE_ARCHIVEREN:
        raise RuleViolation(
            "nonFieldErrors",
            "zaak-archiefstatus-invalid",
            _("Deze zaak is gearchiveerd; wat erbij hoort kan niet meer veranderen."),
        )


def immutable(name: str) -> RuleViolation:
    return RuleViolation(name, "wijzigen-niet-toegelaten", _("Dit gegeven kan niet veranderen."))


def _check_writable(zaak: Zaak, forced: bool) -> None:
    _ensure_open(zaak, forced)
    _ensure_archivable(zaak)


# -- zaakeigenschappen ------------------------------------------------------------------------


def _matches_specificatie(eigenschap: Eigenschap, waarde: str) -> bool:
    """The value fits the eigenschap's specificatie (formaat, lengte, waardenverzameling)."""
    allowed = eigenschap.specificatie_waardenverzameling or []
    if allowed:
        return waarde in allowed
    formaat, lengte = eigenschap.specificatie_formaat, eigenschap.specificatie_lengte or ""
    if formaat == "tekst":
        return not lengte.isdigit() or len(waarde) <= int(lengte)
    if formaat == "getal":
        whole, _sep, fraction = lengte.partition(",")
        whole = whole if whole.isdigit() else ""
        pattern = rf"-?\d{{1,{whole}}}" if whole else r"-?\d+"
        if fraction.isdigit():
            pattern += rf"([.,]\d{{1,{fraction}}})?"
        return re.fullmatch(pattern, waarde) is not None
    formats = {"datum": "%Y%m%d", "datum_tijd": "%Y%m%d%H%M%S"}
    if formaat in formats:
        try:
            datetime.datetime.strptime(waarde, formats[formaat])
        except ValueError:
            return False
    return True


def _check_waarde(eigenschap: Eigenschap, waarde: str) -> None:
    if not _matches_specificatie(eigenschap, waarde):
        raise RuleViolation(
            "waarde",
            "waarde-incorrect-format",
            _("Deze waarde past niet bij de specificatie van de eigenschap."),
        )


@transaction.atomic
def add_zaakeigenschap(
    zaak: Zaak,
    *,
    eigenschap: Eigenschap,
    waarde: str,
    actor: audit.Actor = audit.PLATFORM,
    forced: bool = False,
) -> ZaakEigenschap:
    _check_writable(zaak, forced)
    if eigenschap.zaaktype_id != zaak.zaaktype_id:
        # zrc-018
        raise RuleViolation(
            "eigenschap",
            "zaaktype-mismatch",
            _("Deze eigenschap hoort niet bij het zaaktype van de zaak."),
        )
    _check_waarde(eigenschap, waarde)
    with activate(zaak.municipality):
        found = ZaakEigenschap.objects.create(
            municipality_id=zaak.municipality_id,
            zaak=zaak,
            eigenschap=eigenschap,
            naam=eigenschap.naam,
            waarde=waarde,
        )
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="create",
            resource="zaakeigenschap",
            obj=found,
            weergave=found.naam,
            nieuw=zaakeigenschap_data(found, ""),
        )
    return found


@transaction.atomic
def update_zaakeigenschap(
    found: ZaakEigenschap,
    *,
    waarde: str | None = None,
    eigenschap: Eigenschap | None = None,
    actor: audit.Actor = audit.PLATFORM,
    forced: bool = False,
) -> ZaakEigenschap:
    zaak = found.zaak
    _check_writable(zaak, forced)
    if eigenschap is not None and eigenschap.pk != found.eigenschap_id:
        raise immutable("eigenschap")
    before = zaakeigenschap_data(found, "")
    if waarde is not None:
        _check_waarde(found.eigenschap, waarde)
        found.waarde = waarde
    with activate(zaak.municipality):
        found.save(update_fields=["waarde"])
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="partial_update",
            resource="zaakeigenschap",
            obj=found,
            weergave=found.naam,
            oud=before,
            nieuw=zaakeigenschap_data(found, ""),
        )
    return found


# -- zaakobjecten ---------------------------------------------------------------------------


def _validate_zaakobject(fields: dict) -> None:
    object_type = fields.get("object_type")
    if not fields.get("object") and not fields.get("object_identificatie"):
        raise RuleViolation(
            "nonFieldErrors",
            "invalid-zaakobject",
            _("Geef het object (URL) of de objectIdentificatie."),
        )
    overige = fields.get("object_type_overige") or fields.get("object_type_overige_definitie")
    if object_type == ZaakObjectType.OVERIGE and not overige:
        raise RuleViolation(
            "objectTypeOverige",
            "missing-object-type-overige",
            _("Bij objectType 'overige' hoort objectTypeOverige."),
        )
    if object_type != ZaakObjectType.OVERIGE and overige:
        raise RuleViolation(
            "objectTypeOverige",
            "invalid-object-type-overige-usage",
            _("objectTypeOverige hoort alleen bij objectType 'overige'."),
        )
    if fields.get("object_type_overige_definitie") and fields.get("object_identificatie"):
        raise RuleViolation(
            "objectIdentificatie",
            "object-identificatie-niet-toegestaan",
            _("Met een objecttype-definitie geeft u het object als URL."),
        )
    if fields.get("object_type_overige_definitie") and not fields.get("object"):
        raise RuleViolation("object", "required", _("Geef de URL van het object."))


def _check_zaakobjecttype(zaak: Zaak, zaakobjecttype: str) -> None:
    """A given zaakobjecttype is one of the zaak's zaaktype (in our Catalogi API)."""
    if not zaakobjecttype:
        return
    uuid = uuid_from_url(zaakobjecttype, CATALOGI_ROOT, "zaakobjecttypen")
    found = (
        CatalogusZaakObjectType.all_municipalities.filter(
            municipality_id=zaak.municipality_id, uuid=uuid
        )
        .only("zaaktype_id")
        .first()
        if uuid
        else None
    )
    if found is None:
        raise RuleViolation(
            "zaakobjecttype",
            "bad-url",
            _("Dit is geen URL van een bestaand zaakobjecttype in de Catalogi API."),
        )
    if found.zaaktype_id != zaak.zaaktype_id:
        raise RuleViolation(
            "zaakobjecttype",
            "zaaktype-mismatch",
            _("Dit zaakobjecttype hoort niet bij het zaaktype van de zaak."),
        )


@transaction.atomic
def add_zaakobject(
    zaak: Zaak, *, actor: audit.Actor = audit.PLATFORM, forced: bool = False, **fields
) -> ZaakObject:
    _check_writable(zaak, forced)
    _validate_zaakobject(fields)
    _check_zaakobjecttype(zaak, fields.get("zaakobjecttype", ""))
    with activate(zaak.municipality):
        found = ZaakObject.objects.create(municipality_id=zaak.municipality_id, zaak=zaak, **fields)
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="create",
            resource="zaakobject",
            obj=found,
            weergave=found.relatieomschrijving or found.object_type,
            nieuw=zaakobject_data(found, ""),
        )
    return found


IMMUTABLE_ZAAKOBJECT = {
    "object": "object",
    "object_type": "objectType",
    "zaakobjecttype": "zaakobjecttype",
}


@transaction.atomic
def update_zaakobject(
    found: ZaakObject, *, actor: audit.Actor = audit.PLATFORM, forced: bool = False, **changes
) -> ZaakObject:
    zaak = found.zaak
    _check_writable(zaak, forced)
    for name, api_name in IMMUTABLE_ZAAKOBJECT.items():
        if name in changes and changes[name] != getattr(found, name):
            raise immutable(api_name)
    before = zaakobject_data(found, "")
    for name, value in changes.items():
        setattr(found, name, value)
    _validate_zaakobject(
        {
            "object": found.object,
            "object_type": found.object_type,
            "object_identificatie": found.object_identificatie,
            "object_type_overige": found.object_type_overige,
            "object_type_overige_definitie": found.object_type_overige_definitie,
        }
    )
    with activate(zaak.municipality):
        found.save()
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="partial_update",
            resource="zaakobject",
            obj=found,
            weergave=found.relatieomschrijving or found.object_type,
            oud=before,
            nieuw=zaakobject_data(found, ""),
        )
    return found


# -- zaakinformatieobjecten -------------------------------------------------------------------


def _document_of(zaak: Zaak, informatieobject: str):
    """zrc-003: the URL is a document of our Documenten API, in the zaak's municipality."""
    uuid = uuid_from_url(informatieobject, DOCUMENTEN_ROOT, "enkelvoudiginformatieobjecten")
    document = documenten.document_in(zaak.municipality_id, uuid) if uuid else None
    if document is None:
        raise RuleViolation(
            "informatieobject",
            "bad-url",
            _("Dit is geen URL van een bestaand informatieobject in de Documenten API."),
        )
    return document


def _zaak_path(zaak: Zaak) -> str:
    return f"{ZAKEN_ROOT}/zaken/{zaak.uuid}"


def _check_status(zaak: Zaak, status: Status | None) -> None:
    if status is not None and status.zaak_id != zaak.pk:
        raise RuleViolation(
            "status", "zaak-status-mismatch", _("Deze status hoort niet bij de zaak.")
        )


@transaction.atomic
def add_zaakinformatieobject(
    zaak: Zaak,
    *,
    informatieobject: str,
    titel: str = "",
    beschrijving: str = "",
    vernietigingsdatum: datetime.datetime | None = None,
    status: Status | None = None,
    actor: audit.Actor = audit.PLATFORM,
    forced: bool = False,
) -> ZaakInformatieObject:
    _check_writable(zaak, forced)
    document = _document_of(zaak, informatieobject)
    _check_status(zaak, status)
    if ZaakInformatieObject.all_municipalities.filter(
        zaak=zaak, informatieobject=informatieobject
    ).exists():
        raise RuleViolation(
            "nonFieldErrors", "unique", _("Dit informatieobject hoort al bij deze zaak.")
        )
    with activate(zaak.municipality):
        try:
            with transaction.atomic():
                found = ZaakInformatieObject.objects.create(
                    municipality_id=zaak.municipality_id,
                    zaak=zaak,
                    informatieobject=informatieobject,
                    titel=titel,
                    beschrijving=beschrijving,
                    vernietigingsdatum=vernietigingsdatum,
                    status=status,
                )
        except IntegrityError:
            raise RuleViolation(
                "nonFieldErrors", "unique", _("Dit informatieobject hoort al bij deze zaak.")
            ) from None
        # zrc-003: the Documenten API knows the relation too (objectinformatieobject).
        documenten.link_object(
            document.uuid,
            object_type="zaak",
            object_url=_zaak_path(zaak),
            municipality_id=zaak.municipality_id,
        )
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="create",
            resource="zaakinformatieobject",
            obj=found,
            weergave=found.titel or found.informatieobject,
            nieuw=zaakinformatieobject_data(found, ""),
        )
    return found


@transaction.atomic
def update_zaakinformatieobject(
    found: ZaakInformatieObject,
    *,
    actor: audit.Actor = audit.PLATFORM,
    forced: bool = False,
    zaak: Zaak | None = None,
    informatieobject: str | None = None,
    **changes,
) -> ZaakInformatieObject:
    owner = found.zaak
    _check_writable(owner, forced)
    # zrc-004: the relation itself never changes.
    if zaak is not None and zaak.pk != owner.pk:
        raise immutable("zaak")
    if informatieobject is not None and informatieobject != found.informatieobject:
        raise immutable("informatieobject")
    if "status" in changes:
        _check_status(owner, changes["status"])
    before = zaakinformatieobject_data(found, "")
    for name, value in changes.items():
        setattr(found, name, value)
    with activate(owner.municipality):
        found.save()
        audit.record(
            actor=actor,
            zaak=owner,
            actie="partial_update",
            resource="zaakinformatieobject",
            obj=found,
            weergave=found.titel or found.informatieobject,
            oud=before,
            nieuw=zaakinformatieobject_data(found, ""),
        )
    return found


def _unlink_document(zaak: Zaak, informatieobject: str) -> None:
    """zrc-017: the objectinformatieobject goes when the zaakinformatieobject goes."""
    uuid = uuid_from_url(informatieobject, DOCUMENTEN_ROOT, "enkelvoudiginformatieobjecten")
    if uuid is not None:
        documenten.unlink_object(
            uuid,
            object_type="zaak",
            object_url=_zaak_path(zaak),
            municipality_id=zaak.municipality_id,
        )


# -- klantcontacten, zaakcontactmomenten, zaakverzoeken --------------------------------------


@transaction.atomic
def add_klantcontact(
    zaak: Zaak,
    *,
    datumtijd: datetime.datetime,
    identificatie: str = "",
    kanaal: str = "",
    onderwerp: str = "",
    toelichting: str = "",
    actor: audit.Actor = audit.PLATFORM,
    forced: bool = False,
) -> KlantContact:
    _check_writable(zaak, forced)
    if datumtijd > timezone.now() + datetime.timedelta(seconds=10):
        raise RuleViolation(
            "datumtijd", "date-in-future", _("Deze datum mag niet in de toekomst liggen.")
        )
    with activate(zaak.municipality):
        found = KlantContact.objects.create(
            municipality_id=zaak.municipality_id,
            zaak=zaak,
            identificatie=identificatie or f"KC-{secrets.token_hex(5).upper()}",
            datumtijd=datumtijd,
            kanaal=kanaal,
            onderwerp=onderwerp,
            toelichting=toelichting,
        )
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="create",
            resource="klantcontact",
            obj=found,
            weergave=found.identificatie,
            nieuw=klantcontact_data(found, ""),
        )
    return found


_LINKS = {
    "zaakcontactmoment": (ZaakContactMoment, "contactmoment", zaakcontactmoment_data),
    "zaakverzoek": (ZaakVerzoek, "verzoek", zaakverzoek_data),
}


@transaction.atomic
def add_link(
    zaak: Zaak,
    resource: str,
    target: str,
    *,
    actor: audit.Actor = audit.PLATFORM,
    forced: bool = False,
):
    """A zaakcontactmoment or zaakverzoek: the zaak and a URL in another API, once per zaak."""
    model, field, represent = _LINKS[resource]
    _check_writable(zaak, forced)
    if model.all_municipalities.filter(zaak=zaak, **{field: target}).exists():
        raise RuleViolation("nonFieldErrors", "unique", _("Deze relatie bestaat al."))
    with activate(zaak.municipality):
        found = model.objects.create(
            municipality_id=zaak.municipality_id, zaak=zaak, **{field: target}
        )
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="create",
            resource=resource,
            obj=found,
            weergave=target,
            nieuw=represent(found, ""),
        )
    return found


# -- delete (all of the above) ----------------------------------------------------------------

_REPRESENT = {
    ZaakEigenschap: ("zaakeigenschap", zaakeigenschap_data),
    ZaakObject: ("zaakobject", zaakobject_data),
    ZaakInformatieObject: ("zaakinformatieobject", zaakinformatieobject_data),
    ZaakContactMoment: ("zaakcontactmoment", zaakcontactmoment_data),
    ZaakVerzoek: ("zaakverzoek", zaakverzoek_data),
}


@transaction.atomic
def delete_object(found, *, actor: audit.Actor = audit.PLATFORM, forced: bool = False) -> None:
    resource, represent = _REPRESENT[type(found)]
    zaak = found.zaak
    _check_writable(zaak, forced)
    before = represent(found, "")
    with activate(zaak.municipality):
        found.delete()  # clears the pk only: the uuid stays for the audit row
        if isinstance(found, ZaakInformatieObject):
            _unlink_document(zaak, found.informatieobject)
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="destroy",
            resource=resource,
            obj=found,
            weergave=found.uuid,
            oud=before,
        )
