"""The declaration form (undertaker or relative), the later upload of the doctor's statement, the
staff decision on a funeral date, and the municipality's options. Dutch errors next to each field."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loket.modules.base import accessible_form

RELATIONS = [
    ("partner", _("Ik ben de echtgenoot of geregistreerde partner")),
    ("child", _("Ik ben een kind")),
    ("parent", _("Ik ben een ouder")),
    ("relative", _("Ik ben een ander familielid")),
    ("present", _("Ik was bij het overlijden aanwezig")),
]
VERIFIED_RELATIONS = {"partner", "child", "parent"}  # the registry can confirm these

FUNERAL_KINDS = [("begraven", _("Begraven")), ("cremeren", _("Cremeren"))]

MAX_STATEMENT_BYTES = 10 * 1024 * 1024


def _date_input():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _statement_field(required: bool) -> forms.FileField:
    return forms.FileField(
        label=_("Verklaring van overlijden van de arts"),
        help_text=_("Een PDF of foto van de verklaring (het A-formulier). Hooguit 10 MB."),
        required=required,
        error_messages={"required": _("Kies het bestand met de verklaring van de arts.")},
    )


@accessible_form
class DeclarationForm(forms.Form):
    """What the declarant fills in. A business (the undertaker) gets no question about the relation."""

    deceased_bsn = forms.CharField(
        label=_("Burgerservicenummer (BSN) van de overledene"),
        help_text=_("9 cijfers. Weet u het niet? Vul dan hieronder de achternaam en geboortedatum in."),
        required=False,
        max_length=11,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    deceased_surname = forms.CharField(
        label=_("Achternaam van de overledene"), required=False, max_length=200
    )
    deceased_birth_date = forms.DateField(
        label=_("Geboortedatum van de overledene"), required=False, widget=_date_input(),
        error_messages={"invalid": _("Vul een geldige datum in.")},
    )
    death_date = forms.DateField(
        label=_("Datum van overlijden"),
        widget=_date_input(),
        error_messages={"required": _("Vul de datum van overlijden in."), "invalid": _("Vul een geldige datum in.")},
    )
    death_time = forms.TimeField(
        label=_("Tijd van overlijden"),
        help_text=_("Bijvoorbeeld 14:30."),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"required": _("Vul de tijd van overlijden in."), "invalid": _("Vul een tijd in, zoals 14:30.")},
    )
    death_municipality = forms.CharField(
        label=_("Gemeente waar de persoon is overleden"),
        help_text=_("Deze gemeente maakt de akte van overlijden. Laat leeg als dat de gemeente is waar u woont."),
        required=False,
        max_length=80,
    )
    relation = forms.ChoiceField(
        label=_("Wat is uw relatie tot de overledene?"),
        choices=RELATIONS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies uw relatie tot de overledene.")},
    )
    funeral_kind = forms.ChoiceField(
        label=_("Begraven of cremeren?"),
        choices=FUNERAL_KINDS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies begraven of cremeren.")},
    )
    funeral_date = forms.DateField(
        label=_("Datum van de begrafenis of crematie"),
        help_text=_("Niet eerder dan 36 uur na het overlijden en niet later dan de zesde werkdag erna."),
        widget=_date_input(),
        error_messages={"required": _("Vul de datum van de uitvaart in."), "invalid": _("Vul een geldige datum in.")},
    )
    permission_reason = forms.CharField(
        label=_("Waarom past de uitvaart niet binnen die termijn?"),
        help_text=_("Alleen invullen als u een andere datum wilt. De gemeente beslist daarover."),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    statement = _statement_field(required=False)

    def __init__(self, *args, for_business: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_business = for_business
        if for_business:
            del self.fields["relation"]
            self.fields["death_municipality"].required = True
            self.fields["death_municipality"].help_text = _("Deze gemeente maakt de akte van overlijden.")
            self.fields["death_municipality"].error_messages["required"] = _(
                "Vul de gemeente in waar de persoon is overleden."
            )
            self.fields["statement"].required = True
        else:
            self.fields["statement"].help_text = _(
                "Een PDF of foto van de verklaring (het A-formulier). Hooguit 10 MB. "
                "Heeft u die nog niet? Dan kunt u die later sturen."
            )

    def clean_deceased_bsn(self):
        return "".join(ch for ch in self.cleaned_data["deceased_bsn"] if ch.isdigit())

    def clean_death_date(self):
        value = self.cleaned_data["death_date"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("De datum van overlijden ligt in de toekomst."))
        return value

    def clean_statement(self):
        upload = self.cleaned_data.get("statement")
        if upload and upload.size > MAX_STATEMENT_BYTES:
            raise forms.ValidationError(_("Dit bestand is te groot. Het mag hooguit 10 MB zijn."))
        return upload

    def clean(self):
        data = super().clean()
        if not data.get("deceased_bsn"):
            if not data.get("deceased_surname"):
                self.add_error("deceased_surname", _("Vul het BSN of de achternaam van de overledene in."))
            if not data.get("deceased_birth_date") and "deceased_birth_date" not in self.errors:
                self.add_error("deceased_birth_date", _("Vul de geboortedatum van de overledene in."))
        return data


@accessible_form
class StatementForm(forms.Form):
    statement = _statement_field(required=True)

    def clean_statement(self):
        upload = self.cleaned_data["statement"]
        if upload.size > MAX_STATEMENT_BYTES:
            raise forms.ValidationError(_("Dit bestand is te groot. Het mag hooguit 10 MB zijn."))
        return upload


DECISIONS = [("grant", _("Toestemming geven")), ("refuse", _("Geen toestemming geven"))]


@accessible_form
class PermissionDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Uw beslissing"),
        choices=DECISIONS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies of u toestemming geeft.")},
    )
    explanation = forms.CharField(
        label=_("Toelichting"), required=False, max_length=500, widget=forms.Textarea(attrs={"rows": 3})
    )


@accessible_form
class OptionsForm(forms.Form):
    """What each municipality sets for this module."""

    intro_text = forms.CharField(
        label=_("Tekst boven het formulier"),
        required=False,
        max_length=500,
        initial="",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
