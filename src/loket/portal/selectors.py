"""What the portal shows about the logged-in resident."""

from dataclasses import dataclass

from loket.privacy.actors import Actor
from loket.registry.facade import person_summary

OWN_DATA_PURPOSE = "inzage eigen gegevens"


@dataclass(frozen=True)
class ResidentSummary:
    name: str
    municipality_name: str


def resident_summary(*, bsn: str, municipality) -> ResidentSummary:
    """The resident's own name from the registry; the read is logged with the resident as actor."""
    person = person_summary(bsn, actor=Actor.resident(bsn), purpose=OWN_DATA_PURPOSE)
    return ResidentSummary(
        name=person.name if person else "",
        municipality_name=municipality.name if municipality else "",
    )
