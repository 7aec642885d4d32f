"""Dutch identity numbers. BSN and RSIN pass the eleven-test (python-stdnum); KVK is 8 digits."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.nl import bsn as stdnum_bsn


def normalize_bsn(value: str) -> str:
    return stdnum_bsn.compact(value or "").zfill(9) if (value or "").strip() else ""


def validate_bsn(value: str) -> None:
    compact = stdnum_bsn.compact(value or "")
    if not compact.isdigit() or len(compact) not in (8, 9):
        raise ValidationError(_("Een burgerservicenummer heeft 9 cijfers."), code="bsn_length")
    try:
        stdnum_bsn.validate(compact.zfill(9))
    except StdnumError:
        raise ValidationError(
            _("Dit burgerservicenummer bestaat niet. Kijk of u het goed hebt overgenomen."), code="bsn_invalid"
        ) from None


def is_valid_bsn(value: str) -> bool:
    try:
        validate_bsn(value)
    except ValidationError:
        return False
    return True


def validate_kvk(value: str) -> None:
    if not (value or "").isdigit() or len(value) != 8:
        raise ValidationError(_("Een KVK-nummer heeft 8 cijfers."), code="kvk_invalid")
