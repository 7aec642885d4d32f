"""The registry of payment providers. Providers register themselves when the app is ready;
LOKET_PAYMENT_PROVIDERS says which may be used and LOKET_PAYMENT_PROVIDER which one new
payments go to."""

from __future__ import annotations

from django.conf import settings

from .providers.base import PaymentProvider


class Registry:
    def __init__(self):
        self._providers: dict[str, PaymentProvider] = {}

    def __call__(self, identifier: str):
        def decorator(cls: type[PaymentProvider]) -> type[PaymentProvider]:
            if not identifier.isidentifier():
                raise ValueError(f"Payment provider identifier {identifier!r} is not a plain name.")
            provider = cls()
            provider.identifier = identifier
            self._providers[identifier] = provider
            return cls

        return decorator

    def __contains__(self, identifier: str) -> bool:
        return identifier in self._providers

    def __getitem__(self, identifier: str) -> PaymentProvider:
        return self._providers[identifier]

    def enabled(self, identifier: str) -> PaymentProvider | None:
        if identifier in self._providers and identifier in settings.LOKET_PAYMENT_PROVIDERS:
            return self._providers[identifier]
        return None

    def default(self) -> PaymentProvider | None:
        return self.enabled(settings.LOKET_PAYMENT_PROVIDER)


register = Registry()
