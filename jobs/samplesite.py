"""The bundled offline sample site, served on loopback as an HTTP proxy for its outlets' hosts."""
from __future__ import annotations

import threading
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

    def do_GET(self):  # noqa: N802 - http.server's naming
        if len(self.requested) < MAX_LOGGED:
            target = urlsplit(self.path)
            host = (target.hostname or self.headers.get("Host", "").split(":")[0]).lower()
            self.requested.append((host, target.path + (f"?{target.query}" if target.query else "")))
        found = self._resolve()
        if found is None:
            self.send_error(404, "Not Found")
            return
        body = found.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(found.suffix, HTML))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class SampleSite:
    """A context manager that serves a site folder on 127.0.0.1 with an OS-chosen port."""

    def __init__(self, root: Path | None = None):
        self.requested: list[tuple[str, str]] = []
        handler = type("Handler", (_Handler,), {"root": (root or sample_root()).resolve(), "requested": self.requested})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def proxy(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "SampleSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
