"""Notifications delivery: `loket outbox_worker` processes (production settings) deliver webhook
messages to a receiver process on 127.0.0.1; concurrency = the number of worker processes.

Per level: the workers start and idle, N messages are committed in one transaction, and the clock
runs until the database counts N delivered (or the time limit passes). Reported: deliveries/s,
deliveries per worker CPU-second (the "per worker core" of the target), and what the receiver
counted (0 lost = every id arrived). The limit: the same steps (expand, claim with SKIP LOCKED,
POST with 8 threads, mark delivered) written straight on psycopg and urllib3, no Django.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import psycopg
import urllib3

from ..bench_notifications import _count, _free_port, _start_receiver
from ..zaken.server import _cpu_of
from .environment import ROOT

BATCH = 200
THREADS = 8


def _enqueue(conninfo: str, n: int, url: str, offset: int) -> None:
    with psycopg.connect(conninfo) as conn:
        conn.execute(
            """INSERT INTO notifications_outboxmessage (uuid, kind, payload, created_at)
               SELECT gen_random_uuid(), 'webhook',
                      jsonb_build_object('url', %(url)s::text, 'body', jsonb_build_object('id', i::text, 'kanaal', 'bench')),
                      now()
               FROM generate_series(%(first)s::int, %(last)s::int) AS i""",
            {"url": url, "first": offset, "last": offset + n - 1},
        )


def _delivered(conninfo: str) -> int:
    with psycopg.connect(conninfo) as conn:
        return conn.execute("SELECT count(*) FROM notifications_delivery WHERE status = 'delivered' AND transport = 'webhook'").fetchone()[0]


def _wait_for(conninfo: str, target: int, limit: float) -> float:
    began = time.perf_counter()
    while time.perf_counter() - began < limit:
        if _delivered(conninfo) >= target:
            break
        time.sleep(0.05)
    return time.perf_counter() - began


def _start_workers(env: dict, count: int) -> list[subprocess.Popen]:
    (ROOT / "var").mkdir(exist_ok=True)  # a fresh checkout has none until `make migrate`
    workers = []
    for index in range(count):
        workers.append(
            subprocess.Popen(  # noqa: S603 - our own command, fixed arguments
                [str(ROOT / ".venv" / "bin" / "loket"), "outbox_worker", "--idle-sleep", "0.05",
                 "--batch", str(BATCH), "--threads", str(THREADS), "--name", f"bench-{index}"],
                cwd=ROOT, env={**os.environ, **env, "LOG_LEVEL": "WARNING"},
                stdout=subprocess.DEVNULL, stderr=open(ROOT / "var" / f"bench_outbox_worker_{index}.log", "w"),  # noqa: SIM115
            )  # fmt: skip
        )
    time.sleep(4)  # Django start-up, first idle poll
    return workers


def _stop(workers: list[subprocess.Popen]) -> None:
    for worker in workers:
        worker.send_signal(signal.SIGTERM)
    for worker in workers:
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait(timeout=10)


def run(env: dict, conninfo: str, levels: list[int], n: int, limit_seconds: float) -> dict:
    port = _free_port()
    receiver = _start_receiver(port)
    url = f"http://127.0.0.1:{port}/hook"
    found = {"messages_per_level": n, "batch": BATCH, "threads_per_worker": THREADS, "levels": {}, "raw": {}}
    offset = 0
    try:
        for level in levels:
            workers = _start_workers(env, level)
            try:
                before = _delivered(conninfo)
                cpu_before = sum(_cpu_of(w.pid) for w in workers)
                load_before = os.getloadavg()[0]
                _enqueue(conninfo, n, url, offset)
                wall = _wait_for(conninfo, before + n, limit_seconds)
                delivered = _delivered(conninfo) - before
                cpu = sum(_cpu_of(w.pid) for w in workers) - cpu_before
            finally:
                _stop(workers)
            offset += n
            found["levels"][str(level)] = {
                "workers": level,
                "delivered": delivered,
                "seconds": round(wall, 2),
                "deliveries_per_second": round(delivered / wall, 1),
                "deliveries_per_second_per_worker": round(delivered / wall / level, 1),
                "deliveries_per_worker_cpu_second": round(delivered / cpu, 1) if cpu else None,
                "worker_cores_busy": round(cpu / wall, 2),
                "load_average_before": round(load_before, 2),
            }
            before = _delivered(conninfo)
            _enqueue(conninfo, n, url, offset)
            found["raw"][str(level)] = _raw_drain(conninfo, level, n, before + n, limit_seconds)
            offset += n
        counted = _count(receiver)
    finally:
        receiver.terminate()
        receiver.wait(10)
    found["receiver_unique"] = counted["unique"]
    found["receiver_total"] = counted["total"]
    found["sent"] = offset
    found["lost"] = offset - counted["unique"]
    return found


# --- the limit: the same steps on psycopg and urllib3 ----------------------------------------

_EXPAND = """
WITH picked AS (
    SELECT id, payload->>'url' AS url FROM notifications_outboxmessage
    WHERE expanded_at IS NULL AND kind = 'webhook' ORDER BY created_at LIMIT %(limit)s FOR UPDATE SKIP LOCKED
), made AS (
    INSERT INTO notifications_delivery (transport, target, status, attempts, next_attempt_at, claimed_by,
        last_error, created_at, retry_started_at, message_id)
    SELECT 'webhook', url, 'pending', 0, now(), '', '', now(), now(), id FROM picked
)
UPDATE notifications_outboxmessage SET expanded_at = now() WHERE id IN (SELECT id FROM picked)
"""
_CLAIM = """
UPDATE notifications_delivery d SET status = 'delivering', claimed_until = now() + interval '2 minutes',
    claimed_by = %(worker)s, claim_token = %(token)s, attempts = d.attempts + 1
