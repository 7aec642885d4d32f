from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify

from loket.accounts.constants import StaffRole
from loket.accounts.services import ensure_demo_staff_user
from loket.tenancy.models import Municipality

DEMO_MUNICIPALITIES = ["0344", "0599", "0772", "0307"]  # Utrecht, Rotterdam, Eindhoven, Amersfoort
DEMO_PASSWORD = "demo-wachtwoord-2026"
DEMO_ROLES = {"behandelaar": StaffRole.CASE_HANDLER, "beheerder": StaffRole.FUNCTIONAL_ADMINISTRATOR}
# The demo case handlers handle the zaaktypen of the contrib modules (identificatie, as installed).
DEMO_ZAAKTYPEN = ["LOKET-VERHUIZEN", "LOKET-OVERLIJDEN", "LOKET-UITTREKSELS", "LOKET-MELDING-OPENBARE-RUIMTE"]


class Command(BaseCommand):
    help = "Create (or reset) demo staff accounts, e.g. behandelaar.utrecht and beheerder.utrecht. Not for production."

    def handle(self, *args, **options):
        if settings.ENVIRONMENT == "production":
            raise CommandError("Demo staff accounts are never created in production.")
        for code in DEMO_MUNICIPALITIES:
            municipality = Municipality.objects.filter(code=code).first()
            if municipality is None:
                self.stderr.write(f"Municipality {code} is missing; run `loket load_reference_data` first.")
                continue
            for prefix, role in DEMO_ROLES.items():
                username = f"{prefix}.{slugify(municipality.name)}"
                ensure_demo_staff_user(
                    username=username,
                    role=role,
                    municipality=municipality,
                    password=DEMO_PASSWORD,
                    zaaktypen=DEMO_ZAAKTYPEN if role == StaffRole.CASE_HANDLER else [],
                )
                if options["verbosity"] >= 1:
                    self.stdout.write(f"{username} ({role.label}, {municipality.name})")
        if options["verbosity"] >= 1:
            self.stdout.write(f"Demo staff password: {DEMO_PASSWORD}")
