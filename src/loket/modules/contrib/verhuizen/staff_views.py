"""Staff pages: the moves declared to this municipality (to decide the ones that need a person)
and the residents who left it (vertrek). Only rows of the staff member's own municipality."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string

from loket.modules.facades import module_zaken_for_staff, staff_task_view, staff_zaak

from . import actions
from .forms import DecisionForm
from .models import Declaration, Departure, State
from .module import IDENTIFIER


@staff_task_view(IDENTIFIER)
def queue(request):
    zaken = module_zaken_for_staff(request)
    declarations = {
        d.zaak_uuid: d
        for d in Declaration.objects.filter(municipality=request.user.municipality, zaak_uuid__in=[z.uuid for z in zaken])
    }
    rows = [(zaak, declarations.get(zaak.uuid)) for zaak in zaken]
    return render(request, "verhuizen/staff_queue.html", {"rows": rows, "State": State})


@staff_task_view(IDENTIFIER)
def detail(request, zaak_uuid):
    zaak = staff_zaak(request, zaak_uuid)
    if zaak is None:
        raise Http404
    declaration = Declaration.objects.filter(municipality=request.user.municipality, zaak_uuid=zaak.uuid).first()
    decidable = declaration is not None and declaration.state == State.REVIEW
    form = DecisionForm(data=request.POST if request.method == "POST" and decidable else None)
    if form.is_bound and form.is_valid():
        reason = form.cleaned_data["reden"]
        if form.cleaned_data["besluit"] == "goedkeuren":
            actions.approve(declaration, reason=reason)
        else:
            actions.refuse(declaration, reason)
        return redirect(f"{IDENTIFIER}-staff:detail", zaak_uuid=zaak.uuid)
    return render(
        request,
        "verhuizen/staff_detail.html",
        {"zaak": zaak, "declaration": declaration, "form": form if decidable else None},
    )


@staff_task_view(IDENTIFIER)
def departures(request):
    rows = Departure.objects.filter(municipality=request.user.municipality).select_related("declaration")[:200]
    return render(request, "verhuizen/staff_departures.html", {"departures": rows})


def case_panel(request, zaak):
    """The back office's task panel (descriptor `case_panel`): the declaration and, for a case in
    review (address investigation, no consent), the decision with a reason the resident reads."""
    declaration = Declaration.objects.filter(municipality_id=zaak.municipality_id, zaak_uuid=zaak.uuid).first()
    decidable = declaration is not None and declaration.state == State.REVIEW
    data = request.POST if request.method == "POST" and decidable else None
    form = DecisionForm(data=data, prefix="verhuizing")
    if form.is_bound and form.is_valid():
        reason = form.cleaned_data["reden"]
        if form.cleaned_data["besluit"] == "goedkeuren":
            actions.approve(declaration, reason=reason)
        else:
            actions.refuse(declaration, reason)
        return redirect(request.case_url)
    context = {"declaration": declaration, "form": form if decidable else None, "panel_url": request.panel_url}
    return render_to_string("verhuizen/staff_panel.html", context, request=request)
