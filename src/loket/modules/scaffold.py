"""Writing a new module folder from the skeleton in templates/modules/startmodule/."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from string import Template

from .validation import identifier_problems

SKELETON = Path(__file__).parent / "templates" / "modules" / "startmodule"
CONTRIB = Path(__file__).parent / "contrib"
DEFAULT_PRODUCT = "http://standaarden.overheid.nl/owms/terms/klacht"
DEFAULT_QUESTION = "mijn-buurt"


@dataclass(frozen=True)
class NewModule:
    identifier: str
    package: str  # dotted import path
    folder: Path


def _names(identifier: str) -> dict[str, str]:
    snake = identifier.replace("-", "_")
    return {
        "app_label": snake,
        "class_name": "".join(part.capitalize() for part in identifier.split("-")) + "Module",
        "zaaktype_identificatie": f"LOKET-{identifier.upper()}"[:50],
    }


def create_module(
    identifier: str,
    *,
    directory: Path | None = None,
    title: str = "",
    product: str = DEFAULT_PRODUCT,
    question: str = DEFAULT_QUESTION,
    municipality_code: str = "",
    supplier: str = "",
) -> NewModule:
    """The new module's folder: in modules/contrib/ (in-tree) or, with `directory`, as a top-level package there."""
    problems = identifier_problems(identifier)
    if problems:
        raise ValueError(problems[0])
    snake = identifier.replace("-", "_")
    if directory is None:
        folder, package = CONTRIB / snake, f"loket.modules.contrib.{snake}"
    else:
        folder, package = Path(directory) / snake, snake
    if folder.exists():
        raise FileExistsError(f"{folder} already exists")
    if municipality_code and not re.fullmatch(r"\d{4}", municipality_code):
        raise ValueError("the municipality code has four digits, e.g. 0344")
    builder = (
        f'Builder.municipality("{municipality_code}")'
        if municipality_code
        else f"Builder.company({(supplier or 'Nog in te vullen')!r})"
    )
    values = {
        **_names(identifier),
        "identifier": identifier,
        "package": package,
        "title": (title or identifier.replace("-", " ").capitalize()).replace('"', "'"),
        "product": product,
        "question": question,
        "builder": builder,
    }
    for source in sorted(SKELETON.rglob("*.tpl")):
        relative = source.relative_to(SKELETON).with_suffix("")
        if relative.parts[0] == "templates":
            relative = Path("templates", identifier, *relative.parts[1:])
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(Template(source.read_text(encoding="utf-8")).safe_substitute(values), encoding="utf-8")
    return NewModule(identifier=identifier, package=package, folder=folder)
