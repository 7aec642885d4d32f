"""The declarant's flow: one form, then the case page (with the upload of a statement sent later).

Undertakers log in with eHerkenning, relatives with DigiD; the case goes to the municipality of
death, which must have the module switched on (checked in processing.checked_declaration).
"""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from loket.components.facade import RuleViolation
from loket.components.facade.steps import current_status_name
from loket.modules.facades import ModuleUnavailable
from loket.modules.facades.business import declarant_view, declarant_zaak
from loket.registry.facade.deaths import RegistryError

from . import zaaktype as zt
from .forms import DeclarationForm, StatementForm
from .module import IDENTIFIER
from .processing import Statement, add_statement, checked_declaration, declare

UPLOAD_PARAMS = {"inhoud", "formaat", "bestandsnaam"}


def _statement(upload) -> Statement | None:
    if not upload:
        return None
    return Statement(name=upload.name, content=upload.read())


@declarant_view(IDENTIFIER)
def start(request):
    declarant = request.declarant
    posted = request.method == "POST"
    form = DeclarationForm(
        data=request.POST if posted else None,
        files=request.FILES if posted else None,
        for_business=declarant.is_business,
    )
    if posted and form.is_valid():
        declaration = checked_declaration(
            form,
            declarant=declarant,
            own_municipality=getattr(request, "municipality", None),
            identifier=IDENTIFIER,
        )
        if declaration is not None:
            try:
                zaak = declare(
                    module=request.service_module,
                    declarant=declarant,
                    declaration=declaration,
                    statement=_statement(form.cleaned_data.get("statement")),
                )
            except RuleViolation as error:
                upload_problem = error.params[0].name in UPLOAD_PARAMS
                form.add_error("statement" if upload_problem else None, _violation_message(error))
            except RegistryError as error:
                form.add_error(None, str(error.message))
            except ModuleUnavailable:
                form.add_error("death_municipality", _unavailable_message())
            else:
                return redirect(reverse(f"{IDENTIFIER}:received", args=[zaak.uuid]))
    return render(
        request,
        "overlijden/start.html",
        {"form": form, "options": request.module_options, "declarant": declarant},
    )


def _unavailable_message() -> str:
    return _("Deze gemeente neemt nog geen aangifte van overlijden online aan.")


@declarant_view(IDENTIFIER)
def received(request, zaak_uuid):
    zaak = declarant_zaak(request, zaak_uuid)
    if zaak is None:
        raise Http404
    status = current_status_name(zaak)
    waiting = status == zt.RECEIVED
    form = StatementForm(
        data=request.POST if request.method == "POST" else None,
        files=request.FILES if request.method == "POST" else None,
    )
    if waiting and request.method == "POST" and form.is_valid():
        try:
            add_statement(
                zaak,
                module=request.service_module,
                declarant=request.declarant,
                statement=_statement(form.cleaned_data["statement"]),
            )
        except RuleViolation as error:
            form.add_error("statement", _violation_message(error))
        except RegistryError as error:
            form.add_error(None, str(error.message))
        else:
            return redirect(reverse(f"{IDENTIFIER}:received", args=[zaak.uuid]))
    return render(
        request,
        "overlijden/received.html",
        {
            "zaak": zaak,
            "status": status,
            "waiting_for_statement": waiting,
            "awaiting_permission": status == zt.AWAITING_PERMISSION,
            "form": form,
        },
    )


def _violation_message(error: RuleViolation) -> str:
    """The Dutch reason(s) of a refused upload (type, size, name), to show next to the field."""
    return " ".join(param.reason for param in error.params)
