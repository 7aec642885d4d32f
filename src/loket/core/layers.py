"""Which app may import which: the platform's layers, written down once and checked by a test.

Bottom: core, tenancy, privacy, identity (accounts, authentication). Middle: registry, the ZGW
components, catalogue, notifications, payments, the module framework. Top: portal, backoffice,
insights and the service modules (modules.contrib), which use only the core facades.
Project wiring (conf, urls, wsgi, celery_app, manage) is exempt.
"""

BOTTOM = {"core", "tenancy", "privacy", "accounts", "authentication"}

ALLOWED_IMPORTS: dict[str, set[str]] = {
    "core": set(),
    "tenancy": {"core"},
    "privacy": {"core", "tenancy"},
    "accounts": {"core", "tenancy", "privacy"},
    "authentication": {"core", "tenancy", "privacy", "accounts"},
    "registry": {"core", "tenancy", "privacy", "accounts"},
    # Components write their notifications to the outbox in the same transaction as the change.
    "components": {"core", "tenancy", "privacy", "accounts", "notifications"},
    "catalogue": {"core", "tenancy"},
    "notifications": {"core", "tenancy", "privacy", "accounts"},
    "payments": {"core", "tenancy", "privacy", "accounts"},
    "verification": {"core", "tenancy", "privacy", "accounts"},
    "modules": {"core", "tenancy", "privacy", "accounts", "authentication", "catalogue", "components"},
    "portal": BOTTOM | {"registry", "components", "catalogue", "notifications", "payments", "modules"},
    "backoffice": BOTTOM | {"registry", "components", "catalogue", "notifications", "payments", "modules"},
    "insights": BOTTOM | {"registry", "components", "catalogue", "modules"},
}

WIRING = {"conf", "urls", "wsgi", "asgi", "celery_app", "manage", "__init__"}

# Service modules may import only these public facades of the core.
MODULE_FACADES = (
    "loket.modules.base",
    "loket.modules.facades",
    "loket.registry.facade",
    "loket.components.facade",
    "loket.privacy.services",
    "loket.notifications.facade",
    "loket.payments.facade",
    "loket.verification.facade",
    "loket.catalogue.facade",
)
