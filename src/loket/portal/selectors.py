"""What the portal shows about the logged-in resident."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ResidentSummary:
    name: str
    municipality_name: str


def resident_summary(*, bsn: str, municipality) -> ResidentSummary:
    return ResidentSummary(name="", municipality_name=municipality.name if municipality else "")
