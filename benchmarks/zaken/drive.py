"""Bounded concurrent load: C threads for a fixed time, each timing every request it makes."""

import random
import statistics
import threading
import time
from collections.abc import Callable


def run_clients(
    make_worker: Callable[[int], Callable[[random.Random], None]], clients: int, seconds: float
) -> dict:
    """Each worker function does one request; returns throughput and latency percentiles."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    deadline = time.monotonic() + seconds
    start_barrier = threading.Barrier(clients + 1, timeout=120)  # a client that fails to start ends the run

    def loop(index: int) -> None:
        one = make_worker(index)
        rng = random.Random(index)  # noqa: S311 - picks pages, not secrets
        start_barrier.wait()
        while time.monotonic() < deadline:
            begin = time.perf_counter()
            try:
                one(rng)
            except Exception:  # noqa: BLE001 - counted and reported, not raised
                errors[index] += 1
                continue
            latencies[index].append(time.perf_counter() - begin)

    threads = [threading.Thread(target=loop, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    start_barrier.wait()
    began = time.monotonic()
    for t in threads:
        t.join(seconds + 60)
    wall = time.monotonic() - began
    return summarise([x for per in latencies for x in per], sum(errors), wall)


def summarise(latencies: list[float], errors: int, wall: float) -> dict:
    latencies.sort()

    def pct(p: float) -> float:
        if not latencies:
            return float("nan")
        return round(latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000, 1)

    return {
        "requests": len(latencies),
        "errors": errors,
        "seconds": round(wall, 1),
        "requests_per_second": round(len(latencies) / wall, 1),
        "p50_ms": pct(50),
        "p95_ms": pct(95),
        "p99_ms": pct(99),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else None,
    }
