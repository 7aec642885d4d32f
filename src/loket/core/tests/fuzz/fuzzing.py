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
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
FUZZ_SETTINGS = dict(
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
FAILURE_TEXT_LIMIT = 1500


@dataclass
class Target:
    """One served document and how to call it."""

    name: str
    schema: schemathesis.BaseSchema
    headers: dict
    session: requests.Session
    references: References | None = None
    statuses: Counter = field(default_factory=Counter)  # (operation, status code) -> times
    examples: dict = field(default_factory=dict)  # (operation, status code) -> first answer

    def call(self, case):
        response = case.call(headers=self.headers, session=self.session, timeout=60)
        self.record(case, response)
        return response

    def record(self, case, response) -> None:
        key = (case.operation.label, response.status_code)
        self.statuses[key] += 1
        if VERBOSE and key not in self.examples:
            self.examples[key] = response.text[:200]


def served_zgw_schema(base_url: str, component: str, session: requests.Session) -> schemathesis.BaseSchema:
    """The document as the platform serves it, with our links added, aimed at the live server."""
    response = session.get(f"{base_url}/{component}/api/v1/schema/openapi.yaml", timeout=30)
    response.raise_for_status()
    document = yaml.safe_load(response.text)
    add_links(document, component)
    return schema_at(document, f"{base_url}/{component}/api/v1")


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
        except (AssertionError, BaseExceptionGroup) as error:  # schemathesis: Failure / FailureGroup
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
    figures = ", ".join(f"{key} {value}" for key, value in sorted(counts.items()))
    line = f"fuzz {target.name}: {figures}, {len(failures)} failures, {seconds:.1f} s"
    if VERBOSE:
        for (label, status), times in sorted(target.statuses.items()):
            line += f"\n    {label} {status}: {times}  {target.examples.get((label, status), '')}"
    return line
