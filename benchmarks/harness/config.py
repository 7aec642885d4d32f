"""What one run measures and how big it is, from the environment.

BENCH_QUICK=1     a small data set (20,000 zaken, 20,000 residents) and 5 s per level, to develop with
BENCH_ZAKEN       zaken in the data set (default 1,000,000)
BENCH_RESIDENTS   synthetic residents from `populate` (default 1,000,000)
BENCH_SECONDS     seconds per concurrency level and scenario (default 15)
BENCH_LEVELS      concurrent clients, comma separated (default 1,4,16)
BENCH_DB          database name (default loket_bench_harness) on the server of BENCH_DATABASE_URL
                  (default postgres://postgres@127.0.0.1:5432/)
BENCH_REDIS_URL   cache and sessions of the server (default redis://127.0.0.1:6379/13)
KEEP=1            keep the database afterwards (it is dropped otherwise)
BENCH_REUSE=1     measure a kept database again without building it
LOKET_LOAD_RATE     mixed_load: requests per second asked (default 200)
LOKET_LOAD_SECONDS  mixed_load: length of the open-loop run (default 600; quick 60)
LOKET_LOAD_THREADS  mixed_load: driver threads, the most requests in flight (default 64)
LOKET_LOAD_PROBE_SECONDS  mixed_load: seconds per request kind alone, before the run (default 3; 0 skips)
"""

import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit


def _flag(name: str) -> bool:
    return os.environ.get(name, "").lower() in ("1", "true", "yes")


@dataclass
class Config:
    quick: bool
    zaken: int
    residents: int
    seconds: float
    levels: list[int]
    db_name: str
    server_url: str
    redis_url: str
    keep: bool
    reuse: bool
    scenarios: list[str] = field(default_factory=list)
    load_rate: float = 200.0
    load_seconds: float = 600.0
    load_threads: int = 64
    load_probe_seconds: float = 3.0

    @property
    def deadline_seconds(self) -> float:
        """Whole-run guard (every phase has its own limit; this one stops the run as a whole): 29
        minutes for the data set and the scenarios, plus the mixed load with its probes and drain."""
        load = self.load_seconds + 40 * self.load_probe_seconds + 180 if self.measures("mixed_load") else 0
        return 29 * 60 + load

    def measures(self, scenario: str) -> bool:
        return not self.scenarios or scenario in self.scenarios

    @property
    def database_url(self) -> str:
        parts = urlsplit(self.server_url)
        return urlunsplit((parts.scheme, parts.netloc, f"/{self.db_name}", "", ""))

    @property
    def admin_url(self) -> str:
        parts = urlsplit(self.server_url)
        return urlunsplit((parts.scheme, parts.netloc, "/postgres", "", ""))

    @property
    def conninfo(self) -> str:
        return self.database_url.replace("postgres://", "postgresql://", 1)


def from_environment(scenarios: list[str] | None = None) -> Config:
    quick = _flag("BENCH_QUICK")
    server = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/")
    host = urlsplit(server).hostname or ""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"make bench uses loopback addresses only; BENCH_DATABASE_URL names {host!r}")
    levels = os.environ.get("BENCH_LEVELS", "1,4" if quick else "1,4,16")
    return Config(
        quick=quick,
        zaken=int(os.environ.get("BENCH_ZAKEN", 20_000 if quick else 1_000_000)),
        residents=int(os.environ.get("BENCH_RESIDENTS", 20_000 if quick else 1_000_000)),
        seconds=float(os.environ.get("BENCH_SECONDS", 5 if quick else 15)),
        levels=[int(x) for x in levels.split(",") if x.strip()],
        db_name=os.environ.get("BENCH_DB", "loket_bench_harness"),
        server_url=server,
        redis_url=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13"),
        keep=_flag("KEEP"),
        reuse=_flag("BENCH_REUSE"),
        scenarios=scenarios or [],
        load_rate=float(os.environ.get("LOKET_LOAD_RATE", 200)),
        load_seconds=float(os.environ.get("LOKET_LOAD_SECONDS", 60 if quick else 600)),
        load_threads=int(os.environ.get("LOKET_LOAD_THREADS", 64)),
        load_probe_seconds=float(os.environ.get("LOKET_LOAD_PROBE_SECONDS", 3)),
    )
