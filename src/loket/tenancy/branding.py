"""Brand colours: WCAG 2.1 contrast so text on the municipality's colour stays readable."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def validate_hex_colour(value: str) -> None:
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(_("Geef een kleur als #rrggbb, bijvoorbeeld #154273."))


def _relative_luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted((_relative_luminance(foreground), _relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


LOGO_MAX_BYTES = 512 * 1024
LOGO_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpeg",
}


def validate_logo(upload) -> None:
    """A logo is a PNG or JPEG of at most 512 kB, judged by its content, not its name.

    SVG is refused on purpose: it can carry script.
    """
    if upload.size > LOGO_MAX_BYTES:
        raise ValidationError(_("Het logo is te groot. Het mag maximaal 512 kB zijn."))
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(8)
    upload.seek(position)
    if not any(head.startswith(signature) for signature in LOGO_SIGNATURES):
        raise ValidationError(_("Het logo moet een PNG- of JPEG-afbeelding zijn."))
