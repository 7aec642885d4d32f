"""Issuing a signed document: render, sign, record. Runs in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, transaction

from . import signing
from .codes import new_code
from .models import SignedDocument
from .rendering import render_pdf


@dataclass(frozen=True)
class Issued:
    code: str
    content: bytes
    sha256: str


def issue_pdf(
    *, template: str, context: dict, title: str, statements: list, municipality, subject_bsn: str = ""
) -> Issued:
    statements = [[str(label), str(value)] for label, value in statements]
    for _attempt in range(5):
        code = new_code()
        pdf = render_pdf(template, {**context, "title": title}, code=code, municipality=municipality)
        body_sha = signing.sha256(pdf)
        key_id, signature = signing.sign(code, body_sha, signing.statements_digest(title, statements))
        content = signing.embed(pdf, key_id, code, signature)
        try:
            with transaction.atomic():
                SignedDocument.objects.create(
                    code=code,
                    key_id=key_id,
                    sha256=body_sha,
                    signature=signature,
                    title=title[:200],
                    statements=statements,
                    subject_bsn=subject_bsn,
                    municipality=municipality,
                )
        except IntegrityError:  # the same code twice: 60 random bits, practically never
            continue
        return Issued(code=code, content=content, sha256=signing.sha256(content))
    raise RuntimeError("Could not find a free document code.")
