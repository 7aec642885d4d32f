"""HTML to PDF with WeasyPrint, the municipality's branding and the QR code of the verify page.

WeasyPrint fetches nothing from the network: only data: URLs (the QR code, the logo) are allowed.
"""

from __future__ import annotations

import base64
import io

import qrcode
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse

from loket.tenancy.models import MunicipalitySettings
from loket.tenancy.selectors import branding_for


def verify_url(code: str) -> str:
    return f"{settings.LOKET_BASE_URL}{reverse('verification:verify')}?code={code}"


def qr_data_uri(text: str) -> str:
    image = qrcode.make(text, box_size=6, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def _logo_data_uri(municipality) -> str:
    if municipality is None:
        return ""
    row = MunicipalitySettings.all_municipalities.filter(municipality=municipality).first()
    if row is None or not row.logo:
        return ""
    try:
        with row.logo.open("rb") as handle:
            data = handle.read()
    except OSError:
        return ""
    kind = "png" if data.startswith(b"\x89PNG") else "jpeg"
    return f"data:image/{kind};base64," + base64.b64encode(data).decode()


def render_pdf(template: str, context: dict, *, code: str, municipality) -> bytes:
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    url = verify_url(code)
    html = render_to_string(
        template,
        {
            **context,
            "code": code,
            "verify_url": url,
            "verify_page": f"{settings.LOKET_BASE_URL}{reverse('verification:verify')}",
            "qr_code": qr_data_uri(url),
            "branding": branding_for(municipality),
            "logo": _logo_data_uri(municipality),
        },
    )
    fetcher = URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)  # nothing from the network
    return HTML(string=html, url_fetcher=fetcher).write_pdf()
