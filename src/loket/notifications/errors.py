"""What a transport raises when it cannot deliver. Anything else it raises counts as temporary."""


class DeliveryError(Exception):
    """Base class. `message` must never contain a secret or a BSN: it is stored and shown."""

    def __init__(self, message: str = "", *, status_code: int | None = None):
        super().__init__(message)
        self.status_code = status_code


class TemporaryFailure(DeliveryError):
    """Try again later (exponential backoff, until the retry horizon has passed)."""


class PermanentFailure(DeliveryError):
    """Trying again will not help: the delivery is marked failed at once."""
