"""How often one person or company may look someone up in the registry through a form.

A form that answers "we cannot find this person" or "this death is already registered" tells
the asker something about a BSN; counted per actor in the cache, such answers cannot be
harvested. Every look-up is also in the processing log of the person found.
"""

import structlog
from django.conf import settings

from loket.core.attempt_counter import within_limit
from loket.privacy.actors import Actor

logger = structlog.get_logger(__name__)


def lookup_allowed(actor: Actor) -> bool:
    """Count one look-up by `actor`; False once they went over the limit within the window."""
    if within_limit(
        f"loket:person-lookups:{actor.kind}:{actor.identifier}",
        limit=settings.LOKET_PERSON_LOOKUP_LIMIT,
        window=settings.LOKET_PERSON_LOOKUP_WINDOW,
    ):
        return True
    # the actor's kind and pseudonymous identifier only: never the BSN that was asked for
    logger.warning("person_lookup_rate_limited", actor_kind=actor.kind, actor=actor.identifier)
    return False
