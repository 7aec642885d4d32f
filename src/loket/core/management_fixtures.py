"""Which fixtures `loket load_reference_data` and `loket load_demo_data` load.

Each app lists its own on its AppConfig (`reference_fixtures`, `demo_fixtures`), so this module
needs to know no app: it only walks the installed ones in order.
"""

from django.apps import apps


def fixtures(kind: str) -> list[str]:
    names: list[str] = []
    for config in apps.get_app_configs():
        names.extend(getattr(config, f"{kind}_fixtures", ()))
    return names
