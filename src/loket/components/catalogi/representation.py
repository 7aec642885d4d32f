"""Catalogi resources as the standard's JSON (read side). No queries: selectors load what is shown."""

from loket.components.common.constants import Vertrouwelijkheid
from loket.components.common.formatting import iso_date, iso_duration
from loket.components.common.paths import CATALOGI_ROOT

from .models import (
    BesluitType,
    InformatieObjectType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)
from .selectors import with_parts


def related(instance, name: str, model, fk: str):
    """Prefetched rows, or an explicit unscoped query (reverse managers need an active municipality)."""
    cache = getattr(instance, "_prefetched_objects_cache", {})
    if name in cache:
        return list(cache[name])
    return list(model.all_municipalities.filter(**{fk: instance.pk}).order_by("pk").only("uuid"))


def _parts_of(zaaktype) -> dict:
    """The uuids of the zaaktype's parts: loaded for a whole page (`selectors.with_parts`), or now."""
    loaded = getattr(zaaktype, "part_uuids", None)
    if loaded is not None:
        return loaded
    return with_parts([zaaktype])[0].part_uuids


def url(base: str, collection: str, uuid) -> str:
    return f"{base}{CATALOGI_ROOT}/{collection}/{uuid}"


def catalogus_data(catalogus, base: str) -> dict:
    return {
        "url": url(base, "catalogussen", catalogus.uuid),
        "domein": catalogus.domein,
        "rsin": catalogus.rsin,
        "contactpersoonBeheerNaam": catalogus.contactpersoon_beheer_naam,
        "contactpersoonBeheerTelefoonnummer": catalogus.contactpersoon_beheer_telefoonnummer,
        "contactpersoonBeheerEmailadres": catalogus.contactpersoon_beheer_emailadres,
        "zaaktypen": [
            url(base, "zaaktypen", z.uuid)
            for z in related(catalogus, "zaaktypen", ZaakType, "catalogus_id")
        ],
        "besluittypen": [
            url(base, "besluittypen", b.uuid)
            for b in related(catalogus, "besluittypen", BesluitType, "catalogus_id")
        ],
        "informatieobjecttypen": [
            url(base, "informatieobjecttypen", i.uuid)
            for i in related(
                catalogus, "informatieobjecttypen", InformatieObjectType, "catalogus_id"
            )
        ],
        "naam": catalogus.naam or None,
        "versie": catalogus.versie or None,
        "begindatumVersie": iso_date(catalogus.begindatum_versie),
    }


