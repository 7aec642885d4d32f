from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from loket.core.management_fixtures import fixtures


class Command(BaseCommand):
    help = "Load reference data plus the demo data (test persons, settings, staff accounts). Not for production."

    def handle(self, *args, **options):
        if settings.ENVIRONMENT == "production":
            raise CommandError("Demo data is never loaded in production.")
        call_command("load_reference_data", verbosity=options["verbosity"])
        names = fixtures("demo")
        if names:
            call_command("loaddata", *names, verbosity=options["verbosity"])
        for config_hook in fixtures("demo_command"):
            call_command(config_hook, verbosity=options["verbosity"])
