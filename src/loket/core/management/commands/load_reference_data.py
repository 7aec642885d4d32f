from django.core.management import call_command
from django.core.management.base import BaseCommand

from loket.core.management_fixtures import fixtures


class Command(BaseCommand):
    help = "Load the committed reference data (municipalities, code tables, products). Idempotent."

    def handle(self, *args, **options):
        names = fixtures("reference")
        if names:
            call_command("loaddata", *names, verbosity=options["verbosity"])
