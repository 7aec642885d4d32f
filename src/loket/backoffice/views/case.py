"""The case page and its actions. Each action is a POST to its own URL; on bad input the case
page is shown again with the form's errors (status 400) and nothing is stored."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from loket.components.documenten import content as stored_content

from .. import case as selectors
from .. import services
from ..access import case_handler_required, case_or_404
from ..forms import (
    AssignForm,
    DecisionForm,
    DocumentForm,
    InformationRequestForm,
    NoteForm,
    StatusForm,
)
from ..panels import call_panel, panel_title, rendered
from ..rights import handlers_of


def _forms(zaak, user, bound: dict) -> dict:
    return {
        "assign_form": bound.get("assign") or AssignForm(handlers=handlers_of(zaak), initial={"medewerker": user.pk}),
        "status_form": bound.get("status_change") or StatusForm(statustypen=selectors.next_statustypen(zaak)),
        "information_form": bound.get("information") or InformationRequestForm(),
        "decision_form": bound.get("decision")
        or DecisionForm(resultaattypen=selectors.resultaattypen(zaak), besluittypen=selectors.besluittypen(zaak)),
        "note_form": bound.get("note") or NoteForm(),
        "document_form": bound.get("document") or DocumentForm(),
    }


def _page(request, zaak, *, http_status: int = 200, panel_answer=None, **bound) -> HttpResponse:
    module, answer = panel_answer if panel_answer is not None else call_panel(request, zaak)
    panel = rendered(module, answer)
    handler = selectors.handler_of(zaak)
    context = {
        "zaak": zaak,
        "parties": selectors.parties(zaak, request.user),
        "eigenschappen": selectors.eigenschappen(zaak),
        "timeline": selectors.timeline(zaak),
        "documents": selectors.documents(zaak),
        "contacts": selectors.contacts(zaak),
        "notes": selectors.notes(zaak),
        "besluiten": selectors.besluiten(zaak),
        "trail": selectors.audit_trail(zaak),
        "handler": handler,
        "is_mine": bool(handler and handler.betrokkene_identificatie.get("identificatie") == request.user.get_username()),
        "panel": panel,
        "module_decides": bool(panel and panel.decides),
        **_forms(zaak, request.user, bound),
    }
    return render(request, "backoffice/case.html", context, status=http_status)


@case_handler_required
@require_GET
def case_page(request, uuid):
    return _page(request, case_or_404(request.user, uuid))


def _refused(request, zaak, error) -> HttpResponse:
    messages.error(request, getattr(error, "message", None) or str(error))
    return redirect("backoffice:case", uuid=zaak.uuid)


def _done(request, zaak, text: str) -> HttpResponse:
    messages.success(request, text)
    return redirect("backoffice:case", uuid=zaak.uuid)


ACTION_ERRORS = (services.ActionNotAllowed, services.RuleViolation)


@case_handler_required
@require_POST
def assign(request, uuid):
    zaak = case_or_404(request.user, uuid)
    if zaak.is_closed:
        return _refused(request, zaak, _("Deze zaak is afgesloten."))
    try:
        if request.POST.get("actie") == "vrijgeven":
            services.unassign(zaak, by=request.user)
            return _done(request, zaak, _("De zaak is niet meer toegewezen."))
        form = AssignForm(request.POST, handlers=handlers_of(zaak))
        if not form.is_valid():
            return _page(request, zaak, http_status=400, assign=form)
        services.assign(zaak, to=form.cleaned_data["medewerker"], by=request.user)
    except ACTION_ERRORS as error:
        return _refused(request, zaak, error)
    return _done(request, zaak, _("De zaak is toegewezen."))


@case_handler_required
@require_POST
def change_status(request, uuid):
    zaak = case_or_404(request.user, uuid)
    form = StatusForm(request.POST, statustypen=selectors.next_statustypen(zaak))
    if not form.is_valid():
        return _page(request, zaak, http_status=400, status_change=form)
    try:
        services.change_status(
            zaak, statustype=form.cleaned_data["statustype"], toelichting=form.cleaned_data["toelichting"], by=request.user
        )
    except ACTION_ERRORS as error:
        return _refused(request, zaak, error)
    return _done(request, zaak, _("De status is gewijzigd."))


@case_handler_required
@require_POST
def ask_information(request, uuid):
    zaak = case_or_404(request.user, uuid)
    form = InformationRequestForm(request.POST)
    if not form.is_valid():
        return _page(request, zaak, http_status=400, information=form)
    try:
        services.ask_information(
            zaak, question=form.cleaned_data["vraag"], answer_before=form.cleaned_data["antwoord_voor"], by=request.user
        )
    except ACTION_ERRORS as error:
        return _refused(request, zaak, error)
    return _done(request, zaak, _("De vraag staat in Mijn Loket van de inwoner. De termijn staat stil tot het antwoord."))


@case_handler_required
@require_POST
def decide(request, uuid):
    zaak = case_or_404(request.user, uuid)
    form = DecisionForm(request.POST, resultaattypen=selectors.resultaattypen(zaak), besluittypen=selectors.besluittypen(zaak))
    if not form.is_valid():
        return _page(request, zaak, http_status=400, decision=form)
    try:
        services.decide(
            zaak,
            resultaattype=form.cleaned_data["resultaattype"],
            reason=form.cleaned_data["reden"],
            besluittype=form.cleaned_data["besluittype_obj"],
            by=request.user,
        )
    except ACTION_ERRORS as error:
        return _refused(request, zaak, error)
    return _done(request, zaak, _("Het besluit is vastgelegd en de zaak is afgesloten. De inwoner krijgt een bericht."))


@case_handler_required
@require_POST
def add_note(request, uuid):
    zaak = case_or_404(request.user, uuid)
    form = NoteForm(request.POST)
    if not form.is_valid():
        return _page(request, zaak, http_status=400, note=form)
    services.add_note(zaak, text=form.cleaned_data["notitie"], by=request.user)
    return _done(request, zaak, _("De notitie is opgeslagen."))


@case_handler_required
@require_POST
def upload_document(request, uuid):
    zaak = case_or_404(request.user, uuid)
    form = DocumentForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, zaak, http_status=400, document=form)
    try:
        services.upload_document(zaak, title=form.cleaned_data["titel"], upload=form.cleaned_data["bestand"], by=request.user)
    except ACTION_ERRORS as error:
        form.add_error("bestand", getattr(error, "message", None) or str(error))
        return _page(request, zaak, http_status=400, document=form)
    return _done(request, zaak, _("Het document is toegevoegd."))


@case_handler_required
@require_GET
def download_document(request, uuid, document_uuid):
    zaak = case_or_404(request.user, uuid)
    found = selectors.document_of(zaak, document_uuid)
    if found is None:
        raise Http404
    _document, versie = found
    if not versie.inhoud:
        raise Http404
    response = FileResponse(
        stored_content.open_content(versie.inhoud),
        as_attachment=True,
        filename=versie.bestandsnaam or "document",
        content_type=versie.content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@case_handler_required
@require_POST
def case_panel(request, uuid):
    """A POST to the module's task panel: the module acts; the step is recorded with the handler."""
    zaak = case_or_404(request.user, uuid)
    with transaction.atomic():
        module, answer = call_panel(request, zaak)
        if module is None or answer is None:
            raise Http404
        if isinstance(answer, HttpResponse):
            if answer.status_code in (301, 302, 303):
                services.record_panel_step(zaak, panel_title=panel_title(module), by=request.user)
            return answer
    zaak.refresh_from_db()
    return _page(request, zaak, http_status=400, panel_answer=(module, answer))
