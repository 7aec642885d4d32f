"""The start page (by role), the work queue, staff accounts and the national figures."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from loket.accounts import lockout
from loket.accounts.constants import StaffRole
from loket.authentication.decorators import is_verified_staff, login_redirect

from ..access import (
    STAFF_LOGIN,
    case_handler_required,
    functional_administrator_required,
    national_coordinator_required,
)
from ..forms import RightsForm
from ..national import module_figures
from ..queue import QueueFilters, work_queue
from ..rights import RightsRefused, change_rights, changes_in, staff_of, zaaktype_choices

START = {
    StaffRole.CASE_HANDLER: "backoffice:queue",
    StaffRole.FUNCTIONAL_ADMINISTRATOR: "backoffice:staff",
    StaffRole.NATIONAL_COORDINATOR: "backoffice:national",
    StaffRole.PLATFORM_OPERATOR: "admin:index",  # operators run the platform, not cases
}


@require_GET
def start(request):
    user = request.user
    if not user.is_authenticated:
        return login_redirect(request, STAFF_LOGIN)
    if is_verified_staff(user) and user.role in START:
        return redirect(START[user.role])
    return render(request, "backoffice/forbidden.html", status=403)


@case_handler_required
@require_GET
def queue(request):
    filters = QueueFilters.from_query(request.GET)
    found = work_queue(request.user, filters)
    params = {k: v for k, v in request.GET.items() if k != "pagina" and v}
    return render(
        request,
        "backoffice/queue.html",
        {
            "queue": found,
            "filters": filters,
            "is_filtered": bool(params),
            "page_query": urlencode(params),
        },
    )


@functional_administrator_required
@require_GET
def staff_list(request):
    municipality = request.user.municipality
    names = dict(zaaktype_choices(municipality))
    staff = list(staff_of(municipality))
    for member in staff:
        member.zaaktype_names = ", ".join(names.get(z, z) for z in member.zaaktypen or [])
    return render(request, "backoffice/staff_list.html", {"staff": staff, "changes": changes_in(municipality)})


@functional_administrator_required
@require_http_methods(["GET", "POST"])
def staff_edit(request, pk: int):
    member = staff_of(request.user.municipality).filter(pk=pk).first()
    if member is None:
        raise Http404
    choices = zaaktype_choices(request.user.municipality)
    own = member.pk == request.user.pk
    initial = {"rol": member.role, "zaaktypen": member.zaaktypen, "actief": member.is_active}
    form = RightsForm(request.POST if request.method == "POST" else None, initial=initial, zaaktypen=choices)
    if request.method == "POST" and form.is_valid():
        try:
            change = change_rights(
                staff_member=member,
                by=request.user,
                role=form.cleaned_data["rol"],
                zaaktypen=form.cleaned_data["zaaktypen"],
                active=form.cleaned_data["actief"],
            )
        except RightsRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("De rechten zijn gewijzigd.") if change else _("Er is niets veranderd."))
            return redirect("backoffice:staff")
    return render(
        request,
        "backoffice/staff_edit.html",
        {"member": member, "form": form, "own": own, "locked": lockout.is_locked_out(member.username)},
        status=400 if request.method == "POST" else 200,
    )


@functional_administrator_required
@require_POST
def staff_unlock(request, pk: int):
    """Give a colleague locked out after wrong passwords their login back at once."""
    member = staff_of(request.user.municipality).filter(pk=pk).first()
    if member is None:
        raise Http404
    lockout.unlock(member, by=request.user)
    messages.success(request, _("Het account is vrijgegeven. De medewerker kan weer inloggen."))
    return redirect("backoffice:staff-edit", pk=member.pk)


@national_coordinator_required
@require_GET
def national(request):
    return render(request, "backoffice/national.html", {"figures": module_figures(), "menu_url": reverse("modules:menu")})
