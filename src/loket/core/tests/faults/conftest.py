"""Fault tests run the real work in child processes and kill them (see crash.py)."""

import json
import os
import subprocess
import sys

import pytest

from loket.modules.contrib.overlijden.tests.family import *  # noqa: F403  (family, amsterdam, catalogue, …)
from loket.modules.contrib.verhuizen.tests.world import build_world
from loket.notifications.tests.test_reliability import database_url


class Processes:
    """Runs crash.py steps against a database the test process set up (a file copy on SQLite)."""

    def __init__(self, tmp_path):
        self.url, _statuses = database_url(tmp_path)
        self.documents = tmp_path / "documents"
        self.documents.mkdir()
        self.kills = 0

    def run(self, step: str, mode: str = "run") -> subprocess.CompletedProcess:
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "loket.core.tests.faults.settings", "DATABASE_URL": self.url,
               "LOKET_FAULT_DOCUMENTS": str(self.documents), "LOKET_OUTBOX_LEASE_SECONDS": "0.5",
               "LOKET_FULFILMENT_LEASE_SECONDS": "0.5", "LOKET_OUTBOX_RETRY_BASE_SECONDS": "0",
               "LOKET_PAYMENT_POLL_AFTER_SECONDS": "0", "LOG_LEVEL": "ERROR"}
        result = subprocess.run([sys.executable, "-m", "loket.core.tests.faults.crash", step, mode],  # noqa: S603
                                env=env, capture_output=True, text=True, timeout=180)
        if mode.startswith("kill"):
            assert result.returncode == -9, f"{step} was not killed: {result.returncode}\n{result.stderr[-3000:]}"
            self.kills += 1
        else:
            assert result.returncode == 0, f"{step} failed:\n{result.stderr[-3000:]}"
        return result

    def state(self) -> dict:
        return json.loads(self.run("inspect").stdout.strip().splitlines()[-1])


@pytest.fixture
def processes(tmp_path):
    return lambda: Processes(tmp_path)


@pytest.fixture
def move_world(db):
    return build_world()
