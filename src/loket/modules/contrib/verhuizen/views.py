"""The resident flow: new address and date → who moves along → check and send → confirmation.
Four screens; what is filled in waits in the session until it is sent. Plus the consent page."""

from __future__ import annotations

import datetime

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from loket.modules.facades import resident_actor, resident_bsn, service_view
from loket.registry.facade import moves

from . import actions, checks
from .forms import AddressForm, ConfirmForm, ConsentForm, MoversForm, describe_member
from .models import Consent, Declaration, State
from .module import IDENTIFIER
from .suggestions import suggestions_for

SESSION_KEY = "verhuizen-concept"
PURPOSE_HOUSEHOLD = "verhuizing doorgeven: huisgenoten tonen die mee kunnen verhuizen"
PURPOSE_CONSENT = "verhuizing doorgeven: toestemming vragen aan de hoofdbewoner"
STEPS = 3


def _draft(request) -> dict:
    return request.session.get(SESSION_KEY) or {}


def _save(request, **values) -> None:
    request.session[SESSION_KEY] = {**_draft(request), **values}


def _address(draft: dict):
    return moves.address_by_id(draft["address_id"]) if draft.get("address_id") else None


def _context(request, step: int, **extra) -> dict:
    return {"step": step, "steps": STEPS, "options": request.module_options, **extra}


@service_view(IDENTIFIER)
def start(request):
    draft = _draft(request)
    initial = {k: draft[k] for k in ("postcode", "huisnummer", "huisletter", "toevoeging", "verhuisdatum") if k in draft}
    form = AddressForm(data=request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        address = checks.check_address_and_date(form, resident_bsn(request), timezone.localdate())
        if address is not None:
            data = form.cleaned_data
            _save(
                request,
                address_id=address.id,
                postcode=data["postcode"],
                huisnummer=data["huisnummer"],
                huisletter=data.get("huisletter") or "",
                toevoeging=data.get("toevoeging") or "",
                verhuisdatum=data["verhuisdatum"].isoformat(),
            )
            return redirect(f"{IDENTIFIER}:meeverhuizers")
    return render(request, "verhuizen/start.html", _context(request, 1, form=form))


def _members(request, draft):
    bsn = resident_bsn(request)
    moving_date = datetime.date.fromisoformat(draft["verhuisdatum"])
    return moves.household_members(bsn, on=moving_date, actor=resident_actor(bsn), purpose=PURPOSE_HOUSEHOLD)


@service_view(IDENTIFIER)
def movers(request):
    draft = _draft(request)
    address = _address(draft)
    if address is None:
        return redirect(f"{IDENTIFIER}:start")
    members = _members(request, draft)
    initial = {"meeverhuizers": draft.get("movers", []), "toestemming_vragen": draft.get("ask", [])}
    form = MoversForm(data=request.POST if request.method == "POST" else None, initial=initial, members=members)
    if request.method == "POST" and form.is_valid():
        chosen = form.cleaned_data["meeverhuizers"]
        for problem in checks.mover_problems(
            chosen, declarant_bsn=resident_bsn(request), address_id=address.id, today=timezone.localdate()
        ):
            form.add_error("meeverhuizers", problem)
        if not form.errors:
            _save(request, movers=chosen, ask=form.cleaned_data.get("toestemming_vragen") or [])
            return redirect(f"{IDENTIFIER}:controleren")
    return render(request, "verhuizen/movers.html", _context(request, 2, form=form, address=address, members=members))


@service_view(IDENTIFIER)
def confirm(request):
    draft = _draft(request)
    address = _address(draft)
    if address is None or "movers" not in draft:
        return redirect(f"{IDENTIFIER}:start")
    bsn = resident_bsn(request)
    moving_date = datetime.date.fromisoformat(draft["verhuisdatum"])
    today = timezone.localdate()
    form = ConfirmForm(data=request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        for problem in checks.mover_problems(draft["movers"], declarant_bsn=bsn, address_id=address.id, today=today):
            form.add_error("verklaring", problem)
        running = checks.open_move(bsn)
        if running is not None:
            form.add_error("verklaring", checks.double_move_message(running))
        if not form.errors:
            declaration = actions.submit(
                declarant_bsn=bsn,
                draft=actions.Draft(address=address, moving_date=moving_date, movers=draft["movers"], ask_consent=draft.get("ask", [])),
                email=form.cleaned_data.get("email") or "",
            )
            request.session.pop(SESSION_KEY, None)
            return redirect(f"{IDENTIFIER}:received", zaak_uuid=declaration.zaak_uuid)
    chosen = set(draft["movers"])
    members = [describe_member(m) for m in _members(request, draft) if m.bsn in chosen]
    return render(
        request,
        "verhuizen/confirm.html",
        _context(
            request,
            3,
            form=form,
            address=address,
            moving_date=moving_date,
            is_late=checks.is_late(moving_date, today),
            members=members,
            asks_consent=bool(draft.get("ask")),
        ),
    )


@service_view(IDENTIFIER)
def received(request, zaak_uuid):
    declaration = Declaration.objects.filter(zaak_uuid=zaak_uuid, declarant_bsn=resident_bsn(request)).select_related("municipality").first()
    if declaration is None:
        raise Http404
    zaak = actions.zaak_of(declaration)
    return render(
        request,
        "verhuizen/received.html",
        {
            "declaration": declaration,
            "zaak": zaak,
            "State": State,
            "waiting": declaration.consents.filter(given__isnull=True).exists(),
            "suggestions": suggestions_for(declaration.municipality),
        },
    )


@service_view(IDENTIFIER)
def consent(request, token):
    consent = get_object_or_404(
        Consent.objects.select_related("declaration", "declaration__municipality"), token=token, bsn=resident_bsn(request)
    )
    declaration = consent.declaration
    form = ConsentForm(data=request.POST if request.method == "POST" and consent.given is None else None)
    if form.is_bound and form.is_valid():
        actions.answer_consent(consent, form.cleaned_data["antwoord"] == "ja")
        return redirect(f"{IDENTIFIER}:toestemming", token=token)
    declarant = moves.person_states(
        [declaration.declarant_bsn], on=timezone.localdate(), actor=resident_actor(consent.bsn), purpose=PURPOSE_CONSENT
    ).get(declaration.declarant_bsn)
    return render(
        request,
        "verhuizen/consent.html",
        {
            "consent": consent,
            "declaration": declaration,
            "declarant_name": declarant.name if declarant else "",
            "persons": len(declaration.mover_bsns),
            "form": form,
            "mijn_loket": reverse("portal:mijn-loket"),
        },
    )
