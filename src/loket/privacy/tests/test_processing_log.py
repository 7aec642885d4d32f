from datetime import timedelta

import pytest
from django.contrib.admin.sites import site
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from loket.privacy.actors import Actor
from loket.privacy.models import AppendOnlyError, ProcessingRecord
from loket.privacy.retention import purge_expired
from loket.privacy.selectors import processing_for_subject
from loket.privacy.services import log_all, log_processing, new_record
from loket.privacy.tasks import purge_processing_log

BSN = "999993653"


def _log(bsn=BSN, **extra):
    return log_processing(
        actor=Actor.system("test"),
        action="read",
        purpose="inzage eigen gegevens",
        legal_basis="AVG art. 6 lid 1 sub e",
        object_type="persoon",
        object_id=1,
        subject_bsn=bsn,
        **extra,
    )


@pytest.mark.django_db
def test_the_log_holds_a_keyed_hash_not_the_bsn_and_the_resident_finds_their_rows():
    _log()
    _log("999990019")
    stored = str(list(ProcessingRecord.objects.values()))
    assert BSN not in stored
    assert [r.subject_type for r in processing_for_subject(BSN)] == ["BSN"]
    assert processing_for_subject("999990020").count() == 0


@pytest.mark.django_db
def test_a_resident_acting_on_their_own_data_is_not_recorded_by_bsn():
    log_processing(
        actor=Actor.resident(BSN), action="read", purpose="inzage eigen gegevens", legal_basis="AVG",
        object_type="persoon", subject_bsn=BSN,
    )
    assert BSN not in str(list(ProcessingRecord.objects.values()))


@pytest.mark.django_db
def test_rows_cannot_be_changed_or_removed_through_the_orm():
    row = _log()
    row.purpose = "iets anders"
    with pytest.raises(AppendOnlyError):
        row.save()
    with pytest.raises(AppendOnlyError):
        row.delete()
    with pytest.raises(AppendOnlyError):
        ProcessingRecord.objects.filter(pk=row.pk).update(purpose="iets anders")
    with pytest.raises(AppendOnlyError):
        ProcessingRecord.objects.all().delete()
    assert ProcessingRecord.objects.get().purpose == "inzage eigen gegevens"


def test_the_admin_is_read_only():
    admin = site._registry[ProcessingRecord]
    request = RequestFactory().get("/")
    assert not admin.has_add_permission(request)
    assert not admin.has_change_permission(request)
    assert not admin.has_delete_permission(request)


@pytest.mark.django_db
def test_a_processing_needs_a_purpose_and_legal_basis():
    with pytest.raises(ValueError):
        log_processing(actor=Actor.system("t"), action="read", purpose="", legal_basis="x", object_type="persoon")
    with pytest.raises(ValueError):
        log_processing(actor=Actor.system("t"), action="look", purpose="p", legal_basis="x", object_type="persoon")


@pytest.mark.django_db
def test_rows_written_together_are_complete_and_a_bad_one_stops_the_batch_before_anything_is_written():
    def row(bsn, purpose="inzage eigen gegevens"):
        return new_record(
            actor=Actor.system("t"), action="read", purpose=purpose, legal_basis="x", object_type="persoon", subject_bsn=bsn
        )

    with pytest.raises(ValueError):
        log_all([row(BSN), row("999990019", purpose="")])
    assert not ProcessingRecord.objects.exists()

    log_all([row(BSN), row("999990019")])
    rows = list(ProcessingRecord.objects.all())
    assert len({r.action_id for r in rows}) == 2
    assert all(r.registered_at and r.system for r in rows)
    assert processing_for_subject(BSN).count() == 1
    assert BSN not in str(list(ProcessingRecord.objects.values()))


@pytest.mark.django_db
def test_retention_removes_only_rows_past_their_term(settings):
    settings.LOKET_PROCESSING_LOG_RETENTION_YEARS = 20
    now = timezone.now()
    ProcessingRecord.objects.create(
        actor_kind="system", action="read", purpose="p", legal_basis="b", object_type="persoon", system="Loket",
        occurred_at=now - timedelta(days=365 * 20 + 10),
    )
    recent = _log()
    assert purge_expired(now) == 1
    assert list(ProcessingRecord.objects.all()) == [recent]


@pytest.mark.django_db
def test_the_retention_command_and_task_run(settings):
    settings.LOKET_PROCESSING_LOG_RETENTION_YEARS = 1
    ProcessingRecord.objects.create(
        actor_kind="system", action="read", purpose="p", legal_basis="b", object_type="persoon", system="Loket",
        occurred_at=timezone.now() - timedelta(days=800),
    )
    call_command("purge_processing_log", verbosity=0)
    assert not ProcessingRecord.objects.exists()
    _log()
    assert purge_processing_log.delay().get() == 0
    assert ProcessingRecord.objects.count() == 1


def test_the_privacy_app_imports_nothing_it_logs():
    from pathlib import Path

    package = Path(__file__).resolve().parents[1]
    sources = [p for p in package.rglob("*.py") if "tests" not in p.parts and "migrations" not in p.parts]
    for source in sources:
        text = source.read_text(encoding="utf-8")
        assert "loket.registry" not in text and "from ..registry" not in text, source
