"""Writes for resident, business and staff identities."""

from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from loket.tenancy.models import Municipality

from .constants import StaffRole
from .models import Business, Resident, User


@transaction.atomic
def resident_logged_in(*, bsn: str) -> Resident:
    resident, _ = Resident.objects.get_or_create(bsn=bsn)
    Resident.objects.filter(pk=resident.pk).update(last_login=timezone.now())
    return resident


@transaction.atomic
def business_logged_in(*, kvk: str, name: str = "") -> Business:
    business, created = Business.objects.get_or_create(kvk=kvk, defaults={"name": name})
    updates = {"last_login": timezone.now()}
    if name and name != business.name:
        updates["name"] = name
    Business.objects.filter(pk=business.pk).update(**updates)
    return business


def _may_use_admin(role: str) -> bool:
    """Only platform operators use the Django admin; municipal staff work in the back office."""
    return role == StaffRole.PLATFORM_OPERATOR


@transaction.atomic
def create_staff_user(
    *,
    username: str,
    role: str,
    municipality: Municipality | None,
    password: str,
    email: str = "",
    zaaktypen: list[str] | None = None,
) -> tuple[User, TOTPDevice]:
    """A staff member with a confirmed TOTP device; its `config_url` goes to their authenticator app.

    Only platform operators may use the Django admin (is_staff).
    Raises ValidationError when the role and municipality do not fit or the password is weak.
    """
    user = User(
        username=username,
        email=email,
        role=role,
        municipality=municipality,
        zaaktypen=list(zaaktypen or []),
        is_staff=_may_use_admin(role),
    )
    user.full_clean(exclude=["password"])
    validate_password(password, user)
    user.set_password(password)
    user.save()
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    return user, device


@transaction.atomic
def ensure_demo_staff_user(
    *, username: str, role: str, municipality: Municipality, password: str, zaaktypen: list[str] | None = None
) -> User:
    """Create or reset a demo staff account (development only; the caller checks)."""
    user, _ = User.objects.update_or_create(
        username=username,
        defaults={
            "role": role,
            "municipality": municipality,
            "zaaktypen": list(zaaktypen or []),
            "is_staff": _may_use_admin(role),
            "is_active": True,
        },
    )
    user.set_password(password)
    user.save(update_fields=["password"])
    return user
