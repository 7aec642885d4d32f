"""Finding persons for the seven query types, and loading what the answer needs in a fixed number of queries.

A national BRP query crosses municipalities on purpose: residences are read through
`Residence.all_municipalities` (docs/adr/0002-registry-tenancy.md). What a client may see is
limited by its registration (purposes, optionally municipalities), not by an active tenant.
"""

from __future__ import annotations

from django.db.models import Prefetch, Q, QuerySet

from ..constants import RNI_MUNICIPALITY_CODE
from ..models import ForeignResidence, Person, Residence
from . import queries as q
from .models import BrpApiClient

# Suspended because the person list was made in error (F) or is to be erased (W): never delivered.
HIDDEN_SUSPENSIONS = ("F", "W")


def _text(field: str, value: str) -> Q:
    """Case-insensitive; a trailing (or for streets a leading) * is a wildcard."""
    if value.endswith("*"):
        return Q(**{f"{field}__istartswith": value[:-1]})
    if value.startswith("*"):
        return Q(**{f"{field}__iendswith": value[1:]})
    return Q(**{f"{field}__iexact": value})


def _current_residences(**filters) -> QuerySet[Residence]:
    return Residence.all_municipalities.filter(valid_until="", **filters)


def _in_municipality(code: str) -> Q:
    """Registered now in the municipality with this code (the code on the person list or today's)."""
    if code == RNI_MUNICIPALITY_CODE:
        return Q(
            pk__in=ForeignResidence.objects.filter(valid_until="", in_rni=True).values("person_id")
        )
    residences = _current_residences().filter(
        Q(municipality__code=code) | Q(municipality_code=code)
    )
    return Q(pk__in=residences.values("person_id"))


def _at_address(params: dict, **address) -> Q:
    residences = _current_residences(**{f"address__{k}": v for k, v in address.items()})
    if params.get("huisletter"):
        residences = residences.filter(address__house_letter__iexact=params["huisletter"])
    if params.get("huisnummertoevoeging"):
        residences = residences.filter(
            address__house_number_addition__iexact=params["huisnummertoevoeging"]
        )
    return Q(pk__in=residences.values("person_id"))


def _criteria(query: q.Query) -> Q:
    p = query.params
    name = query.type.name
    if name == q.RAADPLEEG:
        return Q(bsn__in=p["burgerservicenummer"])
    if name in (q.GESLACHTSNAAM_GEBOORTEDATUM, q.NAAM_GEMEENTE):
        criteria = _text("surname", p["geslachtsnaam"])
        if p.get("voornamen"):
            criteria &= _text("first_names", p["voornamen"])
        if p.get("voorvoegsel"):
            criteria &= Q(name_prefix__iexact=p["voorvoegsel"])
        if p.get("geslacht"):
            criteria &= Q(gender=p["geslacht"].upper())
        if p.get("geboortedatum"):
            criteria &= Q(birth_date=p["geboortedatum"].strftime("%Y%m%d"))
        return criteria
    if name == q.POSTCODE_HUISNUMMER:
        postcode = p["postcode"].replace(" ", "").upper()
        criteria = _at_address(p, postcode=postcode, house_number=p["huisnummer"])
        if p.get("geslachtsnaam"):
            criteria &= _text("surname", p["geslachtsnaam"])
        if p.get("geboortedatum"):
            criteria &= Q(birth_date=p["geboortedatum"].strftime("%Y%m%d"))
        return criteria
    if name == q.STRAAT_HUISNUMMER_GEMEENTE:
        residences = _current_residences(address__house_number=p["huisnummer"]).filter(
            _text("address__street", p["straat"]) | _text("address__public_space_name", p["straat"])
        )
        if p.get("huisletter"):
            residences = residences.filter(address__house_letter__iexact=p["huisletter"])
        if p.get("huisnummertoevoeging"):
            residences = residences.filter(
                address__house_number_addition__iexact=p["huisnummertoevoeging"]
            )
        return Q(pk__in=residences.values("person_id"))
    if name == q.NUMMERAANDUIDING:
        return _at_address(p, nummeraanduiding_id=p["nummeraanduidingIdentificatie"])
    if name == q.ADRESSEERBAAR_OBJECT:
        return _at_address(p, adresseerbaar_object_id=p["adresseerbaarObjectIdentificatie"])
    raise ValueError(name)


def find_persons(query: q.Query, client: BrpApiClient) -> list[Person]:
    """The persons that answer the query, with everything the representation reads prefetched."""
    persons = Person.objects.filter(_criteria(query)).exclude(
        suspension_reason__in=HIDDEN_SUSPENSIONS
    )
    if not query.include_deceased:
        persons = persons.filter(death_date="")
    if query.params.get("gemeenteVanInschrijving"):
        persons = persons.filter(_in_municipality(query.params["gemeenteVanInschrijving"]))
    allowed = list(client.municipalities.values_list("pk", flat=True))
    if allowed:
        persons = persons.filter(
            pk__in=_current_residences(municipality_id__in=allowed).values("person_id")
        )
    persons = persons.prefetch_related(
        "nationalities",
        "relationships",
        Prefetch(
            "residences",
            queryset=_current_residences().select_related("address", "municipality"),
            to_attr="api_residences",
        ),
        Prefetch(
            "foreign_residences",
            queryset=ForeignResidence.objects.filter(valid_until=""),
            to_attr="api_foreign",
        ),
    )
    found = list(persons.order_by("surname", "first_names", "birth_date", "pk"))
    if query.type.name == q.RAADPLEEG:
        order = {bsn: i for i, bsn in enumerate(query.params["burgerservicenummer"])}
        found.sort(key=lambda person: order[person.bsn])
    return found
