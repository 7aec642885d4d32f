"""Build the OpenAPI document of one ZGW component from its URL patterns (drf-spectacular).

Paths are relative to the component's root (as in the standard's documents, which list the root
under `servers`), so the committed document and the standard's can be compared path by path.
"""

from dataclasses import dataclass
from pathlib import Path

import yaml
from django.urls import include, path
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiYamlRenderer
from drf_spectacular.settings import patched_settings

COMPONENTS_DIR = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class ComponentAPI:
    name: str  # folder under src/loket/components/
    title: str
    version: str
    root: str
    urls: str

    @property
    def document_path(self) -> Path:
        return COMPONENTS_DIR / self.name / "openapi.yaml"

    @property
    def standard_path(self) -> Path:
        return COMPONENTS_DIR / self.name / "tests" / "standard" / "openapi.yaml"

    @property
    def accepted_differences_path(self) -> Path:
        return COMPONENTS_DIR / self.name / "tests" / "standard" / "accepted_differences.txt"


def _components() -> dict[str, ComponentAPI]:
    from loket.components.autorisaties.api.representation import AUTORISATIES_VERSION
    from loket.components.common.paths import (
        BESLUITEN_VERSION,
        CATALOGI_VERSION,
        DOCUMENTEN_VERSION,
        NOTIFICATIES_VERSION,
        ZAKEN_VERSION,
    )

    apis = [
        ComponentAPI("zaken", "Zaken API", ZAKEN_VERSION, "/zaken/api/v1",
                     "loket.components.zaken.api.urls"),
        ComponentAPI("catalogi", "Catalogi API", CATALOGI_VERSION, "/catalogi/api/v1",
                     "loket.components.catalogi.api.urls"),
        ComponentAPI("autorisaties", "Autorisaties API", AUTORISATIES_VERSION,
                     "/autorisaties/api/v1", "loket.components.autorisaties.api.urls"),
        ComponentAPI("documenten", "Documenten API", DOCUMENTEN_VERSION, "/documenten/api/v1",
                     "loket.components.documenten.api.urls"),
        ComponentAPI("besluiten", "Besluiten API", BESLUITEN_VERSION, "/besluiten/api/v1",
                     "loket.components.besluiten.api.urls"),
        ComponentAPI("notificaties", "Notificaties API", NOTIFICATIES_VERSION,
                     "/notificaties/api/v1", "loket.components.notificaties.api.urls"),
    ]  # fmt: skip
    return {api.name: api for api in apis}


def components() -> dict[str, ComponentAPI]:
    return _components()


DESCRIPTION = (
    "{title} {version} zoals Loket die aanbiedt, per gemeente afgeschermd. Gegenereerd uit de "
    "code; verschillen met de standaard staan in tests/standard/accepted_differences.txt."
)


def generate(api: ComponentAPI) -> dict:
    settings = {
        "TITLE": api.title,
        "VERSION": api.version,
        "DESCRIPTION": DESCRIPTION.format(title=api.title, version=api.version),
        "SERVERS": [{"url": api.root}],
        "SCHEMA_PATH_PREFIX": "",
        "COMPONENT_SPLIT_REQUEST": False,
        "SORT_OPERATIONS": True,
        "ENUM_NAME_OVERRIDES": {},
        "DISABLE_ERRORS_AND_WARNINGS": True,
        "POSTPROCESSING_HOOKS": [
            "drf_spectacular.hooks.postprocess_schema_enums",
            "loket.components.common.schema.add_head_operations",
        ],
    }
    with patched_settings(settings):
        generator = SchemaGenerator(patterns=[path("", include(api.urls))])
        return generator.get_schema(request=None, public=True)


def render(document: dict) -> str:
    return OpenApiYamlRenderer().render(document, renderer_context={}).decode()


def load(path_: Path) -> dict:
    with open(path_, encoding="utf-8") as handle:
        return yaml.safe_load(handle)
