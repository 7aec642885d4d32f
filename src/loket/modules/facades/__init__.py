"""What service modules use of the module framework (next to the core facades).

- `service_view(identifier)` / `staff_task_view(identifier)`: decorators for a module's views.
  They let through only a logged-in resident (or staff member) of a municipality that switched
  the module on, and set `request.service_module` and `request.module_options`.
- `start_zaak(...)`: a well-formed zaak for the resident: initiator rol with the BSN, the first
  status, the deadline (startdatum + doorlooptijd), in the municipality's own catalogus.
- `resident_zaak(request, uuid)` / `staff_zaak(request, uuid)`: one of the module's zaken, only
  within the request's municipality (else None: answer 404).
- `resident_actor(bsn)`: who to name in the processing log when the resident reads data.
- `render_message(...)`: one of the module's message templates, filled in.
"""

from __future__ import annotations

import datetime
from functools import wraps

from django.shortcuts import render
from django.template import Context, Template
from django.utils.translation import get_language

from loket.accounts.constants import StaffRole
from loket.authentication.decorators import is_verified_staff, login_redirect, resident_required
from loket.components import facade as zgw
from loket.components.zaken.models import Zaak
from loket.privacy.actors import Actor as ProcessingActor

from ..base import ServiceModule
from ..registry import register
from ..selectors import enabled_options

__all__ = [
    "ModuleUnavailable",
    "deadline",
    "register",
    "module_zaken_for_staff",
    "render_message",
    "resident_actor",
    "resident_bsn",
    "resident_zaak",
    "service_view",
    "staff_task_view",
    "staff_zaak",
    "start_zaak",
]


class ModuleUnavailable(Exception):
    """The module is not switched on (or its zaaktype takes no new cases) in this municipality."""


def _not_available(request, module: ServiceModule | None, status: int = 404):
    return render(request, "modules/not_available.html", {"service_module": module}, status=status)


def service_view(identifier: str):
    """For a module's resident views: a logged-in resident whose municipality has it switched on."""

    def decorator(view):
        @wraps(view)
        @resident_required
        def wrapper(request, *args, **kwargs):
            module = register.get(identifier)
            options = enabled_options(getattr(request, "municipality", None), identifier)
            if options is None:
                return _not_available(request, module)
            request.service_module = module
            request.module_options = options
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def _is_fully_logged_in_staff(user) -> bool:
    return bool(user.municipality_id) and is_verified_staff(user) and user.role in (
        StaffRole.CASE_HANDLER,
        StaffRole.FUNCTIONAL_ADMINISTRATOR,
    )


def staff_task_view(identifier: str):
    """For a module's staff views: staff of a municipality that has the module switched on."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            user = request.user
            if not user.is_authenticated:
                return login_redirect(request, "authentication:staff-login")
            module = register.get(identifier)
            if not _is_fully_logged_in_staff(user):
                return _not_available(request, module, status=403)
            options = enabled_options(user.municipality, identifier)
            if options is None:
                return _not_available(request, module)
            request.service_module = module
            request.module_options = options
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def resident_bsn(request) -> str:
    return request.identity.identifier


def resident_actor(bsn: str) -> ProcessingActor:
    return ProcessingActor.resident(bsn)


def start_zaak(
    *,
    module: ServiceModule,
    municipality,
    bsn: str,
    zaaktype_identificatie: str = "",
    omschrijving: str = "",
    toelichting: str = "",
) -> Zaak:
    """Create the resident's zaak with its initiator, first status and deadline, in one transaction."""
    identificatie = zaaktype_identificatie or module.descriptor.zaaktypen[0].identificatie
    zaaktype = zgw.zaaktype_for(municipality, identificatie)
    if zaaktype is None or zaaktype.municipality_id != municipality.pk:
        raise ModuleUnavailable(identificatie)
    actor = zgw.Actor(
        applicatie_id=f"loket-module-{module.identifier}",
        applicatie_weergave=f"Loket: {module.descriptor.title_nl}"[:200],
        gebruikers_weergave="Inwoner (DigiD)",
    )
    return zgw.start_zaak_for_resident(
        zaaktype, bsn, omschrijving=omschrijving, toelichting=toelichting, actor=actor
    )


def _module_zaken(module: ServiceModule, municipality):
    return Zaak.all_municipalities.filter(
        municipality=municipality, zaaktype__identificatie__in=module.zaaktype_identificaties()
    ).select_related("zaaktype", "status", "status__statustype")


def resident_zaak(request, uuid) -> Zaak | None:
    """One of this module's zaken of the logged-in resident, in their municipality; else None."""
    module = request.service_module
    zaken = zgw.zaken_of_resident(resident_bsn(request), [request.municipality.pk])
    return _module_zaken(module, request.municipality).filter(pk__in=zaken.values("pk"), uuid=uuid).first()


def staff_zaak(request, uuid) -> Zaak | None:
    """One of this module's zaken in the staff member's own municipality; else None."""
    return _module_zaken(request.service_module, request.user.municipality).filter(uuid=uuid).first()


def module_zaken_for_staff(request, limit: int = 50) -> list[Zaak]:
    """This module's zaken in the staff member's municipality, deadline first."""
    return list(
        _module_zaken(request.service_module, request.user.municipality).order_by(
            "uiterlijke_einddatum_afdoening", "pk"
        )[:limit]
    )


def render_message(module: ServiceModule, key: str, context: dict) -> tuple[str, str]:
    """(subject, body) of a message template, in the active language (Dutch if no English)."""
    message = module.message(key)
    if message is None:
        raise KeyError(f"{module.identifier} has no message template {key!r}")
    english = (get_language() or "nl").startswith("en")
    subject = message.subject_en if english and message.subject_en else message.subject_nl
    body = message.body_en if english and message.body_en else message.body_nl
    filled = Context({"module": module, **context}, autoescape=False)
    return Template(subject).render(filled).strip(), Template(body).render(filled).strip()


def deadline(zaak: Zaak) -> datetime.date | None:
    return zaak.uiterlijke_einddatum_afdoening
