"""Catalogi API writes: concepts, publishing, the ztc rules, scopes, filters and municipality isolation."""

import pytest

from loket.components.catalogi.models import StatusType, ZaakType
from loket.components.common import scopes as S

CATALOGI = "/catalogi/api/v1"
WRITER = (S.CATALOGI_LEZEN, S.CATALOGI_SCHRIJVEN)


def invalid(response) -> set[tuple[str, str]]:
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert {"type", "code", "title", "status", "detail", "instance", "invalidParams"} <= set(body)
    return {(p["name"], p["code"]) for p in body["invalidParams"]}


def zaaktype_body(catalogus_url: str, **overrides) -> dict:
    body = {
        "identificatie": "KAPVERGUNNING",
        "omschrijving": "Kapvergunning",
        "vertrouwelijkheidaanduiding": "openbaar",
        "doel": "Bomen beschermen",
        "aanleiding": "Aanvraag",
        "indicatieInternOfExtern": "extern",
        "handelingInitiator": "Aanvragen",
        "onderwerp": "Kapvergunning",
        "handelingBehandelaar": "Behandelen",
        "doorlooptijd": "P56D",
        "opschortingEnAanhoudingMogelijk": False,
        "verlengingMogelijk": False,
        "publicatieIndicatie": False,
        "productenOfDiensten": ["https://producten.example/kap"],
        "referentieproces": {"naam": "Kap"},
        "verantwoordelijke": "Groen",
        "catalogus": catalogus_url,
        "beginGeldigheid": "2026-01-01",
        "versiedatum": "2026-01-01",
    }
    body.update(overrides)
    return body


@pytest.fixture
def setup(zgw, utrecht):
    catalogus = zgw.catalogus(utrecht)
    api = zgw.client([utrecht], catalogi_scopes=WRITER)
    return api, f"http://testserver{CATALOGI}/catalogussen/{catalogus.uuid}"


def build_concept(api, catalogus_url):
    created = api.post(f"{CATALOGI}/zaaktypen", zaaktype_body(catalogus_url))
    assert created.status_code == 201, created.content
    zaaktype = created.json()
    for volgnummer, omschrijving in [(1, "Ontvangen"), (2, "Afgehandeld")]:
        response = api.post(
            f"{CATALOGI}/statustypen",
            {"omschrijving": omschrijving, "zaaktype": zaaktype["url"], "volgnummer": volgnummer},
        )
        assert response.status_code == 201, response.content
    assert (
        api.post(
            f"{CATALOGI}/roltypen",
            {
                "zaaktype": zaaktype["url"],
                "omschrijving": "Aanvrager",
                "omschrijvingGeneriek": "initiator",
            },
        ).status_code
        == 201
    )
    resultaat = api.post(
        f"{CATALOGI}/resultaattypen",
        {
            "zaaktype": zaaktype["url"],
            "omschrijving": "Verleend",
            "resultaattypeomschrijving": "https://selectielijst.example/omschrijvingen/1",
            "selectielijstklasse": "https://selectielijst.example/resultaten/1",
            "archiefnominatie": "vernietigen",
            "archiefactietermijn": "P3650D",
            "brondatumArchiefprocedure": {"afleidingswijze": "afgehandeld"},
        },
    )
    assert resultaat.status_code == 201, resultaat.content
    eigenschap = api.post(
        f"{CATALOGI}/eigenschappen",
        {
            "naam": "aantal_bomen",
            "definitie": "Aantal te kappen bomen",
            "specificatie": {"formaat": "getal", "lengte": "3", "kardinaliteit": "1"},
            "zaaktype": zaaktype["url"],
        },
    )
    assert eigenschap.status_code == 201, eigenschap.content
    iot = api.post(
        f"{CATALOGI}/informatieobjecttypen",
        {
            "catalogus": catalogus_url,
            "omschrijving": "Situatietekening",
            "vertrouwelijkheidaanduiding": "openbaar",
            "informatieobjectcategorie": "Tekening",
            "beginGeldigheid": "2026-01-01",
        },
    )
    assert iot.status_code == 201, iot.content
    link = api.post(
        f"{CATALOGI}/zaaktype-informatieobjecttypen",
        {
            "zaaktype": zaaktype["url"],
            "informatieobjecttype": iot.json()["url"],
            "volgnummer": 1,
            "richting": "inkomend",
        },
    )
    assert link.status_code == 201, link.content
    return zaaktype, iot.json()


