"""Test settings for the processes the fault tests start and kill: documents on disk (they must
outlive the process), and no eager Celery, so the outbox is left to a separate worker."""

import os

from loket.conf.test import *  # noqa: F403
from loket.conf.test import STORAGES

STORAGES = {
    **STORAGES,
    "documents": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": os.environ["LOKET_FAULT_DOCUMENTS"], "base_url": None},
    },
}
CELERY_TASK_ALWAYS_EAGER = False
CELERY_BROKER_URL = "memory://"  # a broker no one consumes: the worker that would run the task is "dead"
