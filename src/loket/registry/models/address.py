from django.db import models
from django.utils.translation import gettext_lazy as _

from loket.tenancy.models import Municipality


class Address(models.Model):
    """An address as the BAG knows it (nummeraanduiding with its adresseerbaar object).

    The BAG ids are indexed but not unique: RvIG's test set reuses some, and historical
    addresses from before the BAG have none.
    """

    tenancy_exempt_reason = (
        "Addresses are public national key data (LV BAG). A move to another municipality and the "
        "national BRP API look them up across municipalities; the column records where it lies."
    )

    nummeraanduiding_id = models.CharField(_("nummeraanduiding-id"), max_length=16, blank=True, db_index=True)
    adresseerbaar_object_id = models.CharField(
        _("adresseerbaar-object-id"), max_length=16, blank=True, db_index=True
    )
    street = models.CharField(_("straatnaam"), max_length=80, blank=True)
    public_space_name = models.CharField(_("naam openbare ruimte"), max_length=80, blank=True)
    house_number = models.PositiveIntegerField(_("huisnummer"), null=True, blank=True)
    house_letter = models.CharField(_("huisletter"), max_length=1, blank=True)
    house_number_addition = models.CharField(_("huisnummertoevoeging"), max_length=4, blank=True)
    postcode = models.CharField(_("postcode"), max_length=6, blank=True)
    place = models.CharField(_("woonplaats"), max_length=80, blank=True)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="+", verbose_name=_("gemeente")
    )
    is_residential = models.BooleanField(
        _("woonfunctie"), default=True, db_default=True, help_text=_("Het adres is bedoeld om te wonen (BAG-gebruiksdoel).")
    )

    class Meta:
        verbose_name = _("adres")
        verbose_name_plural = _("adressen")
        indexes = [
            models.Index(fields=["postcode", "house_number"], name="registry_address_pc_nr"),
            models.Index(fields=["street", "house_number", "municipality"], name="registry_address_street"),
        ]

    def __str__(self) -> str:
        return self.line1

    @property
    def line1(self) -> str:
        number = f"{self.house_number or ''}{self.house_letter}"
        if self.house_number_addition:
            number = f"{number}-{self.house_number_addition}"
        return " ".join(part for part in (self.public_space_name or self.street, number) if part)

    @property
    def line2(self) -> str:
        postcode = f"{self.postcode[:4]} {self.postcode[4:]}" if len(self.postcode) == 6 else self.postcode
        return " ".join(part for part in (postcode, self.place.upper()) if part)
