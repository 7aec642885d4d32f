"""For modules whose declarants may be professionals: a business (eHerkenning, KVK) or a resident.

- `declarant_view(identifier, residents=True, businesses=True)`: like `service_view`, but lets
  through a logged-in business and/or resident, whatever municipality they live in; the module
  decides where the case goes and checks with `enabled_in` that the module is on there. Sets
  `request.declarant`, `request.service_module` and `request.module_options` (the own
  municipality's options for a resident who has it switched on, else the module's defaults).
- `business_view(identifier)`: the same, for businesses only.
- `start_zaak_for_declarant(...)`: a well-formed zaak in the given municipality with the
  declarant as initiator (by BSN, or by KVK number as niet-natuurlijk persoon).
- `declarant_zaak(request, uuid)`: one of the module's zaken that this declarant started, in any
  municipality (the case lives where the module put it); else None.
- `informatieobjecttype_named(zaak, omschrijving)`: the zaaktype's document type by its name;
  `eigenschappen_of(zaak)`: its eigenschappen by naam (both belong in components.facade.steps).
- `processing_actor(declarant)`: who the processing log names for the declarant's reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import wraps

from django.db import transaction
from django.utils import timezone

from loket.accounts.constants import IdentityKind
from loket.authentication.decorators import login_redirect
from loket.components import facade as zgw
from loket.components.catalogi.models import StatusType, ZaakTypeInformatieObjectType
from loket.components.facade.steps import add_betrokkene
from loket.components.zaken import services as zaken_services
from loket.components.zaken.models import Rol, Zaak, ZaakEigenschap
from loket.privacy.actors import Actor as ProcessingActor
from loket.privacy.constants import ActorKind
from loket.privacy.subjects import subject_reference

from ..base import ServiceModule
from ..registry import register
from ..selectors import enabled_options
from . import ModuleUnavailable, _not_available

__all__ = [
    "Declarant",
    "business_view",
    "declarant_actor",
    "declarant_view",
    "declarant_zaak",
    "eigenschappen_of",
    "enabled_in",
    "informatieobjecttype_named",
    "processing_actor",
    "staff_processing_actor",
    "start_zaak_for_declarant",
]


@dataclass(frozen=True)
class Declarant:
    """Who is logged in to declare: a resident (BSN) or a business (KVK number)."""

    kind: str
    identifier: str
    name: str = ""

    @property
    def is_business(self) -> bool:
        return self.kind == IdentityKind.BUSINESS

    @property
    def bsn(self) -> str:
        return "" if self.is_business else self.identifier

    @property
    def kvk(self) -> str:
        return self.identifier if self.is_business else ""


def enabled_in(municipality, identifier: str) -> dict | None:
    """The module's options in this municipality if it is switched on there, else None."""
    return enabled_options(municipality, identifier)


def declarant_view(identifier: str, *, residents: bool = True, businesses: bool = True):
    """For a module's views whose users declare for someone else (a death, an event)."""
    allowed = {IdentityKind.RESIDENT} if residents else set()
    if businesses:
        allowed.add(IdentityKind.BUSINESS)

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            identity = getattr(request, "identity", None)
            if identity is None:
                return login_redirect(request)
            module = register.get(identifier)
            if identity.kind not in allowed or module is None:
                return _not_available(request, module, status=403)
            request.declarant = Declarant(identity.kind, identity.identifier, identity.display_name)
            request.service_module = module
            own = enabled_options(getattr(request, "municipality", None), identifier)
            request.module_options = own if own is not None else module.default_options()
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def business_view(identifier: str):
    """For a module's views only a business (eHerkenning) may use."""
    return declarant_view(identifier, residents=False)


def declarant_actor(module: ServiceModule, declarant: Declarant) -> zgw.Actor:
    """Who to name in the zaken audit trail for what the declarant does through the module."""
    who = "Organisatie (eHerkenning)" if declarant.is_business else "Inwoner (DigiD)"
    return zgw.Actor(
        applicatie_id=f"loket-module-{module.identifier}",
        applicatie_weergave=f"Loket: {module.descriptor.title_nl}"[:200],
        gebruikers_weergave=who,
    )


