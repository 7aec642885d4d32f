from django.db import models
from django.utils.translation import gettext_lazy as _

from loket.tenancy.models import TenantOwnedModel

from ..constants import AddressFunction
from .address import Address
from .person import Person


class Residence(TenantOwnedModel):
    """Where a person lived in the Netherlands, and when (BRP category 08 and its history).

    Tenant-owned: the municipality is the municipality of registration, which keeps these rows.
    An empty `valid_until` is the current residence. `address` is empty for a location without
    an address (a houseboat or caravan spot), described in `location_description`.
    """

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="residences")
    address = models.ForeignKey(
        Address, on_delete=models.PROTECT, null=True, blank=True, related_name="residences"
    )
    location_description = models.CharField(_("locatiebeschrijving"), max_length=100, blank=True)
    address_function = models.CharField(
        _("functie adres"), max_length=1, choices=AddressFunction.choices, default=AddressFunction.RESIDENCE
    )
    valid_from = models.CharField(_("datum aanvang adreshouding"), max_length=8, blank=True)
    valid_until = models.CharField(_("datum einde adreshouding"), max_length=8, blank=True)
    registered_in_municipality_on = models.CharField(_("datum inschrijving in gemeente"), max_length=8, blank=True)
    municipality_code = models.CharField(
        _("gemeente van inschrijving zoals vastgelegd"),
        max_length=4,
        blank=True,
        help_text=_("De code op de persoonslijst; kan een opgeheven gemeente zijn."),
    )

    class Meta:
        verbose_name = _("verblijfplaats")
        verbose_name_plural = _("verblijfplaatsen")
        indexes = [
            models.Index(fields=["person", "valid_until"], name="registry_residence_person"),
            models.Index(fields=["address", "valid_until"], name="registry_residence_address"),
            models.Index(fields=["municipality", "valid_until"], name="registry_residence_municip"),
        ]

    def __str__(self) -> str:
        return f"verblijfplaats {self.pk}"

    @property
    def is_current(self) -> bool:
        return not self.valid_until


class ForeignResidence(models.Model):
    """A stay abroad or at an unknown place (country 0000), incl. registration in the RNI.

    National, not tenant-owned: a person abroad is registered by no municipality; the RNI is kept
    for the state as a whole.
    """

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="foreign_residences")
    country = models.CharField(_("land (tabel 34)"), max_length=4)
    line1 = models.CharField(_("adresregel 1"), max_length=100, blank=True)
    line2 = models.CharField(_("adresregel 2"), max_length=100, blank=True)
    line3 = models.CharField(_("adresregel 3"), max_length=100, blank=True)
    valid_from = models.CharField(_("datum aanvang"), max_length=8, blank=True)
    valid_until = models.CharField(_("datum einde"), max_length=8, blank=True)
    in_rni = models.BooleanField(_("ingeschreven in de RNI"), default=False)

    class Meta:
        verbose_name = _("verblijf buitenland")
        verbose_name_plural = _("verblijven buitenland")
        indexes = [models.Index(fields=["person", "valid_until"], name="registry_foreign_person")]

    def __str__(self) -> str:
        return f"buitenland {self.country}"
