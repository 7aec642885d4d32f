"""Catalogi resources as the standard's JSON (read side). No queries: selectors load what is shown."""

from loket.components.common.constants import Vertrouwelijkheid
from loket.components.common.formatting import iso_date, iso_duration
from loket.components.common.paths import CATALOGI_ROOT

from .models import ResultaatType, RolType, StatusType, ZaakType


def related(instance, name: str, model, fk: str):
    """Prefetched rows, or an explicit unscoped query (reverse managers need an active municipality)."""
    cache = getattr(instance, "_prefetched_objects_cache", {})
    if name in cache:
        return list(cache[name])
    return list(model.all_municipalities.filter(**{fk: instance.pk}).order_by("pk").only("uuid"))


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
        "besluittypen": [],
        "informatieobjecttypen": [],
        "naam": catalogus.naam or None,
        "versie": catalogus.versie or None,
        "begindatumVersie": iso_date(catalogus.begindatum_versie),
    }


def zaaktype_data(zaaktype, base: str) -> dict:
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
        "zaakobjecttypen": [],
        "catalogus": url(base, "catalogussen", zaaktype.catalogus.uuid),
        "statustypen": [
            url(base, "statustypen", s.uuid)
            for s in related(zaaktype, "statustypen", StatusType, "zaaktype_id")
        ],
        "resultaattypen": [
            url(base, "resultaattypen", r.uuid)
            for r in related(zaaktype, "resultaattypen", ResultaatType, "zaaktype_id")
        ],
        "eigenschappen": [],
        "informatieobjecttypen": [],
        "roltypen": [
            url(base, "roltypen", r.uuid)
            for r in related(zaaktype, "roltypen", RolType, "zaaktype_id")
        ],
        "besluittypen": [],
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
        "toelichting": statustype.toelichting or None,
        "checklistitemStatustype": [],
        "eigenschappen": [],
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
        "brondatumArchiefprocedure": {
            "afleidingswijze": resultaattype.brondatum_afleidingswijze,
            "datumkenmerk": resultaattype.brondatum_datumkenmerk,
            "einddatumBekend": resultaattype.brondatum_einddatum_bekend,
            "objecttype": resultaattype.brondatum_objecttype,
            "registratie": resultaattype.brondatum_registratie,
            "procestermijn": iso_duration(resultaattype.brondatum_procestermijn),
        },
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
