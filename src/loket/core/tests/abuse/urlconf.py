"""Walk the site's URLconf: every route with sample arguments filled in."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import (
    IntConverter,
    PathConverter,
    SlugConverter,
    StringConverter,
    UUIDConverter,
)

SAMPLES = {UUIDConverter: lambda: str(uuid.uuid4()), SlugConverter: lambda: "demo", IntConverter: lambda: "1",
           StringConverter: lambda: "development", PathConverter: lambda: "1"}
REGEX_SAMPLES = {"code": "0344", "app_label": "accounts"}


@dataclass(frozen=True)
class Route:
    url: str
    name: str
    callback: object

    @property
    def is_api(self) -> bool:
        return "/api/v1/" in self.url or self.url.startswith("/haalcentraal/")

    @property
    def is_admin(self) -> bool:
        return self.url.startswith("/beheer/")


def _fill(pattern) -> str | None:
    converters = getattr(pattern, "converters", {})
    text = str(pattern)
    if hasattr(pattern, "_route"):
        for name, converter in converters.items():
            sample = SAMPLES.get(type(converter))
            if sample is None:
                return None
            text = text.replace(f"<{_converter_tag(text, name)}>", sample(), 1)
        return text
    # a regular expression: fill its named groups, drop the anchors and escapes
    import re

    def group(match):
        return REGEX_SAMPLES.get(match.group(1), "x")

    text = re.sub(r"\(\?P<(\w+)>[^)]*\)", group, text)
    text = text.lstrip("^").rstrip("$").replace("\\.", ".").replace("\\Z", "")
    return None if any(ch in text for ch in "()[]*+?|") else text


def _converter_tag(text: str, name: str) -> str:
    start = text.index(f":{name}>") if f":{name}>" in text else text.index(f"<{name}>")
    opening = text.rindex("<", 0, start + 1)
    return text[opening + 1 : text.index(">", opening)]


def routes() -> list[Route]:
    found: list[Route] = []

    def walk(patterns, prefix: str, namespace: str):
        for entry in patterns:
            part = _fill(entry.pattern)
            if part is None:
                continue
            if isinstance(entry, URLResolver):
                ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                walk(entry.url_patterns, prefix + part, ns)
            elif isinstance(entry, URLPattern):
                found.append(Route("/" + prefix + part, namespace + (entry.name or ""), entry.callback))

    walk(get_resolver().url_patterns, "", "")
    return found
