"""A local HTTP receiver for the tests and the benchmark: counts what arrives, can be slow or down.

Run as a module (`python -m loket.notifications.tests.receiver PORT [DELAY]`) for a receiver in
its own process; it prints "ready" and, on SIGTERM, nothing more (the benchmark counts on its side).
"""

import json
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Receiver:
    """`with Receiver(port) as r:` serves on 127.0.0.1:port; `r.received` counts bodies by "id"."""

    def __init__(self, port: int = 0, *, delay: float = 0.0, status: int = 204, location: str = ""):
        self.received: Counter = Counter()
        self.headers: list[dict] = []
        self.in_flight = 0
        self.delay = delay
        self.status = status
        self.location = location
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                with receiver.lock:
                    receiver.received[body.get("id")] += 1
                    receiver.headers.append(dict(self.headers))
                    receiver.in_flight += 1
                try:
                    if receiver.delay:
                        time.sleep(receiver.delay)
                    self.send_response(receiver.status)
                    if receiver.location:
                        self.send_header("Location", receiver.location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                finally:
                    with receiver.lock:
                        receiver.in_flight -= 1

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/hook"

    def __enter__(self):
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    @property
    def total(self) -> int:
        return sum(self.received.values())


def main(argv: list[str]) -> None:
    port = int(argv[0])
    delay = float(argv[1]) if len(argv) > 1 else 0.0
    with Receiver(port, delay=delay) as receiver:
        print("ready", flush=True)
        try:
            for line in sys.stdin:  # "count" on stdin: print how many arrived (unique, total)
                if line.strip() == "count":
                    with receiver.lock:
                        print(
                            json.dumps({"unique": len(receiver.received), "total": receiver.total}),
                            flush=True,
                        )
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main(sys.argv[1:])