WHERE d.id IN (
    SELECT id FROM notifications_delivery WHERE status = 'pending' AND next_attempt_at <= now()
    ORDER BY next_attempt_at LIMIT %(limit)s FOR UPDATE SKIP LOCKED)
RETURNING d.id, d.target, (SELECT payload->'body' FROM notifications_outboxmessage m WHERE m.id = d.message_id)
"""
_RECORD = """
UPDATE notifications_delivery SET status = 'delivered', delivered_at = now(), last_status_code = %(code)s,
    last_error = '', claimed_until = NULL, claim_token = NULL WHERE id = ANY(%(ids)s)
"""


def _raw_loop(conninfo: str, worker: str, stop: threading.Event) -> None:
    pool = urllib3.PoolManager(maxsize=THREADS, retries=False)
    sender = ThreadPoolExecutor(max_workers=THREADS)

    def post(item):
        _, target, body = item
        response = pool.request("POST", target, body=json.dumps(body).encode(),
                                headers={"Content-Type": "application/json"}, timeout=10, redirect=False)  # fmt: skip
        return response.status

    with psycopg.connect(conninfo, autocommit=True) as conn:
        while not stop.is_set():
            conn.execute(_EXPAND, {"limit": BATCH * 5})
            claimed = conn.execute(_CLAIM, {"worker": worker, "token": uuid.uuid4(), "limit": BATCH}).fetchall()
            if not claimed:
                time.sleep(0.01)
                continue
            codes = list(sender.map(post, claimed))
            ok = [item[0] for item, code in zip(claimed, codes, strict=True) if 200 <= code < 300]
            conn.execute(_RECORD, {"code": codes[0], "ids": ok})
    sender.shutdown()


def _raw_drain(conninfo: str, level: int, n: int, target: int, limit_seconds: float) -> dict:
    stop = threading.Event()
    cpu_before = time.process_time()
    threads = [
        threading.Thread(target=_raw_loop, args=(conninfo, f"raw-{i}", stop), daemon=True) for i in range(level)
    ]
    for thread in threads:
        thread.start()
    wall = _wait_for(conninfo, target, limit_seconds)
    stop.set()
    for thread in threads:
        thread.join(30)
    cpu = time.process_time() - cpu_before
    delivered = _delivered(conninfo) - (target - n)
    return {
        "loops": level,
        "delivered": delivered,
        "seconds": round(wall, 2),
        "deliveries_per_second": round(delivered / wall, 1),
        "deliveries_per_cpu_second": round(delivered / cpu, 1) if cpu else None,
        "note": "loops are threads of one Python process (the benchmark's), each with its own connection",
    }


if __name__ == "__main__":  # pragma: no cover
    sys.exit("run through `python -m benchmarks`")
