"""Besluiten resources as the standard's JSON, built straight from the rows (no queries).

Used by the API (absolute base URL) and by the audit trail (base "", so paths). The selectors
join the besluittype and zaak beforehand.
"""

from loket.components.common.formatting import iso_date, iso_datetime
from loket.components.common.paths import BESLUITEN_ROOT, CATALOGI_ROOT, ZAKEN_ROOT


def besluit_url(base: str, uuid) -> str:
    return f"{base}{BESLUITEN_ROOT}/besluiten/{uuid}"


def besluitinformatieobject_url(base: str, uuid) -> str:
    return f"{base}{BESLUITEN_ROOT}/besluitinformatieobjecten/{uuid}"


def zaakbesluit_url(base: str, zaak_uuid, uuid) -> str:
    return f"{base}{ZAKEN_ROOT}/zaken/{zaak_uuid}/besluiten/{uuid}"


def besluit_data(besluit, base: str) -> dict:
    return {
        "url": besluit_url(base, besluit.uuid),
        "identificatie": besluit.identificatie,
        "verantwoordelijkeOrganisatie": besluit.verantwoordelijke_organisatie,
        "besluittype": f"{base}{CATALOGI_ROOT}/besluittypen/{besluit.besluittype.uuid}",
        # The standard sends "" (not null) for a besluit without zaak.
        "zaak": f"{base}{ZAKEN_ROOT}/zaken/{besluit.zaak.uuid}" if besluit.zaak_id else "",
        "datum": iso_date(besluit.datum),
        "toelichting": besluit.toelichting,
        "bestuursorgaan": besluit.bestuursorgaan,
        "ingangsdatum": iso_date(besluit.ingangsdatum),
        "vervaldatum": iso_date(besluit.vervaldatum),
        "vervalreden": besluit.vervalreden,
        "vervalredenWeergave": besluit.get_vervalreden_display() if besluit.vervalreden else "",
        "publicatiedatum": iso_date(besluit.publicatiedatum),
        "verzenddatum": iso_date(besluit.verzenddatum),
        "uiterlijkeReactiedatum": iso_date(besluit.uiterlijke_reactiedatum),
    }


def besluitinformatieobject_data(bio, base: str) -> dict:
    return {
        "url": besluitinformatieobject_url(base, bio.uuid),
        "informatieobject": bio.informatieobject,
        "besluit": besluit_url(base, bio.besluit.uuid),
    }


def zaakbesluit_data(besluit, base: str) -> dict:
    """The Zaken API's view of the relation: `/zaken/{zaak_uuid}/besluiten/{uuid}`."""
    return {
        "url": zaakbesluit_url(base, besluit.zaak.uuid, besluit.zaakbesluit_uuid),
        "uuid": str(besluit.zaakbesluit_uuid),
        "besluit": besluit_url(base, besluit.uuid),
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
