from django.core.management.base import BaseCommand

from loket.privacy.conf import retention_years
from loket.privacy.retention import purge_expired


class Command(BaseCommand):
    help = "Remove processing-log rows older than their retention term (LOKET_PROCESSING_LOG_RETENTION_YEARS)."

    def handle(self, *args, **options):
        removed = purge_expired()
        self.stdout.write(f"Removed {removed} processing-log rows older than {retention_years()} years.")