def test_build_a_concept_zaaktype_and_publish_it(setup):
    api, catalogus_url = setup
    zaaktype, iot = build_concept(api, catalogus_url)
    detail = api.get(zaaktype["url"]).json()
    assert detail["concept"] is True
    assert len(detail["statustypen"]) == 2 and len(detail["eigenschappen"]) == 1
    assert detail["informatieobjecttypen"] == [iot["url"]]

    # ztc-012: the informatieobjecttype must be published first
    assert ("nonFieldErrors", "concept-relation") in invalid(api.post(f"{zaaktype['url']}/publish"))
    assert api.post(f"{iot['url']}/publish").json()["concept"] is False
    published = api.post(f"{zaaktype['url']}/publish")
    assert published.status_code == 200 and published.json()["concept"] is False

    # ztc-009: a published zaaktype only takes an end date; it cannot be deleted
    assert ("nonFieldErrors", "non-concept-object") in invalid(
        api.patch(zaaktype["url"], {"omschrijving": "Anders"})
    )
    ended = api.patch(zaaktype["url"], {"eindeGeldigheid": "2026-12-31"})
    assert ended.status_code == 200 and ended.json()["eindeGeldigheid"] == "2026-12-31"
    assert ("nonFieldErrors", "non-concept-object") in invalid(api.delete(zaaktype["url"]))
    # ztc-016: a newer published version may not be overlapped again by clearing the end
    newer = api.post(
        f"{CATALOGI}/zaaktypen",
        zaaktype_body(catalogus_url, beginGeldigheid="2027-01-01", versiedatum="2027-01-01"),
    ).json()
    api.post(
        f"{CATALOGI}/statustypen",
        {"omschrijving": "Ontvangen", "zaaktype": newer["url"], "volgnummer": 1},
    )
    assert api.post(f"{newer['url']}/publish").status_code == 200
    assert ("eindeGeldigheid", "overlap") in invalid(
        api.patch(zaaktype["url"], {"eindeGeldigheid": None})
    )
    # ztc-010: its parts are frozen too
    assert ("zaaktype", "non-concept-zaaktype") in invalid(
        api.post(
            f"{CATALOGI}/statustypen",
            {"omschrijving": "Extra", "zaaktype": zaaktype["url"], "volgnummer": 3},
        )
    )
    statustype = api.get(f"{CATALOGI}/statustypen", {"zaaktype": zaaktype["url"]}).json()[
        "results"
    ][0]
    assert ("nonFieldErrors", "non-concept-zaaktype") in invalid(
        api.patch(statustype["url"], {"omschrijving": "Binnen"})
    )
    assert ("nonFieldErrors", "non-concept-zaaktype") in invalid(api.delete(statustype["url"]))


def test_a_correction_needs_geforceerd_schrijven(zgw, utrecht):
    published = zgw.zaaktype(utrecht)
    url = f"http://testserver{CATALOGI}/zaaktypen/{published.uuid}"
    corrector = zgw.client(
        [utrecht], catalogi_scopes=(S.CATALOGI_LEZEN, S.CATALOGI_GEFORCEERD_SCHRIJVEN)
    )
    response = corrector.post(
        f"{CATALOGI}/statustypen", {"omschrijving": "Correctie", "zaaktype": url, "volgnummer": 9}
    )
    assert response.status_code == 201, response.content
    assert corrector.patch(url, {"omschrijving": "Gecorrigeerd"}).status_code == 200
    # but creating a new zaaktype needs catalogi.schrijven
    assert corrector.post(f"{CATALOGI}/zaaktypen", {}).status_code == 403


def test_only_concepts_are_deleted_with_their_parts(setup):
    api, catalogus_url = setup
    zaaktype, iot = build_concept(api, catalogus_url)
    assert api.delete(zaaktype["url"]).status_code == 204
    assert api.get(zaaktype["url"]).status_code == 404
    assert not StatusType.all_municipalities.exists()
    assert api.delete(iot["url"]).status_code == 204


