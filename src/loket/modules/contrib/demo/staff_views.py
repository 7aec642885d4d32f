"""Staff tasks: the reports of the staff member's own municipality, deadline first."""

from django.http import Http404
from django.shortcuts import render

from loket.modules.facades import module_zaken_for_staff, staff_task_view, staff_zaak

from .module import IDENTIFIER


@staff_task_view(IDENTIFIER)
def queue(request):
    return render(request, "demo/staff_queue.html", {"zaken": module_zaken_for_staff(request)})


@staff_task_view(IDENTIFIER)
def detail(request, zaak_uuid):
    zaak = staff_zaak(request, zaak_uuid)
    if zaak is None:
        raise Http404
    return render(request, "demo/staff_detail.html", {"zaak": zaak})
