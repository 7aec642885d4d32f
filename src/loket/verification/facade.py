"""What modules use to issue signed documents (contract: render, sign, record, in one go).

`issue_pdf(template=..., context=..., title=..., statements=[(label, value), ...],
municipality=..., subject_bsn=...)` renders the template to PDF with the municipality's branding,
a QR code and short code leading to /verify/, signs it and records it, in the caller's
transaction. The template gets `code`, `verify_url`, `verify_page`, `qr_code`, `branding`,
`logo` and `title` next to the caller's context. `statements` is what /verify/ will show.
"""

from .services import Issued, issue_pdf

__all__ = ["Issued", "issue_pdf"]