def zaaktype_data(zaaktype, base: str) -> dict:
    parts = _parts_of(zaaktype)
    return {
        "url": url(base, "zaaktypen", zaaktype.uuid),
        "identificatie": zaaktype.identificatie,
        "omschrijving": zaaktype.omschrijving,
        "omschrijvingGeneriek": zaaktype.omschrijving_generiek,
        "vertrouwelijkheidaanduiding": Vertrouwelijkheid(
            zaaktype.vertrouwelijkheidaanduiding
        ).api_value,
        "doel": zaaktype.doel,
        "aanleiding": zaaktype.aanleiding,
        "toelichting": zaaktype.toelichting,
        "indicatieInternOfExtern": zaaktype.indicatie_intern_of_extern,
        "handelingInitiator": zaaktype.handeling_initiator,
        "onderwerp": zaaktype.onderwerp,
        "handelingBehandelaar": zaaktype.handeling_behandelaar,
        "doorlooptijd": iso_duration(zaaktype.doorlooptijd),
        "servicenorm": iso_duration(zaaktype.servicenorm),
        "opschortingEnAanhoudingMogelijk": zaaktype.opschorting_en_aanhouding_mogelijk,
        "verlengingMogelijk": zaaktype.verlenging_mogelijk,
        "verlengingstermijn": iso_duration(zaaktype.verlengingstermijn),
        "trefwoorden": list(zaaktype.trefwoorden or []),
        "publicatieIndicatie": zaaktype.publicatie_indicatie,
        "publicatietekst": zaaktype.publicatietekst,
        "verantwoordingsrelatie": list(zaaktype.verantwoordingsrelatie or []),
        "productenOfDiensten": list(zaaktype.producten_of_diensten or []),
        "selectielijstProcestype": zaaktype.selectielijst_procestype,
        "referentieproces": {
            "naam": zaaktype.referentieproces_naam,
            "link": zaaktype.referentieproces_link,
        },
        "verantwoordelijke": zaaktype.verantwoordelijke,
        "zaakobjecttypen": [url(base, "zaakobjecttypen", u) for u in parts["zaakobjecttypen"]],
        "catalogus": url(base, "catalogussen", zaaktype.catalogus.uuid),
        "statustypen": [url(base, "statustypen", u) for u in parts["statustypen"]],
        "resultaattypen": [url(base, "resultaattypen", u) for u in parts["resultaattypen"]],
        "eigenschappen": [url(base, "eigenschappen", u) for u in parts["eigenschappen"]],
        "informatieobjecttypen": [
            url(base, "informatieobjecttypen", u) for u in parts["informatieobjecttypen"]
        ],
        "roltypen": [url(base, "roltypen", u) for u in parts["roltypen"]],
        "besluittypen": [url(base, "besluittypen", u) for u in parts["besluittypen"]],
        "deelzaaktypen": [],
        "gerelateerdeZaaktypen": [],
        "beginGeldigheid": iso_date(zaaktype.begin_geldigheid),
        "eindeGeldigheid": iso_date(zaaktype.einde_geldigheid),
        "beginObject": iso_date(zaaktype.begin_object),
        "eindeObject": iso_date(zaaktype.einde_object),
        "versiedatum": iso_date(zaaktype.versiedatum),
        "concept": zaaktype.concept,
    }


def _geldigheid(zaaktype) -> dict:
    return {
        "catalogus": url("", "catalogussen", zaaktype.catalogus.uuid),
        "zaaktypeIdentificatie": zaaktype.identificatie,
        "beginGeldigheid": iso_date(zaaktype.begin_geldigheid),
        "eindeGeldigheid": iso_date(zaaktype.einde_geldigheid),
        "beginObject": iso_date(zaaktype.begin_object),
        "eindeObject": iso_date(zaaktype.einde_object),
    }


def statustype_data(statustype, base: str) -> dict:
    zaaktype = statustype.zaaktype
    data = {
        "url": url(base, "statustypen", statustype.uuid),
        "omschrijving": statustype.omschrijving,
        "omschrijvingGeneriek": statustype.omschrijving_generiek,
        "statustekst": statustype.statustekst,
        "zaaktype": url(base, "zaaktypen", zaaktype.uuid),
        "volgnummer": statustype.volgnummer,
        "isEindstatus": statustype.volgnummer
        == getattr(statustype, "max_volgnummer", statustype.volgnummer),
        "informeren": statustype.informeren,
        "doorlooptijd": iso_duration(statustype.doorlooptijd),
        "toelichting": statustype.toelichting,
        "checklistitemStatustype": [],
        "eigenschappen": [],
        "zaakobjecttypen": [
            url(base, "zaakobjecttypen", z.uuid)
            for z in related(statustype, "zaakobjecttypen", ZaakObjectType, "statustype_id")
        ],
        **_geldigheid(zaaktype),
    }
    data["catalogus"] = url(base, "catalogussen", zaaktype.catalogus.uuid)
    return data