def test_bad_input_is_refused_with_the_standards_error_body(setup):
    api, catalogus_url = setup
    errors = invalid(
        api.post(
            f"{CATALOGI}/zaaktypen",
            zaaktype_body(
                catalogus_url, doorlooptijd="twee weken", vertrouwelijkheidaanduiding="x"
            ),
        )
    )
    assert {
        ("doorlooptijd", "invalid"),
        ("vertrouwelijkheidaanduiding", "invalid_choice"),
    } <= errors
    assert ("verlengingstermijn", "required") in invalid(
        api.post(f"{CATALOGI}/zaaktypen", zaaktype_body(catalogus_url, verlengingMogelijk=True))
    )
    assert ("identificatie", "blank") in invalid(
        api.post(f"{CATALOGI}/zaaktypen", zaaktype_body(catalogus_url, identificatie=""))
    )
    missing = zaaktype_body(catalogus_url)
    del missing["doel"]
    assert ("doel", "required") in invalid(api.post(f"{CATALOGI}/zaaktypen", missing))
    zaaktype, _ = build_concept(api, catalogus_url)
    # ztc-008: a procestermijn only with afleidingswijze termijn
    errors = invalid(
        api.post(
            f"{CATALOGI}/resultaattypen",
            {
                "zaaktype": zaaktype["url"],
                "omschrijving": "Geweigerd",
                "resultaattypeomschrijving": "https://selectielijst.example/omschrijvingen/2",
                "selectielijstklasse": "https://selectielijst.example/resultaten/2",
                "brondatumArchiefprocedure": {
                    "afleidingswijze": "afgehandeld",
                    "procestermijn": "P5D",
                },
            },
        )
    )
    assert errors == {("brondatumArchiefprocedure.procestermijn", "must-be-empty")}
    assert ("volgnummer", "unique") in invalid(
        api.post(
            f"{CATALOGI}/statustypen",
            {"omschrijving": "Dubbel", "zaaktype": zaaktype["url"], "volgnummer": 1},
        )
    )
    assert ("deelzaaktypen", "unsupported") in invalid(
        api.patch(zaaktype["url"], {"deelzaaktypen": ["http://elders.example/zaaktypen/1"]})
    )
    assert ZaakType.all_municipalities.count() == 1


def test_relations_stay_in_one_catalogus_and_municipalities_are_isolated(zgw, utrecht, amersfoort):
    utrecht_catalogus = f"http://testserver{CATALOGI}/catalogussen/{zgw.catalogus(utrecht).uuid}"
    amersfoort_catalogus = (
        f"http://testserver{CATALOGI}/catalogussen/{zgw.catalogus(amersfoort).uuid}"
    )
    both = zgw.client([utrecht, amersfoort], catalogi_scopes=WRITER)
    zaaktype = both.post(f"{CATALOGI}/zaaktypen", zaaktype_body(utrecht_catalogus)).json()
    foreign_iot = both.post(
        f"{CATALOGI}/informatieobjecttypen",
        {
            "catalogus": amersfoort_catalogus,
            "omschrijving": "Foto",
            "vertrouwelijkheidaanduiding": "openbaar",
            "informatieobjectcategorie": "Foto",
            "beginGeldigheid": "2026-01-01",
        },
    ).json()
    assert ("informatieobjecttype", "relations-incorrect-catalogus") in invalid(
        both.post(
            f"{CATALOGI}/zaaktype-informatieobjecttypen",
            {
                "zaaktype": zaaktype["url"],
                "informatieobjecttype": foreign_iot["url"],
                "volgnummer": 1,
                "richting": "intern",
            },
        )
    )
    besluittype = both.post(
        f"{CATALOGI}/besluittypen",
        {
            "catalogus": amersfoort_catalogus,
            "omschrijving": "Besluit",
            "publicatieIndicatie": False,
            "beginGeldigheid": "2026-01-01",
        },
    ).json()
    assert ("besluittypen", "relations-incorrect-catalogus") in invalid(
        both.patch(zaaktype["url"], {"besluittypen": [besluittype["url"]]})
    )

    amersfoort_only = zgw.client([amersfoort], catalogi_scopes=WRITER)
    assert amersfoort_only.get(zaaktype["url"]).status_code == 404
    assert (
        amersfoort_only.patch(zaaktype["url"], {"omschrijving": "Overgenomen"}).status_code == 404
    )
    assert amersfoort_only.delete(zaaktype["url"]).status_code == 404
    assert amersfoort_only.post(f"{zaaktype['url']}/publish").status_code == 404
    assert ("catalogus", "bad-url") in invalid(
        amersfoort_only.post(f"{CATALOGI}/zaaktypen", zaaktype_body(utrecht_catalogus))
    )
    assert amersfoort_only.get(f"{CATALOGI}/zaaktypen", {"status": "alles"}).json()["count"] == 0


