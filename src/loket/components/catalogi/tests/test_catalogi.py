"""Catalogi: versions and publishing (ztc rules), and the read API per municipality."""

import datetime

import pytest

from loket.components.catalogi import services
from loket.components.catalogi.models import StatusType
from loket.components.common import scopes as S
from loket.components.common.errors import RuleViolation

CATALOGI = "/catalogi/api/v1"


def test_published_zaaktype_is_frozen_and_versions_do_not_overlap(zgw, utrecht):
    v1 = zgw.zaaktype(utrecht, identificatie="MELDING", begin=datetime.date(2026, 1, 1))
    with pytest.raises(RuleViolation) as error:  # ztc-010
        services.add_statustype(v1, volgnummer=9, omschrijving="Extra")
    assert error.value.params[0].code == "non-concept-zaaktype"
    services.add_statustype(v1, volgnummer=9, omschrijving="Correctie", forced=True)

    v2 = zgw.zaaktype(
        utrecht, identificatie="MELDING", begin=datetime.date(2026, 6, 1), publish=False
    )
    with pytest.raises(RuleViolation) as error:  # ztc-016
        services.publish_zaaktype(v2)
    assert error.value.params[0].code == "overlap"
    services.end_zaaktype_version(v1, datetime.date(2026, 5, 31))
    assert services.publish_zaaktype(v2).concept is False

    empty = services.create_zaaktype(
        v1.catalogus,
        identificatie="LEEG",
        omschrijving="x",
        vertrouwelijkheidaanduiding=1,
        doel="x",
        aanleiding="x",
        indicatie_intern_of_extern="intern",
        handeling_initiator="x",
        onderwerp="x",
        handeling_behandelaar="x",
        doorlooptijd=datetime.timedelta(days=1),
        verantwoordelijke="x",
        begin_geldigheid=datetime.date(2026, 1, 1),
    )
    with pytest.raises(RuleViolation):
        services.publish_zaaktype(empty)


def test_catalogi_api_reads_own_municipality(zgw, utrecht, amersfoort):
    published = zgw.zaaktype(utrecht)
    concept = zgw.zaaktype(utrecht, publish=False)
    zgw.zaaktype(amersfoort)
    api = zgw.client([utrecht], zaaktypen=[published])

    catalogussen = api.get(f"{CATALOGI}/catalogussen").json()
    assert catalogussen["count"] == 1
    assert catalogussen["results"][0]["rsin"] == published.catalogus.rsin
    assert len(catalogussen["results"][0]["zaaktypen"]) == 2

    zaaktypen = api.get(f"{CATALOGI}/zaaktypen")
    assert zaaktypen["API-version"] == "1.3.1"
    data = zaaktypen.json()
    assert [z["url"].rsplit("/", 1)[1] for z in data["results"]] == [
        str(published.uuid)
    ]  # default: definitief
    detail = data["results"][0]
    assert (
        detail["doorlooptijd"] == "P14DT00H00M00S"
        and detail["vertrouwelijkheidaanduiding"] == "openbaar"
    )
    assert (
        len(detail["statustypen"]) == 3
        and len(detail["roltypen"]) == 2
        and detail["concept"] is False
    )
    assert api.get(f"{CATALOGI}/zaaktypen", {"status": "alles"}).json()["count"] == 2
    assert (
        api.get(f"{CATALOGI}/zaaktypen", {"status": "concept"}).json()["results"][0]["concept"]
        is True
    )
    assert api.get(f"{CATALOGI}/zaaktypen/{concept.uuid}").status_code == 200
    assert api.get(f"{CATALOGI}/zaaktypen", {"datumGeldigheid": "2025-01-01"}).json()["count"] == 0
    assert api.get(f"{CATALOGI}/zaaktypen", {"status": "misschien"}).status_code == 400

    zaaktype_url = detail["url"]
    statustypen = api.get(f"{CATALOGI}/statustypen", {"zaaktype": zaaktype_url}).json()["results"]
    assert [s["volgnummer"] for s in statustypen] == [1, 2, 3]
    assert [s["isEindstatus"] for s in statustypen] == [False, False, True]
    roltypen = api.get(
        f"{CATALOGI}/roltypen", {"zaaktype": zaaktype_url, "omschrijvingGeneriek": "initiator"}
    ).json()
    assert roltypen["count"] == 1
    resultaattypen = api.get(f"{CATALOGI}/resultaattypen", {"zaaktype": zaaktype_url}).json()[
        "results"
    ]
    assert resultaattypen[0]["archiefnominatie"] == "vernietigen"
    statustype = StatusType.all_municipalities.filter(zaaktype=published).first()
    assert (
        api.get(f"{CATALOGI}/statustypen/{statustype.uuid}").json()["omschrijving"] == "Ontvangen"
    )


def test_catalogi_need_a_read_scope(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    only_create = zgw.client(
        [utrecht], zaaktypen=[zaaktype], scopes=[S.ZAKEN_AANMAKEN], catalogi_scopes=()
    )
    assert only_create.get(f"{CATALOGI}/zaaktypen").status_code == 403
    zaken_reader = zgw.client(
        [utrecht], zaaktypen=[zaaktype], scopes=[S.ZAKEN_LEZEN], catalogi_scopes=()
    )
    assert zaken_reader.get(f"{CATALOGI}/zaaktypen").status_code == 200  # ztc-014
