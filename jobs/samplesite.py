"""The bundled offline sample site, served on loopback as an HTTP proxy for its outlets' hosts."""
from __future__ import annotations

import hashlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

TYPES = {".xml": "application/xml; charset=utf-8", ".rss": "application/rss+xml; charset=utf-8",
         ".json": "application/json", ".txt": "text/plain; charset=utf-8"}
HTML = "text/html; charset=utf-8"  # pages: .html, .shtml, .aspx and extension-less paths


def sample_root() -> Path:
    """The folder holding the sample site, one sub-folder per host."""
    return Path(str(resources.files("jobs").joinpath("sample_site")))


MAX_LOGGED = 10_000


class _Handler(BaseHTTPRequestHandler):
    root: Path
    requested: list  # (host, path) of each request, for tests and the demo's summary
    scripted: dict  # (host, path) -> answers to give before serving the files (tests of faults)
    held: dict  # (host, path) -> Gate: the answer waits until the gate opens (tests that stop a crawl midway)
    latency: float = 0.0  # seconds every answer waits
    # Every answer carries an ETag; a request sending it back in If-None-Match gets 304 Not Modified.

    def log_message(self, format, *args):  # noqa: A002 - keep the demo's output clean
        pass

    def _resolve(self) -> Path | None:
        target = urlsplit(self.path)
        host = (target.hostname or self.headers.get("Host", "").split(":")[0]).lower()
        path = target.path or "/"
        if path.endswith("/"):
            path += "index.html"
        base = (self.root / host).resolve()
        # 'page.aspx?id=98' is saved as 'page.aspx@id=98'; unknown query strings are ignored, as sites do
        for name in ([f"{path}@{target.query}"] if target.query else []) + [path]:
            candidate = (base / name.lstrip("/")).resolve()
            if base in candidate.parents and candidate.is_file():
                return candidate
        return None

    def do_POST(self):  # noqa: N802 - a form post gets the saved answer of its path, whatever the form says
        length = min(int(self.headers.get("Content-Length") or 0), 1_000_000)
        self.rfile.read(length)
        self.do_GET()

    def do_GET(self):  # noqa: N802 - http.server's naming
        if len(self.requested) < MAX_LOGGED:
            target = urlsplit(self.path)
            host = (target.hostname or self.headers.get("Host", "").split(":")[0]).lower()
            self.requested.append((host, target.path + (f"?{target.query}" if target.query else "")))
        target = urlsplit(self.path)
        if self.latency:
            time.sleep(self.latency)
        gate = self.held.get((host_of(self), target.path))
        if gate is not None:
            gate.reached.set()
            gate.opened.wait(gate.timeout)
        queued = self.scripted.get((host_of(self), target.path))
        if queued:
            status, headers, body = queued.pop(0)
            self.send_response(status)
            for name, value in {"Content-Length": str(len(body)), **headers}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
            return
        found = self._resolve()
        if found is None:
            self.send_error(404, "Not Found")
            return
        body = found.read_bytes()
        etag = f'"{hashlib.sha1(body).hexdigest()[:16]}"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("ETag", etag)
        self.send_header("Content-Type", TYPES.get(found.suffix, HTML))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def host_of(handler: BaseHTTPRequestHandler) -> str:
    return (urlsplit(handler.path).hostname or handler.headers.get("Host", "").split(":")[0]).lower()


class Gate:
    """A held path: `reached` is set when a request for it arrives; the answer waits for `open()` (at most
    `timeout` seconds, so a forgotten gate never hangs the server)."""

    def __init__(self, timeout: float):
        self.reached = threading.Event()
        self.opened = threading.Event()
        self.timeout = timeout

    def open(self) -> None:
        self.opened.set()


class SampleSite:
    """A context manager that serves a site folder on 127.0.0.1 with an OS-chosen port."""

    def __init__(self, root: Path | None = None, latency: float = 0.0):
        """latency: seconds each answer waits before it is sent (a slow site, for tests that stop a crawl at
        random moments)."""
        self.requested: list[tuple[str, str]] = []
        self.scripted: dict[tuple[str, str], list] = {}
        self.held: dict[tuple[str, str], Gate] = {}
        handler = type("Handler", (_Handler,), {"root": (root or sample_root()).resolve(), "requested": self.requested,
                                                "scripted": self.scripted, "held": self.held,
                                                "latency": latency})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def answer_next(self, host: str, path: str, status: int, body: bytes = b"", headers: dict | None = None) -> None:
        """Answer the next request for host and path with this status (then serve the files again)."""
        self.scripted.setdefault((host, path), []).append((status, headers or {}, body))

    def hold(self, host: str, path: str, timeout: float = 60) -> Gate:
        """Hold the answers for host and path until the returned gate is opened."""
        gate = self.held[(host, path)] = Gate(timeout)
        return gate

    @property
    def proxy(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "SampleSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        for gate in self.held.values():
            gate.open()
        self.server.shutdown()
        self.server.server_close()
