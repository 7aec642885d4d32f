"""Zaken resources as the standard's JSON, built straight from the rows.

Used by the API (with an absolute base URL) and by the audit trail (base "", so paths). Lists
call these for 100 rows at once, so they do no queries of their own: the selectors load the
related rows beforehand (zaaktype, status and resultaat joined; the uuids of rollen, deelzaken,
eigenschappen, zaakobjecten and zaakinformatieobjecten in one query, `selectors.attach_children`).
"""

from loket.components.common.constants import Vertrouwelijkheid
from loket.components.common.formatting import iso_date, iso_datetime, iso_duration
from loket.components.common.paths import CATALOGI_ROOT, ZAKEN_ROOT

from .models import Betalingsindicatie


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


# The columns a zaak's JSON is made of, as `QuerySet.values()` names them. A row maps these names
# to values already written as the JSON has them: uuids and dates as strings, JSON fields as
# Python values. Lists read them so from the database (`selectors.zaak_list_rows`); a single
# zaak is turned into the same mapping (`zaak_values`).
ZAAK_VALUES = (
    "pk",
    "uuid",
    "identificatie",
    "bronorganisatie",
    "omschrijving",
    "toelichting",
    "zaaktype__uuid",
    "registratiedatum",
    "verantwoordelijke_organisatie",
    "startdatum",
    "einddatum",
    "einddatum_gepland",
    "uiterlijke_einddatum_afdoening",
    "publicatiedatum",
    "communicatiekanaal",
    "producten_of_diensten",
    "vertrouwelijkheidaanduiding",
    "betalingsindicatie",
    "laatste_betaaldatum",
    "zaakgeometrie",
    "verlenging_reden",
    "verlenging_duur",
    "opschorting_indicatie",
    "opschorting_reden",
    "selectielijstklasse",
    "hoofdzaak__uuid",
    "relevante_andere_zaken",
    "kenmerken",
    "archiefnominatie",
    "archiefstatus",
    "archiefactiedatum",
    "opdrachtgevende_organisatie",
    "processobjectaard",
    "startdatum_bewaartermijn",
    "status__uuid",
    "resultaat__uuid",
)
UUID_COLUMNS = ("uuid", "zaaktype__uuid", "hoofdzaak__uuid", "status__uuid", "resultaat__uuid")
DATE_COLUMNS = (
    "registratiedatum",
    "startdatum",
    "einddatum",
    "einddatum_gepland",
    "uiterlijke_einddatum_afdoening",
    "publicatiedatum",
    "archiefactiedatum",
    "startdatum_bewaartermijn",
)
JSON_COLUMNS = ("producten_of_diensten", "zaakgeometrie", "relevante_andere_zaken", "kenmerken")
_LEVELS = {member.value: member.api_value for member in Vertrouwelijkheid}
_BETALINGSINDICATIE = dict(Betalingsindicatie.choices)


def format_values(row: dict) -> dict:
    """Turn a row of `ZAAK_VALUES` as Python reads it (UUID, date, timedelta) into JSON's strings."""
    for name in UUID_COLUMNS:
        if row[name] is not None:
            row[name] = str(row[name])
    for name in DATE_COLUMNS:
        row[name] = iso_date(row[name])
    row["laatste_betaaldatum"] = iso_datetime(row["laatste_betaaldatum"])
    row["verlenging_duur"] = iso_duration(row["verlenging_duur"])
    return row


def zaak_values(zaak) -> dict:
    """One zaak instance as the mapping `ZAAK_VALUES` describes."""
    row = {name: getattr(zaak, name) for name in ZAAK_VALUES if "__" not in name}
    resultaat = _resultaat_of(zaak)
    row["zaaktype__uuid"] = zaak.zaaktype.uuid
    row["hoofdzaak__uuid"] = zaak.hoofdzaak.uuid if zaak.hoofdzaak_id else None
    row["status__uuid"] = zaak.status.uuid if zaak.status_id else None
    row["resultaat__uuid"] = resultaat.uuid if resultaat else None
    return format_values(row)


