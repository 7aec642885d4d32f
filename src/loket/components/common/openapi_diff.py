"""Differences between our OpenAPI document and the standard's, for the operations we implement.

Per path + method: the scopes named in `security`, parameter names (query, header, path), request
body properties and the response body properties (one item of a list or page) with their
`required` flag and rough type (type plus format, `$ref`/`allOf` followed, the ""/null
alternatives of `oneOf` ignored, the variants of a polymorphic resource merged). The
`Content-Type` header parameter the standard lists is left out (both sides speak
application/json). One readable line per difference.
"""

import re

METHODS = ("get", "head", "post", "put", "patch", "delete")
FORMATS = {"uri", "uuid", "date", "date-time", "duration"}


class Document:
    def __init__(self, data: dict):
        self.data = data

    def resolve(self, schema: dict | None) -> dict:
        """Follow `$ref` and merge `allOf`, so the result has the properties at the top."""
        if not schema:
            return {}
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            return self.resolve(self.data["components"]["schemas"][name])
        if "allOf" in schema:
            merged = {"type": "object", "properties": {}, "required": []}
            for part in schema["allOf"]:
                part = self.resolve(part)
                merged["properties"].update(part.get("properties", {}))
                merged["required"] += part.get("required", [])
                for key in ("type", "format", "enum"):
                    if key in part:
                        merged[key] = part[key]
            merged.update({k: v for k, v in schema.items() if k not in ("allOf",)})
            merged["properties"] = {**merged["properties"], **schema.get("properties", {})}
            return merged
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants:
            resolved = [self.resolve(variant) for variant in variants]
            if any("properties" in variant for variant in resolved):
                return self._union(resolved)
        return schema

    @staticmethod
    def _union(variants: list[dict]) -> dict:
        """A polymorphic resource (Rol, ZaakObject, Autorisatie): every variant's properties."""
        properties, required = {}, None
        for variant in variants:
            for name, value in variant.get("properties", {}).items():
                properties.setdefault(name, value)
            names = set(variant.get("required", []))
            required = names if required is None else required & names
        return {"type": "object", "properties": properties, "required": sorted(required or ())}

    def kind(self, schema: dict) -> str:
        schema = self.resolve(schema)
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants:
            kinds = sorted({self.kind(v) for v in variants if not self._blank(self.resolve(v))})
            return kinds[0] if len(kinds) == 1 else f"oneOf({', '.join(kinds)})"
        kind = schema.get("type") or ("string" if "enum" in schema else "object")
        if kind == "array":
            return f"array[{self.kind(schema.get('items', {}))}]"
        if schema.get("format") in FORMATS:
            kind += f"({schema['format']})"
        return kind

    @staticmethod
    def _blank(schema: dict) -> bool:
        """The "" or null alternative spectacular adds for allow_blank / allow_null."""
        return schema.get("maxLength") == 0 or schema.get("enum") in ([""], [None], ["", None])

    def operation(self, path: str, method: str) -> dict | None:
        return (self.data.get("paths", {}).get(path) or {}).get(method)

    def parameters(self, operation: dict) -> set[str]:
        names = set()
        for parameter in operation.get("parameters", []):
            parameter = self.resolve(parameter)
            if (parameter["in"], parameter["name"]) != ("header", "Content-Type"):
                names.add(f"{parameter['in']}:{parameter['name']}")
        return names

    def request_body(self, operation: dict) -> dict:
        content = (operation.get("requestBody") or {}).get("content", {})
        for media in content.values():
            return self.resolve(media.get("schema"))
        return {}

    def response_body(self, operation: dict) -> dict:
        responses = operation.get("responses", {})
        for code in sorted(responses):
            if code.startswith("2"):
                content = self.resolve(responses[code]).get("content", {})
                for media in content.values():
                    return self.item(self.resolve(media.get("schema")))
                return {}
        return {}

    def item(self, schema: dict) -> dict:
        """One resource of a page (`results`) or list."""
        if schema.get("type") == "array":
            return self.resolve(schema.get("items"))
        results = schema.get("properties", {}).get("results")
        if results and {"count", "next", "previous"} <= set(schema.get("properties", {})):
            return self.resolve(self.resolve(results).get("items"))
        return schema


def _compare_bodies(where: str, ours_doc, ours: dict, theirs_doc, theirs: dict) -> list[str]:
    lines = []
    our_props, their_props = ours.get("properties", {}), theirs.get("properties", {})
    our_required, their_required = set(ours.get("required", [])), set(theirs.get("required", []))
    for name in sorted(set(our_props) | set(their_props)):
        if name not in their_props:
            lines.append(f"{where}: extra property {name!r} (not in the standard)")
            continue
        if name not in our_props:
            lines.append(f"{where}: missing property {name!r}")
            continue
        if (name in our_required) != (name in their_required):
            state = "required" if name in our_required else "optional"
            lines.append(f"{where}: property {name!r} is {state} here, not in the standard")
        our_kind = ours_doc.kind(our_props[name])
        their_kind = theirs_doc.kind(their_props[name])
        if our_kind != their_kind:
            lines.append(
                f"{where}: property {name!r} is {our_kind} here, {their_kind} in the standard"
            )
    return lines


def scopes(operation: dict) -> frozenset[str]:
    """Every scope named in the operation's `security` (`(a | b) & c` gives {a, b, c})."""
    found = set()
    for requirement in operation.get("security") or []:
        for expressions in requirement.values():
            for expression in expressions:
                for token in re.split(r"[()|&\s]+", expression):
                    if token:
                        found.add(token)
    return frozenset(found)


def _scope_text(names: frozenset[str]) -> str:
    return "{" + ", ".join(sorted(names)) + "}" if names else "none"


def differences(ours: dict, standard: dict) -> list[str]:
    ours_doc, theirs_doc = Document(ours), Document(standard)
    lines = []
    for path, item in sorted(ours.get("paths", {}).items()):
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            where = f"{method.upper()} {path}"
            theirs = theirs_doc.operation(path, method)
            if theirs is None:
                lines.append(f"{where}: operation not in the standard")
                continue
            our_scopes, their_scopes = scopes(operation), scopes(theirs)
            if our_scopes != their_scopes:
                lines.append(
                    f"{where}: scopes {_scope_text(our_scopes)} here,"
                    f" {_scope_text(their_scopes)} in the standard"
                )
            our_params, their_params = ours_doc.parameters(operation), theirs_doc.parameters(theirs)
            lines += [f"{where}: extra parameter {p}" for p in sorted(our_params - their_params)]
            lines += [f"{where}: missing parameter {p}" for p in sorted(their_params - our_params)]
            lines += _compare_bodies(
                f"{where} request", ours_doc, ours_doc.request_body(operation),
                theirs_doc, theirs_doc.request_body(theirs),
            )  # fmt: skip
            lines += _compare_bodies(
                f"{where} response", ours_doc, ours_doc.response_body(operation),
                theirs_doc, theirs_doc.response_body(theirs),
            )  # fmt: skip
    return lines
