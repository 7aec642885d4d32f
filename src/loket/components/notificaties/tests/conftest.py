"""Notificaties test fixtures: API clients with notificaties scopes, and a real HTTP receiver."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from loket.components.autorisaties.services import add_autorisatie
from loket.components.common.constants import Component
from loket.components.notificaties.constants import CONSUMEREN, PUBLICEREN
from loket.notifications.delivery import run_once


@pytest.fixture
def nrc_client(zgw, utrecht, amersfoort):
    """`nrc_client([utrecht], consumeren=True, publiceren=False)`: a Notificaties API client.

    Utrecht and Amersfoort both exist, so a client of one municipality is not "every" one."""

    def make(municipalities, *, consumeren=True, publiceren=False, **kwargs):
        client = zgw.client(municipalities, catalogi_scopes=(), **kwargs)
        scopes = [s for s, on in ((CONSUMEREN, consumeren), (PUBLICEREN, publiceren)) if on]
        if scopes and not kwargs.get("alles"):
            add_autorisatie(client.applicatie, component=Component.NRC, scopes=scopes)
        return client

    return make


class Receiver:
    """A callback endpoint on 127.0.0.1 that records what arrives and answers `status`."""

    def __init__(self):
        self.received: list[dict] = []
        self.status = 204
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"null")
                receiver.received.append(
                    {"path": self.path, "auth": self.headers.get("Authorization"), "body": body}
                )
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str = "/callback") -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def at(self, path: str) -> list[dict]:
        return [r for r in self.received if r["path"] == path]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    found = Receiver()
    yield found
    found.close()


def deliver_all() -> int:
    """Run the outbox until nothing is due (inline, one thread: the test's transaction)."""
    total = 0
    while claimed := run_once(worker="test", threads=1):
        total += claimed
    return total
