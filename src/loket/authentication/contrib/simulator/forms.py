from django import forms
from django.utils.translation import gettext_lazy as _

from loket.accounts.validators import normalize_bsn, validate_bsn, validate_kvk


class SimulatorLoginForm(forms.Form):
    KIND_CHOICES = [("resident", _("Inwoner (DigiD)")), ("business", _("Organisatie (eHerkenning)"))]

    kind = forms.ChoiceField(label=_("Inloggen als"), choices=KIND_CHOICES, initial="resident", widget=forms.RadioSelect)
    bsn = forms.CharField(
        label=_("Burgerservicenummer (BSN)"),
        required=False,
        max_length=11,
        help_text=_("9 cijfers, bijvoorbeeld 999993653."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    kvk = forms.CharField(
        label=_("KVK-nummer"),
        required=False,
        max_length=8,
        help_text=_("8 cijfers."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )

    def clean(self):
        data = super().clean()
        if data.get("kind") == "resident":
            if not data.get("bsn"):
                self.add_error("bsn", _("Vul een burgerservicenummer in."))
            else:
                try:
                    validate_bsn(data["bsn"])
                    data["bsn"] = normalize_bsn(data["bsn"])
                except forms.ValidationError as error:
                    self.add_error("bsn", error)
        elif data.get("kind") == "business":
            if not data.get("kvk"):
                self.add_error("kvk", _("Vul een KVK-nummer in."))
            else:
                try:
                    validate_kvk(data["kvk"])
                except forms.ValidationError as error:
                    self.add_error("kvk", error)
        return data
