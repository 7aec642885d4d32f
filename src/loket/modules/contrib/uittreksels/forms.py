from django import forms
from django.utils.translation import gettext_lazy as _

from loket.modules.base import accessible_form


@accessible_form
class RequestForm(forms.Form):
    """What the resident fills in. Replace with the questions of your service."""

    subject = forms.CharField(
        label=_("Waar gaat het over?"),
        max_length=80,
        error_messages={"required": _("Vul in waar het over gaat.")},
    )
    explanation = forms.CharField(
        label=_("Uitleg"),
        help_text=_("Vertel in een paar zinnen wat u wilt."),
        widget=forms.Textarea(attrs={"rows": 5}),
        min_length=10,
        max_length=900,
        error_messages={
            "required": _("Vertel wat u wilt."),
            "min_length": _("Schrijf iets meer: minstens 10 tekens."),
        },
    )


@accessible_form
class OptionsForm(forms.Form):
    """What each municipality sets for this module: texts and fees."""

    intro_text = forms.CharField(label=_("Tekst boven het formulier"), required=False, max_length=500, initial="")
