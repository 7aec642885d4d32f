"""A zaak with one of everything under it, built through the services."""

import datetime

import pytest
from django.utils import timezone

from loket.components.catalogi import services as catalogi
from loket.components.catalogi.models import (
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
)
from loket.components.documenten import services as documenten
from loket.components.zaken import object_services, services

DOCUMENTEN = "http://testserver/documenten/api/v1/enkelvoudiginformatieobjecten"


def add_eigenschap(zaaktype, naam="kenteken", formaat="tekst", lengte="8", **fields):
    return catalogi.add_eigenschap(
        zaaktype,
        naam=naam,
        definitie=f"De {naam}",
        specificatie_formaat=formaat,
        specificatie_lengte=lengte,
        specificatie_kardinaliteit="1",
        forced=True,
        **fields,
    )


def document_url(zaaktype) -> str:
    """A real document (zrc-003) in the zaaktype's catalogus, as its API URL."""
    catalogus = zaaktype.catalogus
    iot = InformatieObjectType.all_municipalities.filter(
        catalogus=catalogus, omschrijving="Bijlage"
    ).first() or catalogi.publish_informatieobjecttype(
        catalogi.create_informatieobjecttype(
            catalogus,
            omschrijving="Bijlage",
            vertrouwelijkheidaanduiding=1,
            begin_geldigheid=datetime.date(2026, 1, 1),
            informatieobjectcategorie="Bijlage",
        )
    )
    document = documenten.create_document(
        informatieobjecttype=iot,
        creatiedatum=datetime.date(2026, 3, 1),
        titel="Bijlage",
        auteur="Inwoner",
        taal="dut",
        inhoud=b"Een losliggende stoeptegel.",
    )
    return f"{DOCUMENTEN}/{document.uuid}"


def first(model, zaaktype, **filters):
    return model.all_municipalities.filter(zaaktype=zaaktype, **filters).order_by("pk").first()


def full_zaak(zaaktype, **fields):
    """A zaak with a status, a rol, a resultaat, an eigenschap, a zaakobject, a document and more."""
    zaak = services.create_zaak(
        zaaktype=zaaktype, bronorganisatie=zaaktype.catalogus.rsin, **fields
    )
    status = services.set_status(zaak, statustype=first(StatusType, zaaktype, volgnummer=1))
    services.add_rol(
        zaak,
        roltype=first(RolType, zaaktype),
        betrokkene_type="natuurlijk_persoon",
        betrokkene_identificatie={"inpBsn": "999993653", "anpIdentificatie": "ANP-1"},
    )
    services.set_result(zaak, resultaattype=first(ResultaatType, zaaktype))
    eigenschap = first(Eigenschap, zaaktype) or add_eigenschap(zaaktype)
    object_services.add_zaakeigenschap(zaak, eigenschap=eigenschap, waarde="AB-123-C")
    object_services.add_zaakobject(
        zaak, object_type="adres", object="https://bag.example/api/adressen/1"
    )
    object_services.add_zaakinformatieobject(
        zaak, informatieobject=document_url(zaaktype), status=status
    )
    object_services.add_klantcontact(
        zaak, datumtijd=timezone.now() - datetime.timedelta(hours=1), kanaal="telefoon"
    )
    object_services.add_link(zaak, "zaakcontactmoment", "https://cm.example/contactmomenten/1")
    object_services.add_link(zaak, "zaakverzoek", "https://vrc.example/verzoeken/1")
    zaak.refresh_from_db()
    return zaak


@pytest.fixture
def eigenschap_of():
    return add_eigenschap
