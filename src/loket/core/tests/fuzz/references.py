"""Values the platform accepts for the reference fields of a request body, read from its own lists.

A generated string is never the URL of an existing zaaktype, nor a valid RSIN, so without help
nearly every create is a 400 and no chain of operations gets going. Before a call, each reference
field of the body (top level) usually gets one of these values; sometimes the generated value
stays, so the refusals are fuzzed too. A value a link put into the body is left alone.

Besides the single references: the items of a list of references (`besluittypen` of a zaaktype,
`informatieobjecttypen` of a besluittype), the municipality codes of an applicatie (`gemeenten`)
and its `autorisaties` (scopes the component knows, the type it needs, a maximum
vertrouwelijkheid; all autorisaties or some, as ac-002 asks).
"""

import random

import requests

from loket.components.autorisaties.services import KNOWN_SCOPES
from loket.components.common.constants import Vertrouwelijkheid

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
# body field holding a list -> the values for its items
LIST_FIELDS = {
    "besluittypen": "besluittype",
    "informatieobjecttypen": "informatieobjecttype",
    "gemeenten": "gemeente",
}
VERTROUWELIJKHEID = [level.api_value for level in Vertrouwelijkheid]
FILL_PROBABILITY = 0.8


class References:
    def __init__(self, values: dict[str, list[str]], seed: int | None = None):
        self.values = {name: found for name, found in values.items() if found}
        self.random = random.Random(seed)

    @classmethod
    def read(
        cls, base_url: str, headers: dict, rsin: str, session: requests.Session, gemeente: str = ""
    ) -> "References":
        values: dict[str, list[str]] = {name: [rsin] for name in RSIN_FIELDS}
        values["gemeente"] = [gemeente] if gemeente else []
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
            elif (
                name in LIST_FIELDS
                and isinstance(body[name], list)
                and self._hit(LIST_FIELDS[name])
            ):
                choices = self.values[LIST_FIELDS[name]]
                body[name] = [self.random.choice(choices) for _ in body[name]]
                filled += 1
        if ("clientIds" in body or "autorisaties" in body) and "autorisaties" not in keep:
            filled += self._fill_autorisaties(body)
        return filled

    def _hit(self, name: str) -> bool:
        return name in self.values and self.random.random() < FILL_PROBABILITY

    def _fill_autorisaties(self, body: dict) -> int:
        """An applicatie's autorisaties as the Autorisaties API takes them (ac-002, ac-003)."""
        filled = 0
        autorisaties = body.get("autorisaties")
        for item in autorisaties if isinstance(autorisaties, list) else ():
            if not isinstance(item, dict) or self.random.random() >= FILL_PROBABILITY:
                continue
            known = sorted(KNOWN_SCOPES.get(item.get("component"), ()))
            if known and isinstance(item.get("scopes"), list):
                item["scopes"] = self.random.sample(
                    known, self.random.randint(1, min(3, len(known)))
                )
            for name in ("zaaktype", "informatieobjecttype", "besluittype"):
                if self._hit(name):
                    item[name] = self.random.choice(self.values[name])
            if item.get("maxVertrouwelijkheidaanduiding") is None:
                item["maxVertrouwelijkheidaanduiding"] = self.random.choice(VERTROUWELIJKHEID)
            filled += 1
        if self.random.random() < FILL_PROBABILITY:
            # ac-002: all autorisaties or some, never both, never neither.
            body["heeftAlleAutorisaties"] = not autorisaties
            filled += 1
        return filled
