"""Demo only: a resident with a case, an answer letter and a message, and the service modules on in
the demo municipalities, so every part of Mijn Loket and the question pages has something to show."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from loket.components import facade as zgw
from loket.modules.services import activate_module
from loket.notifications.facade import send_to_resident
from loket.portal.contact.services import PORTAL_ACTOR, send_contact_request
from loket.registry.facade import municipality_code_of
from loket.tenancy.context import activate
from loket.tenancy.selectors import municipality_by_code

DEMO_RESIDENT = "999993653"  # an RvIG test person; the README names it for the simulator
# Which module is switched on where. The life-event modules run in the municipalities the README's
# demo walks through: Utrecht, Amersfoort, Rotterdam, Amsterdam, Eindhoven.
LIFE_EVENT_MUNICIPALITIES = ("0344", "0307", "0599", "0363", "0772")
DEMO_MODULES = {
    "demo": ("0344", "0307"),
    "verhuizen": LIFE_EVENT_MUNICIPALITIES,
    "overlijden": LIFE_EVENT_MUNICIPALITIES,
    "uittreksels": LIFE_EVENT_MUNICIPALITIES,
}

# The smallest well-formed PDF with one line of text, so the download opens in any reader.
ANSWER_PDF = b"""%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj
4 0 obj<</Length 62>>stream
BT /F1 14 Tf 72 760 Td (Antwoord op uw vraag over afval.) Tj ET
endstream endobj
5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj
trailer<</Root 1 0 R>>
%%EOF
"""


class Command(BaseCommand):
    help = "Demo only: a case with a document and a message for the demo resident; the demo module on."

    def handle(self, *args, **options):
        if settings.ENVIRONMENT == "production":
            raise CommandError("Demo data is never loaded in production.")
        for identifier, codes in DEMO_MODULES.items():
            for code in codes:
                municipality = municipality_by_code(code)
                if municipality is not None:
                    activate_module(municipality=municipality, identifier=identifier)
        municipality = municipality_by_code(municipality_code_of(DEMO_RESIDENT) or "")
        if municipality is None:
            self.stdout.write("Demo resident not in the registry; no demo case made.")
            return
        if zgw.zaken_of_resident(DEMO_RESIDENT, [municipality.pk]).exists():
            self.stdout.write("The demo resident has cases already.")
            return
        zaak = send_contact_request(
            bsn=DEMO_RESIDENT,
            municipality=municipality,
            subject="Grofvuil ophalen",
            summary="Wanneer halen jullie grofvuil op in mijn straat?",
        )
        with activate(municipality):
            in_behandeling = zaak.zaaktype.statustypen.get(volgnummer=2)
            zgw.set_status(zaak, in_behandeling, actor=PORTAL_ACTOR)
            zgw.add_document_to_zaak(
                zaak,
                titel="Antwoord op uw vraag",
                bestandsnaam="antwoord-grofvuil.pdf",
                content=ANSWER_PDF,
                auteur=municipality.name,
            )
        send_to_resident(
            bsn=DEMO_RESIDENT,
            subject="Antwoord op uw vraag over grofvuil",
            body=(
                "Beste inwoner,\n\nWe halen grofvuil op afspraak op. In de brief bij uw zaak "
                "leest u hoe u een afspraak maakt.\n\nMet vriendelijke groet,\n"
                f"Gemeente {municipality.name}"
            ),
            municipality_id=municipality.pk,
            link_url=reverse("portal:mijn-zaak", args=[zaak.uuid]),
        )
        self.stdout.write(f"Demo case {zaak.identificatie} at {municipality.name}.")
