"""The small world the fuzzers work in: two municipalities with a catalogue, zaken and documents.

The fuzzers call as one municipality's application with all autorisaties (and its BRP client);
the other municipality holds the same kinds of objects, so a reference to a foreign object is
fuzzed too. Kept apart from the isolation world: fuzzing needs few rows and must build fast.
"""

import datetime
import secrets
from dataclasses import dataclass

from django.core.management import call_command

from loket.components import facade as zgw
from loket.components.autorisaties.services import create_applicatie
from loket.components.catalogi.models import BesluitType, Eigenschap
from loket.components.notificaties.models import Abonnement
from loket.core.tests.isolation.tokens import jwt_for
from loket.registry.api.models import BrpApiClient, BrpApiPurpose
from loket.registry.api.tokens import hash_token
from loket.registry.models import Address, Person, Residence
from loket.tenancy.context import activate
from loket.tenancy.demo_rsin import demo_rsin
from loket.tenancy.models import Municipality

MUNICIPALITY_CODES = ("0344", "0599")  # Utrecht calls, Rotterdam is the other one
BSNS = {"0344": ("999990019", "999990020"), "0599": ("999990032", "999990044")}
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
BRP_PURPOSE = "BRPACT-AlgemeneTaken"


@dataclass
class FuzzWorld:
    municipality: Municipality
    zgw_authorization: str
    brp_token: str
    brp_purpose: str = BRP_PURPOSE


def build_fuzz_world() -> FuzzWorld:
    if not Municipality.objects.filter(code__in=MUNICIPALITY_CODES).exists():
        call_command("loaddata", "municipalities", verbosity=0)
    municipalities = [Municipality.objects.get(code=code) for code in MUNICIPALITY_CODES]
    for municipality in municipalities:
        _fill(municipality)
    caller = municipalities[0]
    return FuzzWorld(caller, _application(caller), _brp_client(caller))


def _fill(municipality: Municipality) -> None:
    if not municipality.rsin:
        municipality.rsin = demo_rsin(municipality.code)
        municipality.save(update_fields=["rsin"])
    from loket.portal.tests.mijn_data import zaaktype_at

    zaaktype = zaaktype_at(municipality, identificatie=f"FUZZ-{municipality.code}")
    with activate(municipality):
        besluittype = BesluitType.objects.create(
            catalogus=zaaktype.catalogus, omschrijving="Vergunning verleend",
            begin_geldigheid=datetime.date(2026, 1, 1), concept=False,
        )
        zaaktype.besluittypen.add(besluittype)
        # Without an eigenschap every zaakeigenschap request would be a 400.
        Eigenschap.objects.create(
            zaaktype=zaaktype, naam="kenteken", definitie="Kenteken van het voertuig",
            specificatie_formaat="tekst", specificatie_lengte="8", specificatie_kardinaliteit="1",
        )
        for number, bsn in enumerate(BSNS[municipality.code]):
            _resident(municipality, bsn)
            _zaak(zaaktype, besluittype, bsn, closed=number == 1)
    abonnement = Abonnement.objects.create(
        callback_url=f"https://ontvanger.example/{municipality.code}", auth="Bearer geheim",
        client_id=f"fuzz-{municipality.code}",
    )
    abonnement.municipalities.set([municipality])


def _resident(municipality: Municipality, bsn: str) -> None:
    person = Person.objects.create(bsn=bsn, first_names="Fuzz", surname="Tester", birth_date="19800101")
    address = Address.objects.create(
        street="Fuzzstraat", house_number=int(bsn[-2:]), postcode="1234AB", place=municipality.name,
        municipality=municipality,
    )
    Residence.objects.create(
        person=person, address=address, valid_from="20100101", municipality_code=municipality.code
    )


def _zaak(zaaktype, besluittype, bsn: str, *, closed: bool) -> None:
    zaak = zgw.start_zaak_for_resident(zaaktype, bsn, omschrijving="Fuzz", toelichting="Fuzz")
    zgw.set_status(zaak, zgw.StatusType.all_municipalities.get(zaaktype=zaaktype, volgnummer=2))
    zgw.add_document_to_zaak(zaak, titel="Brief", bestandsnaam="brief.pdf", content=PDF)
    zgw.create_besluit_for_zaak(
        zaak, besluittype=besluittype, datum=datetime.date(2026, 3, 1), ingangsdatum=datetime.date(2026, 3, 2)
    )
    if closed:
        zgw.close(zaak, zgw.ResultaatType.all_municipalities.get(zaaktype=zaaktype), toelichting="Klaar")


def _application(municipality: Municipality) -> str:
    client_id = f"fuzz-{municipality.code}-{secrets.token_hex(3)}"
    secret = secrets.token_urlsafe(32)
    create_applicatie(
        label=f"Fuzz {municipality.code}", municipalities=[municipality], client_id=client_id,
        secret=secret, heeft_alle_autorisaties=True,
    )
    return f"Bearer {jwt_for(client_id, secret)}"


def _brp_client(municipality: Municipality) -> str:
    token = secrets.token_urlsafe(32)
    client = BrpApiClient.objects.create(
        name=f"fuzz-{municipality.code}", token_hash=hash_token(token), token_hint=token[:8]
    )
    client.municipalities.set([municipality])
    BrpApiPurpose.objects.create(
        client=client, code=BRP_PURPOSE, description="Afhandelen van zaken", legal_basis="Wet BRP art. 3.3"
    )
    return f"Bearer {token}"
