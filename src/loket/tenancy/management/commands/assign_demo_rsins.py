from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from loket.tenancy.demo_rsin import demo_rsin
from loket.tenancy.models import Municipality


class Command(BaseCommand):
    help = "Give every municipality without an RSIN a fictional demo RSIN (80 + code). Not in production."

    def handle(self, *args, **options):
        if settings.ENVIRONMENT == "production":
            raise CommandError("Demo RSINs are never assigned in production.")
        missing = list(Municipality.objects.filter(rsin=""))
        for municipality in missing:
            municipality.rsin = demo_rsin(municipality.code)
        Municipality.objects.bulk_update(missing, ["rsin"])
        self.stdout.write(f"{len(missing)} municipalities got a demo RSIN")
