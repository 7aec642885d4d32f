"""Staff tasks: decide on a funeral date outside the legal window, and see the deaths of the
municipality's residents whose certificate another municipality drew up."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from loket.components.facade import Actor
from loket.components.facade.steps import current_status_name
from loket.modules.facades import module_zaken_for_staff, staff_task_view, staff_zaak
from loket.modules.facades.business import eigenschappen_of, staff_processing_actor
from loket.registry.facade.deaths import deaths_registered_elsewhere

from . import zaaktype as zt
from .forms import PermissionDecisionForm
from .module import IDENTIFIER
from .processing import decide_permission

PURPOSE_ELSEWHERE = "aangifte overlijden: overlijden van inwoners dat elders is ingeschreven"


def _staff_zgw_actor(user) -> Actor:
    return Actor(
        applicatie_id=f"loket-module-{IDENTIFIER}",
        applicatie_weergave="Loket: Overlijden aangeven",
        gebruikers_id=str(user.pk),
        gebruikers_weergave=user.get_full_name() or user.get_username(),
    )


@staff_task_view(IDENTIFIER)
def permissions(request):
    zaken = [z for z in module_zaken_for_staff(request) if current_status_name(z) == zt.AWAITING_PERMISSION]
    return render(request, "overlijden/staff_permissions.html", {"zaken": zaken})


@staff_task_view(IDENTIFIER)
def permission(request, zaak_uuid):
    zaak = staff_zaak(request, zaak_uuid)
    if zaak is None:
        raise Http404
    values = eigenschappen_of(zaak)
    awaiting = current_status_name(zaak) == zt.AWAITING_PERMISSION
    form = PermissionDecisionForm(data=request.POST if request.method == "POST" else None)
    if awaiting and request.method == "POST" and form.is_valid():
        decide_permission(
            zaak,
            grant=form.cleaned_data["decision"] == "grant",
            explanation=form.cleaned_data["explanation"],
            actor=_staff_zgw_actor(request.user),
        )
        return redirect(reverse(f"{request.service_module.staff_namespace}:permissions"))
    return render(
        request,
        "overlijden/staff_permission.html",
        {"zaak": zaak, "values": values, "awaiting": awaiting, "form": form, "fields": zt},
    )


@staff_task_view(IDENTIFIER)
def elsewhere(request):
    deaths = deaths_registered_elsewhere(
        request.user.municipality, actor=staff_processing_actor(request.user), purpose=PURPOSE_ELSEWHERE
    )
    return render(request, "overlijden/staff_elsewhere.html", {"deaths": deaths})
