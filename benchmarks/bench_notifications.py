"""Outbox throughput: notifications delivered per second by one worker process to a local receiver.

A fresh test database (test_loket_bench_notifications on the server DATABASE_URL names, or
in-memory SQLite) gets BENCH_NOTIFICATIONS_N (default 5,000) webhook messages. A threaded HTTP
receiver runs in its own process on 127.0.0.1. One worker (this process: the same `run_once` loop
as `loket outbox_worker`, BENCH_NOTIFICATIONS_THREADS sending threads, batches of
BENCH_NOTIFICATIONS_BATCH) then expands, claims, delivers and records them all. Reported: wall
rate (one worker process = at most one core for Python), rate per CPU-second of the worker, and
the receiver's count (unique and total). BENCH_NOTIFICATIONS_PROFILE=1 adds a cProfile top 25
(main thread only); BENCH_NOTIFICATIONS_PHASES=1 runs the steps unpipelined and times each.
Results: results/notifications.json and .md. Target: >= 500 deliveries/s per worker core.
"""

import cProfile
import io
import json
import os
import pstats
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

TARGET = 500
RESULTS = Path(__file__).parent / "results"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_receiver(port: int) -> subprocess.Popen:
    receiver = subprocess.Popen(  # noqa: S603 - our own module, no outside input
        [sys.executable, "-m", "loket.notifications.tests.receiver", str(port)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert receiver.stdout.readline().strip() == "ready"
    return receiver


def _count(receiver: subprocess.Popen) -> dict:
    receiver.stdin.write("count\n")
    receiver.stdin.flush()
    return json.loads(receiver.stdout.readline())


def _enqueue(n: int, url: str, offset: int = 0) -> float:
    from django.db import transaction

    from loket.notifications.facade import enqueue

    started = time.perf_counter()
    for chunk in range(offset, offset + n, 500):
        with transaction.atomic():
            for i in range(chunk, min(chunk + 500, offset + n)):
                enqueue(
                    kind="webhook", payload={"url": url, "body": {"id": str(i), "kanaal": "bench"}}
                )
    return time.perf_counter() - started


def _drain(batch: int, threads: int) -> dict:
    """`run_once` until nothing is left, step by step, timing each step (wall seconds)."""
    from loket.notifications.delivery import claim, expand_pending, record, send_all

    phases = {"expand": 0.0, "claim": 0.0, "send": 0.0, "record": 0.0}
    while True:
        t0 = time.perf_counter()
        expand_pending(limit=batch * 5)
        t1 = time.perf_counter()
        claimed = claim(worker="bench", limit=batch)
        t2 = time.perf_counter()
        if not claimed:
            break
        outcomes = send_all(claimed, threads=threads)
        t3 = time.perf_counter()
        record(outcomes)
        t4 = time.perf_counter()
        for name, seconds in zip(phases, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            phases[name] += seconds
    return {name: round(seconds, 2) for name, seconds in phases.items()}


def run(args) -> dict:
    n = int(os.environ.get("BENCH_NOTIFICATIONS_N", 5000))
    batch = int(os.environ.get("BENCH_NOTIFICATIONS_BATCH", 200))
    threads = int(os.environ.get("BENCH_NOTIFICATIONS_THREADS", 8))
    profile = os.environ.get("BENCH_NOTIFICATIONS_PROFILE") == "1"
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        parts = urlsplit(url)
        os.environ["DATABASE_URL"] = urlunsplit(
            (parts.scheme, parts.netloc, "/loket_bench_notifications", "", "")
        )
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ["DB_CONN_MAX_AGE"] = "600"
    from .testdb import fresh_test_database

    port = _free_port()
    receiver = _start_receiver(port)
    target_url = f"http://127.0.0.1:{port}/hook"
    try:
        with fresh_test_database() as connection:
            from loket.notifications import facade
            from loket.notifications.delivery import drain
            from loket.notifications.models import Delivery

            # Measure the worker path only: no per-message Celery task at commit.
            facade._dispatch = lambda message_id: None
            _enqueue(200, target_url, offset=n)  # warm-up: connections, caches, query plans
            _drain(batch, threads)
            enqueue_seconds = _enqueue(n, target_url)

            profiler = cProfile.Profile() if profile else None
            cpu_started, started = time.process_time(), time.perf_counter()
            if profiler:
                profiler.enable()
            if os.environ.get("BENCH_NOTIFICATIONS_PHASES") == "1":
                phases = _drain(batch, threads)  # sequential steps, timed one by one
            else:
                phases = None
                drain(worker="bench", batch=batch, threads=threads)  # the worker loop, pipelined
            if profiler:
                profiler.disable()
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started

            delivered = Delivery.objects.filter(status="delivered").count()
            counted = _count(receiver)
            rate = n / wall
            record = {
                "database": connection.vendor,
                "messages": n,
                "batch": batch,
                "threads": threads,
                "delivered": delivered - 200,
                "receiver_unique": counted["unique"] - 200,
                "receiver_total": counted["total"] - 200,
                "enqueue_per_second": round(n / enqueue_seconds, 1),
                "seconds": round(wall, 2),
                "worker_cpu_seconds": round(cpu, 2),
                "deliveries_per_second_per_worker": round(rate, 1),
                "deliveries_per_worker_cpu_second": round(n / cpu, 1) if cpu else None,
                "target_per_worker_core": TARGET,
                "meets_target": rate >= TARGET,
                "phase_seconds": phases,
                "load_average_1min_at_end": round(os.getloadavg()[0], 2),
            }
            if profiler:
                out = io.StringIO()
                pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
                record["profile_top"] = out.getvalue().splitlines()[:60]
    finally:
        receiver.terminate()
        receiver.wait(10)
    _write_markdown(record)
    return record


def _write_markdown(record: dict) -> None:
    RESULTS.mkdir(exist_ok=True)
    lines = [
        "# Outbox throughput (`make bench BENCH_ARGS=notifications`)",
        "",
        f"One worker process, {record['threads']} sending threads, batches of {record['batch']}, "
        f"{record['database']}, receiver in its own process on 127.0.0.1.",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| messages | {record['messages']} |",
        f"| delivered (database) | {record['delivered']} |",
        f"| received (unique / total) | {record['receiver_unique']} / {record['receiver_total']} |",
        f"| enqueue rate | {record['enqueue_per_second']} /s |",
        f"| deliveries per second, one worker | **{record['deliveries_per_second_per_worker']}** (target ≥ {TARGET}) |",
        f"| deliveries per worker CPU-second | {record['deliveries_per_worker_cpu_second']} |",
        "",
    ]
    (RESULTS / "notifications.md").write_text("\n".join(lines))
