from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from loket.modules.base import accessible_form

from .products import PRODUCTS, VARIANT_LABELS

SELF = "self"


@accessible_form
class RequestForm(forms.Form):
    """What to order, how, and for whom. `relatives`: (token, label) pairs besides "myself"."""

    product = forms.ChoiceField(
        label=_("Welk document heeft u nodig?"),
        choices=[(key, p.title) for key, p in PRODUCTS.items()],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies welk document u nodig heeft.")},
    )
    variant = forms.ChoiceField(
        label=_("Welke uitvoering?"),
        help_text=_("Een uittreksel BRP kan met of zonder adressen van vroeger. Een akte kan meertalig, voor het buitenland."),
        choices=list(VARIANT_LABELS.items()),
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een uitvoering.")},
    )
    for_whom = forms.ChoiceField(
        label=_("Voor wie is het document?"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies voor wie het document is.")},
    )

    def __init__(self, *args, relatives=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["for_whom"].choices = [(SELF, _("Voor mijzelf")), *relatives]
        self.fields["for_whom"].initial = SELF

    def clean(self):
        cleaned = super().clean()
        product = PRODUCTS.get(cleaned.get("product", ""))
        variant = cleaned.get("variant")
        if product and variant and variant not in product.variants:
            allowed = ", ".join(str(VARIANT_LABELS[v]).lower() for v in product.variants)
            self.add_error("variant", _("Dit document is er alleen zo: %(allowed)s.") % {"allowed": allowed})
        return cleaned


def _euro_field(label, initial):
    return forms.DecimalField(label=label, min_value=Decimal("0"), max_value=Decimal("999"), decimal_places=2, initial=initial)


@accessible_form
class OptionsForm(forms.Form):
    """What each municipality sets: its fees for BRP extracts and proofs (aktes have a national fee)."""

    intro_text = forms.CharField(label=_("Tekst boven het formulier"), required=False, max_length=500, initial="")
    fee_brp = _euro_field(_("Tarief uittreksel BRP (euro)"), "16.00")
    fee_history_extra = _euro_field(_("Toeslag voor adreshistorie (euro)"), "0.00")
    fee_in_leven = _euro_field(_("Tarief bewijs van in leven zijn (euro)"), "16.00")
    fee_nederlanderschap = _euro_field(_("Tarief bewijs van Nederlanderschap (euro)"), "16.00")

    def clean(self):
        cleaned = super().clean()
        return {name: str(value) if isinstance(value, Decimal) else value for name, value in cleaned.items()}
