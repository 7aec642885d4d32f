"""Development only: run the Celery beat schedule in this process, without a broker or worker.

`make demo` has no Redis or Celery. This command runs each task of `CELERY_BEAT_SCHEDULE` in
this process when its interval is up (the outbox sweep, due moves, the payments sweep), so the
demo behaves like production. Production runs `celery worker --beat` instead.
"""

import time

from celery import current_app
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Development only: run the periodic tasks of CELERY_BEAT_SCHEDULE in this process."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="run every task once, then stop")

    def handle(self, *args, **options):
        if settings.ENVIRONMENT == "production":
            raise CommandError("Production runs `celery worker --beat`; this command is for development.")
        current_app.loader.import_default_modules()  # registers the tasks of every installed app
        schedule = {
            name: (entry["task"], float(entry["schedule"]))
            for name, entry in settings.CELERY_BEAT_SCHEDULE.items()
        }
        due_at = dict.fromkeys(schedule, 0.0)
        failed = []
        while True:
            now = time.monotonic()
            for name, (task_name, every) in schedule.items():
                if due_at[name] > now:
                    continue
                due_at[name] = now + every
                result = current_app.tasks[task_name].apply()
                if result.failed():  # one failing task must not stop the others
                    failed.append(name)
                    self.stderr.write(f"{name}: {result.result!r}")
            if options["once"]:
                if failed:
                    raise CommandError(f"failed: {', '.join(failed)}")
                return
            time.sleep(max(0.5, min(due_at.values()) - time.monotonic()))
