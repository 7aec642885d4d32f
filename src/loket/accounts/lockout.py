"""Staff lockout after wrong passwords (django-axes counts them per account): tell the owner, let an
operator unlock.

Counting per account means anyone who knows a username can lock that account for the cool-off.
What keeps that from becoming a lockout with no way back: the cool-off is fixed (tries during a
lockout do not extend it, see AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT), the owner gets one
e-mail per lockout so they know it was not them, and a platform operator can unlock at once
(`unlock`, the "Account vrijgeven" action in the admin, or `loket axes_reset_username`).
"""

import hashlib
import smtplib

import structlog
from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

logger = structlog.get_logger(__name__)


def _notice_key(username: str) -> str:
    # Hashed: the username is whatever was typed, so no length or characters a cache key may not have.
    return "loket:lockout-notice:" + hashlib.sha256(username.encode()).hexdigest()


def _cool_off_seconds() -> int:
    return int(get_cool_off().total_seconds())


def recent_failures(username: str) -> int:
    """Wrong passwords for this account within the cool-off, from every address together."""
    since = timezone.now() - get_cool_off()
    attempts = AccessAttempt.objects.filter(username=username, attempt_time__gte=since)
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def is_locked_out(username: str) -> bool:
    return recent_failures(username) >= settings.AXES_FAILURE_LIMIT


def unlock(user, *, by) -> int:
    """Forget the account's wrong passwords, so it can log in again now. Returns the records removed."""
    removed = reset(username=user.get_username())
    cache.delete(_notice_key(user.get_username()))
    logger.warning("staff_unlocked", username=user.get_username(), by=by.get_username(), records=removed)
    return removed


def lockout_notice(username: str) -> tuple[str, str]:
    """Subject and text of the e-mail to the owner of a locked account. No address, no password."""
    minutes = _cool_off_seconds() // 60
    body = "\n\n".join(
        [
            _("Beste %(username)s,") % {"username": username},
            _(
                "Er is %(count)s keer een verkeerd wachtwoord ingevuld voor uw account bij Loket. "
                "Daarom kunt u de komende %(minutes)s minuten niet inloggen."
            )
            % {"count": settings.AXES_FAILURE_LIMIT, "minutes": minutes},
            _("Was u dit zelf? Dan hoeft u niets te doen. Probeer het later opnieuw."),
            _(
                "Was u dit niet? Dan probeert misschien iemand anders met uw account in te loggen. "
                "Meld dit meteen bij uw functioneel beheerder."
            ),
            _("Dit is een automatisch bericht. U kunt niet op deze e-mail antwoorden."),
        ]
    )
    return _("Uw account bij Loket is tijdelijk geblokkeerd"), body + "\n"


def account_locked_out(sender, request=None, username=None, ip_address=None, **kwargs):
    """axes' `user_locked_out` signal: at the lockout and at every refused try during it.

    Every refusal is logged; the owner is e-mailed once per lockout.
    """
    logger.warning("staff_login_locked_out", username=username, ip_address=ip_address)
    if not username or not cache.add(_notice_key(username), True, timeout=_cool_off_seconds()):
        return
    owner = get_user_model().objects.filter(username=username, is_active=True).exclude(email="").first()
    if owner is None:
        return  # an unknown username, or nobody to tell
    subject, body = lockout_notice(owner.get_username())
    try:
        owner.email_user(subject, body)
    except (smtplib.SMTPException, OSError) as exc:
        # The lockout itself stands; the operator sees the failed notice in the log.
        logger.error("staff_lockout_notice_failed", username=username, error=type(exc).__name__)
