from django.http import Http404
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from loket.authentication.decorators import resident_required
from loket.catalogue.selectors import placement
from loket.components.facade import zaken_of_resident
from loket.privacy.actors import Actor
from loket.registry.facade import person_summary
from loket.tenancy.selectors import branding_for_request, how_to_reach

from .forms import ContactRequestForm
from .services import ContactUnavailable, TooManyRequests, may_send, send_contact_request

SENDER_PURPOSE = "contactverzoek: afzender tonen"


@method_decorator(resident_required, name="dispatch")
class ContactRequestView(FormView):
    """'Stel uw vraag': a question to the resident's municipality, answered within two weeks."""

    template_name = "portal/contact/form.html"
    form_class = ContactRequestForm

    def _placement(self):
        if not hasattr(self, "_found"):
            wanted = (
                self.request.POST.get("product") or self.request.GET.get("product") or ""
            ).strip()
            self._found = placement(wanted) if wanted and len(wanted) <= 255 else None
        return self._found

    def get_initial(self):
        found = self._placement()
        return {
            "subject": found.title if found else "",
            "product": found.product.upl_id if found else "",
        }

    def get_context_data(self, **kwargs):
        bsn = self.request.identity.identifier
        sender = person_summary(bsn, actor=Actor.resident(bsn), purpose=SENDER_PURPOSE)
        return super().get_context_data(
            sender=sender,
            product_placement=self._placement(),
            limit_reached=not may_send(bsn),
            **kwargs,
        )

    def form_valid(self, form):
        found = self._placement()
        try:
            zaak = send_contact_request(
                bsn=self.request.identity.identifier,
                municipality=self.request.municipality,
                subject=form.cleaned_data["subject"],
                summary=form.summary(),
                product_uri=found.product.uri if found else "",
            )
        except TooManyRequests:
            form.add_error(
                None,
                " ".join(
                    (
                        _("U heeft al veel vragen gestuurd. Wacht een uur en probeer het dan opnieuw."),
                        how_to_reach(branding_for_request(self.request)),
                    )
                ),
            )
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        except ContactUnavailable:
            form.add_error(
                None,
                " ".join(
                    (
                        _("Uw gemeente kan uw vraag nu niet online ontvangen."),
                        how_to_reach(branding_for_request(self.request)),
                    )
                ),
            )
            return self.form_invalid(form)
        return redirect("portal:contact-verstuurd", zaak_uuid=zaak.uuid)


@method_decorator(resident_required, name="dispatch")
class ContactRequestSentView(TemplateView):
    """The confirmation: the zaak number, when to expect an answer, and where to follow it."""

    template_name = "portal/contact/sent.html"

    def get_context_data(self, **kwargs):
        municipality = self.request.municipality
        zaak = None
        if municipality is not None:
            zaak = (
                zaken_of_resident(self.request.identity.identifier, [municipality.pk])
                .filter(uuid=self.kwargs["zaak_uuid"])
                .first()
            )
        if zaak is None:
            raise Http404
        return super().get_context_data(zaak=zaak, **kwargs)
