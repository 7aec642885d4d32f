"""A zaaktype as data: what a service module declares and the installer puts in a catalogus.

Plain typed dataclasses, no database. `problems()` lists everything wrong with a definition
(as the standard's invalidParams), so a module's descriptor can be checked at start-up;
`fingerprint()` is a stable hash of the content, so installing an unchanged definition again
does nothing and a changed one makes a new version.
"""

import datetime
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from urllib.parse import urlparse

from loket.components.common.constants import Archiefnominatie, RolOmschrijving, Vertrouwelijkheid
from loket.components.common.durations import parse_iso_duration
from loket.components.common.errors import InvalidParam
from loket.components.common.formatting import iso_duration

Duration = str | datetime.timedelta

FORMATEN = ("tekst", "getal", "datum", "datum_tijd")
RICHTINGEN = ("inkomend", "intern", "uitgaand")
AFLEIDINGSWIJZEN = (
    "afgehandeld",
    "ander_datumkenmerk",
    "eigenschap",
    "gerelateerde_zaak",
    "hoofdzaak",
    "ingangsdatum_besluit",
    "termijn",
    "vervaldatum_besluit",
    "zaakobject",
)


def to_timedelta(value: Duration | None) -> datetime.timedelta | None:
    """An ISO 8601 duration ("P14D", "P8W", "P5Y") or a timedelta; None stays None.

    A year counts as 365 days and a month as 30 (common/durations.py). ValueError if unreadable.
    """
    if value is None or isinstance(value, datetime.timedelta):
        return value
    parsed = parse_iso_duration(value)
    if parsed is None:
        raise ValueError(f"not an ISO 8601 duration: {value!r}")
    return parsed


def to_vertrouwelijkheid(value) -> Vertrouwelijkheid:
    if isinstance(value, Vertrouwelijkheid):
        return value
    if isinstance(value, int):
        return Vertrouwelijkheid(value)
    return Vertrouwelijkheid.from_api(str(value))


@dataclass(frozen=True)
class StatustypeDefinition:
    omschrijving: str
    volgnummer: int
    informeren: bool = False
    doorlooptijd: Duration | None = None
    statustekst: str = ""
    omschrijving_generiek: str = ""
    toelichting: str = ""


@dataclass(frozen=True)
class ResultaattypeDefinition:
    omschrijving: str
    resultaattypeomschrijving: str
    selectielijstklasse: str
    archiefnominatie: str = ""
    archiefactietermijn: Duration | None = None
    brondatum_afleidingswijze: str = "afgehandeld"
    brondatum_procestermijn: Duration | None = None
    toelichting: str = ""


@dataclass(frozen=True)
class RoltypeDefinition:
    omschrijving: str
    omschrijving_generiek: str


@dataclass(frozen=True)
class EigenschapSpecificatie:
    formaat: str
    lengte: str
    kardinaliteit: str = "1"
    waardenverzameling: Sequence[str] = ()
    groep: str = ""


@dataclass(frozen=True)
class EigenschapDefinition:
    naam: str
    definitie: str
    specificatie: EigenschapSpecificatie
    toelichting: str = ""


@dataclass(frozen=True)
class InformatieobjecttypeDefinition:
    """A document type and how it belongs to the zaaktype (the zaaktype-informatieobjecttype link)."""

    omschrijving: str
    vertrouwelijkheidaanduiding: str | Vertrouwelijkheid
    volgnummer: int
    richting: str
    informatieobjectcategorie: str = ""  # empty: the omschrijving is used
    statustype_volgnummer: int | None = None


