"""Writes on zaken. Each one: the rules of the standard, the change, and an audit row, in one transaction.

Authorisation by scope is the caller's job (the API checks the client's autorisaties; modules
go through the facade); what a scope unlocks is passed in as `forced` / `may_reopen`.
"""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from stdnum.nl import bsn as elfproef

from loket.components.catalogi.models import ResultaatType, RolType, StatusType, ZaakType
from loket.components.common.errors import ActionNotAllowed, RuleViolation
from loket.components.common.paths import ZAKEN_ROOT
from loket.components.documenten.services import unlink_all
from loket.tenancy.context import activate

from . import audit
from .identificatie import generate_identificatie
from .models import Archiefstatus, Resultaat, Rol, Status, Zaak
from .representation import resultaat_data, rol_data, status_data, zaak_data
from .selectors import CHILD_SOURCES, attach_children

ZAAK_FIELDS = {f.name for f in Zaak._meta.concrete_fields} - {
    "id",
    "uuid",
    "municipality",
    "status",
    "einddatum",
}


def _check_rsin(name: str, value: str) -> None:
    if value and not elfproef.is_valid(value):
        raise RuleViolation(name, "invalid", _("Dit is geen geldig RSIN."))


def _mark_fresh(zaak: Zaak) -> None:
    """A new zaak has no objects under it or resultaat: say so, so the audit snapshot costs no queries."""
    zaak._children = {name: [] for name in CHILD_SOURCES}
    zaak._state.fields_cache["resultaat"] = None


def _validate_zaak(zaak: Zaak, zaaktype: ZaakType, *, check_identificatie: bool) -> None:
    if zaaktype.concept:
        raise RuleViolation(
            "zaaktype", "not-published", _("Dit zaaktype is nog niet gepubliceerd.")
        )
    if zaak.bronorganisatie != zaaktype.catalogus.rsin:
        raise RuleViolation(
            "bronorganisatie",
            "bronorganisatie-mismatch",
            _("De bronorganisatie moet het RSIN van de gemeente van het zaaktype zijn."),
        )
    _check_rsin("verantwoordelijkeOrganisatie", zaak.verantwoordelijke_organisatie)
    _check_rsin("opdrachtgevendeOrganisatie", zaak.opdrachtgevende_organisatie)
    if check_identificatie and zaak.identificatie:
        clash = Zaak.all_municipalities.filter(
            bronorganisatie=zaak.bronorganisatie, identificatie=zaak.identificatie
        )
        if zaak.pk:
            clash = clash.exclude(pk=zaak.pk)
        if clash.exists():
            # zrc-002
            raise RuleViolation(
                "identificatie", "identificatie-niet-uniek", _("Deze identificatie bestaat al.")
            )
    if zaak.betalingsindicatie == "nvt" and zaak.laatste_betaaldatum:
        # zrc-014
        raise RuleViolation(
            "laatsteBetaaldatum",
            "betaling-nvt",
            _("Bij betalingsindicatie 'nvt' hoort geen betaaldatum."),
        )
    if not set(zaak.producten_of_diensten or []) <= set(zaaktype.producten_of_diensten or []):
        # zrc-015
        raise RuleViolation(
            "productenOfDiensten",
            "invalid-products-services",
            _("Deze producten of diensten horen niet bij het zaaktype."),
        )
    if zaak.hoofdzaak_id:
        hoofdzaak = zaak.hoofdzaak
        if zaak.pk and hoofdzaak.pk == zaak.pk:
            raise RuleViolation(
                "hoofdzaak", "self-forbidden", _("Een zaak kan niet zijn eigen hoofdzaak zijn.")
            )
        if hoofdzaak.hoofdzaak_id:
            # zrc-013: no deelzaken of deelzaken.
            raise RuleViolation(
                "hoofdzaak", "deelzaak-als-hoofdzaak", _("Een deelzaak kan geen hoofdzaak zijn.")
            )
        if hoofdzaak.municipality_id != zaaktype.municipality_id:
            raise RuleViolation("hoofdzaak", "bad-url", _("Deze zaak bestaat niet."))
    if zaak.archiefstatus != Archiefstatus.NOG_TE_ARCHIVEREN:
        # zrc-022
        if not zaak.archiefnominatie:
            raise RuleViolation(
                "archiefnominatie", "archiefnominatie-not-set", _("Vul de archiefnominatie in.")
            )
        if not zaak.archiefactiedatum:
            raise RuleViolation(
                "archiefactiedatum", "archiefactiedatum-not-set", _("Vul de archiefactiedatum in.")
            )


