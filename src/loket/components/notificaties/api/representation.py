"""Kanalen and abonnementen as the Notificaties API's JSON. The `auth` header value is never sent."""

from loket.components.common.paths import NOTIFICATIES_ROOT


def kanaal_data(kanaal, base: str) -> dict:
    return {
        "url": f"{base}{NOTIFICATIES_ROOT}/kanaal/{kanaal.uuid}",
        "naam": kanaal.naam,
        "documentatieLink": kanaal.documentatie_link,
        "filters": list(kanaal.filters or []),
    }


def abonnement_data(abonnement, base: str) -> dict:
    return {
        "url": f"{base}{NOTIFICATIES_ROOT}/abonnement/{abonnement.uuid}",
        "callbackUrl": abonnement.callback_url,
        "kanalen": [
            {"naam": k.kanaal.naam, "filters": dict(k.filters or {})}
            for k in abonnement.kanalen.all()
        ],
    }
