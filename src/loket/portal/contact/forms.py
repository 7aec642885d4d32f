from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from loket.modules.base import accessible_form

TOO_LONG = _("Gebruik maximaal %(limit_value)d tekens (nu %(show_value)d).")


@accessible_form
class ContactRequestForm(forms.Form):
    ANSWER_BY = [
        ("inbox", _("In Mijn Loket, bij mijn berichten")),
        ("email", _("Per e-mail")),
        ("phone", _("Telefonisch")),
    ]

    subject = forms.CharField(
        label=_("Waar gaat uw vraag over?"),
        max_length=150,
        error_messages={
            "required": _("Schrijf op waar uw vraag over gaat."),
            "max_length": TOO_LONG,
        },
    )
    question = forms.CharField(
        label=_("Wat is uw vraag?"),
        help_text=_("Schrijf uw vraag zo duidelijk mogelijk op. Maximaal 2000 tekens."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Schrijf uw vraag op."), "max_length": TOO_LONG},
    )
    answer_by = forms.ChoiceField(
        label=_("Hoe wilt u antwoord krijgen?"),
        choices=ANSWER_BY,
        initial="inbox",
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies hoe u antwoord wilt krijgen.")},
    )
    email = forms.EmailField(
        label=_("Uw e-mailadres (als u antwoord per e-mail wilt)"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": _("Vul een e-mailadres in zoals naam@voorbeeld.nl."),
            "max_length": TOO_LONG,
        },
    )
    phone = forms.RegexField(
        label=_("Uw telefoonnummer (als u gebeld wilt worden)"),
        required=False,
        regex=r"^\+?[0-9][0-9 \-]{8,18}$",
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        error_messages={
            "invalid": _("Vul een telefoonnummer in zoals 06 12345678."),
            "max_length": TOO_LONG,
        },
    )
    product = forms.CharField(required=False, widget=forms.HiddenInput, max_length=255)

    def clean(self):
        data = super().clean()
        answer_by = data.get("answer_by")
        if answer_by == "email" and not data.get("email") and "email" not in self.errors:
            self.add_error("email", _("Vul uw e-mailadres in, dan kunnen we u mailen."))
        if answer_by == "phone" and not data.get("phone") and "phone" not in self.errors:
            self.add_error("phone", _("Vul uw telefoonnummer in, dan kunnen we u bellen."))
        return data

    def summary(self) -> str:
        """The zaak's toelichting: the question and how to answer (no BSN: that is in the rol)."""
        data = self.cleaned_data
        with translation.override(
            "nl"
        ):  # for the municipality's staff, whatever the resident reads
            how = str(dict(self.ANSWER_BY)[data["answer_by"]])
        lines = [f"Vraag: {data['question']}", f"Antwoord gewenst: {how}"]
        if data["answer_by"] == "email":
            lines.append(f"E-mail: {data['email']}")
        if data["answer_by"] == "phone":
            lines.append(f"Telefoon: {data['phone']}")
        return "\n".join(lines)
