"""Who is logged in on the resident side, kept server-side in the session.

Residents and businesses are not Django users: DigiD and eHerkenning vouch for a BSN or KVK
number, and that is what the platform keeps. Logging in always starts a new session id;
logging out deletes the session on the server.
"""

from dataclasses import asdict, dataclass

from django.conf import settings
from django.utils import timezone

from loket.accounts.constants import IdentityKind

SESSION_KEY = "loket.identity"
LAST_SEEN_KEY = "loket.last_seen"
TOUCH_SECONDS = 60  # how often activity is written to the session


@dataclass(frozen=True)
class Identity:
    kind: str
    identifier: str
    plugin: str
    level_of_assurance: str = ""
    display_name: str = ""

    @property
    def is_resident(self) -> bool:
        return self.kind == IdentityKind.RESIDENT

    @property
    def is_business(self) -> bool:
        return self.kind == IdentityKind.BUSINESS


def login_identity(request, identity: Identity) -> None:
    request.session.cycle_key()
    request.session[SESSION_KEY] = asdict(identity)
    request.session[LAST_SEEN_KEY] = timezone.now().timestamp()
    request.identity = identity


def logout_identity(request) -> None:
    request.session.flush()
    request.identity = None


def identity_from_session(request) -> Identity | None:
    data = request.session.get(SESSION_KEY)
    if not data:
        return None
    last_seen = request.session.get(LAST_SEEN_KEY, 0)
    now = timezone.now().timestamp()
    if now - last_seen > settings.SESSION_COOKIE_AGE:
        request.session.flush()
        return None
    if now - last_seen >= TOUCH_SECONDS:
        # Saving the session is a write; once a minute is precise enough for a 15-minute limit
        # (the stored session may then end up to a minute early, never late).
        request.session[LAST_SEEN_KEY] = now
    return Identity(**data)
