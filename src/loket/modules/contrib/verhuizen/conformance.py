"""How the conformance kit drives this module (descriptor `extra`, see the kit's world.py).

A move needs a free address in the resident's own municipality (the zaak lands at the new
municipality, and the kit expects it in the resident's own), and three screens to reach a zaak.
`prepare` adds one such address per kit municipality, as the kit adds its residents: through
Django's app registry, like demo data. `submit` walks the flow as a resident would.
"""

from django.apps import apps
from django.urls import reverse
from django.utils import timezone

STREET, NUMBER = "Verhuisstraat", 10


def kit_postcode(municipality) -> str:
    return f"9{municipality.code[1:]}VH"


def prepare(world) -> None:
    Address = apps.get_model("registry", "Address")
    for municipality in (world.home, world.other):
        Address.objects.get_or_create(
            postcode=kit_postcode(municipality),
            house_number=NUMBER,
            defaults={"street": STREET, "place": municipality.name, "municipality": municipality},
        )


def submit(client, world, municipality):
    """Address and date → nobody else moves → declare: the last answer (a redirect to the confirmation)."""
    data = {
        "postcode": kit_postcode(municipality),
        "huisnummer": str(NUMBER),
        "verhuisdatum": timezone.localdate().isoformat(),
    }
    response = client.post(world.entry_url(), data)
    if response.status_code != 302:
        return response
    response = client.post(reverse("verhuizen:meeverhuizers"), {})
    if response.status_code != 302:
        return response
    return client.post(reverse("verhuizen:controleren"), {"verklaring": "on"})