@dataclass(frozen=True)
class ZaaktypeDefinition:
    identificatie: str
    omschrijving: str
    vertrouwelijkheidaanduiding: str | Vertrouwelijkheid
    doel: str
    aanleiding: str
    indicatie_intern_of_extern: str
    handeling_initiator: str
    onderwerp: str
    handeling_behandelaar: str
    doorlooptijd: Duration
    servicenorm: Duration | None = None
    opschorting_en_aanhouding_mogelijk: bool = False
    verlenging_mogelijk: bool = False
    verlengingstermijn: Duration | None = None
    producten_of_diensten: Sequence[str] = ()  # UPL URIs
    verantwoordelijke: str = ""  # empty: the municipality's name
    toelichting: str = ""
    omschrijving_generiek: str = ""
    trefwoorden: Sequence[str] = ()
    publicatie_indicatie: bool = False
    publicatietekst: str = ""
    selectielijst_procestype: str = ""
    referentieproces_naam: str = ""
    statustypen: Sequence[StatustypeDefinition] = ()
    resultaattypen: Sequence[ResultaattypeDefinition] = ()
    roltypen: Sequence[RoltypeDefinition] = ()
    eigenschappen: Sequence[EigenschapDefinition] = ()
    informatieobjecttypen: Sequence[InformatieobjecttypeDefinition] = field(default=())

    # -- building from plain data (a module descriptor in TOML/JSON/Python dicts) -----------
    @classmethod
    def from_dict(cls, data: Mapping) -> "ZaaktypeDefinition":
        nested = {
            "statustypen": StatustypeDefinition,
            "resultaattypen": ResultaattypeDefinition,
            "roltypen": RoltypeDefinition,
            "informatieobjecttypen": InformatieobjecttypeDefinition,
        }
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown zaaktype fields: {', '.join(unknown)}")
        values = dict(data)
        for name, item_class in nested.items():
            values[name] = tuple(
                item if isinstance(item, item_class) else item_class(**item)
                for item in values.get(name, ())
            )
        values["eigenschappen"] = tuple(
            item
            if isinstance(item, EigenschapDefinition)
            else EigenschapDefinition(
                **{
                    **item,
                    "specificatie": item["specificatie"]
                    if isinstance(item["specificatie"], EigenschapSpecificatie)
                    else EigenschapSpecificatie(**item["specificatie"]),
                }
            )
            for item in values.get("eigenschappen", ())
        )
        return cls(**values)

    # -- checking ------------------------------------------------------------------------------
    def problems(self) -> list[InvalidParam]:
        return _Checker(self).run()

    # -- comparing -----------------------------------------------------------------------------
    def canonical(self) -> dict:
        """The definition as JSON-ready data with durations and vertrouwelijkheid normalised."""

        def normal(value):
            if isinstance(value, datetime.timedelta):
                return iso_duration(value)
            if isinstance(value, Vertrouwelijkheid):
                return value.api_value
            if isinstance(value, dict):
                return {key: normal(item) for key, item in value.items()}
            if isinstance(value, list | tuple):
                return [normal(item) for item in value]
            return value

        data = normal(asdict(self))
        for key in ("doorlooptijd", "servicenorm", "verlengingstermijn"):
            data[key] = iso_duration(to_timedelta(getattr(self, key)))
        data["vertrouwelijkheidaanduiding"] = to_vertrouwelijkheid(
            self.vertrouwelijkheidaanduiding
        ).api_value
        for source, target in zip(self.statustypen, data["statustypen"], strict=True):
            target["doorlooptijd"] = iso_duration(to_timedelta(source.doorlooptijd))
        for source, target in zip(self.resultaattypen, data["resultaattypen"], strict=True):
            target["archiefactietermijn"] = iso_duration(to_timedelta(source.archiefactietermijn))
            target["brondatum_procestermijn"] = iso_duration(
                to_timedelta(source.brondatum_procestermijn)
            )
        for source, target in zip(
            self.informatieobjecttypen, data["informatieobjecttypen"], strict=True
        ):
            target["vertrouwelijkheidaanduiding"] = to_vertrouwelijkheid(
                source.vertrouwelijkheidaanduiding
            ).api_value
        return data

    def fingerprint(self) -> str:
        text = json.dumps(self.canonical(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()


class _Checker:
    """Collects every problem of a definition, named like the API fields (camelCase, dotted)."""

    def __init__(self, definition: ZaaktypeDefinition):
        self.d = definition
        self.found: list[InvalidParam] = []

    def add(self, name: str, code: str, reason: str) -> None:
        self.found.append(InvalidParam(name, code, reason))

    def text(self, name: str, value, max_length: int, required: bool = True) -> None:
        if not isinstance(value, str):
            self.add(name, "invalid", "Moet tekst zijn.")
        elif required and not value.strip():
            self.add(name, "required", "Dit veld is verplicht.")
        elif len(value) > max_length:
            self.add(name, "max_length", f"Hoogstens {max_length} tekens.")

    def duration(self, name: str, value, required: bool = False) -> None:
        if value is None:
            if required:
                self.add(name, "required", "Dit veld is verplicht.")
            return
        try:
            to_timedelta(value)
        except ValueError:
            self.add(name, "invalid", "Geen geldige ISO-8601-duur, bijvoorbeeld P14D.")

    def vertrouwelijkheid(self, name: str, value) -> None:
        try:
            to_vertrouwelijkheid(value)
        except (KeyError, ValueError):
            self.add(name, "invalid_choice", "Onbekende vertrouwelijkheidaanduiding.")

    def url(self, name: str, value, required: bool = True) -> None:
        if not value and not required:
            return
        parsed = urlparse(value) if isinstance(value, str) else None
        if not parsed or parsed.scheme not in ("http", "https") or not parsed.netloc:
            self.add(name, "invalid", "Geen geldige URL.")
        elif len(value) > 1000:
            self.add(name, "max_length", "Hoogstens 1000 tekens.")

    def run(self) -> list[InvalidParam]:
        d = self.d
        self.text("identificatie", d.identificatie, 50)
        self.text("omschrijving", d.omschrijving, 80)
        self.vertrouwelijkheid("vertrouwelijkheidaanduiding", d.vertrouwelijkheidaanduiding)
        self.text("doel", d.doel, 10_000)
        self.text("aanleiding", d.aanleiding, 10_000)
        if d.indicatie_intern_of_extern not in ("intern", "extern"):
            self.add("indicatieInternOfExtern", "invalid_choice", "Kies intern of extern.")
        self.text("handelingInitiator", d.handeling_initiator, 20)
        self.text("onderwerp", d.onderwerp, 80)
        self.text("handelingBehandelaar", d.handeling_behandelaar, 20)
        self.text("verantwoordelijke", d.verantwoordelijke, 50, required=False)
        self.duration("doorlooptijd", d.doorlooptijd, required=True)
        self.duration("servicenorm", d.servicenorm)
        self.duration("verlengingstermijn", d.verlengingstermijn)
        if d.verlenging_mogelijk and d.verlengingstermijn is None:
            self.add("verlengingstermijn", "required", "Nodig als verlenging mogelijk is.")
        for index, uri in enumerate(d.producten_of_diensten):
            self.url(f"productenOfDiensten.{index}", uri)
        self.url("selectielijstProcestype", d.selectielijst_procestype, required=False)
        self.statustypen()
        self.resultaattypen()
        self.roltypen()
        self.eigenschappen()
        self.informatieobjecttypen()
        return self.found

    def statustypen(self) -> None:
        if not self.d.statustypen:
            self.add("statustypen", "required", "Een zaaktype heeft minstens één statustype.")
        seen: set[int] = set()
        for index, s in enumerate(self.d.statustypen):
            name = f"statustypen.{index}"
            self.text(f"{name}.omschrijving", s.omschrijving, 80)
            if not isinstance(s.volgnummer, int) or not 1 <= s.volgnummer <= 9999:
                self.add(f"{name}.volgnummer", "invalid", "Het volgnummer ligt tussen 1 en 9999.")
            elif s.volgnummer in seen:
                self.add(f"{name}.volgnummer", "unique", "Dit volgnummer komt al voor.")
            seen.add(s.volgnummer)
            self.duration(f"{name}.doorlooptijd", s.doorlooptijd)
            self.text(f"{name}.statustekst", s.statustekst, 1000, required=False)

    def resultaattypen(self) -> None:
        seen: set[str] = set()
        for index, r in enumerate(self.d.resultaattypen):
            name = f"resultaattypen.{index}"
            self.text(f"{name}.omschrijving", r.omschrijving, 30)
            if r.omschrijving in seen:
                self.add(f"{name}.omschrijving", "unique", "Deze omschrijving komt al voor.")
            seen.add(r.omschrijving)
            self.url(f"{name}.resultaattypeomschrijving", r.resultaattypeomschrijving)
            self.url(f"{name}.selectielijstklasse", r.selectielijstklasse)
            if r.archiefnominatie and r.archiefnominatie not in Archiefnominatie.values:
                self.add(
                    f"{name}.archiefnominatie", "invalid_choice", "Onbekende archiefnominatie."
                )
            self.duration(f"{name}.archiefactietermijn", r.archiefactietermijn)
            wijze = r.brondatum_afleidingswijze
            if wijze not in AFLEIDINGSWIJZEN:
                self.add(
                    f"{name}.brondatumArchiefprocedure.afleidingswijze",
                    "invalid_choice",
                    "Onbekende afleidingswijze.",
                )
            self.duration(
                f"{name}.brondatumArchiefprocedure.procestermijn", r.brondatum_procestermijn
            )
            # ztc-008: a procestermijn exactly when the afleidingswijze is "termijn".
            if (wijze == "termijn") != (r.brondatum_procestermijn is not None):
                self.add(
                    f"{name}.brondatumArchiefprocedure.procestermijn",
                    "invalid-procestermijn",
                    "Een procestermijn hoort alleen (en altijd) bij afleidingswijze 'termijn'.",
                )
            if wijze in ("eigenschap", "zaakobject", "ander_datumkenmerk"):
                # ztc-004/006/007 need a datumkenmerk, objecttype and registratie we do not model here.
                self.add(
                    f"{name}.brondatumArchiefprocedure.afleidingswijze",
                    "unsupported",
                    "Deze afleidingswijze kan niet uit een moduledefinitie worden geïnstalleerd.",
                )

    def roltypen(self) -> None:
        for index, r in enumerate(self.d.roltypen):
            name = f"roltypen.{index}"
            self.text(f"{name}.omschrijving", r.omschrijving, 100)
            if r.omschrijving_generiek not in RolOmschrijving.values:
                self.add(f"{name}.omschrijvingGeneriek", "invalid_choice", "Onbekende rol.")

    def eigenschappen(self) -> None:
        seen: set[str] = set()
        for index, e in enumerate(self.d.eigenschappen):
            name = f"eigenschappen.{index}"
            self.text(f"{name}.naam", e.naam, 20)
            if e.naam in seen:
                self.add(f"{name}.naam", "unique", "Deze naam komt al voor.")
            seen.add(e.naam)
            self.text(f"{name}.definitie", e.definitie, 255)
            spec = e.specificatie
            if spec.formaat not in FORMATEN:
                self.add(f"{name}.specificatie.formaat", "invalid_choice", "Onbekend formaat.")
            if not (
                isinstance(spec.lengte, str) and spec.lengte.strip() and len(spec.lengte) <= 14
            ):
                self.add(f"{name}.specificatie.lengte", "invalid", "Vul een lengte in (tekst).")
            if not (
                isinstance(spec.kardinaliteit, str)
                and (spec.kardinaliteit == "N" or spec.kardinaliteit.isdigit())
                and len(spec.kardinaliteit) <= 3
            ):
                self.add(
                    f"{name}.specificatie.kardinaliteit", "invalid", "Een getal of N (onbeperkt)."
                )
            for value_index, value in enumerate(spec.waardenverzameling):
                self.text(f"{name}.specificatie.waardenverzameling.{value_index}", value, 100)

    def informatieobjecttypen(self) -> None:
        volgnummers: set[int] = set()
        statustypen = {s.volgnummer for s in self.d.statustypen}
        for index, i in enumerate(self.d.informatieobjecttypen):
            name = f"informatieobjecttypen.{index}"
            self.text(f"{name}.omschrijving", i.omschrijving, 80)
            self.vertrouwelijkheid(
                f"{name}.vertrouwelijkheidaanduiding", i.vertrouwelijkheidaanduiding
            )
            self.text(
                f"{name}.informatieobjectcategorie", i.informatieobjectcategorie, 80, required=False
            )
            if not isinstance(i.volgnummer, int) or not 1 <= i.volgnummer <= 999:
                self.add(f"{name}.volgnummer", "invalid", "Het volgnummer ligt tussen 1 en 999.")
            elif i.volgnummer in volgnummers:
                self.add(f"{name}.volgnummer", "unique", "Dit volgnummer komt al voor.")
            volgnummers.add(i.volgnummer)
            if i.richting not in RICHTINGEN:
                self.add(f"{name}.richting", "invalid_choice", "Kies inkomend, intern of uitgaand.")
            if i.statustype_volgnummer is not None and i.statustype_volgnummer not in statustypen:
                self.add(
                    f"{name}.statustypeVolgnummer", "does-not-exist", "Dit statustype bestaat niet."
                )
