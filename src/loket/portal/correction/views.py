from django.contrib import messages
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.generic import FormView

from loket.authentication.decorators import resident_required
from loket.tenancy.selectors import branding_for_request, how_to_reach

from .forms import CorrectionRequestForm
from .services import CorrectionUnavailable, request_correction


@method_decorator(resident_required, name="dispatch")
class CorrectionRequestView(FormView):
    """'Dit klopt niet': the resident tells the municipality which registry data is wrong."""

    template_name = "portal/correction_request.html"
    form_class = CorrectionRequestForm

    def form_valid(self, form):
        try:
            zaak = request_correction(
                bsn=self.request.identity.identifier,
                municipality=self.request.municipality,
                summary=form.summary(),
            )
        except CorrectionUnavailable:
            form.add_error(
                None,
                " ".join(
                    (
                        _("Uw gemeente kan dit verzoek nu niet online ontvangen."),
                        how_to_reach(branding_for_request(self.request)),
                    )
                ),
            )
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Uw verzoek is ontvangen onder nummer %(number)s. U krijgt uiterlijk %(date)s antwoord.")
            % {"number": zaak.identificatie, "date": date_format(zaak.uiterlijke_einddatum_afdoening, "j F Y")},
        )
        return redirect("portal:mijn-gegevens")
