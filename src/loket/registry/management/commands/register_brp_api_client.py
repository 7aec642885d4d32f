from django.core.management.base import BaseCommand, CommandError

from loket.registry.api.models import BrpApiClient
from loket.registry.api.services import PurposeSpec, register_client
from loket.tenancy.models import Municipality

DEFAULT_LEGAL_BASIS = "AVG art. 6 lid 1 sub e; Wet basisregistratie personen"


class Command(BaseCommand):
    help = (
        "Register a client of the BRP API (POST /haalcentraal/api/brp/personen) and print its token once. "
        "Example: loket register_brp_api_client 'Zaaksysteem Utrecht' "
        "--purpose 'BRPACT-AlgemeneTaken=Afhandelen van zaken' --municipality 0344"
    )

    def add_arguments(self, parser):
        parser.add_argument("name")
        parser.add_argument(
            "--purpose",
            action="append",
            required=True,
            metavar="CODE=DESCRIPTION",
            help="A purpose (doelbinding) the client sends in x-doelbinding. Repeat for more.",
        )
        parser.add_argument(
            "--legal-basis", default=DEFAULT_LEGAL_BASIS, help="Legal basis of the purposes."
        )
        parser.add_argument(
            "--municipality",
            action="append",
            default=[],
            metavar="CODE",
            help="Only persons registered here.",
        )
        parser.add_argument("--oin", default="")

    def handle(self, *args, **options):
        if BrpApiClient.objects.filter(name=options["name"]).exists():
            raise CommandError(f"A client named {options['name']!r} already exists.")
        purposes = []
        for item in options["purpose"]:
            code, _, description = item.partition("=")
            if not code.strip():
                raise CommandError(f"Purpose {item!r} has no code.")
            purposes.append(
                PurposeSpec(code.strip(), (description or code).strip(), options["legal_basis"])
            )
        municipalities = []
        for code in options["municipality"]:
            municipality = Municipality.objects.filter(code=code).first()
            if municipality is None:
                raise CommandError(f"Unknown municipality code {code!r}.")
            municipalities.append(municipality)
        client, token = register_client(
            options["name"], purposes, municipalities=municipalities, oin=options["oin"]
        )
        self.stdout.write(f"Registered BRP API client {client.name!r} (id {client.pk}).")
        self.stdout.write(
            "Token (shown once, store it now; send it as 'Authorization: Bearer <token>'):"
        )
        self.stdout.write(token)
