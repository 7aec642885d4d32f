"""What modules, the portal and the back office may use of the ZGW components.

The same rules as the API (the services are shared); every call is one transaction with an
audit-trail row. The caller decides who may do this; pass an `Actor` to say who did it.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loket.accounts.validators import is_valid_bsn
from loket.components.catalogi.models import ResultaatType, RolType, StatusType, ZaakType
from loket.components.common.errors import ActionNotAllowed, RuleViolation
from loket.components.zaken import services
from loket.components.zaken.audit import PLATFORM, Actor
from loket.components.zaken.models import Resultaat, Rol, Status, Zaak
from loket.components.zaken.selectors import zaken_of_resident

__all__ = [
    "Actor",
    "ActionNotAllowed",
    "RuleViolation",
    "close",
    "create_zaak_for_resident",
    "set_result",
    "set_status",
    "zaken_of_resident",
]


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
