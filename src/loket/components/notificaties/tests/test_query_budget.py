"""Sending a notification costs one query per audited write: the INSERT into the outbox."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loket.components.catalogi.models import StatusType
from loket.components.conftest import zaak_body
from loket.components.zaken import audit


def _writes(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    api = zgw.client([utrecht], zaaktypen=[zaaktype])
    api.post("/zaken/api/v1/zaken", zaak_body(zaaktype))  # the year's counter row exists now
    statustype = StatusType.all_municipalities.filter(zaaktype=zaaktype).order_by("volgnummer")[0]

    def create_and_set_status():
        with CaptureQueriesContext(connection) as created:
            zaak = api.post("/zaken/api/v1/zaken", zaak_body(zaaktype)).json()
        with CaptureQueriesContext(connection) as status:
            response = api.post(
                "/zaken/api/v1/statussen",
                {
                    "zaak": zaak["url"],
                    "statustype": f"http://testserver/catalogi/api/v1/statustypen/{statustype.uuid}",
                    "datumStatusGezet": "2026-03-02T10:00:00Z",
                },
            )
            assert response.status_code == 201
        return created.captured_queries, status.captured_queries

    return create_and_set_status


@pytest.mark.parametrize("which", [0, 1], ids=["zaak create", "status create"])
def test_emission_adds_only_the_outbox_insert(zgw, utrecht, monkeypatch, which):
    run = _writes(zgw, utrecht)
    with_notifications = run()[which]
    monkeypatch.setattr(audit, "notify_zaken", lambda **kwargs: None)
    without = run()[which]
    extra = len(with_notifications) - len(without)
    outbox_inserts = [
        q["sql"]
        for q in with_notifications
        if q["sql"].startswith('INSERT INTO "notifications_outboxmessage"')
    ]
    assert (extra, len(outbox_inserts)) == (1, 1)
