"""Imports flow downward. A new app must be placed in core/layers.py before it can import anything."""

import ast
from pathlib import Path

from loket.core.layers import ALLOWED_IMPORTS, MODULE_FACADES, WIRING

SRC = Path(__file__).resolve().parents[2]


def _imports(path: Path, src: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(src.parent).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.append((node.lineno, name))
    return [(line, name) for line, name in found if name.startswith("loket.")]


def _app_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _is_contrib_module(path: Path, src: Path) -> bool:
    parts = path.relative_to(src).parts
    return len(parts) > 2 and parts[0] == "modules" and parts[1] == "contrib"


def _violations(src: Path = SRC) -> list[str]:
    problems = []
    for path in sorted(src.rglob("*.py")):
        relative = path.relative_to(src)
        top = relative.parts[0].removesuffix(".py")
        if top in WIRING or "tests" in relative.parts or "migrations" in relative.parts:
            continue
        if _is_contrib_module(path, src):
            own = ".".join(("loket", *relative.parts[:3]))
            for line, name in _imports(path, src):
                if not (name.startswith(own) or name.startswith(MODULE_FACADES)):
                    problems.append(f"{relative}:{line} service module imports {name} (only core facades)")
            continue
        if top not in ALLOWED_IMPORTS:
            problems.append(f"{relative}: app {top!r} is not placed in loket/core/layers.py")
            continue
        for line, name in _imports(path, src):
            target = _app_of(name)
            if target != top and target not in ALLOWED_IMPORTS[top]:
                problems.append(f"{relative}:{line} {top} may not import {name}")
    return problems


def test_imports_flow_downward():
    assert _violations() == []


def test_the_check_catches_upward_sideways_and_module_imports(tmp_path):
    src = tmp_path / "loket"
    files = {
        "tenancy/models.py": "from loket.portal.views import HomeView\n",
        "registry/services.py": "from ..components.zaken import models\n",
        "privacy/services.py": "import loket.registry.models\n",
        "registry/facade.py": "from loket.privacy.services import log_processing\n",
        "newapp/models.py": "from loket.tenancy.models import Municipality\n",
        "modules/contrib/a/plugin.py": "from loket.modules.contrib.b import plugin\nfrom loket.registry.models import Person\n",
        "modules/contrib/a/views.py": "from loket.registry.facade import person_summary\nfrom . import plugin\n",
    }
    for name, text in files.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text(text)
    problems = _violations(src)
    assert problems == [
        "modules/contrib/a/plugin.py:1 service module imports loket.modules.contrib.b (only core facades)",
        "modules/contrib/a/plugin.py:2 service module imports loket.registry.models (only core facades)",
        "newapp/models.py: app 'newapp' is not placed in loket/core/layers.py",
        "privacy/services.py:1 privacy may not import loket.registry.models",
        "registry/services.py:1 registry may not import loket.components.zaken",
        "tenancy/models.py:1 tenancy may not import loket.portal.views",
    ]
