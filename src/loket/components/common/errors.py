"""Errors that the component services raise, independent of HTTP.

A `RuleViolation` is bad input or a broken behaviour rule (zrc-…, ztc-…). The API turns it into
the standard's 400 `ValidatieFout`; modules calling the facade catch it and show the reasons.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class InvalidParam:
    name: str
    code: str
    reason: str


class RuleViolation(Exception):
    def __init__(self, name: str, code: str, reason: str, *more: InvalidParam):
        self.params = [InvalidParam(name, code, str(reason)), *more]
        super().__init__(f"{name}: {code}")


class ActionNotAllowed(Exception):
    """The caller may not do this to this object (e.g. change a closed zaak without force)."""

    def __init__(self, detail: str, code: str = "permission_denied"):
        self.detail = detail
        self.code = code
        super().__init__(detail)
