"""Tell the handlers of the deceased's other open zaken, at every municipality, about the death:
one Notificaties API message per zaak on the kanaal "zaken", queued in the outbox."""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone

from loket.components.facade.steps import open_zaken_of_person
from loket.notifications.facade import enqueue

ZGW_KIND = "zgw"  # the outbox kind of the ZGW Notificaties component
ACTIE = "betrokkene_overleden"
ZAKEN = "/zaken/api/v1/zaken/"
ZAAKTYPEN = "/catalogi/api/v1/zaaktypen/"
VERTROUWELIJKHEID = (
    "openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk",
    "vertrouwelijk", "confidentieel", "geheim", "zeer_geheim",
)  # fmt: skip


def _message(zaak) -> dict:
    base = settings.LOKET_BASE_URL
    url = f"{base}{ZAKEN}{zaak.uuid}"
    return {
        "kanaal": "zaken",
        "hoofdObject": url,
        "resource": "zaak",
        "resourceUrl": url,
        "actie": ACTIE,
        "aanmaakdatum": timezone.now().isoformat().replace("+00:00", "Z"),
        "kenmerken": {
            "bronorganisatie": zaak.bronorganisatie,
            "zaaktype": f"{base}{ZAAKTYPEN}{zaak.zaaktype.uuid}",
            "vertrouwelijkheidaanduiding": VERTROUWELIJKHEID[zaak.vertrouwelijkheidaanduiding - 1],
        },
    }


def notify_open_zaken(bsn: str, *, except_zaak) -> int:
    """Queue the message for each open zaak of this person but `except_zaak`; the count."""
    zaken = [zaak for zaak in open_zaken_of_person(bsn) if zaak.pk != except_zaak.pk]
    for zaak in zaken:
        enqueue(kind=ZGW_KIND, payload=_message(zaak), municipality_id=zaak.municipality_id)
    return len(zaken)
