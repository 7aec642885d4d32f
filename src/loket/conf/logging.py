"""Structured JSON logging that never writes a BSN, token or password.

Every record, from structlog or from the standard library, passes through `redact` before it is
rendered, so a careless `logger.info(..., bsn=...)` or an exception message with a BSN in it is
still safe.
"""

import re

import structlog

SENSITIVE_KEYS = re.compile(
    r"(password|passwd|secret|token|authorization|cookie|session|bsn|burgerservicenummer|otp|code_verifier|api_key)",
    re.IGNORECASE,
)
# Nine-digit numbers (BSN, RSIN, A-number fragments), JWTs and bearer tokens.
SENSITIVE_VALUES = [
    (re.compile(r"(?<!\d)\d{9}(?!\d)"), "[nummer]"),
    (re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"), "[token]"),
    (re.compile(r"(?i)(bearer|basic)\s+[A-Za-z0-9._~+/=-]+"), r"\1 [token]"),
]
REDACTED = "[verwijderd]"
SAFE_KEYS = {"event", "level", "logger", "timestamp", "request_id", "exc_info"}


def _scrub(value):
    if isinstance(value, str):
        for pattern, replacement in SENSITIVE_VALUES:
            value = pattern.sub(replacement, value)
        return value
    if isinstance(value, dict):
        return {k: (REDACTED if SENSITIVE_KEYS.search(str(k)) else _scrub(v)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_scrub(v) for v in value)
    return value


def redact(logger, method_name, event_dict):
    for key in list(event_dict):
        if key in SAFE_KEYS:
            event_dict[key] = _scrub(event_dict[key])
        elif SENSITIVE_KEYS.search(key):
            event_dict[key] = REDACTED
        else:
            event_dict[key] = _scrub(event_dict[key])
    return event_dict


def _render_exception(logger, method_name, event_dict):
    """Render the traceback as text first, so `redact` also sees what exceptions say."""
    return structlog.processors.format_exc_info(logger, method_name, event_dict)


SHARED_PROCESSORS = [
    structlog.contextvars.merge_contextvars,
    structlog.stdlib.add_log_level,
    structlog.stdlib.add_logger_name,
    structlog.processors.TimeStamper(fmt="iso", utc=True),
    structlog.stdlib.PositionalArgumentsFormatter(),
    _render_exception,
    structlog.processors.UnicodeDecoder(),
]


def build_logging(*, level: str, json: bool) -> dict:
    renderer = structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(colors=False)
    structlog.configure(
        processors=[
            *SHARED_PROCESSORS,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "structured": {
                "()": structlog.stdlib.ProcessorFormatter,
                "processors": [
                    structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                    redact,
                    renderer,
                ],
                "foreign_pre_chain": SHARED_PROCESSORS,
            }
        },
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "structured"}},
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.db.backends": {"level": "WARNING"},
            "django.server": {"level": "INFO"},
            "faker": {"level": "WARNING"},
        },
    }