def resultaattype_data(resultaattype, base: str) -> dict:
    zaaktype = resultaattype.zaaktype
    data = {
        "url": url(base, "resultaattypen", resultaattype.uuid),
        "zaaktype": url(base, "zaaktypen", zaaktype.uuid),
        "omschrijving": resultaattype.omschrijving,
        "resultaattypeomschrijving": resultaattype.resultaattypeomschrijving,
        "omschrijvingGeneriek": resultaattype.omschrijving_generiek,
        "selectielijstklasse": resultaattype.selectielijstklasse,
        "toelichting": resultaattype.toelichting,
        "archiefnominatie": resultaattype.archiefnominatie,
        "archiefactietermijn": iso_duration(resultaattype.archiefactietermijn),
        # Without an afleidingswijze there is no brondatum procedure: null, as the document says.
        "brondatumArchiefprocedure": {
            "afleidingswijze": resultaattype.brondatum_afleidingswijze,
            "datumkenmerk": resultaattype.brondatum_datumkenmerk,
            "einddatumBekend": resultaattype.brondatum_einddatum_bekend,
            "objecttype": resultaattype.brondatum_objecttype,
            "registratie": resultaattype.brondatum_registratie,
            "procestermijn": iso_duration(resultaattype.brondatum_procestermijn),
        }
        if resultaattype.brondatum_afleidingswijze
        else None,
        "procesobjectaard": None,
        "indicatieSpecifiek": None,
        "procestermijn": None,
        "besluittypen": [],
        "besluittypeOmschrijving": [],
        "informatieobjecttypen": [],
        "informatieobjecttypeOmschrijving": [],
        **_geldigheid(zaaktype),
    }
    data["catalogus"] = url(base, "catalogussen", zaaktype.catalogus.uuid)
    return data


def roltype_data(roltype, base: str) -> dict:
    zaaktype = roltype.zaaktype
    data = {
        "url": url(base, "roltypen", roltype.uuid),
        "zaaktype": url(base, "zaaktypen", zaaktype.uuid),
        "omschrijving": roltype.omschrijving,
        "omschrijvingGeneriek": roltype.omschrijving_generiek,
        **_geldigheid(zaaktype),
    }
    data["catalogus"] = url(base, "catalogussen", zaaktype.catalogus.uuid)
    return data


def eigenschap_data(eigenschap, base: str) -> dict:
    zaaktype = eigenschap.zaaktype
    data = {
        "url": url(base, "eigenschappen", eigenschap.uuid),
        "naam": eigenschap.naam,
        "definitie": eigenschap.definitie,
        "specificatie": {
            "groep": eigenschap.specificatie_groep,
            "formaat": eigenschap.specificatie_formaat,
            "lengte": eigenschap.specificatie_lengte,
            "kardinaliteit": eigenschap.specificatie_kardinaliteit,
            "waardenverzameling": list(eigenschap.specificatie_waardenverzameling or []),
        },
        "toelichting": eigenschap.toelichting,
        "zaaktype": url(base, "zaaktypen", zaaktype.uuid),
        "statustype": url(base, "statustypen", eigenschap.statustype.uuid)
        if eigenschap.statustype_id
        else None,
        **_geldigheid(zaaktype),
    }
    data["catalogus"] = url(base, "catalogussen", zaaktype.catalogus.uuid)
    return data


def _own_geldigheid(obj) -> dict:
    return {
        "beginGeldigheid": iso_date(obj.begin_geldigheid),
        "eindeGeldigheid": iso_date(obj.einde_geldigheid),
        "beginObject": iso_date(obj.begin_object),
        "eindeObject": iso_date(obj.einde_object),
        "concept": obj.concept,
    }


def informatieobjecttype_data(iot, base: str) -> dict:
    cache = getattr(iot, "_prefetched_objects_cache", {})
    if "zaaktypeinformatieobjecttypen" in cache:
        zaaktype_uuids = [link.zaaktype.uuid for link in cache["zaaktypeinformatieobjecttypen"]]
    else:
        zaaktype_uuids = list(
            ZaakTypeInformatieObjectType.all_municipalities.filter(
                informatieobjecttype_id=iot.pk
            ).values_list("zaaktype__uuid", flat=True)
        )
    zaaktypen = sorted(set(zaaktype_uuids), key=str)
    besluittypen = related(iot, "besluittypen", BesluitType, "informatieobjecttypen")
    return {
        "url": url(base, "informatieobjecttypen", iot.uuid),
        "catalogus": url(base, "catalogussen", iot.catalogus.uuid),
        "omschrijving": iot.omschrijving,
        "vertrouwelijkheidaanduiding": Vertrouwelijkheid(iot.vertrouwelijkheidaanduiding).api_value,
        **_own_geldigheid(iot),
        "zaaktypen": [url(base, "zaaktypen", u) for u in zaaktypen],
        "besluittypen": [url(base, "besluittypen", b.uuid) for b in besluittypen],
        "informatieobjectcategorie": iot.informatieobjectcategorie,
        "trefwoord": list(iot.trefwoord or []),
        "omschrijvingGeneriek": {
            "informatieobjecttypeOmschrijvingGeneriek": "",
            "definitieInformatieobjecttypeOmschrijvingGeneriek": "",
            "herkomstInformatieobjecttypeOmschrijvingGeneriek": "",
            "hierarchieInformatieobjecttypeOmschrijvingGeneriek": "",
            "opmerkingInformatieobjecttypeOmschrijvingGeneriek": "",
            **(iot.omschrijving_generiek or {}),
        },
    }


