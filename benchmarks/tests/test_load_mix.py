"""The mixed load's sender against a small local server: cookies, JSON bodies, wrong answers."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from benchmarks.harness.load_mix import Call, Traffic, WrongAnswer, make_sender

SEEN: list[dict] = []


class Handler(BaseHTTPRequestHandler):
    def _answer(self, status: int) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        SEEN.append({"method": self.command, "path": self.path, "cookie": self.headers.get("Cookie"), "body": body})
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def do_GET(self):  # noqa: N802 - http.server's name
        self._answer(404 if self.path == "/weg/" else 200)

    def do_POST(self):  # noqa: N802
        self._answer(201)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    SEEN.clear()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _traffic(calls):
    return Traffic(calls=calls, headers={"resident": {"Accept-Language": "nl"}, "api": {}}, cookie_name="sid",
                   cookies={"resident": ["key-a", "key-b"]})  # fmt: skip


def test_each_thread_sends_its_own_session_cookie_and_json_bodies(server):
    traffic = _traffic({
        "page": [Call("GET", "/mijn-loket/", "resident")],
        "create": [Call("POST", "/zaken", "api", 201, {"a": 1}, stamp="when")],
    })  # fmt: skip
    first, second = make_sender(traffic, server)(0), make_sender(traffic, server)(1)
    first("page")
    second("page")
    first("create")
    first("create")  # the kept connection is used again
    assert [s["cookie"] for s in SEEN[:2]] == ["sid=key-a", "sid=key-b"]
    assert SEEN[2]["cookie"] is None and SEEN[2]["body"]["a"] == 1 and "when" in SEEN[2]["body"]


def test_an_unexpected_status_is_a_wrong_answer(server):
    send = make_sender(_traffic({"gone": [Call("GET", "/weg/", "resident")]}), server)(0)
    with pytest.raises(WrongAnswer, match="404"):
        send("gone")


class ClosesKeptConnections(Handler):
    """Answers as HTTP/1.1 without "Connection: close", then drops the connection: a keep-alive
    that ran out while the client held the connection."""

    protocol_version = "HTTP/1.1"

    def _answer(self, status: int) -> None:
        super()._answer(status)
        self.close_connection = True


def test_a_kept_connection_the_server_closed_is_replaced_without_an_error():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), ClosesKeptConnections)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    SEEN.clear()
    try:
        traffic = _traffic({"create": [Call("POST", "/zaken", "api", 201, {"a": 1})]})
        send = make_sender(traffic, f"http://127.0.0.1:{httpd.server_address[1]}")(0)
        for _ in range(3):
            send("create")
    finally:
        httpd.shutdown()
    assert len(SEEN) == 3  # each request reached the server once: none lost, none sent twice
