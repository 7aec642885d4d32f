from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..constants import Gender, NameUsage
from ..dates import validate_brp_date


class Person(models.Model):
    """A person list (persoonslijst). National: a person keeps one record wherever they live.

    Which municipality keeps it follows from the current `Residence`; see
    docs/adr/0002-registry-tenancy.md.
    """

    a_number = models.CharField(_("A-nummer"), max_length=10, unique=True, null=True, blank=True)
    bsn = models.CharField(_("burgerservicenummer"), max_length=9, unique=True, null=True, blank=True)
    disputed_bsn = models.CharField(
        _("betwist burgerservicenummer"),
        max_length=9,
        blank=True,
        db_index=True,
        help_text=_("Een BSN dat ook op een andere persoonslijst staat. Wordt uitgezocht; niet gebruiken."),
    )
    first_names = models.CharField(_("voornamen"), max_length=200, blank=True)
    noble_title = models.CharField(_("adellijke titel of predicaat"), max_length=2, blank=True)
    name_prefix = models.CharField(_("voorvoegsel"), max_length=10, blank=True)
    surname = models.CharField(_("geslachtsnaam"), max_length=200)
    name_usage = models.CharField(
        _("aanduiding naamgebruik"), max_length=1, choices=NameUsage.choices, default=NameUsage.OWN
    )
    birth_date = models.CharField(_("geboortedatum"), max_length=8, blank=True, validators=[validate_brp_date])
    birth_place = models.CharField(_("geboorteplaats"), max_length=80, blank=True)
    birth_country = models.CharField(_("geboorteland (tabel 34)"), max_length=4, blank=True)
    gender = models.CharField(_("geslacht"), max_length=1, choices=Gender.choices, blank=True)
    death_date = models.CharField(_("datum overlijden"), max_length=8, blank=True, validators=[validate_brp_date])
    death_place = models.CharField(_("plaats overlijden"), max_length=80, blank=True)
    death_country = models.CharField(_("land overlijden (tabel 34)"), max_length=4, blank=True)
    secrecy = models.PositiveSmallIntegerField(
        _("indicatie geheim"), default=0, validators=[MaxValueValidator(7)]
    )
    suspension_date = models.CharField(_("datum opschorting bijhouding"), max_length=8, blank=True)
    suspension_reason = models.CharField(_("reden opschorting bijhouding"), max_length=1, blank=True)
    first_registered_on = models.CharField(_("datum eerste inschrijving"), max_length=8, blank=True)

    class Meta:
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        indexes = [
            models.Index(fields=["surname", "birth_date"], name="registry_person_name_birth"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(secrecy__lte=7), name="registry_person_secrecy_0_7"),
        ]

    def __str__(self) -> str:
        return f"persoon {self.pk}"

    @property
    def is_deceased(self) -> bool:
        return bool(self.death_date)

    @property
    def own_surname(self) -> str:
        return " ".join(part for part in (self.name_prefix, self.surname) if part)


class PersonNationality(models.Model):
    """One nationality (BRP category 04). `ended_reason` set means it was lost."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="nationalities")
    nationality = models.CharField(_("nationaliteit (tabel 32)"), max_length=4, blank=True)
    special_dutch = models.CharField(_("bijzonder Nederlanderschap"), max_length=1, blank=True)
    acquired_reason = models.CharField(_("reden opname"), max_length=3, blank=True)
    ended_reason = models.CharField(_("reden beëindigen"), max_length=3, blank=True)
    valid_from = models.CharField(_("datum ingang geldigheid"), max_length=8, blank=True)

    class Meta:
        verbose_name = _("nationaliteit")
        verbose_name_plural = _("nationaliteiten")

    def __str__(self) -> str:
        return self.nationality or self.special_dutch
