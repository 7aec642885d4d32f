"""gunicorn with the production settings on a free loopback port, as `make prod` starts it."""

import os
import subprocess
import time
from pathlib import Path

import requests

from ..zaken.server import free_port, process_tree_cpu_seconds
from .environment import ROOT


class ProductionServer:
    def __init__(self, env: dict[str, str], log: Path, workers: int | None = None, port: int | None = None):
        cores = os.cpu_count() or 1
        self.workers = workers or 2 * cores + 1  # as scripts/run-production
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log
        self.log = open(log, "w")  # noqa: SIM115 - closed in stop()
        command = [
            str(ROOT / ".venv" / "bin" / "gunicorn"), "loket.wsgi",
            "-c", str(ROOT / "src" / "loket" / "conf" / "gunicorn.conf.py"),  # as scripts/run-production
            "--bind", f"127.0.0.1:{self.port}",
            "--workers", str(self.workers),
            "--access-logfile", "-",
            "--graceful-timeout", "20",
            "--max-requests", "10000", "--max-requests-jitter", "1000",
            "--timeout", "60",
        ]  # fmt: skip
        server_env = {**os.environ, **env, "LOG_LEVEL": "INFO", "LOKET_BASE_URL": self.url}
        self.process = subprocess.Popen(  # noqa: S603 - our own gunicorn, fixed arguments
            command, cwd=ROOT, env=server_env, stdout=self.log, stderr=self.log
        )

    def wait_ready(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped; see {self.log_path}")
            try:
                if requests.get(f"{self.url}/healthz", timeout=10).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"gunicorn did not answer /healthz within {timeout:.0f} s; see {self.log_path}")

    def cpu_seconds(self) -> float:
        return process_tree_cpu_seconds(self.process.pid)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=25)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log.close()
