"""Documenten resources as the standard's JSON, built from rows loaded beforehand (no queries here).

With base "" the URLs are paths: that is how the audit trail and notifications store them.
"""

import datetime

from loket.components.common.constants import Vertrouwelijkheid
from loket.components.common.formatting import iso_date
from loket.components.common.formatting import iso_datetime as _iso_datetime
from loket.components.common.paths import CATALOGI_ROOT, DOCUMENTEN_ROOT

DOCUMENTS = "enkelvoudiginformatieobjecten"


def iso_datetime(value: datetime.datetime | None) -> str | None:
    """In UTC, so a value reads the same fresh from the request and from the database."""
    return _iso_datetime(value.astimezone(datetime.UTC) if value else None)


def document_url(base: str, uuid) -> str:
    return f"{base}{DOCUMENTEN_ROOT}/{DOCUMENTS}/{uuid}"


def url(base: str, collection: str, uuid) -> str:
    return f"{base}{DOCUMENTEN_ROOT}/{collection}/{uuid}"


def bestandsdeel_data(deel, base: str) -> dict:
    return {
        "url": url(base, "bestandsdelen", deel.uuid),
        "volgnummer": deel.volgnummer,
        "omvang": deel.omvang,
        "voltooid": deel.voltooid,
        "lock": "",  # never shown: only the holder of the lock knows it
    }


def _parts(document) -> list:
    cached = getattr(document, "_prefetched_objects_cache", {}).get("bestandsdelen")
    return list(cached) if cached is not None else []


def document_data(document, versie, base: str, parts: list | None = None) -> dict:
    """One version of a document (the latest unless the caller picked another)."""
    download = None
    if versie.inhoud or versie.bestandsomvang == 0:
        download = f"{document_url(base, document.uuid)}/download?versie={versie.versie}"
    ondertekening = (
        {"soort": versie.ondertekening_soort, "datum": iso_date(versie.ondertekening_datum)}
        if versie.ondertekening_soort
        else None
    )
    integriteit = (
        {
            "algoritme": versie.integriteit_algoritme,
            "waarde": versie.integriteit_waarde,
            "datum": iso_date(versie.integriteit_datum),
        }
        if versie.integriteit_algoritme
        else None
    )
    parts = _parts(document) if parts is None else parts
    return {
        "url": document_url(base, document.uuid),
        "identificatie": versie.identificatie,
        "bronorganisatie": versie.bronorganisatie,
        "creatiedatum": iso_date(versie.creatiedatum),
        "titel": versie.titel,
        "vertrouwelijkheidaanduiding": Vertrouwelijkheid(
            versie.vertrouwelijkheidaanduiding
        ).api_value,
        "auteur": versie.auteur,
        "status": versie.status,
        "formaat": versie.formaat,
        "taal": versie.taal,
        "versie": versie.versie,
        "beginRegistratie": iso_datetime(versie.begin_registratie),
        "bestandsnaam": versie.bestandsnaam,
        "inhoud": download,
        "bestandsomvang": versie.bestandsomvang,
        "link": versie.link,
        "beschrijving": versie.beschrijving,
        "ontvangstdatum": iso_date(versie.ontvangstdatum),
        "verzenddatum": iso_date(versie.verzenddatum),
        "indicatieGebruiksrecht": document.indicatie_gebruiksrecht,
        "verschijningsvorm": versie.verschijningsvorm,
        "ondertekening": ondertekening,
        "integriteit": integriteit,
        "informatieobjecttype": (
            f"{base}{CATALOGI_ROOT}/informatieobjecttypen/{versie.informatieobjecttype.uuid}"
        ),
        "locked": bool(document.lock),
        "bestandsdelen": [bestandsdeel_data(deel, base) for deel in parts],
        "trefwoorden": list(versie.trefwoorden or []),
    }


def gebruiksrecht_data(row, base: str) -> dict:
    return {
        "url": url(base, "gebruiksrechten", row.uuid),
        "informatieobject": document_url(base, row.document.uuid),
        "startdatum": iso_datetime(row.startdatum),
        "einddatum": iso_datetime(row.einddatum),
        "omschrijvingVoorwaarden": row.omschrijving_voorwaarden,
    }


def objectinformatieobject_data(row, base: str) -> dict:
    return {
        "url": url(base, "objectinformatieobjecten", row.uuid),
        "informatieobject": document_url(base, row.document.uuid),
        "object": f"{base}{row.object}",
        "objectType": row.object_type,
    }


def audittrail_data(row, base: str) -> dict:
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
