"""One bench run: build the data set, start the production-mode server, measure, report, clean up.

Scenarios (all by default): population, zaken_list, zaken_detail, zaken_create, brp_bsn,
brp_postcode, portal_overview, mixed_load (after the other HTTP scenarios, same server),
notifications. The data set is always built in full (the
scenarios share it); naming scenarios only limits what is measured.
"""

import os
import shutil
import signal
import time

from . import config as config_module
from . import environment, report, targets

HTTP_SCENARIOS = ["zaken_list", "zaken_detail", "zaken_create", "brp_bsn", "brp_postcode", "portal_overview"]
ALL = ["population", *HTTP_SCENARIOS, "mixed_load", "notifications"]


class RunTimeout(Exception):
    pass


_MAIN_PID = os.getpid()


def _alarm(signum, frame):
    if os.getpid() != _MAIN_PID:  # a forked helper (populate's loaders) ends the ordinary way
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    raise RunTimeout("make bench passed its time limit" if signum == signal.SIGALRM else "make bench was stopped")


def run(scenarios: list[str] | None = None) -> int:
    config = config_module.from_environment(scenarios)
    chosen = config.scenarios or ALL
    unknown = [s for s in chosen if s not in ALL]
    if unknown:
        raise SystemExit(f"unknown scenario(s): {', '.join(unknown)}; choose from {', '.join(ALL)}")
    signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGTERM, _alarm)  # stopped from outside: clean up all the same
    signal.alarm(int(config.deadline_seconds))  # the whole run stops by itself
    started = time.perf_counter()
    scratch = environment.scratch_folder()
    from ..zaken.server import free_port

    port = free_port()
    env = environment.production_environment(config, scratch)
    env["LOKET_BASE_URL"] = f"http://127.0.0.1:{port}"
    server = None
    try:
        if not config.reuse:
            environment.recreate_database(config)
        environment.setup_django(env)
        from . import dataset, measure, population  # they import Django models
        from .scenarios import build, resident_sessions

        build_seconds: dict = {}
        began = time.perf_counter()
        build_seconds.update(dataset.migrate_and_reference_data())
        populated = None
        if not config.reuse:
            _log(f"populate {config.residents:,} residents")
            populated = population.run(config.residents, config.conninfo, scratch)
            build_seconds["population"] = populated["seconds"] + populated["raw"]["seconds"]
            _log(f"zaken {config.zaken:,}")
            made = dataset.zaken(config.zaken)
            build_seconds["zaken"] = made.pop("seconds")
            made.pop("utrecht_types")
            documents = max(20, config.zaken // 1000)
            _log(f"resident, messages, {documents} documents")
            extra = dataset.resident_and_documents(messages=config.zaken // 2, documents=documents)
            build_seconds["resident_messages_documents"] = extra.pop("seconds")
        else:
            made = {"zaken_at_utrecht": _count_utrecht()}
            extra = {"bsn": _the_resident()}
        brp_token = dataset.brp_client()
        picked = dataset.samples()
        build_seconds["total"] = round(time.perf_counter() - began, 1)
        data_set = {
            **dataset.counts(),
            "database_size_mb": environment.database_size_mb(config.conninfo),
            "zaken_at_utrecht": made["zaken_at_utrecht"],
            "build_seconds": build_seconds,
        }
        _log(f"data set: {data_set}")
        common = {
            "when": report.stamp(),
            "git": report.git_commit(),
            "machine": report.machine(),
            "quick": config.quick,
            "data_set": data_set,
        }
        if populated and "population" in chosen:
            report.write_scenario("population", {"scenario": "population", **common, **populated,
                                                 "concurrency": {"populate_workers": populated["workers"], "raw": 1}})  # fmt: skip

        from ..zaken.load import existing_reference_data

        data = {
            **picked,
            "brp_token": brp_token,
            "zaken_at_utrecht": made["zaken_at_utrecht"],
            "zaaktype_uuids": [str(zt.uuid) for zt, _, _ in existing_reference_data()["types"]],
            "session_cookie": _session_cookie(),
            "session_keys": [],
        }
        base_url = env["LOKET_BASE_URL"]
        scenarios = build(data, base_url)
        http_results: dict[str, dict] = {}
        from django.db import connections

        from .server import ProductionServer

        server = ProductionServer(env, scratch / "gunicorn.log", port=port)
        server.wait_ready()
        host = f"127.0.0.1:{port}"
        cores = os.cpu_count() or 1
        for name in [s for s in HTTP_SCENARIOS if s in chosen]:
            scenario = scenarios[name]
            if name == "portal_overview":
                scenario.cookies = [
                    {data["session_cookie"]: key} for key in resident_sessions(extra["bsn"], max(config.levels) + 1)
                ]
            _log(f"{name}: capture")
            statements = measure.capture(scenario, host)
            connections.close_all()
            record = {
                "scenario": name,
                "title": scenario.title,
                **common,
                "server": {"workers": server.workers, "worker_class": "sync", "settings": "loket.conf.production"},
                "variants": len(scenario.variants),
                "queries_per_request": max(len(s) for s in statements),
                "raw_method": "the SQL Django issued for each variant, replayed on psycopg (ClientCursor), "
                + ("rolled back" if scenario.writes else "committed")
                + " per request",
                "seconds_per_level": config.seconds,
                "levels": {},
            }
            if name == "zaken_list":
                record["queries_with_10_zaaktypen"] = _list_queries_other_municipality(host)
            # Raw first: a write scenario's replay reuses the identifiers its capture drew, which
            # the API load would otherwise take for real first.
            raws = {}
            for level in config.levels:
                _log(f"{name}: raw SQL, {level} clients")
                raws[level] = measure.measured(
                    lambda s=scenario, c=level, st=statements: measure.run_level(
                        measure.raw_worker(config.conninfo, st, s.writes), c, config.seconds
                    ),
                    None,
                    cores,
                )
            measure.measured(lambda s=scenario: measure.run_level(measure.http_worker(s, base_url), 2, 2), server, cores)
            for level in config.levels:
                _log(f"{name}: {level} clients")
                api = measure.measured(
                    lambda s=scenario, c=level: measure.run_level(measure.http_worker(s, base_url), c, config.seconds),
                    server,
                    cores,
                )
                raw = raws[level]
                ratio = api["requests_per_second"] / raw["requests_per_second"] if raw["requests_per_second"] else None
                record["levels"][str(level)] = {
                    "concurrency": level,
                    "api": api,
                    "raw": raw,
                    "api_vs_raw": round(ratio, 3) if ratio is not None else None,
                }
            record["first_errors"] = dict(measure.FIRST_ERRORS)
            measure.FIRST_ERRORS.clear()
            best = targets.best(record)
            record["best"] = {
                "concurrency": best["concurrency"],
                "requests_per_second": best["api"]["requests_per_second"],
                "requests_per_second_per_core": best["api"]["requests_per_second_per_core"],
                "api_vs_raw": best["api_vs_raw"],
            }
            report.write_scenario(name, record)
            http_results[name] = record
        load = None
        if "mixed_load" in chosen:
            from . import mixed_load

            load = mixed_load.run(config, data, extra["bsn"], base_url, server, cores, common, _log)
            _log(f"mixed_load: {load['rate_achieved']} req/s achieved, {load['errors']} errors")
        server.stop()
        server = None
        notified = None
        if "notifications" in chosen:
            from . import notifications

            _log("notifications")
            n = 2_000 if config.quick else 10_000
            notified = notifications.run(env, config.conninfo, [1, 2], n, limit_seconds=120)
            report.write_scenario("notifications_delivery", {"scenario": "notifications", **common, **notified})
        if "population" not in chosen:
            populated = None
        earlier = report.earlier_results([s for s in ALL if s not in chosen])
        http_results = {**{n: r for n, r in earlier.items() if n in HTTP_SCENARIOS}, **http_results}
        notified = notified or earlier.get("notifications")
        populated = populated or earlier.get("population")
        load = load or earlier.get("mixed_load")
        verdicts = targets.judge(http_results, notified, populated, load)
        _summary(common, http_results, notified, populated, verdicts, config, time.perf_counter() - started, load, earlier)
        _log(f"done in {time.perf_counter() - started:.0f} s; see benchmarks/results/SUMMARY.md")
        return 0
    finally:
        signal.alarm(0)
        if server is not None:
            server.stop()
        try:
            from django.db import connections

            connections.close_all()
        except Exception:  # noqa: BLE001,S110 - Django may not be set up yet
            pass
        if not config.keep:
            environment.drop_database(config)
        shutil.rmtree(scratch, ignore_errors=True)


def _log(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", flush=True)


def _session_cookie() -> str:
    from django.conf import settings

    return settings.SESSION_COOKIE_NAME


def _count_utrecht() -> int:
    from django.db import connection

    from ..zaken.load import MUNICIPALITY_CODE

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM zaken_zaak z JOIN tenancy_municipality m ON m.id = z.municipality_id WHERE m.code = %s",
            [MUNICIPALITY_CODE],
        )
        return cursor.fetchone()[0]


def _the_resident() -> str:
    from ..bench_portal_overview import _the_resident as find

    return find()


def _list_queries_other_municipality(host: str) -> int:
    """Queries of the same list page for a client with 10 zaaktypen (Amsterdam): flat or not."""
    import jwt

    from . import dataset
    from .measure import capture
    from .scenarios import Request, Scenario

    client_id = f"bench-zaaksysteem-{dataset.OTHER_MUNICIPALITIES[0]}"
    from ..zaken.load import SECRET

    token = jwt.encode({"iss": client_id, "client_id": client_id, "iat": int(time.time()), "user_id": "bench",
                        "user_representation": "Benchmark"}, SECRET, algorithm="HS256")  # fmt: skip
    scenario = Scenario("zaken_list_10", "", [Request("GET", "/zaken/api/v1/zaken")],
                        {"Authorization": f"Bearer {token}", "Accept-Crs": "EPSG:4326"}, 200, writes=False)  # fmt: skip
    return len(capture(scenario, host)[0])


def _summary(common, http, notified, populated, verdicts, config, seconds, load=None, earlier=None) -> None:
    chart_path = report.RESULTS / "latency.png"
    report.chart(http, notified, chart_path)
    d = common["data_set"]
    lines = [
        "# make bench: summary",
        "",
        f"Run {common['when']} on commit `{common['git']['commit'][:12]}`"
        + (" (with uncommitted changes)" if common["git"]["uncommitted_changes"] else "")
        + f", {common['machine']['cpus']} cores, {'quick mode' if config.quick else 'full data set'}, "
        f"{seconds / 60:.1f} minutes in all. Load average at the end: {common['machine']['load_average_now']} "
        "(the machine is shared; clients, gunicorn and PostgreSQL run on the same cores).",
        "",
        f"Data set: {d['persons']:,} persons, {d['addresses']:,} addresses, {d['zaken']:,} zaken "
        f"({d['zaken_at_utrecht']:,} at Utrecht in 100 zaaktypen, the rest at 4 other municipalities), "
        f"{d['rollen']:,} rollen, {d['documents']:,} documents, {d['inbox_messages']:,} inbox messages; "
        f"{d['database_size_mb']:,} MB in PostgreSQL. Built in {d['build_seconds'].get('total')} s.",
        "",
        "Server: gunicorn with `loket.conf.production` (sync workers, 2 × cores + 1, Redis cache and "
        "sessions, JSON request logs) on 127.0.0.1. Clients: threads of this process (benchmarks/zaken/drive.py), "
        f"{config.seconds:.0f} s per concurrency level. Per core = requests/s divided by all cores of the machine.",
        "",
        *report.earlier_lines(earlier or {}),
        "## Targets (DESIGN.md)",
        "",
        "| what | target | measured | verdict |",
        "| --- | --- | --- | --- |",
        *[f"| {a} | {b} | {c} | {v} |" for a, b, c, v in verdicts],
        "",
        "Throughput is judged at the concurrency level with the most requests/s, latency with one client.",
        "",
        "## Scenarios",
        "",
        "| scenario | clients | req/s | req/s per core | p50 ms | p95 ms | p99 ms | errors | raw req/s | API/raw | queries |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, record in http.items():
        for level, found in record["levels"].items():
            api, raw = found["api"], found["raw"]
            lines.append(
                f"| {name} | {level} | {api['requests_per_second']} | {api['requests_per_second_per_core']} | "
                f"{api['p50_ms']} | {api['p95_ms']} | {api['p99_ms']} | {api['errors']} | {raw['requests_per_second']} | "
                f"{found['api_vs_raw']:.0%} | {record['queries_per_request']} |"
            )
    if populated:
        lines += [
            "",
            f"Population: `populate` loaded {populated['residents']:,} residents in {populated['seconds']} s "
            f"({populated['residents_per_second']:,}/s with {populated['workers']} workers); the raw COPY of the "
            f"same rows plus the same indexes took {populated['raw']['seconds']} s (API/raw {populated['api_vs_raw']:.0%}).",
        ]
    if notified:
        lines += ["", "| notifications | worker processes | delivered | deliveries/s | per worker CPU-second | raw deliveries/s |",
                  "| --- | --- | --- | --- | --- | --- |"]  # fmt: skip
        for level, found in notified["levels"].items():
            lines.append(
                f"| outbox_worker | {level} | {found['delivered']} | {found['deliveries_per_second']} | "
                f"{found['deliveries_per_worker_cpu_second']} | {notified['raw'][level]['deliveries_per_second']} |"
            )
    if load:
        from .mixed_load import summary_lines

        lines += summary_lines(load)
    lines += ["", "![latency against concurrency](latency.png)", "",
              "Each scenario's JSON (benchmarks/results/<scenario>.json) has every level, the CPU split "
              "(server, PostgreSQL, load driver) and the load average before each level.", ""]  # fmt: skip
    (report.RESULTS / "SUMMARY.md").write_text("\n".join(lines), encoding="utf-8")
