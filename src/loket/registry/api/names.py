"""Names as the BRP API derives them: voorletters, volledige naam and the forms for a letter."""

from __future__ import annotations

from ..naming import join_name, used_surname
from .codes import ADELLIJKE_TITEL

MAX_VOORLETTERS = 40  # the standard's maximum length


def voorletters(first_names: str) -> str:
    initials = [f"{name[0].upper()}." for name in first_names.split() if name]
    while len("".join(initials)) > MAX_VOORLETTERS:
        initials.pop()
    return "".join(initials)


def noble_title(code: str, gender: str) -> dict | None:
    entry = ADELLIJKE_TITEL.get(code)
    if entry is None:
        return None
    male, female, kind = entry
    return {"code": code, "omschrijving": female if gender == "V" else male, "soort": kind}


def volledige_naam(
    first_names: str, prefix: str, surname: str, title_code: str = "", gender: str = ""
) -> str:
    """Predicate, first names, title, prefix and surname, without a partner's name."""
    title = noble_title(title_code, gender)
    predicaat = title["omschrijving"] if title and title["soort"] == "predicaat" else ""
    titel = title["omschrijving"] if title and title["soort"] == "titel" else ""
    return join_name(predicaat, first_names, titel, prefix, surname)


def _capitalised(surname: str) -> str:
    """In a salutation a leading prefix is written with a capital: 'Geachte heer Van den Berg'."""
    return surname[:1].upper() + surname[1:]


def letter_forms(person, partner) -> dict:
    """aanhef, aanschrijfwijze and gebruikInLopendeTekst for a person without a noble title."""
    surname = used_surname(person, partner)
    if not surname:
        return {}
    initials = voorletters(person.first_names)
    name = join_name(initials, surname)
    if person.gender == "V":
        aanhef, lopend = (
            f"Geachte mevrouw {_capitalised(surname)}",
            f"mevrouw {_capitalised(surname)}",
        )
    elif person.gender == "M":
        aanhef, lopend = f"Geachte heer {_capitalised(surname)}", f"de heer {_capitalised(surname)}"
    else:
        aanhef, lopend = f"Geachte {name}", name
    return {"aanhef": aanhef, "aanschrijfwijze": {"naam": name}, "gebruikInLopendeTekst": lopend}
