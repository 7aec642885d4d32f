"""Privacy settings, read with defaults so the app works without extra configuration.

- LOKET_PROCESSING_LOG_RETENTION_YEARS: how long a processing-log row is kept. The default of
  20 years follows the term the Wet BRP sets for the protocol of BRP provisions (art. 3.22);
  check the article before quoting it to a resident.
- LOKET_PRIVACY_SUBJECT_KEY: the key of the keyed hash that stands in for a BSN in the log.
  Defaults to SECRET_KEY. Give it its own value in production, so rotating SECRET_KEY does not
  cut residents off from their own history.
- LOKET_SYSTEM_NAME: the `systeem` recorded on every row.
"""

from django.conf import settings

DEFAULT_RETENTION_YEARS = 20


def retention_years() -> int:
    return int(getattr(settings, "LOKET_PROCESSING_LOG_RETENTION_YEARS", DEFAULT_RETENTION_YEARS))


def subject_key() -> bytes:
    return str(getattr(settings, "LOKET_PRIVACY_SUBJECT_KEY", "") or settings.SECRET_KEY).encode()


def system_name() -> str:
    return getattr(settings, "LOKET_SYSTEM_NAME", "Loket")
