from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loket.tenancy.models import Municipality


class SignedDocument(models.Model):
    """One document the platform issued and signed: what anyone may check on /verify/.

    `statements` is what the document states (label, value pairs), shown to whoever holds the
    short code or the file; `signature` covers the PDF bytes, the code and those statements.
    """

    tenancy_exempt_reason = (
        "Checked by anyone on the public /verify/ page, which belongs to no municipality; "
        "the column records which municipality issued the document."
    )

    code = models.CharField(_("controlecode"), max_length=14, unique=True)
    key_id = models.CharField(_("sleutel"), max_length=40)
    sha256 = models.CharField(_("SHA-256 van het document"), max_length=64, db_index=True)
    signature = models.CharField(_("handtekening"), max_length=100)
    title = models.CharField(_("titel"), max_length=200)
    statements = models.JSONField(_("wat het document vermeldt"), default=list)
    subject_bsn = models.CharField(_("BSN van de persoon"), max_length=9, blank=True)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("gemeente")
    )
    issued_at = models.DateTimeField(_("uitgegeven op"), default=timezone.now)

    class Meta:
        verbose_name = _("ondertekend document")
        verbose_name_plural = _("ondertekende documenten")

    def __str__(self) -> str:
        return f"{self.title} {self.code}"
