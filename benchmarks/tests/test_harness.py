"""The harness's verdicts and chart from made-up results (no database, no server).

Not collected by `make test` (testpaths is src/); run with `.venv/bin/pytest benchmarks/tests`.
"""

import json

from benchmarks.harness import report, targets


def _level(c, rps, p95, raw_rps):
    api = {"requests_per_second": rps, "requests_per_second_per_core": rps / 2, "p50_ms": p95 / 2,
           "p95_ms": p95, "p99_ms": p95 * 2}  # fmt: skip
    return {"concurrency": c, "api": api, "raw": {"requests_per_second": raw_rps, "p95_ms": p95 / 4},
            "api_vs_raw": rps / raw_rps}  # fmt: skip


def _record(queries, levels):
    return {"queries_per_request": queries, "queries_with_10_zaaktypen": queries,
            "levels": {str(c): _level(c, *v) for c, v in levels.items()}}  # fmt: skip


def _verdicts(http, notifications=None, population=None):
    return {what: verdict for what, _, _, verdict in targets.judge(http, notifications, population)}


def test_throughput_is_judged_at_the_best_level_and_latency_with_one_client():
    http = {"zaken_list": _record(5, {1: (100, 40, 400), 4: (600, 300, 900)})}
    verdicts = _verdicts(http)
    assert verdicts["ZGW zaken list: throughput"] == targets.MET  # 300 per core at 4 clients
    assert verdicts["ZGW zaken list: latency"] == targets.MET  # 40 ms with one client
    assert verdicts["API vs raw: zaken_list"] == targets.MET  # 600 of 900


def test_a_slow_create_with_many_queries_misses_both_targets():
    http = {"zaken_create": _record(20, {1: (50, 90, 500)})}
    verdicts = _verdicts(http)
    assert verdicts["ZGW zaak create: throughput"] == targets.MISSED
    assert verdicts["ZGW zaak create: queries"] == targets.MISSED
    assert verdicts["API vs raw: zaken_create"] == targets.MISSED


def test_targets_the_bench_cannot_measure_are_named_not_claimed():
    verdicts = _verdicts({})
    assert verdicts["isolation"].startswith(targets.NOT_HERE)
    assert verdicts["fuzzing"].startswith(targets.NOT_HERE)


def test_the_chart_is_a_png(tmp_path):
    http = {"brp_bsn": _record(13, {1: (30, 40, 200), 4: (45, 130, 300)})}
    notifications = {"levels": {"1": {"deliveries_per_second": 900}}, "raw": {"1": {"deliveries_per_second": 2000}}}
    path = tmp_path / "latency.png"
    report.chart(http, notifications, path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_partial_run_keeps_the_last_results_of_the_other_scenarios_in_the_summary(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "RESULTS", tmp_path)
    (tmp_path / "zaken_list.json").write_text(json.dumps({"when": "2026-11-24T06:10:18Z", "git": {"commit": "f1d7c7d9d7a7a3ee"}}))
    (tmp_path / "notifications_delivery.json").write_text(json.dumps({"when": "2026-11-23T20:00:00Z", "git": {"commit": "0123456789abcdef"}}))
    earlier = report.earlier_results(["zaken_list", "notifications", "zaken_create"])
    assert set(earlier) == {"zaken_list", "notifications"}  # zaken_create was never measured
    [line, _] = report.earlier_lines(earlier)
    assert "zaken_list (2026-11-24T06:10:18Z, commit `f1d7c7d9d7a7`)" in line
    assert "notifications (2026-11-23T20:00:00Z, commit `0123456789ab`)" in line
