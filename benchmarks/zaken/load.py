"""The benchmark's data: one catalogus with published zaaktypen (through the catalogi services),
an application authorised on all of them, and N zaken with an initiator rol and a status each.

The zaken, rollen and statussen are generated inside PostgreSQL (INSERT ... SELECT over
generate_series) in one transaction: the same rows COPY would give, without shipping them
through Python. Ids are explicit, so `zaak.status_id` is set in the same pass (the foreign key
is deferred); the sequences and the identificatie counter are set afterwards.
"""

import datetime

from django.core.management import call_command
from django.db import connection, transaction
from stdnum.nl import bsn as elfproef

from loket.components.autorisaties.services import add_autorisatie, create_applicatie
from loket.components.catalogi import services as catalogi
from loket.components.common import scopes as S
from loket.components.common.constants import Component, Vertrouwelijkheid
from loket.tenancy.models import Municipality

MUNICIPALITY_CODE = "0344"  # Utrecht
RSIN = "002220647"  # the municipality of Utrecht's RSIN (passes the elfproef)
YEAR = 2026
CLIENT_ID = "bench-zaaksysteem"
SECRET = "bench-secret-long-enough-for-hs256-signing-keys"


def reference_data(
    zaaktypen: int, code: str = MUNICIPALITY_CODE, rsin: str = RSIN, client_id: str = CLIENT_ID
) -> dict:
    """The catalogus, zaaktypen and authorised application of one municipality (Utrecht by default)."""
    if not Municipality.objects.filter(code=code).exists():
        call_command("loaddata", "municipalities", verbosity=0)
    municipality = Municipality.objects.get(code=code)
    municipality.rsin = rsin
    municipality.save(update_fields=["rsin"])
    catalogus = catalogi.create_catalogus(
        municipality, domein="ZAKEN", rsin=rsin, contactpersoon_beheer_naam="Beheer", naam=municipality.name
    )
    types = []
    for number in range(1, zaaktypen + 1):
        zaaktype = catalogi.create_zaaktype(
            catalogus,
            identificatie=f"BENCH-{number:03d}",
            omschrijving=f"Zaaktype {number}",
            vertrouwelijkheidaanduiding=Vertrouwelijkheid.OPENBAAR,
            doel="Benchmark",
            aanleiding="Benchmark",
            indicatie_intern_of_extern="extern",
            handeling_initiator="Aanvragen",
            onderwerp="Benchmark",
            handeling_behandelaar="Behandelen",
            doorlooptijd=datetime.timedelta(days=56),
            servicenorm=datetime.timedelta(days=28),
            verantwoordelijke="Benchmark",
            begin_geldigheid=datetime.date(YEAR, 1, 1),
            producten_of_diensten=["https://producten.example/bench"],
        )
        ontvangen = catalogi.add_statustype(zaaktype, volgnummer=1, omschrijving="Ontvangen")
        catalogi.add_statustype(zaaktype, volgnummer=2, omschrijving="Afgehandeld")
        catalogi.add_resultaattype(
            zaaktype,
            omschrijving="Afgehandeld",
            archiefnominatie="vernietigen",
            archiefactietermijn=datetime.timedelta(days=365),
            brondatum_afleidingswijze="afgehandeld",
        )
        initiator = catalogi.add_roltype(
            zaaktype, omschrijving="Aanvrager", omschrijving_generiek="initiator"
        )
        zaaktype = catalogi.publish_zaaktype(zaaktype)
        types.append((zaaktype, ontvangen, initiator))

    applicatie = create_applicatie(
        label=f"Benchmark zaaksysteem {code}",
        municipalities=[municipality],
        client_id=client_id,
        secret=SECRET,
        heeft_alle_autorisaties=False,
    )
    for zaaktype, _, _ in types:
        add_autorisatie(
            applicatie,
            component=Component.ZRC,
            scopes=(S.ZAKEN_LEZEN, S.ZAKEN_AANMAKEN),
            zaaktype=zaaktype,
            max_vertrouwelijkheidaanduiding=Vertrouwelijkheid.ZEER_GEHEIM,
        )
    add_autorisatie(applicatie, component=Component.ZTC, scopes=(S.CATALOGI_LEZEN,))
    return {"municipality": municipality, "types": types}


def existing_reference_data() -> dict:
    """The reference data of a kept benchmark database (BENCH_ZAKEN_REUSE)."""
    from loket.components.catalogi.models import ZaakType

    municipality = Municipality.objects.get(code=MUNICIPALITY_CODE)
    zaaktypen = ZaakType.all_municipalities.filter(municipality=municipality).order_by("pk")
    return {"municipality": municipality, "types": [(zt, None, None) for zt in zaaktypen]}


def _valid_bsns(count: int) -> list[str]:
    found, number = [], 111111110
    while len(found) < count:
        number += 1
        if elfproef.is_valid(f"{number:09d}"):
            found.append(f"{number:09d}")
    return found


