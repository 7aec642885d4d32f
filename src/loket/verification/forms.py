from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .codes import normalise


class DescribedForm(forms.Form):
    """Links each field to its hint and error text for screen readers (WCAG 1.3.1, 3.3.1)."""

    def full_clean(self):
        super().full_clean()
        self._describe()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe()

    def _describe(self):
        for name, form_field in self.fields.items():
            bound = self[name]
            ids = [f"{bound.auto_id}_hint"] if form_field.help_text else []
            if self.is_bound and name in (self._errors or {}):
                ids.append(f"{bound.auto_id}_error")
                form_field.widget.attrs["aria-invalid"] = "true"
            if ids:
                form_field.widget.attrs["aria-describedby"] = " ".join(ids)


class CodeForm(DescribedForm):
    code = forms.CharField(
        label=_("Controlecode"),
        help_text=_("De code staat onder de QR-code op het document, bijvoorbeeld AB12-CD34-EF56."),
        max_length=20,
        error_messages={"required": _("Vul de controlecode in.")},
    )

    def clean_code(self):
        code = normalise(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(_("Een controlecode heeft 12 letters en cijfers, bijvoorbeeld AB12-CD34-EF56."))
        return code


class FileForm(DescribedForm):
    document = forms.FileField(
        label=_("PDF-bestand"),
        help_text=_("Het bestand zoals u het kreeg, zonder het te openen en opnieuw op te slaan."),
        error_messages={"required": _("Kies een PDF-bestand."), "empty": _("Dit bestand is leeg.")},
    )

    def clean_document(self):
        upload = self.cleaned_data["document"]
        if upload.size > settings.LOKET_VERIFY_MAX_UPLOAD:
            raise forms.ValidationError(_("Dit bestand is te groot om te controleren."))
        return upload
