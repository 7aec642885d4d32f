"""DESIGN.md "Targets", judged against one run's results: (what, target, measured, verdict).

Throughput is judged at the concurrency level with the most requests/s; latency at one client
(the time a request takes without queueing); the chart shows latency under load.
"""

MET, MISSED, NOT_HERE = "met", "**missed**", "not measured by make bench"
LOAD_TARGET = {"rate": 200, "seconds": 600}


def _verdict(ok: bool) -> str:
    return MET if ok else MISSED


def best(record: dict) -> dict:
    return max(record["levels"].values(), key=lambda level: level["api"]["requests_per_second"])


def single(record: dict) -> dict:
    return record["levels"][str(min(int(c) for c in record["levels"]))]


def judge(
    http: dict[str, dict], notifications: dict | None, population: dict | None, load: dict | None = None
) -> list[tuple[str, str, str, str]]:
    rows = []
    if "zaken_list" in http:
        r = http["zaken_list"]
        rps, p95 = best(r)["api"]["requests_per_second_per_core"], single(r)["api"]["p95_ms"]
        queries = r["queries_per_request"]
        flat = r.get("queries_with_10_zaaktypen")
        rows.append(("ZGW zaken list: throughput", "≥ 250 req/s per core", f"{rps} req/s per core", _verdict(rps >= 250)))
        rows.append(("ZGW zaken list: latency", "p95 ≤ 50 ms", f"p95 {p95} ms", _verdict(p95 <= 50)))
        rows.append((
            "ZGW zaken list: queries",
            "≤ 10, flat in zaaktypen",
            f"{queries} with 100 zaaktypen, {flat} with 10",
            _verdict(queries <= 10 and flat == queries),
        ))
    if "zaken_create" in http:
        r = http["zaken_create"]
        rps, queries = best(r)["api"]["requests_per_second_per_core"], r["queries_per_request"]
        rows.append(("ZGW zaak create: throughput", "≥ 150 req/s per core", f"{rps} req/s per core", _verdict(rps >= 150)))
        rows.append(("ZGW zaak create: queries", "≤ 15", str(queries), _verdict(queries <= 15)))
    for name, r in http.items():
        ratio = best(r)["api_vs_raw"] or 0.0
        rows.append((f"API vs raw: {name}", "≥ 50 % of raw psycopg", f"{ratio:.0%}", _verdict(ratio >= 0.5)))
    if population:
        ratio = population["api_vs_raw"]
        rows.append(("API vs raw: population", "≥ 50 % of raw COPY", f"{ratio:.0%}", _verdict(ratio >= 0.5)))
    if notifications:
        per_core = max(level["deliveries_per_worker_cpu_second"] or 0 for level in notifications["levels"].values())
        per_worker = max(level["deliveries_per_second_per_worker"] for level in notifications["levels"].values())
        rows.append((
            "notifications: throughput",
            "≥ 500 deliveries/s per worker core",
            f"{per_core} per worker CPU-second ({per_worker}/s per worker process, wall)",
            _verdict(per_core >= 500),
        ))
        rows.append(("notifications: none lost", "0 lost", f"{notifications['lost']} lost of {notifications['sent']}", _verdict(notifications["lost"] == 0)))
        raw_best = max(level["deliveries_per_second"] for level in notifications["raw"].values())
        api_best = max(level["deliveries_per_second"] for level in notifications["levels"].values())
        rows.append(("API vs raw: notifications", "≥ 50 % of raw psycopg", f"{api_best / raw_best:.0%}", _verdict(api_best >= 0.5 * raw_best)))
        rows.append(("notifications: outage and kill -9", "0 lost after a 10-minute outage and kill -9", "—", NOT_HERE + " (src/loket/notifications/tests)"))
    if population:
        minutes = population["extrapolation_18m"]["estimated_minutes"]
        rows.append((
            "population",
            "18 million residents in ≤ 10 minutes, progress bar",
            f"{population['residents']:,} in {population['seconds']} s; 18 M estimated {minutes} min",
            _verdict(minutes <= 10) + " (extrapolated)",
        ))
    if "portal_overview" in http:
        p95 = single(http["portal_overview"])["api"]["p95_ms"]
        rows.append(("resident pages: Mijn Loket", "p95 ≤ 100 ms", f"p95 {p95} ms (one client, over loopback)", _verdict(p95 <= 100)))
    if load is not None:
        rows.append(load_row(load))
    rows.append(("resident pages: accessibility", "0 axe-core WCAG 2.1 AA violations", "—", NOT_HERE + " (browser tests)"))
    rows.append(("isolation", "0 cross-municipality reads in ≥ 10,000 attempts", "—", NOT_HERE + " (test suite)"))
    rows.append(("fuzzing", "0 server errors from schemathesis", "—", NOT_HERE + " (test suite)"))
    return rows


def load_row(load: dict) -> tuple[str, str, str, str]:
    """Met when at least 99 % of the asked rate was achieved with 0 errors (and none left unsent);
    a run shorter or slower than the target's says so next to its verdict."""
    from .openloop import met

    measured = (
        f"{load['rate_achieved']} of {load['rate_asked']:g} req/s asked for {load['seconds_planned']:g} s, "
        f"{load['errors']} errors of {load['answered']:,}"
        + (f", {load['not_sent']:,} not sent" if load["not_sent"] else "")
        + f"; p99 {load['overall']['p99_ms']} ms"
    )
    verdict = _verdict(met(load))
    if load["seconds_planned"] < LOAD_TARGET["seconds"] or load["rate_asked"] < LOAD_TARGET["rate"]:
        verdict += " (a shorter or slower run than the target's)"
    return ("load: 10 minutes at 200 req/s, 0 errors", "≥ 99 % of 200 req/s for 600 s, 0 errors", measured, verdict)
