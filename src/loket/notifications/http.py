"""HTTP delivery: one JSON POST, with a pooled keep-alive connection per host.

Redirects are not followed (a redirect could point inside the network). Error texts name the
kind of failure only: never the URL (it may hold a token), a header or the response body.
"""

import json
import threading

import urllib3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder

from .errors import PermanentFailure, TemporaryFailure
from .targets import check_callback_url

# The receiver will never accept this message as it is: retrying does not help.
PERMANENT_STATUSES = {400, 405, 410, 413, 415, 422}

_local = threading.local()


def _pool() -> urllib3.PoolManager:
    pool = getattr(_local, "pool", None)
    if pool is None:
        pool = _local.pool = urllib3.PoolManager(num_pools=50, maxsize=4, retries=False)
    return pool


def post_json(
    url: str, payload: dict, headers: dict | None = None, timeout: float | None = None
) -> int:
    """POST `payload` as JSON to `url`; return the 2xx status code.

    Raises `TemporaryFailure` (connection refused, time-out, 5xx, 429 …) or `PermanentFailure`
    (a refused target address, a redirect, 400/410/422 …).
    """
    if not settings.LOKET_NOTIFICATIONS_ALLOW_PRIVATE_TARGETS:
        try:
            check_callback_url(url)
        except ValidationError as exc:
            raise PermanentFailure("Doeladres geweigerd: " + " ".join(exc.messages)) from None
    body = json.dumps(payload, cls=DjangoJSONEncoder).encode()
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    timeout = settings.LOKET_OUTBOX_HTTP_TIMEOUT if timeout is None else timeout
    # NewConnectionError is a subclass of the time-out error in urllib3: catch it first.
    try:
        response = _pool().request(
            "POST",
            url,
            body=body,
            headers=all_headers,
            timeout=timeout,
            redirect=False,
            retries=False,
        )
    except urllib3.exceptions.NewConnectionError:
        raise TemporaryFailure("Verbinding geweigerd of niet te maken") from None
    except urllib3.exceptions.TimeoutError:
        raise TemporaryFailure(f"Time-out na {timeout:g} s") from None
    except urllib3.exceptions.SSLError:
        raise TemporaryFailure("TLS-fout") from None
    except urllib3.exceptions.LocationValueError:
        raise PermanentFailure("Ongeldige URL") from None
    except urllib3.exceptions.HTTPError as exc:
        raise TemporaryFailure(f"Verbindingsfout ({type(exc).__name__})") from None
    status = response.status
    if 200 <= status < 300:
        return status
    if 300 <= status < 400:
        raise PermanentFailure(f"HTTP {status}: doorverwijzing niet gevolgd", status_code=status)
    if status in PERMANENT_STATUSES:
        raise PermanentFailure(f"HTTP {status}", status_code=status)
    raise TemporaryFailure(f"HTTP {status}", status_code=status)
