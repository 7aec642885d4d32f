"""The module framework: how a service one municipality builds plugs into the whole.

A service module is a Django app that declares one `ServiceModule` (base.py) with a typed
descriptor: what it is, who built it, which life-event questions and UPL products it serves,
which zaaktypen it installs, what it needs from the core, its per-municipality options, its
resident flow, its staff tasks and its message templates.

- Discovery (discovery.py): every module, in-tree (modules/contrib/<name>/) or from another
  package, is an entry point in the `loket.modules` group pointing at its AppConfig. Settings
  put the allowed ones in INSTALLED_APPS (LOKET_MODULES_ALLOWLIST; production loads only those).
- Registration (registry.py): the app's `ready()` imports its `module.py`, whose
  `@register("<identifier>")` decorator checks the descriptor and stores the instance.
  System checks (checks.py) refuse to start with a broken descriptor.
- Activation (services.py): a functional administrator switches a module on for their
  municipality, with options; its zaaktypen are installed (published) in that municipality's
  catalogus. Switching off stops new cases; existing ones stay readable. Each change is audited.
- Reading (selectors.py): `available_online(municipality, product_uri)` for the portal, the
  public menu and the roadmap.
- The conformance kit (conformance/): `pytest --loket-conformance <identifier>`.
- `loket startmodule NAME` writes a new module from templates/modules/startmodule/.
"""