@transaction.atomic
def create_zaak(*, zaaktype: ZaakType, actor: audit.Actor = audit.PLATFORM, **fields) -> Zaak:
    unknown = set(fields) - ZAAK_FIELDS
    if unknown:
        raise TypeError(f"Unknown zaak fields: {sorted(unknown)}")
    fields.setdefault("registratiedatum", timezone.localdate())
    fields.setdefault("startdatum", timezone.localdate())
    fields.setdefault("verantwoordelijke_organisatie", fields.get("bronorganisatie", ""))
    if fields.get("vertrouwelijkheidaanduiding") is None:
        # zrc-009: taken from the zaaktype when the client gives none.
        fields["vertrouwelijkheidaanduiding"] = zaaktype.vertrouwelijkheidaanduiding
    zaak = Zaak(municipality_id=zaaktype.municipality_id, zaaktype=zaaktype, **fields)
    _validate_zaak(zaak, zaaktype, check_identificatie=True)
    with activate(zaaktype.municipality):
        if not zaak.identificatie:
            zaak.identificatie = generate_identificatie(
                zaaktype.municipality_id, zaak.bronorganisatie, zaak.startdatum.year
            )
        try:
            with transaction.atomic():
                zaak.save()
        except IntegrityError:
            raise RuleViolation(
                "identificatie", "identificatie-niet-uniek", _("Deze identificatie bestaat al.")
            ) from None
        _mark_fresh(zaak)
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="create",
            resource="zaak",
            obj=zaak,
            weergave=zaak.identificatie,
            nieuw=zaak_data(zaak, ""),
        )
    return zaak


def _ensure_open(zaak: Zaak, forced: bool) -> None:
    # zrc-007: a closed zaak changes only as a correction (zaken.geforceerd-bijwerken).
    if zaak.is_closed and not forced:
        raise ActionNotAllowed(
            _("Deze zaak is afgesloten en kan niet meer veranderen."), "zaak-closed"
        )


@transaction.atomic
def update_zaak(
    zaak: Zaak, *, actor: audit.Actor = audit.PLATFORM, forced: bool = False, **changes
) -> Zaak:
    unknown = set(changes) - ZAAK_FIELDS
    if unknown:
        raise TypeError(f"Unknown zaak fields: {sorted(unknown)}")
    zaak = (
        Zaak.all_municipalities.select_for_update(of=("self",))
        .select_related("zaaktype__catalogus", "status", "hoofdzaak")
        .get(pk=zaak.pk)
    )
    _ensure_open(zaak, forced)
    attach_children([zaak])
    before = zaak_data(zaak, "")
    for name, value in changes.items():
        setattr(zaak, name, value)
    if changes.get("betalingsindicatie") == "nvt" and "laatste_betaaldatum" not in changes:
        zaak.laatste_betaaldatum = None  # zrc-014
    if changes.get("vertrouwelijkheidaanduiding", 0) is None:
        zaak.vertrouwelijkheidaanduiding = zaak.zaaktype.vertrouwelijkheidaanduiding
    if "zaaktype" in changes and changes["zaaktype"].municipality_id != zaak.municipality_id:
        raise RuleViolation("zaaktype", "bad-url", _("Dit zaaktype bestaat niet."))
    _validate_zaak(
        zaak,
        zaak.zaaktype,
        check_identificatie=bool({"identificatie", "bronorganisatie"} & set(changes)),
    )
    with activate(zaak.municipality):
        zaak.save()
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="partial_update",
            resource="zaak",
            obj=zaak,
            weergave=zaak.identificatie,
            oud=before,
            nieuw=zaak_data(zaak, ""),
        )
    return zaak


@transaction.atomic
def delete_zaak(zaak: Zaak, *, actor: audit.Actor = audit.PLATFORM, forced: bool = False) -> None:
    """zrc-023: the zaak, its related objects and its audit trail really go; a bare record of the deletion stays."""
    _ensure_open(zaak, forced)
    from loket.components.besluiten.selectors import zaak_has_besluiten

    if zaak_has_besluiten(zaak):
        # As Open Zaak: its besluiten (Besluiten API) must go or move first.
        raise RuleViolation(
            "nonFieldErrors",
            "related-besluiten",
            _("Deze zaak heeft besluiten; verwijder of verplaats die eerst."),
        )
    with activate(zaak.municipality):
        # zrc-017: its documents no longer belong to it in the Documenten API either.
        unlink_all(
            object_type="zaak",
            object_url=f"{ZAKEN_ROOT}/zaken/{zaak.uuid}",
            municipality_id=zaak.municipality_id,
        )
        Zaak.all_municipalities.filter(pk=zaak.pk).update(status=None)
        zaak.delete()  # clears the pk only: uuid and identificatie stay for the audit row
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="destroy",
            resource="zaak",
            obj=zaak,
            weergave=zaak.identificatie,
            keep_zaak=False,
        )


