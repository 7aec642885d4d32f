"""API clients of the BRP API and the purposes (doelbinding) each one is registered for."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from loket.tenancy.models import Municipality


class BrpApiClient(models.Model):
    """An application that may call the BRP API. Only a hash of its token is stored."""

    tenancy_exempt_reason = (
        "An API client is national: a client of one municipality may be restricted to it, but a "
        "national client (a chain partner) has no municipality at all."
    )

    name = models.CharField(_("naam"), max_length=100, unique=True)
    token_hash = models.CharField(_("token (SHA-256)"), max_length=64, unique=True, editable=False)
    token_hint = models.CharField(
        _("begin van het token"),
        max_length=8,
        editable=False,
        help_text=_("Om het token te herkennen."),
    )
    is_active = models.BooleanField(_("actief"), default=True)
    oin = models.CharField(_("OIN"), max_length=20, blank=True)
    municipalities = models.ManyToManyField(
        Municipality,
        blank=True,
        related_name="+",
        verbose_name=_("alleen personen ingeschreven in"),
        help_text=_("Leeg: personen in heel Nederland."),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("BRP API-client")
        verbose_name_plural = _("BRP API-clients")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class BrpApiPurpose(models.Model):
    """A purpose (doelbinding) a client is registered for, with its legal basis.

    The client names it in the `x-doelbinding` header of every call, e.g. "BRPACT-AlgemeneTaken".
    """

    client = models.ForeignKey(BrpApiClient, on_delete=models.CASCADE, related_name="purposes")
    code = models.CharField(_("code (x-doelbinding)"), max_length=100)
    description = models.CharField(_("doel"), max_length=200)
    legal_basis = models.CharField(_("grondslag"), max_length=200)

    class Meta:
        verbose_name = _("doelbinding")
        verbose_name_plural = _("doelbindingen")
        constraints = [
            models.UniqueConstraint(fields=["client", "code"], name="registry_brpapipurpose_unique")
        ]

    def __str__(self) -> str:
        return self.code