def besluittype_data(besluittype, base: str) -> dict:
    zaaktypen = related(besluittype, "zaaktypen", ZaakType, "besluittypen")
    iots = related(besluittype, "informatieobjecttypen", InformatieObjectType, "besluittypen")
    return {
        "url": url(base, "besluittypen", besluittype.uuid),
        "catalogus": url(base, "catalogussen", besluittype.catalogus.uuid),
        "zaaktypen": [url(base, "zaaktypen", z.uuid) for z in zaaktypen],
        "omschrijving": besluittype.omschrijving,
        "omschrijvingGeneriek": besluittype.omschrijving_generiek,
        "besluitcategorie": besluittype.besluitcategorie,
        "reactietermijn": iso_duration(besluittype.reactietermijn),
        "publicatieIndicatie": besluittype.publicatie_indicatie,
        "publicatietekst": besluittype.publicatietekst,
        "publicatietermijn": iso_duration(besluittype.publicatietermijn),
        "toelichting": besluittype.toelichting,
        "informatieobjecttypen": [url(base, "informatieobjecttypen", i.uuid) for i in iots],
        **_own_geldigheid(besluittype),
        "resultaattypen": [],
        "resultaattypenOmschrijving": [],
        "vastgelegdIn": [],
    }


def zaaktypeinformatieobjecttype_data(link, base: str) -> dict:
    zaaktype = link.zaaktype
    return {
        "url": url(base, "zaaktype-informatieobjecttypen", link.uuid),
        "zaaktype": url(base, "zaaktypen", zaaktype.uuid),
        "zaaktypeIdentificatie": zaaktype.identificatie,
        "catalogus": url(base, "catalogussen", zaaktype.catalogus.uuid),
        "informatieobjecttype": url(base, "informatieobjecttypen", link.informatieobjecttype.uuid),
        "volgnummer": link.volgnummer,
        "richting": link.richting,
        "statustype": url(base, "statustypen", link.statustype.uuid)
        if link.statustype_id
        else None,
    }


def zaakobjecttype_data(zaakobjecttype, base: str) -> dict:
    zaaktype = zaakobjecttype.zaaktype
    begin = iso_date(zaakobjecttype.begin_geldigheid)
    einde = iso_date(zaakobjecttype.einde_geldigheid)
    return {
        "url": url(base, "zaakobjecttypen", zaakobjecttype.uuid),
        "anderObjecttype": zaakobjecttype.ander_objecttype,
        "objecttype": zaakobjecttype.objecttype,
        "relatieOmschrijving": zaakobjecttype.relatie_omschrijving,
        "zaaktype": url(base, "zaaktypen", zaaktype.uuid),
        "zaaktypeIdentificatie": zaaktype.identificatie,
        # Resultaattypen name no zaakobjecttype in Catalogi 1.3, so this list stays empty.
        "resultaattypen": [],
        "statustype": url(base, "statustypen", zaakobjecttype.statustype.uuid)
        if zaakobjecttype.statustype_id
        else None,
        "catalogus": url(base, "catalogussen", zaaktype.catalogus.uuid),
        "beginGeldigheid": begin,
        "eindeGeldigheid": einde,
        "beginObject": begin,
        "eindeObject": einde,
    }
