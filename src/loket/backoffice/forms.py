"""The case page's forms. Bad input: a Dutch message next to the field, nothing stored."""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loket.accounts.constants import MUNICIPAL_ROLES
from loket.modules.base import accessible_form

from .constants import DEFAULT_ANSWER_DAYS


def _required(message):
    return {"required": message}


@accessible_form
class AssignForm(forms.Form):
    medewerker = forms.ModelChoiceField(
        label=_("Toewijzen aan"),
        queryset=None,
        empty_label=None,
        error_messages={"required": _("Kies een medewerker."), "invalid_choice": _("Kies een medewerker uit de lijst.")},
    )

    def __init__(self, *args, handlers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["medewerker"].queryset = handlers
        self.fields["medewerker"].label_from_instance = lambda user: user.get_full_name() or user.get_username()


@accessible_form
class StatusForm(forms.Form):
    statustype = forms.ChoiceField(label=_("Nieuwe status"), error_messages=_required(_("Kies een status.")))
    toelichting = forms.CharField(
        label=_("Toelichting voor de inwoner"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, statustypen, **kwargs):
        super().__init__(*args, **kwargs)
        self.statustypen = {str(st.pk): st for st in statustypen}
        self.fields["statustype"].choices = [(str(st.pk), st.omschrijving) for st in statustypen]

    def clean_statustype(self):
        return self.statustypen[self.cleaned_data["statustype"]]


@accessible_form
class InformationRequestForm(forms.Form):
    vraag = forms.CharField(
        label=_("Welke informatie hebt u nodig?"),
        help_text=_("De inwoner leest dit in Mijn Loket. Schrijf in eenvoudige taal."),
        max_length=800,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Schrijf welke informatie u nodig hebt."), "max_length": _("Gebruik hooguit 800 tekens.")},
    )
    antwoord_voor = forms.DateField(
        label=_("Antwoord graag vóór"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Vul een datum in."), "invalid": _("Vul een datum in, bijvoorbeeld 31-12-2026.")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"antwoord_voor": timezone.localdate() + datetime.timedelta(days=DEFAULT_ANSWER_DAYS)})
        super().__init__(*args, **kwargs)

    def clean_antwoord_voor(self):
        value = self.cleaned_data["antwoord_voor"]
        if value <= timezone.localdate():
            raise forms.ValidationError(_("Kies een datum na vandaag."))
        return value


@accessible_form
class DecisionForm(forms.Form):
    resultaat = forms.ChoiceField(label=_("Uitkomst"), widget=forms.RadioSelect, error_messages=_required(_("Kies de uitkomst.")))
    reden = forms.CharField(
        label=_("Reden voor de inwoner"),
        help_text=_("De inwoner leest deze reden bij de zaak en in een bericht."),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Schrijf de reden op."), "max_length": _("Gebruik hooguit 1000 tekens.")},
    )

    def __init__(self, *args, resultaattypen, besluittypen=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.resultaattypen = {str(rt.pk): rt for rt in resultaattypen}
        self.fields["resultaat"].choices = [(key, rt.omschrijving) for key, rt in self.resultaattypen.items()]
        self.besluittypen = {str(bt.pk): bt for bt in besluittypen}
        if self.besluittypen:
            self.fields["besluittype"] = forms.ChoiceField(
                label=_("Soort besluit"),
                choices=[(key, bt.omschrijving) for key, bt in self.besluittypen.items()],
                error_messages=_required(_("Kies het soort besluit.")),
            )

    def clean(self):
        cleaned = super().clean()
        if "resultaat" in cleaned:
            cleaned["resultaattype"] = self.resultaattypen[cleaned["resultaat"]]
        cleaned["besluittype_obj"] = self.besluittypen.get(cleaned.get("besluittype", ""))
        return cleaned


@accessible_form
class NoteForm(forms.Form):
    notitie = forms.CharField(
        label=_("Notitie (alleen voor medewerkers)"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Schrijf een notitie."), "max_length": _("Gebruik hooguit 4000 tekens.")},
    )


@accessible_form
class DocumentForm(forms.Form):
    titel = forms.CharField(label=_("Titel"), max_length=200, error_messages=_required(_("Geef het document een titel.")))
    bestand = forms.FileField(label=_("Bestand"), error_messages={"required": _("Kies een bestand."), "empty": _("Dit bestand is leeg.")})


@accessible_form
class RightsForm(forms.Form):
    """A functional administrator sets another staff member's role, zaaktypen and access."""

    rol = forms.ChoiceField(label=_("Rol"), choices=[(role.value, role.label) for role in MUNICIPAL_ROLES], widget=forms.RadioSelect)
    zaaktypen = forms.MultipleChoiceField(
        label=_("Zaaktypen die deze medewerker behandelt"), required=False, widget=forms.CheckboxSelectMultiple
    )
    actief = forms.BooleanField(label=_("Account actief"), required=False)

    def __init__(self, *args, zaaktypen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["zaaktypen"].choices = zaaktypen
