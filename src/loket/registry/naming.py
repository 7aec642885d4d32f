"""The name a person is addressed by, following their choice of name use (BRP 01.61.10)."""

from .constants import NameUsage


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def addressed_name(person, partner=None) -> str:
    """First names plus the surname the person chose to use: own, partner's, or a combination."""
    own = person.own_surname
    partner_name = _join(partner.name_prefix, partner.surname) if partner is not None else ""
    usage = person.name_usage if partner_name else NameUsage.OWN
    surname = {
        NameUsage.OWN: own,
        NameUsage.PARTNER: partner_name,
        NameUsage.PARTNER_OWN: f"{partner_name}-{own}",
        NameUsage.OWN_PARTNER: f"{own}-{partner_name}",
    }.get(usage, own)
    return _join(person.first_names, surname)
