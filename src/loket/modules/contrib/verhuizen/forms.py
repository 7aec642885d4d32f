"""The three forms of the resident flow (address and date, who moves along, check and send)
and the staff decision. Checks that need the registry live in checks.py; the views call them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from loket.modules.base import accessible_form


@accessible_form
class AddressForm(forms.Form):
    postcode = forms.RegexField(
        label=_("Postcode van uw nieuwe adres"),
        help_text=_("Bijvoorbeeld: 3011 AB"),
        regex=r"^\s*[1-9][0-9]{3}\s*[A-Za-z]{2}\s*$",
        max_length=8,
        error_messages={
            "required": _("Vul de postcode in."),
            "invalid": _("Een postcode heeft 4 cijfers en 2 letters, bijvoorbeeld 3011 AB."),
        },
    )
    huisnummer = forms.IntegerField(
        label=_("Huisnummer"),
        min_value=1,
        max_value=99999,
        error_messages={
            "required": _("Vul het huisnummer in."),
            "invalid": _("Vul alleen het nummer in, zonder letters."),
            "min_value": _("Vul een huisnummer in dat groter is dan 0."),
            "max_value": _("Dit huisnummer is te hoog."),
        },
    )
    huisletter = forms.RegexField(
        label=_("Huisletter (als die er is)"),
        regex=r"^[A-Za-z]$",
        required=False,
        max_length=1,
        error_messages={"invalid": _("Een huisletter is één letter.")},
    )
    toevoeging = forms.CharField(label=_("Toevoeging (als die er is)"), required=False, max_length=4)
    verhuisdatum = forms.DateField(
        label=_("Verhuisdatum"),
        help_text=_("De dag waarop u op het nieuwe adres gaat wonen. Bijvoorbeeld: 2026-05-01"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Vul de verhuisdatum in."),
            "invalid": _("Vul een datum in zoals 2026-05-01."),
        },
    )


@accessible_form
class MoversForm(forms.Form):
    meeverhuizers = forms.MultipleChoiceField(
        label=_("Wie verhuizen er met u mee?"),
        help_text=_("U mag de verhuizing doorgeven voor uw partner en uw kinderen onder 18 jaar."),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    toestemming_vragen = forms.MultipleChoiceField(
        label=_("Wie vragen wij om toestemming?"),
        help_text=_(
            "Verhuist een volwassene mee die niet uw partner is? Dan vragen wij die persoon om "
            "toestemming in Mijn Loket."
        ),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, members=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.members = {m.bsn: m for m in members}
        self.fields["meeverhuizers"].choices = [(m.bsn, describe_member(m)) for m in members]
        adults = [m for m in members if not m.may_be_declared_for]
        self.fields["toestemming_vragen"].choices = [(m.bsn, m.name) for m in adults]
        if not adults:
            del self.fields["toestemming_vragen"]

    def clean(self):
        data = super().clean()
        chosen = data.get("meeverhuizers") or []
        ask = set(data.get("toestemming_vragen") or [])
        for bsn in chosen:
            member = self.members[bsn]
            if not member.may_be_declared_for and bsn not in ask:
                self.add_error(
                    "meeverhuizers",
                    _(
                        "%(name)s is volwassen en niet uw partner. U mag deze verhuizing alleen "
                        "doorgeven met toestemming van %(name)s. Vink hieronder aan dat wij om "
                        "toestemming vragen, of laat %(name)s de verhuizing zelf doorgeven."
                    )
                    % {"name": member.name},
                )
        for bsn in ask - set(chosen):
            self.add_error(
                "toestemming_vragen",
                _("U vraagt toestemming aan %(name)s, maar %(name)s verhuist niet mee.")
                % {"name": self.members[bsn].name},
            )
        return data


def describe_member(member) -> str:
    relation = {"partner": _("partner"), "child": _("kind")}.get(member.relation, _("huisgenoot"))
    if member.age is None:
        return f"{member.name} ({relation})"
    return _("%(name)s (%(relation)s, %(age)s jaar)") % {"name": member.name, "relation": relation, "age": member.age}


@accessible_form
class ConfirmForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mailadres (niet verplicht)"),
        help_text=_("Dan sturen wij ook een e-mail als uw verhuizing is verwerkt."),
        required=False,
        error_messages={"invalid": _("Vul een e-mailadres in zoals naam@voorbeeld.nl.")},
    )
    verklaring = forms.BooleanField(
        label=_("Ik verklaar dat ik alles naar waarheid heb ingevuld."),
        error_messages={"required": _("Vink aan dat u alles naar waarheid hebt ingevuld.")},
    )


@accessible_form
class ConsentForm(forms.Form):
    antwoord = forms.ChoiceField(
        label=_("Geeft u toestemming?"),
        choices=[("ja", _("Ja, ik geef toestemming")), ("nee", _("Nee, ik geef geen toestemming"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies ja of nee.")},
    )


@accessible_form
class DecisionForm(forms.Form):
    besluit = forms.ChoiceField(
        label=_("Besluit"),
        choices=[("goedkeuren", _("Goedkeuren: de verhuizing wordt verwerkt")), ("weigeren", _("Weigeren"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies goedkeuren of weigeren.")},
    )
    reden = forms.CharField(
        label=_("Reden voor de inwoner"),
        help_text=_("Deze tekst leest de inwoner in Mijn Loket."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=900,
        error_messages={"required": _("Schrijf de reden op. De inwoner leest die.")},
    )


@accessible_form
class OptionsForm(forms.Form):
    """What each municipality sets for this module."""

    intro_text = forms.CharField(label=_("Tekst boven het formulier"), required=False, max_length=500, initial="")
    max_adults = forms.IntegerField(
        label=_("Adresonderzoek bij meer dan dit aantal volwassenen op één adres"),
        min_value=1,
        max_value=50,
        initial=6,
    )
    consent_days = forms.IntegerField(
        label=_("Dagen om toestemming te geven"), min_value=1, max_value=60, initial=14
    )
