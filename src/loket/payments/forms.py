from django import forms
from django.utils.translation import gettext_lazy as _

from .constants import PaymentStatus


class DevelopmentCheckoutForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Wat zegt de bank?"),
        choices=[
            (PaymentStatus.PAID, _("Betaald")),
            (PaymentStatus.FAILED, _("Mislukt")),
            (PaymentStatus.CANCELED, _("Geannuleerd")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies wat de bank zegt.")},
    )
