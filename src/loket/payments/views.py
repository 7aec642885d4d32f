"""The provider's webhook, and the development provider's checkout page."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from . import services
from .forms import DevelopmentCheckoutForm
from .models import DevelopmentPayment, Payment
from .providers.base import ProviderError
from .registry import register


@csrf_exempt
@require_POST
def webhook(request, provider: str):
    """The provider says "something changed" (Mollie: `id=tr_...`). We ask it what, never trust the body."""
    if register.enabled(provider) is None:
        raise Http404
    provider_id = request.POST.get("id", "")[:100]
    payment = Payment.objects.filter(provider=provider, provider_id=provider_id).first() if provider_id else None
    if payment is None:
        return HttpResponse(status=200)  # unknown id: say nothing about which ids exist
    try:
        services.refresh(payment, source="webhook")
    except ProviderError:
        return HttpResponse(status=503)  # the provider tries the webhook again later
    return HttpResponse(status=200)


@require_http_methods(["GET", "POST"])
def development_checkout(request, payment_id):
    """DEVELOPMENT ONLY: choose what the bank says. 404 unless the development provider is enabled."""
    if register.enabled("development") is None:
        raise Http404
    dev = get_object_or_404(DevelopmentPayment, pk=payment_id)
    form = DevelopmentCheckoutForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and dev.status == "open" and form.is_valid():
        dev.status = form.cleaned_data["outcome"]
        dev.save(update_fields=["status"])
        payment = Payment.objects.filter(provider="development", provider_id=str(dev.pk)).first()
        if payment is not None:
            services.refresh(payment, source="webhook")  # what the provider's webhook would do
        if url_has_allowed_host_and_scheme(dev.return_url, allowed_hosts={request.get_host()}):
            return redirect(dev.return_url)
        return redirect("/")
    return render(
        request,
        "payments/development_checkout.html",
        {"payment": dev, "form": form, "amount": f"{dev.amount_cents // 100},{dev.amount_cents % 100:02d}"},
    )
