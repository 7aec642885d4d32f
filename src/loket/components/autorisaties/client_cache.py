"""The clients' credentials and autorisaties, kept in each process for a few seconds.

Every ZGW API request needs its client's secret, municipalities and autorisaties: three queries
and a row per autorisatie (a case system with 100 zaaktypen has 100). They change rarely, so a
process keeps what it read for `ZGW_AUTH_CACHE_SECONDS` (default 5; 0 turns the cache off).

- A change made in this process (the services, the admin, loaddata: anything that saves or
  deletes an Applicatie, JWTSecret or Autorisatie, or changes an applicatie's municipalities)
  empties the cache at once, and again when its transaction commits, so nothing read before the
  commit survives it.
- Other processes (the other gunicorn workers, Celery) see the change within
  `ZGW_AUTH_CACHE_SECONDS`: a withdrawn autorisatie or a replaced secret keeps working there for
  at most that long (docs/adr/0004-zgw-components.md).
- Unknown client ids are not kept, so made-up ids cannot fill the memory; at most MAX_CLIENTS
  client ids are.
"""

import threading
import time

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .models import Applicatie, Autorisatie, JWTSecret
from .selectors import ClientCredentials, client_credentials

DEFAULT_SECONDS = 5
MAX_CLIENTS = 1000

_lock = threading.Lock()
_entries: dict[str, tuple[float, int, ClientCredentials]] = {}
_generation = 0  # raised by every change; an entry read under an older generation is not kept


def seconds() -> float:
    """settings.ZGW_AUTH_CACHE_SECONDS, read per request so tests can change it."""
    return float(getattr(settings, "ZGW_AUTH_CACHE_SECONDS", DEFAULT_SECONDS))


def cached_client_credentials(client_id: str) -> ClientCredentials | None:
    """The client id's credentials, from this process's cache when they are fresh enough."""
    keep_for = seconds()
    if keep_for <= 0:
        return client_credentials(client_id)
    now = time.monotonic()
    entry = _entries.get(client_id)
    if entry is not None and entry[0] > now and entry[1] == _generation:
        return entry[2]
    generation = _generation
    found = client_credentials(client_id)
    if found is not None:
        with _lock:
            if generation == _generation:  # nothing changed while it was read
                if len(_entries) >= MAX_CLIENTS:
                    _entries.clear()
                _entries[client_id] = (now + keep_for, generation, found)
    return found


def forget_clients() -> None:
    """Drop every kept client now and when the current transaction commits."""
    _forget()
    transaction.on_commit(_forget)


def _forget() -> None:
    global _generation
    with _lock:
        _generation += 1
        _entries.clear()


@receiver(post_save, sender=Applicatie, dispatch_uid="autorisaties-cache-applicatie-saved")
@receiver(post_save, sender=JWTSecret, dispatch_uid="autorisaties-cache-secret-saved")
@receiver(post_save, sender=Autorisatie, dispatch_uid="autorisaties-cache-autorisatie-saved")
@receiver(post_delete, sender=Applicatie, dispatch_uid="autorisaties-cache-applicatie-deleted")
@receiver(post_delete, sender=JWTSecret, dispatch_uid="autorisaties-cache-secret-deleted")
@receiver(post_delete, sender=Autorisatie, dispatch_uid="autorisaties-cache-autorisatie-deleted")
@receiver(
    m2m_changed,
    sender=Applicatie.municipalities.through,
    dispatch_uid="autorisaties-cache-municipalities-changed",
)
def _on_change(**kwargs) -> None:
    forget_clients()
