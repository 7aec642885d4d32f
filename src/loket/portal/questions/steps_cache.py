"""The steps of a question page, rendered once per municipality and language and then cached.

Rendering the list of steps is most of the page's cost. What it shows changes only when the
catalogue or a municipality's modules change; each such write starts a new generation of the
cache, so a page never shows an old list. Also in the key: the municipality's contact details, the
installed modules, and this release's template and translations.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.core.cache import cache
from django.template.loader import get_template, render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from loket.catalogue.models import LifeEventQuestion
from loket.core.cache_generation import CacheGeneration
from loket.modules.registry import register
from loket.tenancy.models import Municipality

from .selectors import product_options

GENERATION = CacheGeneration("portal:question-steps")
forget_all = GENERATION.forget_all  # receiver of catalogue and module activation writes
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
    return GENERATION.key(question.slug, place, get_language(), digest)
