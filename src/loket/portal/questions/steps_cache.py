"""The steps of a question page, rendered once per municipality and language and then cached.

Rendering the list of steps is most of the page's cost. What it shows changes only when the
catalogue or a municipality's modules change; each such write gives the cache a new version,
so a page never shows an old list. Also in the key: the municipality's contact details, the
installed modules, and this release's template and translations.
"""

from __future__ import annotations

import functools
import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.core.cache import cache
from django.db import transaction
from django.template.loader import get_template, render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from loket.catalogue.models import LifeEventQuestion
from loket.modules.registry import register
from loket.tenancy.models import Municipality

from .selectors import product_options

VERSION_KEY = "portal:question-steps:version"
TIMEOUT_SECONDS = 60 * 60
TEMPLATE = "portal/questions/_steps.html"


@dataclass(frozen=True)
class Steps:
    html: SafeString
    online_count: int
    total: int


def steps_for(question: LifeEventQuestion, municipality: Municipality | None, branding) -> Steps:
    key = _key(question, municipality, branding)
    cached = cache.get(key)
    if cached is None:
        options = product_options(question, municipality)
        context = {"options": options, "place": municipality, "place_branding": branding}
        cached = {
            "html": str(render_to_string(TEMPLATE, context)),
            "online_count": sum(1 for option in options if option.module),
            "total": len(options),
        }
        cache.set(key, cached, TIMEOUT_SECONDS)
    return Steps(mark_safe(cached["html"]), cached["online_count"], cached["total"])  # noqa: S308 - our own template's output


def forget_all(**kwargs) -> None:
    """Signal receiver: the catalogue or a module activation changed.

    Again after the commit: a page rendered between the write and its commit still saw the old rows.
    """
    _new_version()
    transaction.on_commit(_new_version)


def _new_version() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def _version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY, "")
    return version


@functools.cache
def _release() -> str:
    """The template and the translations this process renders with."""
    digest = hashlib.sha256(Path(get_template(TEMPLATE).origin.name).read_bytes())
    for catalogue in sorted((Path(__file__).parents[2] / "locale").glob("*/LC_MESSAGES/django.mo")):
        digest.update(catalogue.read_bytes())
    return digest.hexdigest()[:16]


def _key(question: LifeEventQuestion, municipality: Municipality | None, branding) -> str:
    reach = (branding.phone, bool(branding.email or branding.visiting_address)) if branding else None
    varies = repr((reach, [module.identifier for module in register], _release()))
    digest = hashlib.sha256(varies.encode()).hexdigest()[:20]
    place = municipality.code if municipality is not None else "-"
    return f"portal:question-steps:{_version()}:{question.slug}:{place}:{get_language()}:{digest}"
