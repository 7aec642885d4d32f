"""The mixed_load scenario (issue 14): after the other HTTP scenarios, on the same server and data
set, a fixed rate of mixed resident and API traffic for a fixed time, open loop (openloop.py),
with the mix of load_mix.py. Before it, every kind runs alone for a few seconds (closed loop,
PROBE_CLIENTS clients): the capacity of each kind, to see what is slow.

Writes results/mixed_load.json; `summary_lines` gives its part of SUMMARY.md.
"""

from ..zaken import drive
from . import load_mix, measure, openloop, report
from .config import Config

PROBE_CLIENTS = 8  # more than the server's workers, so each kind alone saturates it
WARM_UP_PER_KIND = 3


def run(
    config: Config, data: dict, bsn: str, base_url: str, server, cores: int, common: dict, log
) -> dict:
    from django.db import connections

    traffic = load_mix.prepare(data, bsn, base_url, config.load_threads)
    connections.close_all()
    make = load_mix.make_sender(traffic, base_url)
    log("mixed_load: warm-up")
    warm_up_errors = _warm_up(make)
    capacity = {}
    if config.load_probe_seconds > 0:
        for kind in load_mix.MIX:
            log(f"mixed_load: {kind} alone")
            capacity[kind] = _alone(make, kind, config.load_probe_seconds)
    schedule = openloop.plan(load_mix.WEIGHTS, config.load_rate, config.load_seconds)
    grace = min(60.0, max(10.0, config.load_seconds / 10))
    log(f"mixed_load: {config.load_rate:g} req/s for {config.load_seconds:g} s, open loop")
    result = measure.measured(
        lambda: openloop.run(schedule, make, config.load_threads, grace), server, cores
    )
    result["met"] = openloop.met(result)
    record = {
        "scenario": "mixed_load",
        "title": "Mixed resident and API traffic at a fixed rate (open loop)",
        **common,
        "server": {
            "workers": server.workers,
            "worker_class": "sync",
            "settings": "loket.conf.production",
            "keep_alive": "no: sync workers close every connection; each driver thread keeps one "
            "http.client connection per identity (http.client, lighter than requests), which would be reused where allowed",
        },
        "method": (
            "open loop: request i is due at i / rate seconds; a bounded pool of driver threads takes them "
            "in order; latency runs from the scheduled start to the end of the response, so waiting for a "
            "free thread counts; rate achieved = answered requests / (first scheduled start to last answer); "
            "percentiles over right answers; a redirect (e.g. to the login) is an error"
        ),
        "driver_threads": config.load_threads,
        "grace_seconds": grace,
        "mix": traffic.describe(),
        **result,
        "warm_up_errors": warm_up_errors,
        "capacity_alone": {
            "clients": PROBE_CLIENTS,
            "seconds_per_kind": config.load_probe_seconds,
            "kinds": capacity,
        },
    }
    report.write_scenario("mixed_load", record)
    return record


def _warm_up(make) -> dict[str, str]:
    send = make(0)
    errors = {}
    for kind in load_mix.MIX:
        for _ in range(WARM_UP_PER_KIND):
            try:
                send(kind)
            except Exception as problem:  # noqa: BLE001 - reported; the run shows the same errors
                errors[kind] = f"{type(problem).__name__}: {problem}"[:300]
    return errors


def _alone(make, kind: str, seconds: float) -> dict:
    def worker(index: int):
        send = make(index)
        return lambda rng: send(kind)

    found = drive.run_clients(worker, PROBE_CLIENTS, seconds)
    return {k: found[k] for k in ("requests_per_second", "p50_ms", "p95_ms", "errors")}


def summary_lines(record: dict) -> list[str]:
    capacity = record["capacity_alone"]["kinds"]
    lines = [
        "",
        "## Mixed load (open loop)",
        "",
        f"{record['rate_asked']:g} req/s asked for {record['seconds_planned']:g} s with at most "
        f"{record['driver_threads']} requests in flight: {record['rate_achieved']} req/s achieved, "
        f"{record['answered']:,} answered, {record['errors']:,} errors, {record['not_sent']:,} not sent. "
        f"Latency from each request's scheduled start (queueing included); start lag p99 "
        f"{record['start_lag_ms']['p99_ms']} ms. Cores busy: server {record['cores_busy']['server']}, "
        f"PostgreSQL {record['cores_busy']['postgres']}, driver {record['cores_busy']['load_driver']}. "
        f"Alone = that kind only, {record['capacity_alone']['clients']} clients back to back.",
        "",
        "| kind | group | share | requests | errors | p50 ms | p95 ms | p99 ms | alone req/s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for kind, mix in record["mix"].items():
        stats = record["kinds"][kind]
        alone = capacity.get(kind, {}).get("requests_per_second", "—")
        lines.append(
            f"| {kind} | {mix['group']} | {mix['share']:.0%} | {stats['requests']:,} | {stats['errors']} | "
            f"{stats['p50_ms']} | {stats['p95_ms']} | {stats['p99_ms']} | {alone} |"
        )
    overall = record["overall"]
    lines.append(
        f"| **all** | | 100% | {overall['requests']:,} | {overall['errors']} | {overall['p50_ms']} | "
        f"{overall['p95_ms']} | {overall['p99_ms']} | |"
    )
    examples = [
        f"- {kind}: {stats['first_errors'][0]}"
        for kind, stats in record["kinds"].items()
        if stats["first_errors"]
    ]
    if examples:
        lines += ["", "First errors:", "", *examples]
    return lines
