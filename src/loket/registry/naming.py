"""The name a person is addressed by, following their choice of name use (BRP 01.61.10)."""

from .constants import NameUsage


def join_name(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def used_surname(person, partner=None) -> str:
    """The surname the person uses (BRP 61.10): own, the partner's, or both in the chosen order."""
    own = join_name(person.name_prefix, person.surname)
    partner_name = join_name(partner.name_prefix, partner.surname) if partner is not None else ""
    if not partner_name:
        return own
    return {
        NameUsage.PARTNER: partner_name,
        NameUsage.PARTNER_OWN: f"{partner_name}-{own}",
        NameUsage.OWN_PARTNER: f"{own}-{partner_name}",
    }.get(person.name_usage, own)


def addressed_name(person, partner=None) -> str:
    """First names plus the surname the person chose to use: own, partner's, or a combination."""
    return join_name(person.first_names, used_surname(person, partner))
