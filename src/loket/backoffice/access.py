"""Who may do what in the back office. Every view goes through one of these decorators.

Fails closed: a case another municipality owns, or of a zaaktype not granted to the handler, is
simply not found (404), so its existence is not revealed either. The zaken queryset is the
tenant-scoped one (the staff member's municipality is active for the request).
"""

from __future__ import annotations

from functools import wraps

from django.http import Http404
from django.shortcuts import render

from loket.accounts.constants import StaffRole
from loket.authentication.decorators import is_verified_staff, login_redirect
from loket.components.zaken.models import Zaak

STAFF_LOGIN = "authentication:staff-login"


def _role_required(*roles: str, municipal: bool = True):
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            user = request.user
            if not user.is_authenticated:
                return login_redirect(request, STAFF_LOGIN)
            if not is_verified_staff(user) or user.role not in roles or bool(user.municipality_id) != municipal:
                return render(request, "backoffice/forbidden.html", status=403)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


case_handler_required = _role_required(StaffRole.CASE_HANDLER)
functional_administrator_required = _role_required(StaffRole.FUNCTIONAL_ADMINISTRATOR)
national_coordinator_required = _role_required(StaffRole.NATIONAL_COORDINATOR, municipal=False)


def handled_zaken(user):
    """The zaken this case handler may see: their municipality (the active one), granted zaaktypen."""
    return Zaak.objects.filter(municipality_id=user.municipality_id, zaaktype__identificatie__in=list(user.zaaktypen or []))


def case_or_404(user, uuid) -> Zaak:
    zaak = (
        handled_zaken(user)
        .select_related("zaaktype", "zaaktype__catalogus", "status__statustype", "municipality")
        .filter(uuid=uuid)
        .first()
    )
    if zaak is None:
        raise Http404
    return zaak