def _archive_on_close(zaak: Zaak) -> None:
    """zrc-021 for the derivations that need only the zaak itself (afgehandeld, termijn)."""
    try:
        resultaattype = zaak.resultaat.resultaattype
    except Resultaat.DoesNotExist:
        return
    if not zaak.archiefnominatie:
        zaak.archiefnominatie = resultaattype.archiefnominatie
    if resultaattype.archiefactietermijn is None or zaak.einddatum is None:
        return
    brondatum = None
    if resultaattype.brondatum_afleidingswijze == "afgehandeld":
        brondatum = zaak.einddatum
    elif (
        resultaattype.brondatum_afleidingswijze == "termijn"
        and resultaattype.brondatum_procestermijn
    ):
        brondatum = zaak.einddatum + resultaattype.brondatum_procestermijn
    if brondatum is not None:
        zaak.archiefactiedatum = brondatum + resultaattype.archiefactietermijn


@transaction.atomic
def set_status(
    zaak: Zaak,
    *,
    statustype: StatusType,
    datum_status_gezet: datetime.datetime | None = None,
    statustoelichting: str = "",
    gezetdoor: Rol | None = None,
    actor: audit.Actor = audit.PLATFORM,
    may_reopen: bool = False,
    may_add: bool = True,
) -> Status:
    zaak = (
        Zaak.all_municipalities.select_for_update(of=("self",))
        .select_related("zaaktype", "status")
        .get(pk=zaak.pk)
    )
    if statustype.zaaktype_id != zaak.zaaktype_id:
        # zrc-016
        raise RuleViolation(
            "statustype",
            "zaaktype-mismatch",
            _("Dit statustype hoort niet bij het zaaktype van de zaak."),
        )
    if zaak.is_closed and not may_reopen:
        # zrc-008: reopening needs zaken.heropenen.
        raise ActionNotAllowed(_("Deze zaak is afgesloten; heropenen mag u niet."), "zaak-closed")
    if zaak.status_id and not zaak.is_closed and not may_add:
        raise ActionNotAllowed(_("U mag alleen de eerste status zetten."), "permission_denied")
    last = (
        StatusType.all_municipalities.filter(zaaktype_id=zaak.zaaktype_id)
        .order_by("-volgnummer")
        .values_list("pk", flat=True)
        .first()
    )
    is_eind = statustype.pk == last
    if is_eind and not Resultaat.all_municipalities.filter(zaak=zaak).exists():
        # zrc-007: a zaak needs a resultaat before it closes.
        raise RuleViolation(
            "statustype",
            "resultaat-does-not-exist",
            _("Geef de zaak eerst een resultaat voordat u hem afsluit."),
        )
    datum = datum_status_gezet or timezone.now()
    before = zaak_data_light(zaak)
    with activate(zaak.municipality):
        status = Status.objects.create(
            municipality_id=zaak.municipality_id,
            zaak=zaak,
            statustype=statustype,
            datum_status_gezet=datum,
            statustoelichting=statustoelichting,
            gezetdoor=gezetdoor,
        )
        if zaak.status is None or datum >= zaak.status.datum_status_gezet:
            zaak.status = status
            if is_eind:
                zaak.einddatum = (
                    timezone.localtime(datum).date() if timezone.is_aware(datum) else datum.date()
                )
                _archive_on_close(zaak)
            elif zaak.is_closed:
                # zrc-008: reopened.
                zaak.einddatum = None
                zaak.archiefactiedatum = None
                zaak.archiefnominatie = ""
            zaak.save(
                update_fields=["status", "einddatum", "archiefactiedatum", "archiefnominatie"]
            )
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="create",
            resource="status",
            obj=status,
            weergave=statustype.omschrijving,
            nieuw={**status_data(status, ""), "zaakVoorheen": before},
        )
    return status


def zaak_data_light(zaak: Zaak) -> dict:
    return {"einddatum": zaak.einddatum.isoformat() if zaak.einddatum else None}


def _bsn_of(betrokkene_type: str, identificatie: dict) -> str:
    if betrokkene_type != "natuurlijk_persoon":
        return ""
    return (identificatie or {}).get("inpBsn", "") or ""


