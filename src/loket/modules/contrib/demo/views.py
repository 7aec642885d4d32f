"""The resident flow: one form, then a confirmation with the case number."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from loket.modules.facades import (
    render_message,
    resident_actor,
    resident_bsn,
    resident_zaak,
    service_view,
    start_zaak,
)
from loket.registry.facade import person_summary

from .forms import CATEGORIES, MeldingForm
from .module import IDENTIFIER

PURPOSE = "melding openbare ruimte: melder tonen"


def _reporter(request):
    """The resident's name and address, to show who reports; the read is in the processing log."""
    bsn = resident_bsn(request)
    return person_summary(bsn, actor=resident_actor(bsn), purpose=PURPOSE)


@service_view(IDENTIFIER)
def start(request):
    form = MeldingForm(data=request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        zaak = start_zaak(
            module=request.service_module,
            municipality=request.municipality,
            bsn=resident_bsn(request),
            omschrijving=f"Melding: {dict(CATEGORIES)[data['category']]}",
            toelichting=f"{data['location']}\n\n{data['description']}",
        )
        return redirect(reverse(f"{IDENTIFIER}:received", args=[zaak.uuid]))
    return render(
        request,
        "demo/start.html",
        {"form": form, "reporter": _reporter(request), "options": request.module_options},
    )


@service_view(IDENTIFIER)
def received(request, zaak_uuid):
    zaak = resident_zaak(request, zaak_uuid)
    if zaak is None:
        raise Http404
    subject, body = render_message(
        request.service_module, "received", {"zaak": zaak, "options": request.module_options}
    )
    return render(request, "demo/received.html", {"zaak": zaak, "subject": subject, "body": body})
