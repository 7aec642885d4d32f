"""The scheduled job (Celery beat, `CELERY_BEAT_SCHEDULE["verhuizen-due"]`); without Celery run
`loket verhuizingen_verwerken` (once, or with --loop next to `loket outbox_worker`)."""

from celery import shared_task


@shared_task(name="loket.modules.contrib.verhuizen.tasks.run_due_moves", ignore_result=True)
def run_due_moves() -> dict:
    from .actions import run_due

    return run_due()
