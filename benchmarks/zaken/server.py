"""gunicorn on a free loopback port, and the CPU time its processes used (from /proc)."""

import os
import socket
import subprocess
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Gunicorn:
    def __init__(self, workers: int, threads: int, env: dict):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(ROOT / "var" / "bench_zaken_gunicorn.log", "w")  # noqa: SIM115
        command = [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "loket.wsgi",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(workers),
            "--worker-class",
            "gthread" if threads > 1 else "sync",
            "--threads",
            str(threads),
            "--backlog",
            "256",
        ]
        self.process = subprocess.Popen(  # noqa: S603 - our own gunicorn, fixed arguments
            command, cwd=ROOT, env=env, stdout=self.log, stderr=self.log
        )

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("gunicorn stopped; see var/bench_zaken_gunicorn.log")
            try:
                requests.get(f"{self.url}/healthz", timeout=10)
                return
            except requests.RequestException:
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not answer in time")

    def cpu_seconds(self) -> float:
        return process_tree_cpu_seconds(self.process.pid)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def process_tree_cpu_seconds(pid: int) -> float:
    """CPU seconds of a process and its direct children (gunicorn's master and its workers)."""
    pids = [pid]
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                pids.append(int(entry))
    return sum(_cpu_of(p) for p in pids)


def _cpu_of(pid: int) -> float:
    """utime + stime, plus those of its exited, waited-for children (a backend or parallel worker
    that ends moves its time into the postmaster's), so the sum never drops."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def postgres_cpu_seconds() -> float:
    """CPU time of all PostgreSQL processes on this machine (the benchmark's database load)."""
    total = 0.0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                comm = Path(f"/proc/{entry}/comm").read_text().strip()
            except OSError:
                continue
            if comm.startswith("postgres"):
                total += _cpu_of(int(entry))
    return total
