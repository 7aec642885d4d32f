from django import forms
from django.utils.translation import gettext_lazy as _


class CorrectionRequestForm(forms.Form):
    SUBJECTS = [
        ("naam", _("Mijn naam")),
        ("geboorte", _("Mijn geboortedatum of geboorteplaats")),
        ("nationaliteit", _("Mijn nationaliteit")),
        ("adres", _("Mijn adres")),
        ("huishouden", _("Wie er op mijn adres wonen")),
        ("anders", _("Iets anders")),
    ]

    subject = forms.ChoiceField(
        label=_("Wat klopt er niet?"),
        choices=SUBJECTS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies wat er niet klopt.")},
    )
    description = forms.CharField(
        label=_("Wat staat er verkeerd?"),
        help_text=_("Schrijf op wat er nu staat en waarom dat niet klopt. Maximaal 1000 tekens."),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Schrijf op wat er niet klopt."),
            "max_length": _("Gebruik maximaal %(limit_value)d tekens (nu %(show_value)d)."),
        },
    )
    correct_value = forms.CharField(
        label=_("Wat is het juiste gegeven? (niet verplicht)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Gebruik maximaal %(limit_value)d tekens (nu %(show_value)d).")},
    )

    def summary(self) -> str:
        """CharField strips the text and turns only-spaces into the 'required' error."""
        data = self.cleaned_data
        subject = dict(self.SUBJECTS)[data["subject"]]
        lines = [f"Onderwerp: {subject}", f"Wat niet klopt: {data['description']}"]
        if data.get("correct_value"):
            lines.append(f"Juiste gegeven volgens inwoner: {data['correct_value']}")
        return "\n".join(lines)
