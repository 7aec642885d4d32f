from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


class StaffPasswordForm(AuthenticationForm):
    """Step 1: username and password. `authenticate(request, …)` lets axes count failures."""

    error_messages = {
        "invalid_login": _("De gebruikersnaam of het wachtwoord klopt niet."),
        "inactive": _("Dit account is niet actief. Neem contact op met uw functioneel beheerder."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("Gebruikersnaam")
        self.fields["password"].label = _("Wachtwoord")
        self.fields["username"].error_messages["required"] = _("Vul uw gebruikersnaam in.")
        self.fields["password"].error_messages["required"] = _("Vul uw wachtwoord in.")


class OneTimeCodeForm(forms.Form):
    """Step 2: the six-digit code from the authenticator app (or a backup code)."""

    otp_token = forms.CharField(
        label=_("Code uit uw authenticator-app"),
        max_length=16,
        help_text=_("6 cijfers. De code verandert elke 30 seconden."),
        error_messages={"required": _("Vul de code in.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )

    def clean_otp_token(self):
        return "".join(self.cleaned_data["otp_token"].split())
