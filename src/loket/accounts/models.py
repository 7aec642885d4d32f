from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from loket.tenancy.models import Municipality

from .constants import NATIONAL_ROLES, StaffRole
from .validators import validate_bsn, validate_kvk


class StaffManager(UserManager):
    def create_superuser(self, username, email=None, password=None, **extra_fields):
        """`createsuperuser` makes a platform operator: no municipality, the Django admin."""
        extra_fields.setdefault("role", StaffRole.PLATFORM_OPERATOR)
        return super().create_superuser(username, email, password, **extra_fields)


class User(AbstractUser):
    """A staff member. Belongs to exactly one municipality, except national coordinators and
    platform operators (the only ones who use the Django admin)."""

    tenancy_exempt_reason = "Staff identities are resolved before a municipality is active."

    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("gemeente")
    )
    role = models.CharField(_("rol"), max_length=32, choices=StaffRole.choices, default=StaffRole.CASE_HANDLER)
    zaaktypen = models.JSONField(
        _("zaaktypen"),
        default=list,
        blank=True,
        help_text=_("De zaaktypen (identificatie) waarvan deze behandelaar de zaken mag zien en behandelen."),
    )

    objects = StaffManager()

    class Meta:
        verbose_name = _("medewerker")
        verbose_name_plural = _("medewerkers")
        constraints = [
            models.CheckConstraint(
                name="staff_municipality_matches_role",
                condition=(
                    models.Q(role__in=sorted(NATIONAL_ROLES), municipality__isnull=True)
                    | (~models.Q(role__in=sorted(NATIONAL_ROLES)) & models.Q(municipality__isnull=False))
                ),
            )
        ]

    def clean(self):
        super().clean()
        if self.role in NATIONAL_ROLES and self.municipality_id:
            raise ValidationError({"municipality": _("Een landelijk coördinator hoort niet bij één gemeente.")})
        if self.role not in NATIONAL_ROLES and not self.municipality_id:
            raise ValidationError({"municipality": _("Een medewerker hoort bij precies één gemeente.")})

    @property
    def is_national_coordinator(self) -> bool:
        return self.role == StaffRole.NATIONAL_COORDINATOR

    @property
    def is_platform_operator(self) -> bool:
        return self.role == StaffRole.PLATFORM_OPERATOR and not self.municipality_id

    def handles(self, zaaktype_identificatie: str) -> bool:
        return self.role == StaffRole.CASE_HANDLER and zaaktype_identificatie in (self.zaaktypen or [])


class Resident(models.Model):
    """A resident known to the platform by BSN, created on first login. Lives across municipalities."""

    bsn = models.CharField(_("burgerservicenummer"), max_length=9, unique=True, validators=[validate_bsn])
    preferred_language = models.CharField(_("voorkeurstaal"), max_length=5, default="nl")
    first_login = models.DateTimeField(_("eerste keer ingelogd"), auto_now_add=True)
    last_login = models.DateTimeField(_("laatst ingelogd"), null=True, blank=True)

    class Meta:
        verbose_name = _("inwoner")
        verbose_name_plural = _("inwoners")

    def __str__(self) -> str:
        return f"inwoner {self.pk}"


class Business(models.Model):
    """An organisation known by its KVK number (undertaker, debt counsellor, …)."""

    kvk = models.CharField(_("KVK-nummer"), max_length=8, unique=True, validators=[validate_kvk])
    name = models.CharField(_("naam"), max_length=200, blank=True)
    first_login = models.DateTimeField(_("eerste keer ingelogd"), auto_now_add=True)
    last_login = models.DateTimeField(_("laatst ingelogd"), null=True, blank=True)

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self) -> str:
        return self.name or self.kvk