def test_besluittypen_informatieobjecttypen_and_links_with_filters(setup):
    api, catalogus_url = setup
    zaaktype, iot = build_concept(api, catalogus_url)
    besluittype = api.post(
        f"{CATALOGI}/besluittypen",
        {
            "catalogus": catalogus_url,
            "omschrijving": "Kapvergunning verleend",
            "publicatieIndicatie": True,
            "reactietermijn": "P42D",
            "informatieobjecttypen": [iot["url"]],
            "beginGeldigheid": "2026-01-01",
        },
    )
    assert besluittype.status_code == 201, besluittype.content
    besluittype = besluittype.json()
    assert api.patch(zaaktype["url"], {"besluittypen": [besluittype["url"]]}).status_code == 200
    assert api.get(besluittype["url"]).json()["zaaktypen"] == [zaaktype["url"]]
    assert (
        api.get(
            f"{CATALOGI}/besluittypen", {"zaaktypen": zaaktype["url"], "status": "concept"}
        ).json()["count"]
        == 1
    )
    assert api.get(f"{CATALOGI}/besluittypen").json()["count"] == 0  # default: definitief
    assert api.post(f"{besluittype['url']}/publish").json()["concept"] is False
    assert api.get(f"{CATALOGI}/besluittypen").json()["count"] == 1

    assert (
        api.get(
            f"{CATALOGI}/informatieobjecttypen",
            {"status": "concept", "omschrijving": "Situatietekening"},
        ).json()["count"]
        == 1
    )
    links = api.get(
        f"{CATALOGI}/zaaktype-informatieobjecttypen",
        {"zaaktype": zaaktype["url"], "richting": "inkomend", "status": "alles"},
    ).json()
    assert links["count"] == 1 and links["results"][0]["informatieobjecttype"] == iot["url"]
    assert (
        api.get(
            f"{CATALOGI}/zaaktype-informatieobjecttypen",
            {"richting": "uitgaand", "status": "alles"},
        ).json()["count"]
        == 0
    )
    assert (
        api.get(
            f"{CATALOGI}/eigenschappen", {"zaaktype": zaaktype["url"], "status": "concept"}
        ).json()["results"][0]["specificatie"]["formaat"]
        == "getal"
    )
    catalogus = api.get(catalogus_url).json()
    assert catalogus["besluittypen"] == [besluittype["url"]] and catalogus[
        "informatieobjecttypen"
    ] == [iot["url"]]
    # a link by omschrijving (Catalogi 1.3.x) resolves within the zaaktype's catalogus
    by_name = api.post(
        f"{CATALOGI}/zaaktype-informatieobjecttypen",
        {
            "zaaktype": zaaktype["url"],
            "informatieobjecttype": "Situatietekening",
            "volgnummer": 2,
            "richting": "uitgaand",
        },
    )
    assert by_name.status_code == 201 and by_name.json()["informatieobjecttype"] == iot["url"]


def test_writes_need_a_write_scope(zgw, utrecht):
    catalogus_url = f"http://testserver{CATALOGI}/catalogussen/{zgw.catalogus(utrecht).uuid}"
    reader = zgw.client([utrecht], catalogi_scopes=(S.CATALOGI_LEZEN,))
    assert reader.post(f"{CATALOGI}/zaaktypen", zaaktype_body(catalogus_url)).status_code == 403
    zaaktype = zgw.zaaktype(utrecht)
    zaken_reader = zgw.client(
        [utrecht], zaaktypen=[zaaktype], scopes=[S.ZAKEN_LEZEN], catalogi_scopes=()
    )
    assert zaken_reader.get(f"{CATALOGI}/zaaktypen").status_code == 200  # ztc-014
    assert (
        zaken_reader.post(f"{CATALOGI}/zaaktypen", zaaktype_body(catalogus_url)).status_code == 403
    )
    assert reader.post(f"{CATALOGI}/catalogussen", {}).status_code == 405


def test_a_nested_object_in_a_patch_is_checked_whole(setup):
    # Found by the stateful fuzzing: a PATCH with brondatumArchiefprocedure was a 500, because the
    # partial update also skipped the nested object's own required fields and defaults.
    api, catalogus_url = setup
    zaaktype, _ = build_concept(api, catalogus_url)
    url = api.get(zaaktype["url"]).json()["resultaattypen"][0]

    changed = api.patch(url, {"brondatumArchiefprocedure": {"afleidingswijze": "termijn", "procestermijn": "P5Y"}})
    assert changed.status_code == 200, changed.content
    brondatum = changed.json()["brondatumArchiefprocedure"]
    assert (brondatum["afleidingswijze"], brondatum["einddatumBekend"]) == ("termijn", False)
    assert brondatum["procestermijn"].startswith("P1825D")

    assert invalid(api.patch(url, {"brondatumArchiefprocedure": {"procestermijn": "P5Y"}})) == {
        ("brondatumArchiefprocedure.afleidingswijze", "required")
    }
    assert invalid(api.patch(url, {"brondatumArchiefprocedure": {"afleidingswijze": "eigenschap"}})) == {
        ("brondatumArchiefprocedure.datumkenmerk", "required")
    }
    assert api.get(url).json()["brondatumArchiefprocedure"] == brondatum  # nothing half-written
    # The other fields of a partial update stay optional.
    assert api.patch(url, {"toelichting": "Alleen dit"}).status_code == 200
