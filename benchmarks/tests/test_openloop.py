"""The open-loop driver and the load target's verdict, against a fake server (no database, no HTTP).

Not collected by `make test` (testpaths is src/); run with `.venv/bin/pytest benchmarks/tests`.
"""

import threading
import time

from benchmarks.harness import openloop, targets

WEIGHTS = {"page": 3, "api": 1}


def _sender(seconds_per_request: float, fail_kind: str | None = None, capacity: int | None = None):
    """A fake server: each request takes `seconds_per_request`; at most `capacity` at a time."""
    gate = threading.Semaphore(capacity) if capacity else None

    def make(index):
        def send(kind):
            if gate:
                gate.acquire()
            try:
                time.sleep(seconds_per_request)
            finally:
                if gate:
                    gate.release()
            if kind == fail_kind:
                raise RuntimeError(f"{kind} answered 500")

        return send

    return make


def test_the_plan_keeps_the_mix_in_every_deck_and_is_the_same_every_run():
    schedule = openloop.plan(WEIGHTS, rate=100, seconds=2)
    assert schedule.total == 200
    for deck in range(0, 200, 4):
        assert sorted(schedule.kinds[deck : deck + 4]) == ["api", "page", "page", "page"]
    assert schedule.kinds == openloop.plan(WEIGHTS, rate=100, seconds=2).kinds
    assert schedule.due(100) == 1.0


def test_a_server_that_keeps_up_gets_the_asked_rate_and_meets_the_target():
    schedule = openloop.plan(WEIGHTS, rate=200, seconds=1.0)
    result = openloop.run(schedule, _sender(0.005), threads=16, grace=1.0)
    assert result["answered"] == 200 and result["not_sent"] == 0 and result["errors"] == 0
    assert result["kinds"]["page"]["requests"] == 150 and result["kinds"]["api"]["requests"] == 50
    assert result["rate_achieved"] >= 0.95 * 200  # the run lasts its planned second, not longer
    assert result["overall"]["p50_ms"] < 100


def test_a_slow_server_shows_as_queueing_latency_and_a_lower_rate_not_a_slower_schedule():
    # capacity 2 × 20 requests/s = 40 req/s against 100 asked: requests wait for their turn
    schedule = openloop.plan(WEIGHTS, rate=100, seconds=0.5)
    result = openloop.run(schedule, _sender(0.05, capacity=2), threads=50, grace=0.5)
    assert result["overall"]["p99_ms"] > 300  # far more than the 50 ms a request takes
    assert result["rate_achieved"] < 0.99 * 100
    assert not openloop.met(result)


def test_what_was_not_started_in_the_grace_period_is_counted_as_not_sent():
    schedule = openloop.plan(WEIGHTS, rate=100, seconds=0.2)
    result = openloop.run(schedule, _sender(0.1), threads=1, grace=0.1)
    assert result["not_sent"] > 0
    assert result["answered"] + result["not_sent"] == schedule.total
    assert not openloop.met(result)


def test_errors_are_counted_per_kind_with_their_first_examples_and_fail_the_target():
    schedule = openloop.plan(WEIGHTS, rate=200, seconds=0.4)
    result = openloop.run(schedule, _sender(0.001, fail_kind="api"), threads=8, grace=1.0)
    assert result["kinds"]["api"]["errors"] == result["kinds"]["api"]["requests"] == 20
    assert result["kinds"]["api"]["first_errors"] == ["RuntimeError: api answered 500"]
    assert result["kinds"]["page"]["errors"] == 0
    assert result["errors"] == 20
    assert not openloop.met(result)


def _load(rate_achieved, errors=0, seconds=600, rate=200):
    return {"rate_asked": rate, "rate_achieved": rate_achieved, "seconds_planned": seconds, "errors": errors,
            "answered": int(rate * seconds), "not_sent": 0, "overall": {"p99_ms": 80.0}}  # fmt: skip


def test_the_load_target_needs_99_percent_of_the_rate_and_no_errors():
    assert targets.load_row(_load(198.5))[3] == targets.MET
    assert targets.load_row(_load(197.0))[3] == targets.MISSED
    assert targets.load_row(_load(199.9, errors=1))[3] == targets.MISSED


def test_a_short_run_is_not_passed_off_as_the_ten_minute_target():
    verdict = targets.load_row(_load(200.0, seconds=60))[3]
    assert verdict.startswith(targets.MET) and "shorter" in verdict


def test_the_load_row_is_in_the_summary_table_only_when_the_load_ran():
    whats = [row[0] for row in targets.judge({}, None, None)]
    assert not any(w.startswith("load:") for w in whats)
    whats = [row[0] for row in targets.judge({}, None, None, _load(200.0))]
    assert "load: 10 minutes at 200 req/s, 0 errors" in whats
