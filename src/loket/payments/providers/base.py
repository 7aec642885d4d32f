from __future__ import annotations

from dataclasses import dataclass


class ProviderError(Exception):
    """The provider could not be reached or refused; nothing was paid. Safe to try again."""


@dataclass(frozen=True)
class Started:
    provider_id: str
    checkout_url: str


class PaymentProvider:
    """A payment provider. Subclasses implement `start` and `status`; never trust a webhook's
    body: it only says "look again", and `status` asks the provider."""

    identifier: str = ""
    title: str = ""
    development_only = False

    def check_config(self) -> list[str]:
        """What is missing to use this provider ([] when it is ready)."""
        return []

    def start(
        self, *, reference: str, description: str, amount_cents: int, currency: str, return_url: str, webhook_url: str
    ) -> Started:
        raise NotImplementedError

    def status(self, provider_id: str) -> str:
        """The payment's status now, one of constants.PaymentStatus."""
        raise NotImplementedError