def zaak_data(zaak, base: str) -> dict:
    names = ("deelzaken", "eigenschappen", "rollen", "zaakinformatieobjecten", "zaakobjecten")
    return zaak_data_from_values(
        zaak_values(zaak), base, {name: children(zaak, name) for name in names}
    )


def zaak_data_from_values(row: dict, base: str, under: dict) -> dict:
    """The standard's JSON of one zaak from its formatted `ZAAK_VALUES` row and the uuids `under` it."""
    zaken = f"{base}{ZAKEN_ROOT}/"
    uuid = row["uuid"]
    betalingsindicatie = row["betalingsindicatie"]
    verlenging_duur = row["verlenging_duur"]
    hoofdzaak, status, resultaat = row["hoofdzaak__uuid"], row["status__uuid"], row["resultaat__uuid"]
    return {
        "url": f"{zaken}zaken/{uuid}",
        "uuid": uuid,
        "identificatie": row["identificatie"],
        "bronorganisatie": row["bronorganisatie"],
        "omschrijving": row["omschrijving"],
        "toelichting": row["toelichting"],
        "zaaktype": f"{base}{CATALOGI_ROOT}/zaaktypen/{row['zaaktype__uuid']}",
        "registratiedatum": row["registratiedatum"],
        "verantwoordelijkeOrganisatie": row["verantwoordelijke_organisatie"],
        "startdatum": row["startdatum"],
        "einddatum": row["einddatum"],
        "einddatumGepland": row["einddatum_gepland"],
        "uiterlijkeEinddatumAfdoening": row["uiterlijke_einddatum_afdoening"],
        "publicatiedatum": row["publicatiedatum"],
        "communicatiekanaal": row["communicatiekanaal"],
        "productenOfDiensten": list(row["producten_of_diensten"] or []),
        "vertrouwelijkheidaanduiding": _LEVELS[row["vertrouwelijkheidaanduiding"]],
        "betalingsindicatie": betalingsindicatie,
        "betalingsindicatieWeergave": str(_BETALINGSINDICATIE[betalingsindicatie])
        if betalingsindicatie
        else "",
        "laatsteBetaaldatum": row["laatste_betaaldatum"],
        "zaakgeometrie": row["zaakgeometrie"],
        "verlenging": (
            {"reden": row["verlenging_reden"], "duur": verlenging_duur}
            if row["verlenging_reden"] or verlenging_duur
            else None
        ),
        "opschorting": {
            "indicatie": row["opschorting_indicatie"],
            "reden": row["opschorting_reden"],
        },
        "selectielijstklasse": row["selectielijstklasse"],
        "hoofdzaak": f"{zaken}zaken/{hoofdzaak}" if hoofdzaak else None,
        "deelzaken": [f"{zaken}zaken/{u}" for u in under["deelzaken"]],
        "relevanteAndereZaken": list(row["relevante_andere_zaken"] or []),
        "eigenschappen": [
            f"{zaken}zaken/{uuid}/zaakeigenschappen/{u}" for u in under["eigenschappen"]
        ],
        "rollen": [f"{zaken}rollen/{u}" for u in under["rollen"]],
        "status": f"{zaken}statussen/{status}" if status else None,
        "zaakinformatieobjecten": [
            f"{zaken}zaakinformatieobjecten/{u}" for u in under["zaakinformatieobjecten"]
        ],
        "zaakobjecten": [f"{zaken}zaakobjecten/{u}" for u in under["zaakobjecten"]],
        "kenmerken": list(row["kenmerken"] or []),
        "archiefnominatie": row["archiefnominatie"] or None,
        "archiefstatus": row["archiefstatus"],
        "archiefactiedatum": row["archiefactiedatum"],
        "resultaat": f"{zaken}resultaten/{resultaat}" if resultaat else None,
        "opdrachtgevendeOrganisatie": row["opdrachtgevende_organisatie"],
        "processobjectaard": row["processobjectaard"] or None,
        "startdatumBewaartermijn": row["startdatum_bewaartermijn"],
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
        else None,
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
