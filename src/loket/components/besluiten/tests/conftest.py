"""Besluittypen, besluiten and API clients with Besluiten autorisaties."""

import datetime

import pytest

from loket.components.autorisaties.services import add_autorisatie
from loket.components.besluiten import scopes as S
from loket.components.besluiten import services
from loket.components.catalogi.models import BesluitType
from loket.components.common.constants import Component
from loket.tenancy.context import activate

ALL = (
    S.BESLUITEN_LEZEN,
    S.BESLUITEN_AANMAKEN,
    S.BESLUITEN_BIJWERKEN,
    S.BESLUITEN_VERWIJDEREN,
    S.AUDITTRAILS_LEZEN,
)
BESLUITEN = "http://testserver/besluiten/api/v1"


def make_besluittype(zaaktype, *, publish=True, informatieobjecttypen=(), **fields):
    """A besluittype in the zaaktype's catalogus that the zaaktype allows (brc-007)."""
    besluittype = BesluitType.all_municipalities.create(
        municipality_id=zaaktype.municipality_id,
        catalogus=zaaktype.catalogus,
        omschrijving=fields.pop("omschrijving", "Vergunning verleend"),
        begin_geldigheid=datetime.date(2026, 1, 1),
        concept=not publish,
        **fields,
    )
    with activate(zaaktype.municipality):
        besluittype.informatieobjecttypen.set(informatieobjecttypen)
        zaaktype.besluittypen.add(besluittype)
    return besluittype


def type_url(besluittype) -> str:
    return f"http://testserver/catalogi/api/v1/besluittypen/{besluittype.uuid}"


def zaak_url(zaak) -> str:
    return f"http://testserver/zaken/api/v1/zaken/{zaak.uuid}"


def besluit_url(besluit) -> str:
    return f"{BESLUITEN}/besluiten/{besluit.uuid}"


def besluit_body(besluittype, **overrides) -> dict:
    body = {
        "verantwoordelijkeOrganisatie": besluittype.catalogus.rsin,
        "besluittype": type_url(besluittype),
        "datum": "2026-03-01",
        "ingangsdatum": "2026-03-02",
        "toelichting": "Vergunning verleend.",
    }
    body.update(overrides)
    return body


def make_besluit(besluittype, zaak=None, **fields):
    fields.setdefault("datum", datetime.date(2026, 3, 1))
    fields.setdefault("ingangsdatum", datetime.date(2026, 3, 2))
    return services.create_besluit(
        besluittype=besluittype,
        zaak=zaak,
        verantwoordelijke_organisatie=besluittype.catalogus.rsin,
        **fields,
    )


def besluiten_client(zgw, municipalities, besluittypen, scopes=ALL, **kwargs):
    """An API client with the given scopes on these besluittypen (and zaken scopes via kwargs)."""
    kwargs.setdefault("zaaktypen", ())
    api = zgw.client(municipalities, **kwargs)
    for besluittype in besluittypen:
        add_autorisatie(
            api.applicatie, component=Component.BRC, scopes=scopes, besluittype=besluittype
        )
    return api


@pytest.fixture
def setting(zgw, utrecht):
    """Utrecht's zaaktype with an allowed, published besluittype, and a zaak of it."""
    from loket.components.zaken import services as zaken

    zaaktype = zgw.zaaktype(utrecht)
    besluittype = make_besluittype(zaaktype)
    zaak = zaken.create_zaak(zaaktype=zaaktype, bronorganisatie=zaaktype.catalogus.rsin)
    return zaaktype, besluittype, zaak
