import secrets

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from loket.accounts.constants import StaffRole
from loket.accounts.models import User
from loket.accounts.services import create_staff_user
from loket.tenancy.models import Municipality


class Command(BaseCommand):
    help = (
        "Create a staff member with a TOTP device and print the otpauth:// URI for their "
        "authenticator app. Without --password a random password is generated and printed once."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--municipality", help="CBS code, e.g. 0344 (not for national coordinators)")
        parser.add_argument("--role", choices=StaffRole.values, default=StaffRole.CASE_HANDLER)
        parser.add_argument("--email", default="")
        parser.add_argument("--password", help="Default: a random password, printed once")

    def handle(self, *args, username, municipality, role, email, password, **options):
        if User.objects.filter(username=username).exists():
            raise CommandError(f"A user named {username!r} already exists.")
        town = None
        if municipality:
            town = Municipality.objects.filter(code=municipality.zfill(4)).first()
            if town is None:
                raise CommandError(f"No municipality with code {municipality!r}; run `loket load_reference_data`.")
        generated = password is None
        password = password or secrets.token_urlsafe(18)
        try:
            user, device = create_staff_user(
                username=username, role=role, municipality=town, password=password, email=email
            )
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from None

        self.stdout.write(f"Created staff user {user.username} ({user.get_role_display()}, {town or 'landelijk'}).")
        if generated:
            self.stdout.write(f"Password (shown once): {password}")
        self.stdout.write("Add this to the authenticator app (or show it as a QR code):")
        self.stdout.write(device.config_url)