@transaction.atomic
def add_rol(
    zaak: Zaak,
    *,
    roltype: RolType,
    betrokkene_type: str,
    betrokkene: str = "",
    betrokkene_identificatie: dict | None = None,
    roltoelichting: str = "",
    afwijkende_naam_betrokkene: str = "",
    indicatie_machtiging: str = "",
    actor: audit.Actor = audit.PLATFORM,
    forced: bool = False,
) -> Rol:
    _ensure_open(zaak, forced)
    if roltype.zaaktype_id != zaak.zaaktype_id:
        # zrc-019
        raise RuleViolation(
            "roltype",
            "zaaktype-mismatch",
            _("Dit roltype hoort niet bij het zaaktype van de zaak."),
        )
    if not betrokkene and not betrokkene_identificatie:
        raise RuleViolation(
            "betrokkeneIdentificatie",
            "invalid-betrokkene",
            _("Geef de betrokkene of zijn identificatie."),
        )
    bsn = _bsn_of(betrokkene_type, betrokkene_identificatie or {})
    if bsn and not (bsn.isdigit() and len(bsn) == 9):
        raise RuleViolation(
            "betrokkeneIdentificatie.inpBsn", "invalid", _("Een BSN heeft 9 cijfers.")
        )
    with activate(zaak.municipality):
        rol = Rol.objects.create(
            municipality_id=zaak.municipality_id,
            zaak=zaak,
            roltype=roltype,
            betrokkene_type=betrokkene_type,
            betrokkene=betrokkene,
            betrokkene_identificatie=betrokkene_identificatie or {},
            inp_bsn=bsn,
            omschrijving=roltype.omschrijving,
            omschrijving_generiek=roltype.omschrijving_generiek,
            roltoelichting=roltoelichting,
            afwijkende_naam_betrokkene=afwijkende_naam_betrokkene,
            indicatie_machtiging=indicatie_machtiging,
        )
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="create",
            resource="rol",
            obj=rol,
            weergave=rol.omschrijving,
            nieuw=rol_data(rol, ""),
        )
    return rol


@transaction.atomic
def delete_rol(rol: Rol, *, actor: audit.Actor = audit.PLATFORM, forced: bool = False) -> None:
    zaak = rol.zaak
    _ensure_open(zaak, forced)
    with activate(zaak.municipality):
        before = rol_data(rol, "")
        rol.delete()
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="destroy",
            resource="rol",
            obj=rol,
            weergave=before["omschrijving"],
            oud=before,
        )


@transaction.atomic
def set_result(
    zaak: Zaak,
    *,
    resultaattype: ResultaatType,
    toelichting: str = "",
    actor: audit.Actor = audit.PLATFORM,
    forced: bool = False,
) -> Resultaat:
    _ensure_open(zaak, forced)
    if resultaattype.zaaktype_id != zaak.zaaktype_id:
        # zrc-020
        raise RuleViolation(
            "resultaattype",
            "zaaktype-mismatch",
            _("Dit resultaattype hoort niet bij het zaaktype van de zaak."),
        )
    if Resultaat.all_municipalities.filter(zaak=zaak).exists():
        raise RuleViolation("zaak", "unique", _("Deze zaak heeft al een resultaat."))
    with activate(zaak.municipality):
        resultaat = Resultaat.objects.create(
            municipality_id=zaak.municipality_id,
            zaak=zaak,
            resultaattype=resultaattype,
            toelichting=toelichting,
        )
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="create",
            resource="resultaat",
            obj=resultaat,
            weergave=resultaattype.omschrijving,
            nieuw=resultaat_data(resultaat, ""),
        )
    return resultaat


@transaction.atomic
def update_result(
    resultaat: Resultaat,
    *,
    actor: audit.Actor = audit.PLATFORM,
    forced: bool = False,
    resultaattype: ResultaatType | None = None,
    toelichting: str | None = None,
) -> Resultaat:
    zaak = resultaat.zaak
    _ensure_open(zaak, forced)
    before = resultaat_data(resultaat, "")
    if resultaattype is not None:
        if resultaattype.zaaktype_id != zaak.zaaktype_id:
            raise RuleViolation(
                "resultaattype",
                "zaaktype-mismatch",
                _("Dit resultaattype hoort niet bij het zaaktype van de zaak."),
            )
        resultaat.resultaattype = resultaattype
    if toelichting is not None:
        resultaat.toelichting = toelichting
    with activate(zaak.municipality):
        resultaat.save()
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="partial_update",
            resource="resultaat",
            obj=resultaat,
            weergave=resultaat.resultaattype.omschrijving,
            oud=before,
            nieuw=resultaat_data(resultaat, ""),
        )
    return resultaat


@transaction.atomic
def delete_result(
    resultaat: Resultaat, *, actor: audit.Actor = audit.PLATFORM, forced: bool = False
) -> None:
    zaak = resultaat.zaak
    _ensure_open(zaak, forced)
    with activate(zaak.municipality):
        before = resultaat_data(resultaat, "")
        resultaat.delete()
        audit.record(
            actor=actor,
            zaak=zaak,
            actie="destroy",
            resource="resultaat",
            obj=resultaat,
            weergave=before["toelichting"][:200],
            oud=before,
        )
