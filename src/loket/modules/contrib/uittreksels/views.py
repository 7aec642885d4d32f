"""The resident flow: choose document, variant and person → order page (fee) → pay → status page."""

from decimal import Decimal

from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from loket.modules.facades import resident_actor, resident_bsn, service_view, start_zaak
from loket.payments.facade import (
    AlreadyPaid,
    NoProvider,
    ProviderError,
    checkout_url,
    create_order,
    order_of_resident,
    order_state,
    settle,
)
from loket.registry.facade.extracts import may_request, relatives_of

from .forms import SELF, RequestForm
from .fulfil import ORDER_KIND
from .module import IDENTIFIER
from .products import PRODUCTS, VARIANT_LABELS, cents, euro, fee

PURPOSE = "Aanvraag van een uittreksel of akte: kiezen voor wie"


def _relatives(bsn: str):
    """Tokens (not BSNs) in the form, so no BSN goes to the browser; the map stays on the server."""
    found = relatives_of(bsn, actor=resident_actor(bsn), purpose=PURPOSE)
    choices, by_token = [], {}
    for index, relative in enumerate(found):
        token = f"r{index}"
        label = f"{relative.name} ({relative.relation}{', ' + _('overleden') if relative.is_deceased else ''})"
        choices.append((token, label))
        by_token[token] = relative.bsn
    return choices, by_token


@service_view(IDENTIFIER)
def start(request):
    bsn = resident_bsn(request)
    choices, by_token = _relatives(bsn)
    form = RequestForm(data=request.POST if request.method == "POST" else None, relatives=choices)
    if request.method == "POST" and form.is_valid():
        product = PRODUCTS[form.cleaned_data["product"]]
        variant = form.cleaned_data["variant"]
        token = form.cleaned_data["for_whom"]
        subject = bsn if token == SELF else by_token[token]
        allowed, reason = may_request(bsn, subject, product.key)
        if not allowed:
            form.add_error("for_whom", reason)
        else:
            amount = fee(product, variant, request.module_options)
            with transaction.atomic():
                zaak = start_zaak(
                    module=request.service_module,
                    municipality=request.municipality,
                    bsn=bsn,
                    omschrijving=str(product.title),
                    toelichting=str(VARIANT_LABELS[variant]),
                )
                order = create_order(
                    municipality=request.municipality,
                    bsn=bsn,
                    kind=ORDER_KIND,
                    description=f"{product.title} ({zaak.identificatie})",
                    amount_cents=cents(amount),
                    details={"zaak": str(zaak.uuid), "product": product.key, "variant": variant, "subject": subject},
                )
            return redirect(reverse(f"{IDENTIFIER}:order", args=[order.uuid]))
    return render(request, "uittreksels/start.html", {"form": form, "options": request.module_options})


def _order(request, order_uuid):
    order = order_of_resident(resident_bsn(request), order_uuid, request.municipality)
    if order is None or order.kind != ORDER_KIND:
        raise Http404
    return order


def _summary(order) -> dict:
    product = PRODUCTS[order.details["product"]]
    return {
        "order": order,
        "product": product,
        "variant_label": VARIANT_LABELS[order.details["variant"]],
        "amount": euro(Decimal(order.amount_cents) / 100),
        "for_self": order.details["subject"] == order.bsn,
    }


@service_view(IDENTIFIER)
def order(request, order_uuid):
    """The fee and the pay button. POST starts a payment and sends the resident to the provider."""
    found = _order(request, order_uuid)
    state = order_state(found)
    if state.paid:
        return redirect(reverse(f"{IDENTIFIER}:status", args=[found.uuid]))
    error = ""
    if request.method == "POST":
        return_url = request.build_absolute_uri(reverse(f"{IDENTIFIER}:status", args=[found.uuid]))
        try:
            return redirect(checkout_url(found, return_url=return_url))
        except AlreadyPaid:
            return redirect(reverse(f"{IDENTIFIER}:status", args=[found.uuid]))
        except (NoProvider, ProviderError):
            error = _("Betalen lukt nu niet. Er is niets afgeschreven. Probeer het over een paar minuten opnieuw.")
    return render(request, "uittreksels/order.html", {**_summary(found), "state": state, "error": error})


@service_view(IDENTIFIER)
def status(request, order_uuid):
    """Where the provider sends the resident back: ask how the payment went, and make the document."""
    found = _order(request, order_uuid)
    try:
        state = settle(found)
    except ProviderError:
        state = order_state(found)
    return render(request, "uittreksels/status.html", {**_summary(found), "state": state})
