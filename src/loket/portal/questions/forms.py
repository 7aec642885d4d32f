from django import forms
from django.utils.translation import gettext_lazy as _

from loket.modules.base import accessible_form
from loket.tenancy.models import Municipality

from .selectors import find_municipalities


@accessible_form
class MunicipalityChoiceForm(forms.Form):
    """A visitor says where they live: a name or a postcode, or one of the suggested municipalities."""

    place = forms.CharField(
        label=_("Uw gemeente of postcode"),
        help_text=_("Bijvoorbeeld Utrecht of 3511 AB."),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
        error_messages={
            "max_length": _("Gebruik maximaal %(limit_value)d tekens (nu %(show_value)d).")
        },
    )
    code = forms.CharField(required=False, widget=forms.HiddenInput, max_length=4)

    suggestions: list[Municipality] = []  # filled by clean() when a name fits several

    def clean(self):
        data = super().clean()
        code = data.get("code")
        if code:
            data["municipality"] = Municipality.objects.filter(code=code).first()
            if data["municipality"] is None:
                self.add_error(
                    "place", _("Deze gemeente kennen we niet. Typ de naam van uw gemeente.")
                )
            return data
        if "place" in self.errors:
            return data
        place = data.get("place", "")
        if not place:
            self.add_error("place", _("Typ de naam van uw gemeente of uw postcode."))
            return data
        found = find_municipalities(place)
        if not found:
            self.add_error(
                "place",
                _(
                    "We vinden geen gemeente bij „%(place)s”. Controleer wat u typte, of typ de naam van uw gemeente."
                )
                % {"place": place},
            )
        elif len(found) > 1:
            self.suggestions = found
            self.add_error(
                "place", _("Er zijn meer gemeenten met deze naam. Kies hieronder uw gemeente.")
            )
        else:
            data["municipality"] = found[0]
        return data
