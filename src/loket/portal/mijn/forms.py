from django import forms
from django.utils.translation import gettext_lazy as _

from loket.modules.base import accessible_form


@accessible_form
class InformationAnswerForm(forms.Form):
    antwoord = forms.CharField(
        label=_("Uw antwoord"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Schrijf uw antwoord."), "max_length": _("Gebruik hooguit 1000 tekens.")},
    )
    bijlage = forms.FileField(
        label=_("Bijlage"),
        required=False,
        help_text=_("Bijvoorbeeld een foto of een PDF. Dit mag, maar hoeft niet."),
        error_messages={"empty": _("Dit bestand is leeg.")},
    )
