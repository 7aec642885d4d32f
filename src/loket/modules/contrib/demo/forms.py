from django import forms
from django.utils.translation import gettext_lazy as _

from loket.modules.base import accessible_form

CATEGORIES = [
    ("bestrating", _("Stoep of weg kapot")),
    ("afval", _("Afval of zwerfvuil")),
    ("groen", _("Bomen, struiken of gras")),
    ("overig", _("Iets anders")),
]


@accessible_form
class MeldingForm(forms.Form):
    """What the resident fills in. Dutch errors next to each field."""

    category = forms.ChoiceField(
        label=_("Waar gaat uw melding over?"),
        choices=CATEGORIES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies waar uw melding over gaat.")},
    )
    location = forms.CharField(
        label=_("Waar is het?"),
        help_text=_("Straat en huisnummer, of een plek die we kunnen vinden. Bijvoorbeeld: hoek Oudegracht en Bakkerbrug."),
        max_length=200,
        error_messages={"required": _("Vul in waar het probleem is.")},
    )
    description = forms.CharField(
        label=_("Wat is er aan de hand?"),
        help_text=_("Beschrijf het probleem in een paar zinnen."),
        widget=forms.Textarea(attrs={"rows": 5}),
        min_length=10,
        max_length=900,
        error_messages={
            "required": _("Beschrijf wat er aan de hand is."),
            "min_length": _("Schrijf iets meer: minstens 10 tekens."),
        },
    )


@accessible_form
class DemoOptionsForm(forms.Form):
    """What a municipality sets for this module (texts; this service has no fee)."""

    intro_text = forms.CharField(
        label=_("Tekst boven het formulier"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        initial="",
    )
    reply_days = forms.IntegerField(
        label=_("Binnen hoeveel werkdagen hoort de melder iets?"),
        min_value=1,
        max_value=15,
        initial=5,
    )
