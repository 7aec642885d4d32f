"""Stateful fuzzing: scenarios that chain operations through the links of links.py.

Each scenario starts at a create or a list and follows links from the responses it gets (a new
zaak to its statussen, rollen and zaakeigenschappen; a zaaktype to publish; a document to lock and
unlock it…). Besides the checks of the stateless run, a created object must be there when it is
fetched, and a deleted one must be gone. Budgets: LOKET_FUZZ_SCENARIOS scenarios (default two
times LOKET_FUZZ_EXAMPLES) of at most LOKET_FUZZ_STEPS steps (default 8), times the weight of
the component in SCENARIO_WEIGHTS: the Catalogi API has ten collections that hang together
(catalogus → zaaktype → its parts → publish), where ten scenarios reach few of them.
"""

import os
from collections import Counter
from unittest import mock

from hypothesis import Phase, settings
from hypothesis.errors import Flaky
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi import stateful as openapi_stateful
from schemathesis.specs.openapi.checks import ensure_resource_availability, use_after_free

from .fuzzing import CHECKS, EXAMPLES, FUZZ_SETTINGS, LINKED_2XX, Target, describe_failure
from .links import resource_of

SCENARIOS = int(os.environ.get("LOKET_FUZZ_SCENARIOS", str(2 * EXAMPLES)))
STEPS = int(os.environ.get("LOKET_FUZZ_STEPS", "8"))
SCENARIO_WEIGHTS = {"catalogi": 4, "autorisaties": 2}
MAX_RESTARTS = 10
STATEFUL_CHECKS = [*CHECKS, ensure_resource_availability, use_after_free]


def _linked_body_fields(step_input) -> frozenset[str] | None:
    """Body fields a link filled in; None when a link replaced the whole body."""
    fields = set()
    for location, name in step_input.applied_parameters:
        if location == ParameterLocation.BODY:
            if name is None:
                return None
            fields.add(name)
    return frozenset(fields)


# Operations that never start a scenario: their document lacks a parameter they require, so
# without a link they are always a 400 (the stateless run still calls them so).
NOT_A_START = frozenset({
    "GET /applicaties/consumer",  # clientId is required but not in the Autorisaties document
})  # fmt: skip


def _starts_a_chain(operation, node, produced_anywhere) -> bool:
    """Any create, and any list without path parameters, may start a scenario.

    Schemathesis would drop operations that take a reference whose producer it cannot find in
    the same document; in ZGW nearly every create takes one from another component (a zaaktype
    from Catalogi), and references.py supplies it.
    """
    if operation.label in NOT_A_START:
        return False
    return operation.method == "post" or (
        operation.method == "get" and not operation.path_parameters
    )


def build_state_machine(schema):
    """The links of links.py only (nothing inferred), with valid data only and no NUL characters.

    Invalid data (the stateless run sends plenty) would mostly end a scenario at its first step.
    """
    schema.config.phases.stateful.inference.algorithms = []
    schema.config.phases.stateful.generation.modes = [GenerationMode.POSITIVE]
    # A NUL anywhere in JSON is refused (a 400, tested by the stateless run and
    # test_found_by_fuzzing); in generated object keys it ended many scenarios at their first step.
    schema.config.phases.stateful.generation.allow_x00 = False
    with mock.patch.object(openapi_stateful, "is_likely_root_transition", _starts_a_chain):
        return schema.as_state_machine()


def fuzz_stateful(target: Target, counts: Counter) -> list[str]:
    """SCENARIOS (weighted) scenarios; the first failure of each failing operation. Fills `counts`."""
    failures: dict[str, str] = {}
    base = build_state_machine(target.schema)

    class Workflow(base):
        def setup(self):
            self.steps_in_scenario = 0
            self.linked_in_scenario = 0
            self.linked_2xx_in_scenario = 0

        def step(self, input):
            keep = _linked_body_fields(input)
            if target.references and keep is not None:
                target.references.fill(input.case.body, keep)
            output = super().step(input)
            target.record(input.case, output.response)
            self.steps_in_scenario += 1
            counts["steps"] += 1
            counts[f"step status {output.response.status_code // 100}xx"] += 1
            if input.transition is not None and input.is_applied:
                self.linked_in_scenario += 1
                counts["linked steps"] += 1
                if output.response.status_code < 300:
                    counts["linked steps 2xx"] += 1
                    counts[LINKED_2XX + resource_of(input.transition.id)] += 1
                    self.linked_2xx_in_scenario += 1
                    followed.add(input.transition.id)
            return output

        def teardown(self):
            counts["scenarios"] += 1
            if self.linked_in_scenario:
                counts["chains"] += 1
                counts["longest chain"] = max(counts["longest chain"], self.linked_in_scenario + 1)
            if self.linked_2xx_in_scenario:
                counts["chains with a linked 2xx"] += 1

        def get_call_kwargs(self, case):
            return {"headers": target.headers, "session": target.session, "timeout": 60}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            try:
                case.validate_response(
                    response,
                    checks=STATEFUL_CHECKS,
                    transport_kwargs=kwargs or None,
                    recorder=self.recorder,
                )
            except (
                AssertionError,
                BaseExceptionGroup,
            ) as error:  # schemathesis: Failure / FailureGroup
                failures.setdefault(
                    case.operation.label,
                    describe_failure(f"{case.operation.label} (stateful)", error),
                )

    followed: set[str] = set()
    scenarios = SCENARIOS * SCENARIO_WEIGHTS.get(target.component, 1)
    # The server's state changes between scenarios, so Hypothesis may find the same choices lead
    # elsewhere the next time and call that flaky. As schemathesis's own runner does, go on with
    # a fresh run until the budget of scenarios is spent.
    for _ in range(MAX_RESTARTS + 1):
        remaining = scenarios - counts["scenarios"]
        if remaining <= 0:
            break
        try:
            Workflow.run(
                settings=settings(
                    max_examples=remaining,
                    stateful_step_count=STEPS,
                    phases=(Phase.generate,),
                    **FUZZ_SETTINGS,
                )
            )
            break
        except Flaky:
            counts["restarts"] += 1
    counts["links followed to a 2xx"] = len(followed)
    return list(failures.values())
