"""The data set, built once per run, through the platform's own code where it matters:

- the reference data `make prod` loads, the static files (the production storage needs them),
- the population (`populate`, measured: the population scenario),
- zaken spread over five municipalities: 80 % at Utrecht in 100 zaaktypen (the list target's
  "1M zaken, 100 zaaktypen" is per municipality, so most land there), 5 % each at Amsterdam,
  Rotterdam, Den Haag and Eindhoven in 10 zaaktypen (benchmarks/zaken/load.py, inside PostgreSQL),
- inbox messages, one measured resident of Amersfoort with zaken at two municipalities and
  messages (the portal benchmark's builder), documents on zaken (the documents facade),
- a BRP API client and the samples (BSNs, postcodes, zaak uuids) the scenarios ask for.
"""

import random
import time

from django.core.management import call_command
from django.db import connection

from ..zaken import load

OTHER_MUNICIPALITIES = ["0363", "0599", "0518", "0772"]  # Amsterdam, Rotterdam, Den Haag, Eindhoven
SAMPLES = 50
PURPOSE = "BRPACT-Benchmark"


def migrate_and_reference_data() -> dict:
    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_reference_data", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    return {"migrate_and_reference_seconds": round(time.perf_counter() - started, 1)}


def zaken(total: int) -> dict:
    from loket.tenancy.demo_rsin import demo_rsin

    started = time.perf_counter()
    at_utrecht = total - 4 * (total // 20)
    utrecht = load.reference_data(100)
    load.bulk_zaken(utrecht["municipality"], utrecht["types"], at_utrecht, vacuum=False)
    next_id = at_utrecht + 1
    for code in OTHER_MUNICIPALITIES:
        rsin = demo_rsin(code)
        ref = load.reference_data(10, code=code, rsin=rsin, client_id=f"bench-zaaksysteem-{code}")
        load.bulk_zaken(ref["municipality"], ref["types"], total // 20, first_id=next_id, rsin=rsin, vacuum=False)
        next_id += total // 20
    load.vacuum_zaken()
    return {
        "zaken": next_id - 1,
        "zaken_at_utrecht": at_utrecht,
        "zaaktypen_at_utrecht": 100,
        "municipalities_with_zaken": 1 + len(OTHER_MUNICIPALITIES),
        "seconds": round(time.perf_counter() - started, 1),
        "utrecht_types": utrecht["types"],
    }


def resident_and_documents(messages: int, documents: int) -> dict:
    from loket.components import facade as zgw
    from loket.components.facade.steps import open_zaken_of_person
    from loket.registry.models import Person

    from ..bench_portal_overview import _bulk_messages, _resident_data, _the_resident

    started = time.perf_counter()
    _bulk_messages(messages, load._valid_bsns(1000))
    bsn = _the_resident()
    utrecht_types = load.existing_reference_data()["types"]
    mine = _resident_data(bsn, utrecht_types)
    zaaktype = zgw.zaaktype_for(_amersfoort(), "MELDING")
    owners = list(
        Person.objects.exclude(bsn=None).exclude(bsn=bsn).order_by("pk").values_list("bsn", flat=True)[
            :documents
        ]
    )
    own_zaken = open_zaken_of_person(bsn)
    made = 0
    for zaak in own_zaken:
        if zaak.zaaktype_id == zaaktype.pk:
            zgw.add_document_to_zaak(zaak, titel="Brief", bestandsnaam="brief.txt", content=b"Uw melding is ontvangen.\n")
            made += 1
    for owner in owners[: max(0, documents - made)]:
        zaak = zgw.start_zaak_for_resident(zaaktype, owner, omschrijving="Melding")
        zgw.add_document_to_zaak(zaak, titel="Brief", bestandsnaam="brief.txt", content=b"Uw melding is ontvangen.\n")
        made += 1
    return {
        "resident": {**mine, "documents": sum(1 for z in own_zaken if z.zaaktype_id == zaaktype.pk)},
        "inbox_messages": messages + mine["messages"],
        "documents": made,
        "seconds": round(time.perf_counter() - started, 1),
        "bsn": bsn,
    }


def _amersfoort():
    from loket.tenancy.models import Municipality

    return Municipality.objects.get(code="0307")


def brp_client() -> str:
    from loket.registry.api.models import BrpApiClient
    from loket.registry.api.services import PurposeSpec, register_client

    # a kept database (BENCH_REUSE=1) has the client of an earlier run; its token was not stored
    name = f"Benchmark {BrpApiClient.objects.count() + 1}" if BrpApiClient.objects.filter(name="Benchmark").exists() else "Benchmark"
    _, token = register_client(name, [PurposeSpec(PURPOSE, "Benchmark van de BRP API", "Geen: synthetische personen")])
    return token


def samples(seed: int = 13) -> dict:
    """What the scenarios ask for, picked at random once: the same keys for the API and the raw SQL."""
    rng = random.Random(seed)  # noqa: S311 - picks test keys
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT bsn FROM registry_person WHERE bsn IS NOT NULL AND bsn <> '' ORDER BY random() LIMIT %s",
            [SAMPLES],
        )
        bsns = [row[0] for row in cursor.fetchall()]
        cursor.execute(
            """SELECT a.postcode, a.house_number FROM registry_address a
               WHERE a.postcode <> '' AND a.house_number IS NOT NULL
                 AND EXISTS (SELECT 1 FROM registry_residence r WHERE r.address_id = a.id)
               ORDER BY random() LIMIT %s""",
            [SAMPLES],
        )
        addresses = [(pc, nr) for pc, nr in cursor.fetchall()]
        cursor.execute(
            """SELECT z.uuid FROM zaken_zaak z JOIN tenancy_municipality m ON m.id = z.municipality_id
               WHERE m.code = %s ORDER BY random() LIMIT %s""",
            [load.MUNICIPALITY_CODE, SAMPLES],
        )
        zaak_uuids = [str(row[0]) for row in cursor.fetchall()]
        cursor.execute("ANALYZE")
    rng.shuffle(bsns)
    return {"bsns": bsns, "addresses": addresses, "zaak_uuids": zaak_uuids}


def counts() -> dict:
    found = {}
    with connection.cursor() as cursor:
        for label, table in [
            ("persons", "registry_person"),
            ("addresses", "registry_address"),
            ("zaken", "zaken_zaak"),
            ("rollen", "zaken_rol"),
            ("documents", "documenten_enkelvoudiginformatieobject"),
            ("inbox_messages", "notifications_inboxmessage"),
        ]:
            cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608 - fixed table names
            found[label] = cursor.fetchone()[0]
    return found
