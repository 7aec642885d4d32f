"""Values the platform accepts for the reference fields of a request body, read from its own lists.

A generated string is never the URL of an existing zaaktype, nor a valid RSIN, so without help
nearly every create is a 400 and no chain of operations gets going. Before a call, each reference
field of the body (top level) usually gets one of these values; sometimes the generated value
stays, so the refusals are fuzzed too. A value a link put into the body is left alone.
"""

import random

import requests

# body field -> the list that has valid values for it
REFERENCE_LISTS = {
    "zaaktype": "/catalogi/api/v1/zaaktypen",
    "statustype": "/catalogi/api/v1/statustypen",
    "roltype": "/catalogi/api/v1/roltypen",
    "resultaattype": "/catalogi/api/v1/resultaattypen",
    "eigenschap": "/catalogi/api/v1/eigenschappen",
    "informatieobjecttype": "/catalogi/api/v1/informatieobjecttypen",
    "besluittype": "/catalogi/api/v1/besluittypen",
    "catalogus": "/catalogi/api/v1/catalogussen",
    "zaak": "/zaken/api/v1/zaken",
    "informatieobject": "/documenten/api/v1/enkelvoudiginformatieobjecten",
    "besluit": "/besluiten/api/v1/besluiten",
}
RSIN_FIELDS = ("bronorganisatie", "verantwoordelijkeOrganisatie", "rsin")
FILL_PROBABILITY = 0.8


class References:
    def __init__(self, values: dict[str, list[str]], seed: int | None = None):
        self.values = {name: found for name, found in values.items() if found}
        self.random = random.Random(seed)

    @classmethod
    def read(cls, base_url: str, headers: dict, rsin: str, session: requests.Session) -> "References":
        values: dict[str, list[str]] = {name: [rsin] for name in RSIN_FIELDS}
        for name, path in REFERENCE_LISTS.items():
            response = session.get(base_url + path, headers=headers, timeout=30)
            response.raise_for_status()
            body = response.json()
            rows = body["results"] if isinstance(body, dict) else body
            values[name] = [row["url"] for row in rows if not row.get("concept")]
        return cls(values)

    def fill(self, body, keep: frozenset[str] = frozenset()) -> int:
        """Put known values into the reference fields of `body` (in place); how many were set."""
        if not isinstance(body, dict):
            return 0
        filled = 0
        for name in body.keys() - keep:
            if name in self.values and self.random.random() < FILL_PROBABILITY:
                body[name] = self.random.choice(self.values[name])
                filled += 1
        return filled
