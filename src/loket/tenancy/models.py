from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .branding import contrast_ratio, validate_hex_colour, validate_logo
from .context import get_active_municipality, require_active_municipality
from .query import CrossTenantManager, TenantManager


class Municipality(models.Model):
    """One of the 342 Dutch municipalities (gemeenten). Not tenant-owned: it *is* the tenant."""

    code = models.CharField(_("gemeentecode"), max_length=4, unique=True, help_text="CBS/BRP code, e.g. 0363")
    name = models.CharField(_("naam"), max_length=100)
    official_name = models.CharField(_("officiële naam"), max_length=100)
    province_code = models.CharField(_("provinciecode"), max_length=4)
    province = models.CharField(_("provincie"), max_length=50)
    population = models.PositiveIntegerField(_("inwoners (indicatief)"), default=0)
    rsin = models.CharField(_("RSIN"), max_length=9, blank=True, default="")
    tooi_uri = models.URLField(_("TOOI-URI"), blank=True, default="")
    owms_uri = models.URLField(_("OWMS-URI"), blank=True, default="")

    class Meta:
        ordering = ["name"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self) -> str:
        return self.name

    @property
    def cbs_code(self) -> str:
        return f"GM{self.code}"

    def clean(self):
        if self.rsin:
            from stdnum.nl import bsn

            if not bsn.is_valid(self.rsin):
                raise ValidationError({"rsin": _("Dit RSIN is niet geldig.")})


class TenantOwnedModel(models.Model):
    """Base of every model whose rows belong to one municipality.

    The municipality column is also the future distribution key (Citus). The default manager
    is tenant-scoped and fails closed; see `loket.tenancy.query`.
    """

    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="+", verbose_name=_("gemeente")
    )

    objects = TenantManager()
    all_municipalities = CrossTenantManager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        active = get_active_municipality()
        if self.municipality_id is None:
            self.municipality = require_active_municipality()
        elif active is not None and active.pk != self.municipality_id:
            raise ValidationError(_("Dit gegeven hoort bij een andere gemeente."))
        super().save(*args, **kwargs)


class MunicipalitySettings(TenantOwnedModel):
    """What a municipality sets for itself: how it is shown and how residents reach it."""

    display_name = models.CharField(_("weergavenaam"), max_length=100, blank=True)
    logo = models.FileField(_("logo"), upload_to="branding/", blank=True, validators=[validate_logo])
    brand_colour = models.CharField(
        _("huisstijlkleur"),
        max_length=7,
        default="#154273",
        validators=[validate_hex_colour],
        help_text=_("Hexadecimaal, bijvoorbeeld #154273. Witte tekst moet er goed op leesbaar zijn."),
    )
    phone = models.CharField(_("telefoonnummer"), max_length=20, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    website = models.URLField(_("website"), blank=True)
    visiting_address = models.TextField(_("bezoekadres"), blank=True)
    opening_hours = models.TextField(_("openingstijden"), blank=True)

    class Meta:
        verbose_name = _("instellingen van de gemeente")
        verbose_name_plural = _("instellingen van gemeenten")
        constraints = [models.UniqueConstraint(fields=["municipality"], name="one_settings_per_municipality")]

    def __str__(self) -> str:
        return self.display_name or str(self.municipality_id)

    def clean(self):
        super().clean()
        if self.brand_colour and contrast_ratio(self.brand_colour, "#ffffff") < 4.5:
            raise ValidationError(
                {
                    "brand_colour": _(
                        "Deze kleur is te licht: witte tekst is er niet goed op te lezen "
                        "(contrast %(ratio).1f:1, minimaal 4,5:1 nodig)."
                    )
                    % {"ratio": contrast_ratio(self.brand_colour, "#ffffff")}
                }
            )
