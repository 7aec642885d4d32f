"""The notifications the ZGW components send, written to the outbox in the caller's transaction.

Each component calls `notify_zgw` from one place (its audit-trail `record()`); the helpers below
build the kenmerken for the resources whose kanaal the standards define.
"""

from django.conf import settings
from django.utils import timezone

from loket.components.common.constants import Vertrouwelijkheid
from loket.components.common.paths import CATALOGI_ROOT, ZAKEN_ROOT
from loket.notifications.facade import enqueue

from .constants import KIND

AUTORISATIES_ROOT = "/autorisaties/api/v1"


def absolute(path: str) -> str:
    """A path ("/zaken/api/v1/…") as a URL under the platform's public base URL."""
    if path.startswith("/"):
        return settings.LOKET_BASE_URL + path
    return path


def notify_zgw(
    *,
    kanaal: str,
    hoofd_object: str,
    resource: str,
    resource_url: str,
    actie: str,
    kenmerken: dict[str, str],
    municipality_id: int | None,
) -> None:
    """Queue one notification (Notificaties API 1.0 message) for every matching abonnement.

    `hoofd_object`, `resource_url` and kenmerken that are objects come in as paths
    ("/zaken/api/v1/zaken/<uuid>") and go out as absolute URLs under `LOKET_BASE_URL`.
    `municipality_id` is the municipality the object belongs to; None (a change that concerns
    several or no municipality) reaches only platform-wide abonnementen.
    """
    payload = {
        "kanaal": kanaal,
        "hoofdObject": absolute(hoofd_object),
        "resource": resource,
        "resourceUrl": absolute(resource_url),
        "actie": actie,
        "aanmaakdatum": timezone.now().isoformat().replace("+00:00", "Z"),
        "kenmerken": {key: absolute(str(value)) for key, value in kenmerken.items()},
    }
    enqueue(kind=KIND, payload=payload, municipality_id=municipality_id)


# -- per component ----------------------------------------------------------------------------


def vertrouwelijkheid(value) -> str:
    return Vertrouwelijkheid(int(value)).api_value


def zaaktype_uuid(zaak):
    """The zaak's zaaktype uuid, without a query when the zaaktype is already loaded."""
    field = type(zaak)._meta.get_field("zaaktype")
    if field.is_cached(zaak):
        return zaak.zaaktype.uuid
    return field.related_model.all_municipalities.filter(pk=zaak.zaaktype_id).values_list(
        "uuid", flat=True
    )[0]


def notify_zaken(*, zaak, actie: str, resource: str, resource_url: str) -> None:
    notify_zgw(
        kanaal="zaken",
        hoofd_object=f"{ZAKEN_ROOT}/zaken/{zaak.uuid}",
        resource=resource,
        resource_url=resource_url,
        actie=actie,
        kenmerken={
            "bronorganisatie": zaak.bronorganisatie,
            "zaaktype": f"{CATALOGI_ROOT}/zaaktypen/{zaaktype_uuid(zaak)}",
            "vertrouwelijkheidaanduiding": vertrouwelijkheid(zaak.vertrouwelijkheidaanduiding),
        },
        municipality_id=zaak.municipality_id,
    )


# model name -> (kanaal = collection, resource)
CATALOGI_KANALEN = {
    "ZaakType": ("zaaktypen", "zaaktype"),
    "InformatieObjectType": ("informatieobjecttypen", "informatieobjecttype"),
    "BesluitType": ("besluittypen", "besluittype"),
}


def notify_catalogi(obj, actie: str) -> None:
    """A zaaktype, informatieobjecttype or besluittype was created, changed, published or
    deleted (other catalogi objects have no kanaal)."""
    found = CATALOGI_KANALEN.get(type(obj).__name__)
    if found is None:
        return
    kanaal, resource = found
    path = f"{CATALOGI_ROOT}/{kanaal}/{obj.uuid}"
    notify_zgw(
        kanaal=kanaal,
        hoofd_object=path,
        resource=resource,
        resource_url=path,
        actie=actie,
        kenmerken={"catalogus": f"{CATALOGI_ROOT}/catalogussen/{obj.catalogus.uuid}"},
        municipality_id=obj.municipality_id,
    )


def notify_autorisaties(applicatie, actie: str, municipality_ids) -> None:
    """An applicatie changed. It may serve several municipalities: then the notification concerns
    no single one and reaches only platform-wide abonnementen."""
    municipality_ids = sorted(set(municipality_ids))
    path = f"{AUTORISATIES_ROOT}/applicaties/{applicatie.uuid}"
    notify_zgw(
        kanaal="autorisaties",
        hoofd_object=path,
        resource="applicatie",
        resource_url=path,
        actie=actie if actie in ("create", "update", "partial_update", "destroy") else "update",
        kenmerken={},
        municipality_id=municipality_ids[0] if len(municipality_ids) == 1 else None,
    )
