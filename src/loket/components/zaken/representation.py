"""Zaken resources as the standard's JSON, built straight from the rows.

Used by the API (with an absolute base URL) and by the audit trail (base "", so paths). Lists
call these for 100 rows at once, so they do no queries of their own: the selectors load the
related rows (zaaktype, status, resultaat, rollen, deelzaken) beforehand.
"""

from loket.components.common.constants import Vertrouwelijkheid
from loket.components.common.formatting import iso_date, iso_datetime, iso_duration
from loket.components.common.paths import CATALOGI_ROOT, ZAKEN_ROOT


def url(base: str, root: str, collection: str, uuid) -> str:
    return f"{base}{root}/{collection}/{uuid}"


def related(instance, name: str, model, fk: str):
    """A reverse relation: the prefetched rows, or an explicit (unscoped) query by foreign key.

    Reverse managers use the tenant-scoped default manager, which needs an active municipality;
    API requests cross municipalities on purpose, so they never use it.
    """
    cache = getattr(instance, "_prefetched_objects_cache", {})
    if name in cache:
        return list(cache[name])
    return list(model.all_municipalities.filter(**{fk: instance.pk}).order_by("pk").only("uuid"))


def _resultaat_of(zaak):
    try:
        return zaak.resultaat
    except zaak.__class__.resultaat.RelatedObjectDoesNotExist:
        return None


def zaak_data(zaak, base: str) -> dict:
    resultaat = _resultaat_of(zaak)
    return {
        "url": url(base, ZAKEN_ROOT, "zaken", zaak.uuid),
        "uuid": str(zaak.uuid),
        "identificatie": zaak.identificatie,
        "bronorganisatie": zaak.bronorganisatie,
        "omschrijving": zaak.omschrijving,
        "toelichting": zaak.toelichting,
        "zaaktype": url(base, CATALOGI_ROOT, "zaaktypen", zaak.zaaktype.uuid),
        "registratiedatum": iso_date(zaak.registratiedatum),
        "verantwoordelijkeOrganisatie": zaak.verantwoordelijke_organisatie,
        "startdatum": iso_date(zaak.startdatum),
        "einddatum": iso_date(zaak.einddatum),
        "einddatumGepland": iso_date(zaak.einddatum_gepland),
        "uiterlijkeEinddatumAfdoening": iso_date(zaak.uiterlijke_einddatum_afdoening),
        "publicatiedatum": iso_date(zaak.publicatiedatum),
        "communicatiekanaal": zaak.communicatiekanaal,
        "productenOfDiensten": list(zaak.producten_of_diensten or []),
        "vertrouwelijkheidaanduiding": Vertrouwelijkheid(
            zaak.vertrouwelijkheidaanduiding
        ).api_value,
        "betalingsindicatie": zaak.betalingsindicatie,
        "betalingsindicatieWeergave": zaak.get_betalingsindicatie_display()
        if zaak.betalingsindicatie
        else "",
        "laatsteBetaaldatum": iso_datetime(zaak.laatste_betaaldatum),
        "zaakgeometrie": zaak.zaakgeometrie,
        "verlenging": (
            {"reden": zaak.verlenging_reden, "duur": iso_duration(zaak.verlenging_duur)}
            if zaak.verlenging_reden or zaak.verlenging_duur
            else None
        ),
        "opschorting": {"indicatie": zaak.opschorting_indicatie, "reden": zaak.opschorting_reden},
        "selectielijstklasse": zaak.selectielijstklasse,
        "hoofdzaak": url(base, ZAKEN_ROOT, "zaken", zaak.hoofdzaak.uuid)
        if zaak.hoofdzaak_id
        else None,
        "deelzaken": [
            url(base, ZAKEN_ROOT, "zaken", d.uuid)
            for d in related(zaak, "deelzaken", type(zaak), "hoofdzaak_id")
        ],
        "relevanteAndereZaken": list(zaak.relevante_andere_zaken or []),
        "eigenschappen": [],
        "rollen": [
            url(base, ZAKEN_ROOT, "rollen", r.uuid)
            for r in related(zaak, "rollen", _rol_model(), "zaak_id")
        ],
        "status": url(base, ZAKEN_ROOT, "statussen", zaak.status.uuid) if zaak.status_id else None,
        "zaakinformatieobjecten": [],
        "zaakobjecten": [],
        "kenmerken": list(zaak.kenmerken or []),
        "archiefnominatie": zaak.archiefnominatie or None,
        "archiefstatus": zaak.archiefstatus,
        "archiefactiedatum": iso_date(zaak.archiefactiedatum),
        "resultaat": url(base, ZAKEN_ROOT, "resultaten", resultaat.uuid) if resultaat else None,
        "opdrachtgevendeOrganisatie": zaak.opdrachtgevende_organisatie,
        "processobjectaard": zaak.processobjectaard or None,
        "startdatumBewaartermijn": iso_date(zaak.startdatum_bewaartermijn),
        "processobject": None,
    }


def status_data(status, base: str) -> dict:
    return {
        "url": url(base, ZAKEN_ROOT, "statussen", status.uuid),
        "uuid": str(status.uuid),
        "zaak": url(base, ZAKEN_ROOT, "zaken", status.zaak.uuid),
        "statustype": url(base, CATALOGI_ROOT, "statustypen", status.statustype.uuid),
        "datumStatusGezet": iso_datetime(status.datum_status_gezet),
        "statustoelichting": status.statustoelichting,
        "indicatieLaatstGezetteStatus": status.zaak.status_id == status.pk,
        "gezetdoor": url(base, ZAKEN_ROOT, "rollen", status.gezetdoor.uuid)
        if status.gezetdoor_id
        else "",
        "zaakinformatieobjecten": [],
    }


def rol_data(rol, base: str) -> dict:
    return {
        "url": url(base, ZAKEN_ROOT, "rollen", rol.uuid),
        "uuid": str(rol.uuid),
        "zaak": url(base, ZAKEN_ROOT, "zaken", rol.zaak.uuid),
        "betrokkene": rol.betrokkene,
        "betrokkeneType": rol.betrokkene_type,
        "afwijkendeNaamBetrokkene": rol.afwijkende_naam_betrokkene,
        "roltype": url(base, CATALOGI_ROOT, "roltypen", rol.roltype.uuid),
        "omschrijving": rol.omschrijving,
        "omschrijvingGeneriek": rol.omschrijving_generiek,
        "roltoelichting": rol.roltoelichting,
        "registratiedatum": iso_datetime(rol.registratiedatum),
        "indicatieMachtiging": rol.indicatie_machtiging,
        "contactpersoonRol": None,
        "statussen": [],
        "betrokkeneIdentificatie": rol.betrokkene_identificatie or None,
    }


def resultaat_data(resultaat, base: str) -> dict:
    return {
        "url": url(base, ZAKEN_ROOT, "resultaten", resultaat.uuid),
        "uuid": str(resultaat.uuid),
        "zaak": url(base, ZAKEN_ROOT, "zaken", resultaat.zaak.uuid),
        "resultaattype": url(base, CATALOGI_ROOT, "resultaattypen", resultaat.resultaattype.uuid),
        "toelichting": resultaat.toelichting,
    }


def _rol_model():
    from .models import Rol

    return Rol
