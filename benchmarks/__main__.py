"""`make bench`: the harness (benchmarks/harness) measures every scenario in one run and writes
results/<scenario>.json, results/SUMMARY.md and results/latency.png. `BENCH_ARGS="zaken_list …"`
measures only those scenarios (the data set is built all the same).

The older single-purpose modules (bench_*.py) still run by name: `BENCH_ARGS="bench_zaken"`.
A benchmark module defines `run(args) -> dict`; its result is written as
results/<name>.json (or results/<result_name>.json when the dict has that key) together with the
machine it ran on. Pick some with `BENCH_ARGS="name …"`.
"""

import argparse
import importlib
import json
import os
import pkgutil
import platform
import sys
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results"


def machine() -> dict:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "database": os.environ.get("DATABASE_URL", "sqlite (embedded)").split("@")[-1],
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("names", nargs="*", help="benchmark modules to run (default: all)")
    args, rest = parser.parse_known_args(argv)
    if not any(n.startswith("bench_") for n in args.names):
        from .harness.run import run

        return run(args.names)
    available = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if m.name.startswith("bench_"))
    chosen = [n for n in args.names if n in available]
    RESULTS.mkdir(exist_ok=True)
    for name in chosen:
        module = importlib.import_module(f"benchmarks.{name}")
        started = time.time()
        result = module.run(rest)
        stem = result.pop("result_name", name.removeprefix("bench_"))  # e.g. one file per database
        record = {"benchmark": name, "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)), "machine": machine(), **result}
        (RESULTS / f"{stem}.json").write_text(json.dumps(record, indent=2) + "\n")
        print(json.dumps(record, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