def bulk_zaken(
    municipality, types, n: int, first_id: int = 1, rsin: str = RSIN, vacuum: bool = True
) -> None:
    """n zaken of `types` at `municipality`, with ids first_id … first_id + n - 1."""
    zaaktype_ids = [zt.pk for zt, _, _ in types]
    statustype_ids = [st.pk for _, st, _ in types]
    roltype_ids = [rt.pk for _, _, rt in types]
    bsns = _valid_bsns(1000)
    k = len(types)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        # zaak i gets zaaktype i mod k; startdatum spread over the year; ids 1..n
        cursor.execute(  # only integer constants are formatted into the SQL
            f"""
            INSERT INTO zaken_zaak (
                id, municipality_id, uuid, identificatie, bronorganisatie, omschrijving, toelichting,
                zaaktype_id, registratiedatum, verantwoordelijke_organisatie, startdatum,
                einddatum, einddatum_gepland, uiterlijke_einddatum_afdoening, publicatiedatum,
                communicatiekanaal, producten_of_diensten, vertrouwelijkheidaanduiding,
                betalingsindicatie, laatste_betaaldatum, zaakgeometrie, verlenging_reden,
                verlenging_duur, opschorting_indicatie, opschorting_reden, selectielijstklasse,
                hoofdzaak_id, relevante_andere_zaken, kenmerken, archiefnominatie, archiefstatus,
                archiefactiedatum, opdrachtgevende_organisatie, processobjectaard,
                startdatum_bewaartermijn, status_id)
            SELECT i, %(m)s, gen_random_uuid(), 'ZAAK-{YEAR}-' || lpad(i::text, 7, '0'), %(rsin)s,
                'Aanvraag ' || i, '', (%(zt)s::int[])[1 + i %% {k}],
                DATE '{YEAR}-01-01' + (i %% 300), %(rsin)s, DATE '{YEAR}-01-01' + (i %% 300),
                NULL, DATE '{YEAR}-01-01' + (i %% 300) + 56, NULL, NULL,
                '', '[]'::jsonb, 1 + (i %% 3),
                '', NULL, NULL, '', NULL, false, '', '',
                NULL, '[]'::jsonb, '[]'::jsonb, '', 'nog_te_archiveren',
                NULL, '', '', NULL, i
            FROM generate_series(%(first)s, %(last)s) AS i
            """,  # noqa: S608
            {"m": municipality.pk, "rsin": rsin, "zt": zaaktype_ids, "first": first_id, "last": first_id + n - 1},
        )
        cursor.execute(  # only integer constants are formatted into the SQL
            f"""
            INSERT INTO zaken_status (
                id, municipality_id, uuid, zaak_id, statustype_id, datum_status_gezet,
                statustoelichting, gezetdoor_id)
            SELECT i, %(m)s, gen_random_uuid(), i, (%(st)s::int[])[1 + i %% {k}],
                TIMESTAMPTZ '{YEAR}-01-01 09:00+01' + (i %% 300) * INTERVAL '1 day', '', NULL
            FROM generate_series(%(first)s, %(last)s) AS i
            """,  # noqa: S608
            {"m": municipality.pk, "st": statustype_ids, "first": first_id, "last": first_id + n - 1},
        )
        cursor.execute(  # only integer constants are formatted into the SQL
            f"""
            INSERT INTO zaken_rol (
                id, municipality_id, uuid, zaak_id, betrokkene, betrokkene_type,
                afwijkende_naam_betrokkene, roltype_id, omschrijving, omschrijving_generiek,
                roltoelichting, registratiedatum, indicatie_machtiging, betrokkene_identificatie,
                inp_bsn)
            SELECT i, %(m)s, gen_random_uuid(), i, '', 'natuurlijk_persoon', '',
                (%(rt)s::int[])[1 + i %% {k}], 'Aanvrager', 'initiator', '',
                TIMESTAMPTZ '{YEAR}-01-01 09:00+01' + (i %% 300) * INTERVAL '1 day', '',
                jsonb_build_object('inpBsn', (%(bsn)s::text[])[1 + i %% 1000]),
                (%(bsn)s::text[])[1 + i %% 1000]
            FROM generate_series(%(first)s, %(last)s) AS i
            """,  # noqa: S608
            {"m": municipality.pk, "rt": roltype_ids, "bsn": bsns, "first": first_id, "last": first_id + n - 1},
        )
        for table in ("zaken_zaak", "zaken_status", "zaken_rol"):
            cursor.execute(  # fixed table names
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"  # noqa: S608
            )
        cursor.execute(
            """INSERT INTO zaken_zaakidentificatiecounter (municipality_id, year, last_value)
               VALUES (%s, %s, %s)""",
            [municipality.pk, YEAR, first_id + n - 1],
        )
    # VACUUM cannot run in a transaction; it also sets the visibility map (index-only scans).
    if vacuum:
        vacuum_zaken()


def vacuum_zaken() -> None:
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE zaken_zaak, zaken_status, zaken_rol")
