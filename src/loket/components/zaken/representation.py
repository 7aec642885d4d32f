"""Zaken resources as the standard's JSON, built straight from the rows.

Used by the API (with an absolute base URL) and by the audit trail (base "", so paths). Lists
call these for 100 rows at once, so they do no queries of their own: the selectors load the
related rows beforehand (zaaktype, status and resultaat joined; the uuids of rollen, deelzaken,
eigenschappen, zaakobjecten and zaakinformatieobjecten in one query, `selectors.attach_children`).
"""

from loket.components.common.constants import Vertrouwelijkheid
from loket.components.common.formatting import iso_date, iso_datetime, iso_duration
from loket.components.common.paths import CATALOGI_ROOT, ZAKEN_ROOT


def url(base: str, root: str, collection: str, uuid) -> str:
    return f"{base}{root}/{collection}/{uuid}"


def zaakeigenschap_url(base: str, zaak_uuid, uuid) -> str:
    """Zaakeigenschappen are the one resource nested under its zaak."""
    return f"{base}{ZAKEN_ROOT}/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}"


def children(zaak, name: str) -> list:
    """The uuids of one kind of object under the zaak: loaded beforehand, or one query now."""
    loaded = getattr(zaak, "_children", None)
    if loaded is not None:
        return loaded[name]
    from .selectors import CHILD_SOURCES

    model, fk = CHILD_SOURCES[name]
    return list(
        model.all_municipalities.filter(**{fk: zaak.pk})
        .order_by("pk")
        .values_list("uuid", flat=True)
    )


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
        "deelzaken": [url(base, ZAKEN_ROOT, "zaken", u) for u in children(zaak, "deelzaken")],
        "relevanteAndereZaken": list(zaak.relevante_andere_zaken or []),
        "eigenschappen": [
            zaakeigenschap_url(base, zaak.uuid, u) for u in children(zaak, "eigenschappen")
        ],
        "rollen": [url(base, ZAKEN_ROOT, "rollen", u) for u in children(zaak, "rollen")],
        "status": url(base, ZAKEN_ROOT, "statussen", zaak.status.uuid) if zaak.status_id else None,
        "zaakinformatieobjecten": [
            url(base, ZAKEN_ROOT, "zaakinformatieobjecten", u)
            for u in children(zaak, "zaakinformatieobjecten")
        ],
        "zaakobjecten": [
            url(base, ZAKEN_ROOT, "zaakobjecten", u) for u in children(zaak, "zaakobjecten")
        ],
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


def zaakeigenschap_data(zaakeigenschap, base: str) -> dict:
    zaak_uuid = zaakeigenschap.zaak.uuid
    return {
        "url": zaakeigenschap_url(base, zaak_uuid, zaakeigenschap.uuid),
        "uuid": str(zaakeigenschap.uuid),
        "zaak": url(base, ZAKEN_ROOT, "zaken", zaak_uuid),
        "eigenschap": url(base, CATALOGI_ROOT, "eigenschappen", zaakeigenschap.eigenschap.uuid),
        "naam": zaakeigenschap.naam,
        "waarde": zaakeigenschap.waarde,
    }


def zaakobject_data(zaakobject, base: str) -> dict:
    data = {
        "url": url(base, ZAKEN_ROOT, "zaakobjecten", zaakobject.uuid),
        "uuid": str(zaakobject.uuid),
        "zaak": url(base, ZAKEN_ROOT, "zaken", zaakobject.zaak.uuid),
        "object": zaakobject.object,
        "zaakobjecttype": zaakobject.zaakobjecttype,
        "objectType": zaakobject.object_type,
        "objectTypeOverige": zaakobject.object_type_overige,
        "objectTypeOverigeDefinitie": zaakobject.object_type_overige_definitie,
        "relatieomschrijving": zaakobject.relatieomschrijving,
    }
    if zaakobject.object_identificatie is not None:
        data["objectIdentificatie"] = zaakobject.object_identificatie
    return data


def zaakinformatieobject_data(zio, base: str) -> dict:
    return {
        "url": url(base, ZAKEN_ROOT, "zaakinformatieobjecten", zio.uuid),
        "uuid": str(zio.uuid),
        "informatieobject": zio.informatieobject,
        "zaak": url(base, ZAKEN_ROOT, "zaken", zio.zaak.uuid),
        # zrc-004: the relation of a document to a zaak is always "hoort bij".
        "aardRelatieWeergave": "Hoort bij, omgekeerd: kent",
        "titel": zio.titel,
        "beschrijving": zio.beschrijving,
        "registratiedatum": iso_datetime(zio.registratiedatum),
        "vernietigingsdatum": iso_datetime(zio.vernietigingsdatum),
        "status": url(base, ZAKEN_ROOT, "statussen", zio.status.uuid) if zio.status_id else None,
    }


def klantcontact_data(klantcontact, base: str) -> dict:
    return {
        "url": url(base, ZAKEN_ROOT, "klantcontacten", klantcontact.uuid),
        "uuid": str(klantcontact.uuid),
        "zaak": url(base, ZAKEN_ROOT, "zaken", klantcontact.zaak.uuid),
        "identificatie": klantcontact.identificatie,
        "datumtijd": iso_datetime(klantcontact.datumtijd),
        "kanaal": klantcontact.kanaal,
        "onderwerp": klantcontact.onderwerp,
        "toelichting": klantcontact.toelichting,
    }


def zaakcontactmoment_data(link, base: str) -> dict:
    return {
        "url": url(base, ZAKEN_ROOT, "zaakcontactmomenten", link.uuid),
        "uuid": str(link.uuid),
        "zaak": url(base, ZAKEN_ROOT, "zaken", link.zaak.uuid),
        "contactmoment": link.contactmoment,
    }


def zaakverzoek_data(link, base: str) -> dict:
    return {
        "url": url(base, ZAKEN_ROOT, "zaakverzoeken", link.uuid),
        "uuid": str(link.uuid),
        "zaak": url(base, ZAKEN_ROOT, "zaken", link.zaak.uuid),
        "verzoek": link.verzoek,
    }


def audittrail_data(row, base: str) -> dict:
    """Stored with paths (the write knows no host); shown with the host of this request."""
    return {
        "uuid": str(row.uuid),
        "bron": row.bron,
        "applicatieId": row.applicatie_id,
        "applicatieWeergave": row.applicatie_weergave,
        "gebruikersId": row.gebruikers_id,
        "gebruikersWeergave": row.gebruikers_weergave,
        "actie": row.actie,
        "actieWeergave": row.actie_weergave,
        "resultaat": row.resultaat,
        "hoofdObject": f"{base}{row.hoofd_object}",
        "resource": row.resource,
        "resourceUrl": f"{base}{row.resource_url}",
        "toelichting": row.toelichting,
        "resourceWeergave": row.resource_weergave,
        "aanmaakdatum": iso_datetime(row.aanmaakdatum),
        "wijzigingen": {"oud": row.oud, "nieuw": row.nieuw},
    }
