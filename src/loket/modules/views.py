"""The public menu (no login) and the functional administrator's screen for switching modules."""

from functools import wraps

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from loket.accounts.constants import StaffRole
from loket.authentication.decorators import is_verified_staff, login_redirect

from . import selectors, services
from .registry import register


def menu(request):
    entries = selectors.menu()
    roadmap, roadmap_total = selectors.roadmap()
    return render(
        request,
        "modules/menu.html",
        {"entries": entries, "roadmap": roadmap, "roadmap_total": roadmap_total},
    )


def functional_administrator_required(view):
    """Staff with the functional administrator role, fully logged in; they act on their own municipality."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return login_redirect(request, "authentication:staff-login")
        if not (is_verified_staff(user) and user.role == StaffRole.FUNCTIONAL_ADMINISTRATOR and user.municipality_id):
            return render(request, "modules/admin_forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper


@functional_administrator_required
@require_http_methods(["GET", "POST"])
def admin_list(request):
    municipality = request.user.municipality
    if request.method == "POST":
        return _switch(request, municipality, request.POST.get("identifier", ""), reverse("modules:admin"))
    return render(
        request,
        "modules/admin_list.html",
        {"rows": selectors.admin_overview(municipality), "for_municipality": municipality},
    )


def _switch(request, municipality, identifier: str, back: str):
    action = request.POST.get("action")
    try:
        if action == "activate":
            services.activate_module(municipality=municipality, identifier=identifier, actor=request.user)
            messages.success(request, _("De module staat nu aan. Inwoners kunnen deze dienst online regelen."))
        elif action == "deactivate":
            services.deactivate_module(municipality=municipality, identifier=identifier, actor=request.user)
            messages.success(
                request, _("De module staat nu uit. Lopende zaken blijven zichtbaar; nieuwe zaken kunnen niet meer.")
            )
        else:
            messages.error(request, _("Onbekende handeling."))
    except services.ModuleActionRefused as refused:
        messages.error(request, refused.message)
    return redirect(back)


@functional_administrator_required
@require_http_methods(["GET", "POST"])
def admin_detail(request, identifier: str):
    municipality = request.user.municipality
    module = register.get(identifier)
    if module is None:
        raise Http404
    back = reverse("modules:admin-detail", args=[identifier])
    options_form = module.options_form(initial=selectors.module_options(municipality, identifier))
    if request.method == "POST" and request.POST.get("action") in ("activate", "deactivate"):
        return _switch(request, municipality, identifier, back)
    if request.method == "POST":
        options_form = module.options_form(data=request.POST)
        if options_form is not None and options_form.is_valid():
            try:
                services.update_options(
                    municipality=municipality,
                    identifier=identifier,
                    options=options_form.cleaned_data,
                    actor=request.user,
                )
            except services.ModuleActionRefused as refused:
                messages.error(request, refused.message)
            else:
                messages.success(request, _("De instellingen zijn opgeslagen."))
                return redirect(back)
    activation = selectors.activation_of(municipality, identifier)
    staff_task_links = [
        {"url": reverse(f"{module.staff_namespace}:{task.url_name}"), "title": task.title_nl}
        for task in module.descriptor.staff_tasks
        if not task.takes_zaak
    ]
    return render(
        request,
        "modules/admin_detail.html",
        {
            "service_module": module,
            "activation": activation,
            "enabled": bool(activation and activation.enabled),
            "options_form": options_form,
            "audit": selectors.audit_of(municipality, identifier),
            "staff_task_links": staff_task_links,
            "for_municipality": municipality,
        },
        status=400 if request.method == "POST" else 200,
    )
