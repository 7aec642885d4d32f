from django.db import models
from django.utils.translation import gettext_lazy as _

from ..constants import Gender, PartnershipType, RelationshipKind
from .person import Person


class Relationship(models.Model):
    """A parent, child or partner as recorded on one person's list (BRP categories 02, 03, 05, 09).

    As in the BRP, each person list carries its own copy of the related person's identifying data,
    because many relatives are not registered here (born abroad, no BSN). `related_person` links to
    the registered person when there is one. A partnership therefore is two rows, one on each list.
    """

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="relationships")
    kind = models.CharField(_("soort"), max_length=8, choices=RelationshipKind.choices)
    parent_number = models.CharField(_("ouderaanduiding"), max_length=1, blank=True)
    related_person = models.ForeignKey(
        Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    bsn = models.CharField(_("burgerservicenummer"), max_length=9, blank=True, db_index=True)
    a_number = models.CharField(_("A-nummer"), max_length=10, blank=True)
    first_names = models.CharField(_("voornamen"), max_length=200, blank=True)
    noble_title = models.CharField(_("adellijke titel of predicaat"), max_length=2, blank=True)
    name_prefix = models.CharField(_("voorvoegsel"), max_length=10, blank=True)
    surname = models.CharField(_("geslachtsnaam"), max_length=200, blank=True)
    birth_date = models.CharField(_("geboortedatum"), max_length=8, blank=True)
    birth_place = models.CharField(_("geboorteplaats"), max_length=80, blank=True)
    birth_country = models.CharField(_("geboorteland"), max_length=4, blank=True)
    gender = models.CharField(_("geslacht"), max_length=1, choices=Gender.choices, blank=True)
    valid_from = models.CharField(_("datum ingang"), max_length=8, blank=True)
    valid_until = models.CharField(_("datum einde"), max_length=8, blank=True)
    partnership_type = models.CharField(
        _("soort verbintenis"), max_length=1, choices=PartnershipType.choices, blank=True
    )
    start_place = models.CharField(_("plaats aangaan"), max_length=80, blank=True)
    start_country = models.CharField(_("land aangaan"), max_length=4, blank=True)
    end_place = models.CharField(_("plaats ontbinding"), max_length=80, blank=True)
    end_country = models.CharField(_("land ontbinding"), max_length=4, blank=True)
    end_reason = models.CharField(_("reden ontbinding"), max_length=1, blank=True)

    class Meta:
        verbose_name = _("relatie")
        verbose_name_plural = _("relaties")
        indexes = [models.Index(fields=["person", "kind"], name="registry_relationship_kind")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} van persoon {self.person_id}"

    @property
    def is_current(self) -> bool:
        return not self.valid_until
