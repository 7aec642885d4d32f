"""Stateless fuzzing of one OpenAPI document over HTTP: every operation, a bounded number of cases.

Budgets come from the environment so `make test` stays short and `make fuzz` goes deep:
LOKET_FUZZ_EXAMPLES cases per operation (default 5). LOKET_FUZZ_VERBOSE=1 also prints the
status codes each operation answered with.
"""

import os
from collections import Counter
from dataclasses import dataclass, field

import requests
import schemathesis
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)

from .links import add_links
from .references import References

EXAMPLES = int(os.environ.get("LOKET_FUZZ_EXAMPLES", "5"))
VERBOSE = os.environ.get("LOKET_FUZZ_VERBOSE") == "1"
VERBOSE_ANSWERS = 4  # different answers shown per operation and status code
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
FUZZ_SETTINGS = dict(
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
FAILURE_TEXT_LIMIT = 1500
# Prefix of the counts of linked steps that reached a 2xx, per resource the link carried.
LINKED_2XX = "linked 2xx: "


@dataclass
class Target:
    """One served document and how to call it."""

    name: str
    schema: schemathesis.BaseSchema
    headers: dict
    session: requests.Session
    references: References | None = None
    component: str = ""  # the ZGW component, for its stateful budget
    statuses: Counter = field(default_factory=Counter)  # (operation, status code) -> times
    # (operation, status code) -> the first few different answers (summarised)
    examples: dict = field(default_factory=dict)

    def call(self, case):
        response = case.call(headers=self.headers, session=self.session, timeout=60)
        self.record(case, response)
        return response

    def record(self, case, response) -> None:
        key = (case.operation.label, response.status_code)
        self.statuses[key] += 1
        if VERBOSE:
            seen = self.examples.setdefault(key, [])
            if len(seen) < VERBOSE_ANSWERS and (summary := _summary(response)) not in seen:
                seen.append(summary)


def _summary(response) -> str:
    """The start of an answer; of a refusal, which parameters were refused and why."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(body, dict) and isinstance(body.get("invalidParams"), list):
        return "; ".join(
            f"{param.get('name')}: {param.get('code')}"
            for param in body["invalidParams"]
            if isinstance(param, dict)
        )[:300]
    return response.text[:200]


def served_zgw_schema(
    base_url: str, component: str, session: requests.Session, *, text_not_blank: bool = False
) -> schemathesis.BaseSchema:
    """The document as the platform serves it, with our links added, aimed at the live server.

    `text_not_blank` (the stateful run) generates no empty strings for the plain text fields of
    request bodies, see `require_text`.
    """
    response = session.get(f"{base_url}/{component}/api/v1/schema/openapi.yaml", timeout=30)
    response.raise_for_status()
    document = yaml.safe_load(response.text)
    add_links(document, component)
    if text_not_blank:
        require_text(document)
    return schema_at(document, f"{base_url}/{component}/api/v1")


def _refs(node, found: set[str]) -> set[str]:
    """Names of the component schemas `node` refers to, directly or through others (into `found`)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.removeprefix("#/components/schemas/"))
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)
    return found


def _reachable(document: dict, roots: list) -> set[str]:
    schemas = document.get("components", {}).get("schemas", {})
    found = _refs(roots, set())
    pending = list(found)
    while pending:
        for name in _refs(schemas.get(pending.pop(), {}), set()) - found:
            found.add(name)
            pending.append(name)
    return found


def _not_blank(node) -> None:
    """minLength 1 on each plain string of a schema (no format, enum, pattern, default, minimum);
    an empty list for a list of untyped items (relations the platform does not store yet, which
    it takes only empty)."""
    if isinstance(node, dict):
        if node.get("type") == "array" and node.get("items") == {} and "maxItems" not in node:
            node["maxItems"] = 0
        constrained = {"format", "enum", "pattern", "default", "minLength", "$ref"}
        if node.get("type") == "string" and not node.keys() & constrained:
            node["minLength"] = 1
        for key, value in node.items():
            if key != "$ref":
                _not_blank(value)
    elif isinstance(node, list):
        for value in node:
            _not_blank(value)


def require_text(document: dict) -> None:
    """Give the plain text fields of request bodies minLength 1 (and lists of untyped items
    maxItems 0).

    The documents give most required text fields no minLength, while the platform (DRF's
    CharField) refuses a blank one; a generated body with one of its many text fields blank is
    refused, so almost no create of the Catalogi and Autorisaties APIs got through and no chain
    started there. The stateless run keeps the document as it is (and sends blanks). Schemas a
    response uses as well are left alone, so answers are still checked against the document.
    """
    operations = [
        operation
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "responses" in operation
    ]
    bodies = [operation["requestBody"] for operation in operations if "requestBody" in operation]
    answers = [operation["responses"] for operation in operations]
    answers += [operation.get("parameters", []) for operation in operations]
    request_only = _reachable(document, bodies) - _reachable(document, answers)
    schemas = document.get("components", {}).get("schemas", {})
    for name in request_only & schemas.keys():
        _not_blank(schemas[name])
    for body in bodies:  # schemas written inline in a request body
        for media in body.get("content", {}).values():
            _not_blank(media.get("schema", {}))


def schema_at(document: dict, api_root: str) -> schemathesis.BaseSchema:
    schema = schemathesis.openapi.from_dict(document)
    schema.config.update(base_url=api_root)
    return schema


def describe_failure(label: str, error: BaseException) -> str:
    return f"{label}: {str(error).strip()[:FAILURE_TEXT_LIMIT]}"


def fuzz_operation(target: Target, operation, counts: Counter) -> str | None:
    """EXAMPLES cases of one operation; the first failure, if any."""
    found: list[str] = []

    @settings(max_examples=EXAMPLES, phases=(Phase.explicit, Phase.generate), **FUZZ_SETTINGS)
    @given(case=operation.as_strategy())
    def run(case):
        if target.references:
            target.references.fill(case.body)
        response = target.call(case)
        counts["examples"] += 1
        counts[f"status {response.status_code // 100}xx"] += 1
        if found:
            return
        try:
            case.validate_response(response, checks=CHECKS)
        except (
            AssertionError,
            BaseExceptionGroup,
        ) as error:  # schemathesis: Failure / FailureGroup
            found.append(describe_failure(operation.label, error))

    run()
    return found[0] if found else None


def fuzz_stateless(target: Target, counts: Counter) -> list[str]:
    """Every operation of the document; the first failure of each failing operation."""
    failures = []
    for result in target.schema.get_all_operations():
        failure = fuzz_operation(target, result.ok(), counts)
        counts["operations"] += 1
        if failure:
            failures.append(failure)
    return failures


def report(target: Target, counts: Counter, failures: list[str], seconds: float) -> str:
    figures = ", ".join(
        f"{key} {value}" for key, value in sorted(counts.items()) if not key.startswith(LINKED_2XX)
    )
    line = f"fuzz {target.name}: {figures}, {len(failures)} failures, {seconds:.1f} s"
    if per_resource := [
        (key.removeprefix(LINKED_2XX), value)
        for key, value in counts.items()
        if key.startswith(LINKED_2XX)
    ]:
        line += "\n    linked steps to a 2xx per resource: " + ", ".join(
            f"{resource} {value}" for resource, value in sorted(per_resource)
        )
    if VERBOSE:
        for (label, status), times in sorted(target.statuses.items()):
            answers = " | ".join(target.examples.get((label, status), []))
            line += f"\n    {label} {status}: {times}  {answers}"
    return line