def start_zaak_for_declarant(
    *,
    module: ServiceModule,
    municipality,
    declarant: Declarant,
    omschrijving: str = "",
    toelichting: str = "",
    zaaktype_identificatie: str = "",
) -> Zaak:
    """A zaak in `municipality` (where the module is on) with the declarant as initiator, the first
    status and the deadline, in one transaction. Raises ModuleUnavailable when it is not on there."""
    identificatie = zaaktype_identificatie or module.descriptor.zaaktypen[0].identificatie
    zaaktype = zgw.zaaktype_for(municipality, identificatie)
    if zaaktype is None or zaaktype.municipality_id != municipality.pk:
        raise ModuleUnavailable(identificatie)
    actor = declarant_actor(module, declarant)
    if not declarant.is_business:
        return zgw.start_zaak_for_resident(
            zaaktype, declarant.bsn, omschrijving=omschrijving, toelichting=toelichting, actor=actor
        )
    startdatum = timezone.localdate()
    first = StatusType.all_municipalities.filter(zaaktype=zaaktype).order_by("volgnummer").first()
    with transaction.atomic():
        zaak = zaken_services.create_zaak(
            zaaktype=zaaktype,
            bronorganisatie=zaaktype.catalogus.rsin,
            verantwoordelijke_organisatie=zaaktype.catalogus.rsin,
            omschrijving=omschrijving[:80],
            toelichting=toelichting[:1000],
            startdatum=startdatum,
            uiterlijke_einddatum_afdoening=startdatum + zaaktype.doorlooptijd,
            einddatum_gepland=startdatum + (zaaktype.servicenorm or zaaktype.doorlooptijd),
            producten_of_diensten=list(zaaktype.producten_of_diensten),
            actor=actor,
        )
        add_betrokkene(
            zaak,
            omschrijving_generiek="initiator",
            kvk=declarant.kvk,
            naam=declarant.name or declarant.kvk,
            actor=actor,
        )
        if first is not None:
            zgw.set_status(zaak, first, toelichting=first.statustekst or first.omschrijving, actor=actor)
    return zaak


def declarant_zaak(request, uuid) -> Zaak | None:
    """One of the module's zaken this declarant started (initiator by BSN or KVK), else None."""
    module, declarant = request.service_module, request.declarant
    zaak = (
        Zaak.all_municipalities.filter(uuid=uuid, zaaktype__identificatie__in=module.zaaktype_identificaties())
        .select_related("zaaktype", "status", "status__statustype", "municipality")
        .first()
    )
    if zaak is None:
        return None
    initiators = Rol.all_municipalities.filter(zaak=zaak, omschrijving_generiek="initiator")
    for rol in initiators:
        if declarant.is_business and rol.betrokkene_identificatie.get("annIdentificatie") == declarant.kvk:
            return zaak
        if not declarant.is_business and rol.inp_bsn == declarant.bsn:
            return zaak
    return None


def informatieobjecttype_named(zaak: Zaak, omschrijving: str):
    """The zaaktype's published document type with this omschrijving (as in its definition), or None."""
    link = (
        ZaakTypeInformatieObjectType.all_municipalities.filter(
            zaaktype_id=zaak.zaaktype_id,
            informatieobjecttype__omschrijving=omschrijving,
            informatieobjecttype__concept=False,
        )
        .select_related("informatieobjecttype")
        .first()
    )
    return link.informatieobjecttype if link else None


def processing_actor(declarant: Declarant) -> ProcessingActor:
    """Who to name in the processing log when a declarant's action reads or changes personal data
    of someone else (so the person sees who it was, not "uzelf")."""
    if declarant.is_business:
        display = declarant.name or f"KVK {declarant.kvk}"
        return ProcessingActor(ActorKind.BUSINESS, declarant.kvk, f"{display} (eHerkenning)")
    return ProcessingActor(ActorKind.RESIDENT, subject_reference(declarant.bsn), "Nabestaande (DigiD)")


def eigenschappen_of(zaak: Zaak) -> dict[str, str]:
    """The zaak's eigenschappen by naam (the last value of each), whichever municipality is active."""
    return dict(
        ZaakEigenschap.all_municipalities.filter(zaak=zaak).order_by("pk").values_list("naam", "waarde")
    )


def staff_processing_actor(user) -> ProcessingActor:
    """The processing log's actor for a staff member's reads in a module's staff task."""
    return ProcessingActor.staff(user)
