"""Open-loop load: requests start on a fixed schedule (request i at i / rate seconds), not when the
previous one ends, so a slow server cannot slow the load down; it shows as latency instead.

Every request's latency runs from its SCHEDULED start to the end of its response: time spent
waiting for a free driver thread (all of them busy with slow requests) counts, as a visitor's
waiting would. A bounded pool of threads takes the tickets in order; a thread that is early
sleeps until its ticket is due. Tickets not started by the end of the grace period after the
planned time are counted as not sent.
"""

import random
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

FIRST_ERRORS_PER_KIND = 3


@dataclass(frozen=True)
class Plan:
    rate: float  # requests per second asked
    seconds: float
    kinds: list[str]  # the kind of request i

    @property
    def total(self) -> int:
        return len(self.kinds)

    def due(self, ticket: int) -> float:
        """Seconds after the start at which request `ticket` is to begin."""
        return ticket / self.rate


def plan(weights: dict[str, int], rate: float, seconds: float, seed: int = 14) -> Plan:
    """The schedule's kinds: decks of sum(weights) requests, each kind `weight` times per deck in a
    shuffled order, so every stretch of the run has the documented mix."""
    deck = [kind for kind, weight in weights.items() for _ in range(weight)]
    if not deck:
        raise ValueError("the mix has no request kinds")
    total = round(rate * seconds)
    rng = random.Random(seed)  # noqa: S311 - orders requests, not secrets
    kinds: list[str] = []
    while len(kinds) < total:
        rng.shuffle(deck)
        kinds.extend(deck)
    return Plan(rate=rate, seconds=seconds, kinds=kinds[:total])


@dataclass
class Outcome:
    kind: str
    latency: float  # seconds, scheduled start to end of response
    start_lag: float  # seconds between the scheduled and the actual start
    error: str | None
    answered_at: float = 0.0  # seconds after the run's start


def run(
    schedule: Plan,
    make_sender: Callable[[int], Callable[[str], None]],
    threads: int,
    grace: float,
) -> dict:
    """Drive `schedule` with `threads` threads; `make_sender(i)` gives thread i its function that
    sends one request of a kind and raises when the answer is wrong. Returns `summarise`'s dict."""
    threads = max(1, min(threads, schedule.total or 1))
    outcomes: list[list[Outcome]] = [[] for _ in range(threads)]
    lock = threading.Lock()
    state = {"next": 0, "not_sent": 0}
    ready = threading.Barrier(threads + 1, timeout=120)
    clock: dict[str, float] = {}

    def take() -> int | None:
        with lock:
            ticket = state["next"]
            if ticket >= schedule.total:
                return None
            if time.monotonic() > clock["stop"]:
                state["not_sent"] += schedule.total - ticket
                state["next"] = schedule.total
                return None
            state["next"] = ticket + 1
            return ticket

    def loop(index: int) -> None:
        send = make_sender(index)
        ready.wait()
        while (ticket := take()) is not None:
            due = clock["start"] + schedule.due(ticket)
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            began = time.monotonic()
            kind = schedule.kinds[ticket]
            try:
                send(kind)
                error = None
            except Exception as problem:  # noqa: BLE001 - counted and reported per kind
                error = f"{type(problem).__name__}: {problem}"[:300]
            ended = time.monotonic()
            outcomes[index].append(
                Outcome(kind, ended - due, max(0.0, began - due), error, ended - clock["start"])
            )

    workers = [threading.Thread(target=loop, args=(i,), daemon=True) for i in range(threads)]
    for worker in workers:
        worker.start()
    clock["start"] = time.monotonic() + 0.2  # every thread is waiting on its first ticket by then
    clock["stop"] = clock["start"] + schedule.seconds + grace
    ready.wait()
    for worker in workers:
        worker.join(
            max(1.0, clock["stop"] - time.monotonic()) + 90
        )  # a request has its own timeout
    found = [o for per in outcomes for o in per]
    # a thread still stuck in a request past its join is neither answered nor counted as sent
    lost = schedule.total - state["not_sent"] - len(found)
    return summarise(schedule, found, state["not_sent"] + max(0, lost))


def _percentiles(values: list[float]) -> dict:
    if not values:
        return {"p50_ms": None, "p95_ms": None, "p99_ms": None, "max_ms": None, "mean_ms": None}
    values = sorted(values)

    def at(p: float) -> float:
        return round(values[min(len(values) - 1, int(p / 100 * len(values)))] * 1000, 1)

    return {
        "p50_ms": at(50),
        "p95_ms": at(95),
        "p99_ms": at(99),
        "max_ms": round(values[-1] * 1000, 1),
        "mean_ms": round(statistics.fmean(values) * 1000, 1),
    }


def _stats(outcomes: list[Outcome]) -> dict:
    ok = [o.latency for o in outcomes if o.error is None]
    first_errors: list[str] = []
    for o in outcomes:
        if (
            o.error is not None
            and o.error not in first_errors
            and len(first_errors) < FIRST_ERRORS_PER_KIND
        ):
            first_errors.append(o.error)
    return {
        "requests": len(outcomes),
        "errors": len(outcomes) - len(ok),
        **_percentiles(ok),
        "first_errors": first_errors,
    }


def summarise(schedule: Plan, outcomes: list[Outcome], not_sent: int) -> dict:
    """Rate achieved = answered requests per second from the first scheduled start to the last
    answer (at least the planned time), so a server that falls behind and catches up late
    achieves less than asked. Latency percentiles are over the answers that were right."""
    answered = len(outcomes)
    span = max([schedule.seconds, *(o.answered_at for o in outcomes)])
    kinds = sorted(set(schedule.kinds))
    lags = sorted(o.start_lag for o in outcomes)
    return {
        "rate_asked": schedule.rate,
        "seconds_planned": schedule.seconds,
        "planned": schedule.total,
        "answered": answered,
        "not_sent": not_sent,
        "seconds": round(span, 1),
        "rate_achieved": round(answered / span, 1) if span else 0.0,
        "requests_per_second": round(answered / span, 1) if span else 0.0,
        "errors": sum(1 for o in outcomes if o.error is not None),
        "overall": _stats(outcomes),
        "start_lag_ms": {
            k: v for k, v in _percentiles(lags).items() if k in ("p50_ms", "p99_ms", "max_ms")
        },
        "kinds": {kind: _stats([o for o in outcomes if o.kind == kind]) for kind in kinds},
    }


def met(result: dict, share: float = 0.99) -> bool:
    """The load target: at least 99 % of the asked rate achieved, and not one error."""
    return (
        result["rate_achieved"] >= share * result["rate_asked"]
        and result["errors"] == 0
        and result["not_sent"] == 0
    )
