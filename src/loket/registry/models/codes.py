"""The BRP national code tables (Landelijke tabellen) the registry uses: 32, 33 and 34.

Rows refer to these by code (a plain text column), as the BRP itself does, so bulk loads need no
lookups and an unknown historical code never blocks an import.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CodeTableRow(models.Model):
    code = models.CharField(_("code"), max_length=4, primary_key=True)
    description = models.CharField(_("omschrijving"), max_length=200)
    valid_from = models.CharField(_("datum ingang"), max_length=8, blank=True)
    valid_until = models.CharField(_("datum einde"), max_length=8, blank=True)

    class Meta:
        abstract = True
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.description}"


class NationalityCode(CodeTableRow):
    """Tabel 32 Nationaliteitentabel."""

    class Meta(CodeTableRow.Meta):
        verbose_name = _("nationaliteit (tabel 32)")
        verbose_name_plural = _("nationaliteiten (tabel 32)")


class MunicipalityCode(CodeTableRow):
    """Tabel 33 Gemeententabel, including dissolved municipalities and their successor."""

    new_code = models.CharField(_("nieuwe code"), max_length=4, blank=True)

    class Meta(CodeTableRow.Meta):
        verbose_name = _("gemeentecode (tabel 33)")
        verbose_name_plural = _("gemeentecodes (tabel 33)")


class CountryCode(CodeTableRow):
    """Tabel 34 Landentabel."""

    class Meta(CodeTableRow.Meta):
        verbose_name = _("land (tabel 34)")
        verbose_name_plural = _("landen (tabel 34)")
