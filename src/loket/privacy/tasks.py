from celery import shared_task

from .retention import purge_expired


@shared_task(name="privacy.purge_processing_log")
def purge_processing_log() -> int:
    return purge_expired()
