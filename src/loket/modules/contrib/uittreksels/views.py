"""The resident flow: one form, then a confirmation with the case number."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from loket.modules.facades import (
    render_message,
    resident_bsn,
    resident_zaak,
    service_view,
    start_zaak,
)

from .forms import RequestForm
from .module import IDENTIFIER


@service_view(IDENTIFIER)
def start(request):
    form = RequestForm(data=request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        zaak = start_zaak(
            module=request.service_module,
            municipality=request.municipality,
            bsn=resident_bsn(request),
            omschrijving=form.cleaned_data["subject"],
            toelichting=form.cleaned_data["explanation"],
        )
        return redirect(reverse(f"{IDENTIFIER}:received", args=[zaak.uuid]))
    return render(request, "uittreksels/start.html", {"form": form, "options": request.module_options})


@service_view(IDENTIFIER)
def received(request, zaak_uuid):
    zaak = resident_zaak(request, zaak_uuid)
    if zaak is None:
        raise Http404
    subject, body = render_message(request.service_module, "received", {"zaak": zaak})
    return render(request, "uittreksels/received.html", {"zaak": zaak, "subject": subject, "body": body})
