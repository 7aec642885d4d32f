"""Who acted. A resident is recorded by the subject reference of their BSN, never the BSN itself."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .constants import ActorKind
from .subjects import subject_reference


@dataclass(frozen=True)
class Actor:
    kind: str
    identifier: str
    display: str

    @classmethod
    def resident(cls, bsn: str) -> "Actor":
        return cls(ActorKind.RESIDENT, subject_reference(bsn), str(_("uzelf")))

    @classmethod
    def staff(cls, user) -> "Actor":
        return cls(ActorKind.STAFF, str(user.pk), user.get_full_name() or user.get_username())

    @classmethod
    def system(cls, name: str) -> "Actor":
        return cls(ActorKind.SYSTEM, name, name)

    @classmethod
    def api_client(cls, client_id: str, display: str) -> "Actor":
        return cls(ActorKind.API_CLIENT, client_id, display)
