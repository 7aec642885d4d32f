"""Fixtures for the ZGW component tests: catalogi, applications with autorisaties, signed JWTs."""

import datetime
import itertools
import time

import jwt
import pytest
from rest_framework.test import APIClient
from stdnum.nl import bsn as elfproef

from loket.components.autorisaties.services import add_autorisatie, create_applicatie
from loket.components.catalogi import services as catalogi
from loket.components.common import scopes as S
from loket.components.common.constants import Component, Vertrouwelijkheid

_counter = itertools.count(1)


def valid_rsin(start: int) -> str:
    number = start
    while not elfproef.is_valid(f"{number:09d}"):
        number += 1
    return f"{number:09d}"


def make_token(
    client_id: str, secret: str, *, iat: float | None = None, algorithm: str = "HS256", **claims
) -> str:
    payload = {
        "iss": client_id,
        "client_id": client_id,
        "iat": int(time.time() if iat is None else iat),
        "user_id": "medewerker-1",
        "user_representation": "M. de Vries",
        **claims,
    }
    return jwt.encode(payload, secret, algorithm=algorithm)


class ZGW:
    """Builds catalogi, zaaktypen and API clients for one test."""

    def __init__(self):
        self.catalogi = {}

    def catalogus(self, municipality):
        if municipality.pk not in self.catalogi:
            rsin = valid_rsin(100000000 + municipality.pk * 1000)
            self.catalogi[municipality.pk] = catalogi.create_catalogus(
                municipality,
                domein="ZAKEN",
                rsin=rsin,
                contactpersoon_beheer_naam="Beheer",
                naam=municipality.name,
            )
        return self.catalogi[municipality.pk]

    def zaaktype(
        self,
        municipality,
        *,
        identificatie: str | None = None,
        vertrouwelijkheid=Vertrouwelijkheid.OPENBAAR,
        publish: bool = True,
        begin: datetime.date = datetime.date(2026, 1, 1),
        einde: datetime.date | None = None,
    ):
        catalogus = self.catalogus(municipality)
        zaaktype = catalogi.create_zaaktype(
            catalogus,
            identificatie=identificatie or f"ZT-{next(_counter)}",
            omschrijving="Melding openbare ruimte",
            vertrouwelijkheidaanduiding=vertrouwelijkheid,
            doel="Meldingen afhandelen",
            aanleiding="Een inwoner meldt iets",
            indicatie_intern_of_extern="extern",
            handeling_initiator="Melden",
            onderwerp="Openbare ruimte",
            handeling_behandelaar="Behandelen",
            doorlooptijd=datetime.timedelta(days=14),
            servicenorm=datetime.timedelta(days=10),
            verantwoordelijke="Stadsbeheer",
            begin_geldigheid=begin,
            einde_geldigheid=einde,
            producten_of_diensten=["https://producten.example/melding"],
        )
        catalogi.add_statustype(zaaktype, volgnummer=1, omschrijving="Ontvangen")
        catalogi.add_statustype(zaaktype, volgnummer=2, omschrijving="In behandeling")
        catalogi.add_statustype(zaaktype, volgnummer=3, omschrijving="Afgehandeld")
        catalogi.add_resultaattype(
            zaaktype,
            omschrijving="Afgehandeld",
            archiefnominatie="vernietigen",
            archiefactietermijn=datetime.timedelta(days=365),
            brondatum_afleidingswijze="afgehandeld",
        )
        catalogi.add_roltype(zaaktype, omschrijving="Melder", omschrijving_generiek="initiator")
        catalogi.add_roltype(
            zaaktype, omschrijving="Behandelaar", omschrijving_generiek="behandelaar"
        )
        if publish:
            zaaktype = catalogi.publish_zaaktype(zaaktype)
        return zaaktype

    def client(
        self,
        municipalities,
        *,
        zaaktypen=(),
        scopes=(
            S.ZAKEN_LEZEN,
            S.ZAKEN_AANMAKEN,
            S.ZAKEN_BIJWERKEN,
            S.ZAKEN_VERWIJDEREN,
            S.ZAKEN_STATUSSEN_TOEVOEGEN,
        ),
        max_vertrouwelijkheid=Vertrouwelijkheid.ZEER_GEHEIM,
        catalogi_scopes=(S.CATALOGI_LEZEN,),
        alles: bool = False,
    ) -> "ApiClient":
        number = next(_counter)
        client_id, secret = f"client-{number}", f"secret-{number}-long-enough-for-hs256-keys"
        applicatie = create_applicatie(
            label=f"Zaaksysteem {number}",
            municipalities=municipalities,
            client_id=client_id,
            secret=secret,
            heeft_alle_autorisaties=alles,
        )
        if not alles:
            for zaaktype in zaaktypen:
                add_autorisatie(
                    applicatie,
                    component=Component.ZRC,
                    scopes=scopes,
                    zaaktype=zaaktype,
                    max_vertrouwelijkheidaanduiding=max_vertrouwelijkheid,
                )
            if catalogi_scopes:
                add_autorisatie(applicatie, component=Component.ZTC, scopes=catalogi_scopes)
        return ApiClient(client_id, secret, applicatie)


class ApiClient(APIClient):
    def __init__(self, client_id, secret, applicatie):
        super().__init__()
        self.client_id, self.secret, self.applicatie = client_id, secret, applicatie
        self.credentials(
            HTTP_AUTHORIZATION=f"Bearer {make_token(client_id, secret)}",
            HTTP_ACCEPT_CRS="EPSG:4326",
            HTTP_CONTENT_CRS="EPSG:4326",
        )

    def post(self, path, data=None, format="json", **extra):
        return super().post(path, data, format=format, **extra)

    def patch(self, path, data=None, format="json", **extra):
        return super().patch(path, data, format=format, **extra)

    def put(self, path, data=None, format="json", **extra):
        return super().put(path, data, format=format, **extra)


@pytest.fixture
def zgw(db):
    return ZGW()


def zaak_body(zt, **overrides) -> dict:
    rsin = zt.catalogus.rsin
    body = {
        "bronorganisatie": rsin,
        "verantwoordelijkeOrganisatie": rsin,
        "zaaktype": f"http://testserver/catalogi/api/v1/zaaktypen/{zt.uuid}",
        "startdatum": "2026-03-01",
        "omschrijving": "Losliggende stoeptegel",
    }
    body.update(overrides)
    return body
