"""The death certificate (akte van overlijden) as a PDF, drawn up by the municipality of death."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import translation


@dataclass(frozen=True)
class CertificateFacts:
    number: str  # the zaak's identificatie
    municipality_name: str
    deceased_name: str
    birth_date: datetime.date | None
    died_at: datetime.datetime
    residence_name: str
    declared_by: str
    drawn_up_on: datetime.date


def certificate_pdf(facts: CertificateFacts) -> bytes:
    """A simple A4 certificate in Dutch (a civil-status certificate is in Dutch whatever the page language)."""
    from weasyprint import HTML

    with translation.override("nl"):
        html = render_to_string("overlijden/pdf/akte.html", {"facts": facts})
    return HTML(string=html).write_pdf()
