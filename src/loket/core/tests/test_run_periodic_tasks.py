import pytest
from celery import current_app
from django.core.management import CommandError, call_command
from django.test import override_settings


@pytest.mark.django_db
def test_runs_every_scheduled_task_once(settings):
    call_command("run_periodic_tasks", once=True)  # raises CommandError when a task fails
    tasks = [entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()]
    assert "loket.notifications.tasks.sweep_outbox" in tasks
    missing = [task for task in tasks if task not in current_app.tasks]
    assert not missing, f"scheduled but not registered: {missing}"


@override_settings(ENVIRONMENT="production")
def test_refused_in_production():
    with pytest.raises(CommandError):
        call_command("run_periodic_tasks", once=True)
