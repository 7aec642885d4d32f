"""Writes results/<scenario>.json, results/SUMMARY.md and results/latency.png."""

import json
import os
import platform
import subprocess
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parents[1] / "results"


def git_commit() -> dict:
    root = RESULTS.parents[1]

    def git(*args):
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=30).stdout.strip()  # noqa: S603,S607

    return {"commit": git("rev-parse", "HEAD"), "uncommitted_changes": bool(git("status", "--porcelain"))}


def machine() -> dict:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_now": [round(x, 2) for x in os.getloadavg()],
    }


def write_scenario(name: str, record: dict) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(record, indent=2, default=str) + "\n")
    return path


RESULT_FILES = {"notifications": "notifications_delivery"}  # scenario: its result file, where they differ


def earlier_results(scenarios: list[str]) -> dict[str, dict]:
    """The last results of the scenarios this run left out, so the summary stays whole."""
    found = {}
    for name in scenarios:
        path = RESULTS / f"{RESULT_FILES.get(name, name)}.json"
        if path.exists():
            found[name] = json.loads(path.read_text())
    return found


def earlier_lines(earlier: dict[str, dict]) -> list[str]:
    if not earlier:
        return []
    runs = ", ".join(
        f"{name} ({record.get('when', '?')}, commit `{record.get('git', {}).get('commit', '?')[:12]}`)"
        for name, record in sorted(earlier.items())
    )
    return [f"Not measured in this run; their last results are shown: {runs}.", ""]


def stamp() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def chart(http: dict[str, dict], notifications: dict | None, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = list(http.items())
    count = len(panels) + (1 if notifications else 0)
    columns = 3
    rows = max(1, -(-count // columns))
    figure, axes = plt.subplots(rows, columns, figsize=(5 * columns, 3.6 * rows), squeeze=False)
    for ax, (name, record) in zip(axes.flat, panels, strict=False):
        levels = sorted(int(level) for level in record["levels"])
        for key, style in (("p50_ms", "-o"), ("p95_ms", "-s"), ("p99_ms", "-^")):
            ax.plot(levels, [record["levels"][str(c)]["api"][key] for c in levels], style, label=f"API {key[:3]}")
        ax.plot(levels, [record["levels"][str(c)]["raw"]["p95_ms"] for c in levels], "--", color="grey", label="raw SQL p95")
        ax.set_title(name)
        ax.set_xlabel("concurrent clients")
        ax.set_ylabel("latency (ms)")
        ax.set_xscale("log", base=2)
        ax.set_xticks(levels, [str(c) for c in levels])
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=7)
    used = len(panels)
    if notifications:
        ax = axes.flat[used]
        levels = sorted(int(level) for level in notifications["levels"])
        ax.plot(levels, [notifications["levels"][str(c)]["deliveries_per_second"] for c in levels], "-o", label="outbox_worker")
        ax.plot(levels, [notifications["raw"][str(c)]["deliveries_per_second"] for c in levels], "--", color="grey", label="raw psycopg")
        ax.set_title("notifications (throughput)")
        ax.set_xlabel("worker processes")
        ax.set_ylabel("deliveries/s")
        ax.set_xticks(levels, [str(c) for c in levels])
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=7)
        used += 1
    for ax in list(axes.flat)[used:]:
        ax.axis("off")
    figure.tight_layout()
    figure.savefig(path, dpi=90)
    plt.close(figure)
