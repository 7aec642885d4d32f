"""The module registry: `@register` stores one instance per identifier (Open Forms' pattern).

The decorator refuses what can never work (no descriptor, a bad or duplicate identifier) at
once; everything else about the descriptor is reported by the system checks (checks.py), all
problems at the same time. Tests build their own `Registry()` or use `register.temporarily`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .base import Descriptor, ServiceModule
from .validation import identifier_problems


class RegistrationError(ValueError):
    pass


class Registry:
    def __init__(self):
        self._modules: dict[str, ServiceModule] = {}

    def __call__(self, module_class: type[ServiceModule]) -> type[ServiceModule]:
        self.add(module_class())
        return module_class

    def add(self, module: ServiceModule) -> ServiceModule:
        self.check_module(module)
        if module.identifier in self._modules:
            raise RegistrationError(
                f"Two modules use the identifier {module.identifier!r}: "
                f"{self._modules[module.identifier]!r} and {module!r}."
            )
        self._modules[module.identifier] = module
        return module

    def check_module(self, module: ServiceModule) -> None:
        """The check hook: refuse a module that cannot even be addressed."""
        if not isinstance(module, ServiceModule):
            raise RegistrationError(f"{module!r} is not a ServiceModule")
        if not isinstance(getattr(module, "descriptor", None), Descriptor):
            raise RegistrationError(f"{type(module).__name__} has no `descriptor` (a Descriptor)")
        problems = identifier_problems(module.descriptor.identifier)
        if problems:
            raise RegistrationError(f"{type(module).__name__}: {problems[0]}")

    def remove(self, identifier: str) -> None:
        self._modules.pop(identifier, None)

    @contextmanager
    def temporarily(self, *modules: ServiceModule) -> Iterator[Registry]:
        """Register these modules for the duration of a block (tests, the kit on a new module)."""
        before = dict(self._modules)
        try:
            for module in modules:
                if module.identifier not in self._modules:
                    self.add(module)
            yield self
        finally:
            self._modules = before

    def __iter__(self) -> Iterator[ServiceModule]:
        return iter(sorted(self._modules.values(), key=lambda m: m.identifier))

    def __len__(self) -> int:
        return len(self._modules)

    def __contains__(self, identifier: str) -> bool:
        return identifier in self._modules

    def __getitem__(self, identifier: str) -> ServiceModule:
        return self._modules[identifier]

    def get(self, identifier: str) -> ServiceModule | None:
        return self._modules.get(identifier)

    def covering(self, product_uri: str) -> list[ServiceModule]:
        return [m for m in self if product_uri in m.descriptor.products]


register = Registry()
