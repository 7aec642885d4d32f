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
    # Whole-run guard: every phase has its own time limit; this one stops the run as a whole.
    deadline_seconds: float = 29 * 60

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
    )
