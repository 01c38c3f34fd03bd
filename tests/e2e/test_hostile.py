"""Hostile input on loopback: links that spell private addresses in other ways, IPv6 literals, databases this
version must not touch. Each test asserts what a user would notice: nothing private contacted (the servers'
logs), the error on record, the run going on, the file untouched."""
from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.middlewares import host_allowed
from tests.helpers import ROOT, confwatch

ARTICLE = ("<html><head><title>Hefei hosts the World Manufacturing Convention</title></head><body><article>"
           + "<p>The World Manufacturing Convention opened in Hefei, Anhui, with 500 exhibitors.</p>" * 6
           + "</article></body></html>")


class Site:
    """An HTTP server on one loopback address: answers from a dict of path -> (content type, body); records
    every request."""

    def __init__(self, address: str, pages: dict):
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                outer.requests.append(self.path)
                ctype, body = pages.get(self.path, ("text/plain", None))
                self.send_response(200 if body is not None else 404)
                data = (body or "not here").encode()
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer((address, 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def feed(links: list[str]) -> str:
    items = "".join(f"<item><title>World Manufacturing Convention in Hefei {i}</title><link>{link}</link>"
                    f"<pubDate>Mon, 23 Sep 2024 08:00:00 +0000</pubDate></item>" for i, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'


def config(tmp_path, feed_url: str, hosts: str = '["*"]') -> str:
    path = tmp_path / "confwatch.toml"
    path.write_text(f"""
[crawl]
delay = 0
timeout = 10

[[events]]
id = "wmc"
name = "World Manufacturing Convention"
aliases = ["WMC"]
context = ["Hefei", "Anhui"]
city = "Hefei"
month = 9

[[sources]]
name = "local"
type = "feed"
url = "{feed_url}"
hosts = {hosts}
""", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("url", ["http://0x7f.0.0.3/a", "http://127.3/a", "http://0177.0.0.3/a",
                                 "http://2130706435/a", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data",
                                 "http://[::1]/a", "http://[::ffff:127.0.0.3]/a", "http://100.64.0.1/a",
                                 "http://localhost/a", "http://10.1.2.3/a", "http://[fe80::1]/a"])
def test_any_spelling_of_a_private_address_is_refused_with_any_host(url):
    assert not host_allowed(url, ["*"])


def test_an_address_the_user_lists_stays_allowed_in_any_spelling_and_public_ones_pass():
    assert host_allowed("http://127.0.0.2:8080/a", ["127.0.0.2"])
    assert host_allowed("http://0x7f.0.0.2/a", ["127.0.0.2"]) and not host_allowed("http://127.0.0.3/a", ["127.0.0.2"])
    assert host_allowed("http://8.8.8.8/a", ["*"]) and host_allowed("https://news.example.org/a", ["*"])


def test_links_to_private_addresses_are_never_fetched_and_an_ipv6_link_does_not_end_the_feed(tmp_path):
    secret = Site("127.0.0.3", {"/secret": ("text/html", ARTICLE)})
    port = secret.port
    links = [f"http://0x7f.0.0.3:{port}/secret", f"http://127.3:{port}/secret", f"http://0177.0.0.3:{port}/secret",
             f"http://2130706435:{port}/secret", f"http://[::1]:{port}/secret",
             "http://[::1]:99999/bad-port"]
    pages: dict = {}
    site = Site("127.0.0.1", pages)  # the handler reads pages as they are when asked
    links.append(f"http://127.0.0.1:{site.port}/story")  # after the IPv6 and bad-port links: still offered
    pages.update({"/feed.xml": ("application/rss+xml", feed(links)), "/story": ("text/html", ARTICLE)})
    try:
        cfg = config(tmp_path, f"http://127.0.0.1:{site.port}/feed.xml")
        result = confwatch("--data", str(tmp_path / "data"), "--config", cfg, "run", "--json")
    finally:
        secret.close()
        site.close()
    assert secret.requests == []  # nothing private was contacted, whatever the spelling
    assert "/story" in site.requests  # the feed went on past the links it refused
    run = json.loads(result.stdout)
    assert run["sources"]["local"]["blocked"] >= 5
    messages = [e["message"] for e in run["errors"]]
    assert any("99999" in m and "cannot be fetched" in m for m in messages), messages
    assert "Traceback" not in result.stderr


def test_the_resolver_drops_private_addresses_of_names_and_keeps_listed_hosts(tmp_path):
    """Real name resolution (the C library, /etc/hosts) through the crawl's resolver, in a reactor of its own."""
    script = r"""
import json, sys
from twisted.internet import asyncioreactor
asyncioreactor.install()
from twisted.internet import reactor, defer
from crawler.resolver import PublicAddressResolver, REFUSED

def resolve(resolver, host):
    found, d = [], defer.Deferred()
    class Receiver:
        def resolutionBegan(self, r): pass
        def addressResolved(self, a): found.append(a.host)
        def resolutionComplete(self): d.callback(found)
    resolver.resolveHostName(Receiver(), host, 80)
    return d

@defer.inlineCallbacks
def main():
    strict = PublicAddressResolver(reactor, 0, frozenset())
    listed = PublicAddressResolver(reactor, 0, frozenset({"localhost", "127.0.0.1"}))
    out = {"strict_name": (yield resolve(strict, "localhost")), "strict_ip": (yield resolve(strict, "127.0.0.1")),
           "listed_name": (yield resolve(listed, "localhost")), "listed_ip": (yield resolve(listed, "127.0.0.1")),
           "refused": sorted(REFUSED)}
    print(json.dumps(out))
    reactor.stop()

reactor.callWhenRunning(main)
reactor.run()
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["strict_name"] == [] and out["strict_ip"] == []
    assert "127.0.0.1" in out["listed_name"] and out["listed_ip"] == ["127.0.0.1"]
    assert out["refused"] == ["127.0.0.1", "localhost"]


def _fingerprint(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_from_a_newer_version_or_another_program_is_refused_untouched(tmp_path):
    data = tmp_path / "data"
    assert confwatch("--data", str(data), "import", str(ROOT / "jobs" / "sample_site" / "demo.toml")).returncode == 1
    with sqlite3.connect(data / "confwatch.db") as conn:
        conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) "
                     "values ('confwatch', 'm999_from_the_future', 'x')")
    conn.close()
    before = _fingerprint(data / "confwatch.db")
    for command in (["figures"], ["status"], ["run"], ["digest"], ["import", str(ROOT / "README.md")]):
        result = confwatch("--data", str(data), *command)
        assert result.returncode == 2, (command, result.stderr)
        assert "newer confwatch" in result.stderr and "m999_from_the_future" in result.stderr
    assert _fingerprint(data / "confwatch.db") == before
    other = tmp_path / "other"
    other.mkdir()
    (other / "confwatch.db").write_text("not a database at all\n")
    for command in (["figures"], ["status"], ["run"]):
        result = confwatch("--data", str(other), *command)
        assert result.returncode == 2 and "is not an SQLite database" in result.stderr, (command, result.stderr)
        assert "cannot write" not in result.stderr
    assert (other / "confwatch.db").read_text() == "not a database at all\n"


class AuthSite(Site):
    """A Site that also records each request's Authorization header."""

    def __init__(self, address: str, pages: dict):
        super().__init__(address, pages)
        self.auth: list[tuple[str, str]] = []
        outer, handler = self, self.server.RequestHandlerClass
        original = handler.do_GET

        def do_get(h):
            outer.auth.append((h.path, h.headers.get("Authorization", "")))
            original(h)
        handler.do_GET = do_get


def test_credentials_come_from_the_environment_reach_only_the_sources_own_host_and_never_the_output(tmp_path):
    other_pages: dict = {}
    other = AuthSite("127.0.0.2", other_pages)
    other_pages["/elsewhere"] = ("text/html", ARTICLE)
    pages: dict = {}
    own = AuthSite("127.0.0.1", pages)
    links = [f"http://127.0.0.1:{own.port}/story", f"http://127.0.0.2:{other.port}/elsewhere",
             "http://reader:hunter2secret@[::1]:99999/x"]
    pages.update({"/feed.xml": ("application/rss+xml", feed(links)), "/story": ("text/html", ARTICLE)})
    try:
        cfg = config(tmp_path, f"http://127.0.0.1:{own.port}/feed.xml", hosts='["127.0.0.2"]')
        with open(cfg, "a", encoding="utf-8") as fh:
            fh.write('username_env = "CW_FEED_USER"\npassword_env = "CW_FEED_PASSWORD"\n')
        env = {"CW_FEED_USER": "reader", "CW_FEED_PASSWORD": "hunter2secret"}
        result = confwatch("--data", str(tmp_path / "data"), "--config", cfg, "run", env=env)
        unset = confwatch("--data", str(tmp_path / "unset"), "--config", cfg, "run")
    finally:
        own.close()
        other.close()
    import base64
    expected = "Basic " + base64.b64encode(b"reader:hunter2secret").decode()
    assert ("/feed.xml", expected) in own.auth and ("/story", expected) in own.auth
    assert other.auth and all(header == "" for _, header in other.auth)  # never sent to another host
    with sqlite3.connect(tmp_path / "data" / "confwatch.db") as conn:
        stored = repr(conn.execute("select * from errors").fetchall())
    assert "reader:***@" in stored and "hunter2secret" not in stored
    assert "hunter2secret" not in result.stdout + result.stderr
    assert unset.returncode == 1 and "CW_FEED_USER" in unset.stdout + unset.stderr


def test_credentials_written_in_a_source_url_are_refused_without_being_repeated(tmp_path):
    cfg = config(tmp_path, "https://reader:hunter2secret@feeds.example.org/rss.xml")
    result = confwatch("--config", cfg, "config", "check")
    assert result.returncode == 2 and "reader:***@feeds.example.org" in result.stderr
    assert "hunter2secret" not in result.stderr and "username_env" in result.stderr


class Tricky(BaseHTTPRequestHandler):
    """Pages that misbehave: a compression bomb, a redirect loop and a long chain, a body that grows past the
    size limit without a Content-Length, a 503 asking for a short wait, one asking for an hour."""
    times: dict = {}
    port = 0
    feed_xml = ""

    def _send(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if not any(name == "Connection" for name, _ in headers):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        import gzip
        import time

        Tricky.times.setdefault(self.path, []).append(time.monotonic())
        base = f"http://127.0.0.1:{Tricky.port}"
        if self.path == "/feed.xml":
            self._send(200, Tricky.feed_xml.encode(), [("Content-Type", "application/rss+xml")])
        elif self.path == "/bomb":
            self._send(200, gzip.compress(b"\0" * 5_000_000), [("Content-Type", "text/html"),
                                                                ("Content-Encoding", "gzip")])
        elif self.path == "/loop":
            self._send(302, headers=[("Location", f"{base}/loop")])
        elif self.path.startswith("/chain"):
            n = int(self.path.rsplit("-", 1)[1]) if "-" in self.path else 0
            self._send(302, headers=[("Location", f"{base}/chain-{n + 1}")])
        elif self.path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
            except OSError:
                pass
        elif self.path == "/busy":
            if len(Tricky.times[self.path]) == 1:
                self._send(503, b"busy", [("Retry-After", "2")])
            else:
                self._send(200, ARTICLE.encode(), [("Content-Type", "text/html")])
        elif self.path == "/closed":
            self._send(503, b"come back later", [("Retry-After", "3600")])
        elif self.path == "/cut":  # announces 100 KB, sends 1 KB, hangs up
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<p>" + b"x" * 1000)
            self.close_connection = True
        elif self.path == "/slow":
            time.sleep(4)  # longer than crawl.timeout
            self._send(200, ARTICLE.encode(), [("Content-Type", "text/html")])
        else:
            self._send(404, b"no")

    def log_message(self, *args):
        pass


def test_every_abandoned_page_is_on_record_and_retries_wait_as_asked(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Tricky)
    server.handle_error = lambda request, address: None  # a client hanging up on the endless page is expected
    Tricky.port, Tricky.times = server.server_address[1], {}
    paths = ["/bomb", "/loop", "/chain", "/endless", "/busy", "/closed", "/slow", "/gone", "/cut"]
    Tricky.feed_xml = feed([f"http://127.0.0.1:{Tricky.port}{p}" for p in paths]
                           + [f"https://127.0.0.1:{Tricky.port}/tls"])  # TLS to a server that speaks plain HTTP
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        cfg = config(tmp_path, f"http://127.0.0.1:{Tricky.port}/feed.xml")
        text = open(cfg, encoding="utf-8").read().replace("[crawl]\n", "[crawl]\nmax_bytes = 1000000\n"
                                                                        "retry_max_wait = 30\n", 1)
        text = text.replace("timeout = 10\n", "timeout = 2\n", 1)
        open(cfg, "w", encoding="utf-8").write(text)
        result = confwatch("--data", str(tmp_path / "data"), "--config", cfg, "run", "--json", timeout=180)
    finally:
        server.shutdown()
        server.server_close()
    run = json.loads(result.stdout)
    by_url = {e["url"].rsplit("/", 1)[1]: e["message"] for e in run["errors"]}
    assert "compression bomb" in by_url["bomb"]
    assert "redirect" in by_url["loop"] and any("redirect" in m for u, m in by_url.items() if u.startswith("chain"))
    assert "max_bytes" in by_url["endless"]
    assert "3600" in by_url["closed"] and "retry_max_wait" in by_url["closed"]
    assert "crawl.timeout" in by_url["slow"] and by_url["gone"].endswith("HTTP 404") and "TLS" in by_url["tls"]
    assert "cut short" in by_url["cut"]
    assert len(Tricky.times["/closed"]) == 1  # an hour is not waited for, nor hammered
    first, second = Tricky.times["/busy"][:2]
    assert second - first >= 1.9  # Retry-After: 2 was honoured
    assert "busy" not in by_url and run["sources"]["local"]["new"] == 1  # and the page was then stored


def test_a_utf8_page_served_as_latin1_is_stored_as_written(tmp_path):
    words = "Café owners near the venue in Hefei, Anhui, said the World Manufacturing Convention drew 500 exhibitors."
    body = ("<html><head><title>Hefei café trade at the World Manufacturing Convention</title></head><body>"
            "<article>" + f"<p>{words}</p>" * 6 + "</article></body></html>")
    pages: dict = {}
    site = Site("127.0.0.1", pages)
    pages["/feed.xml"] = ("application/rss+xml", feed([f"http://127.0.0.1:{site.port}/story"]))
    pages["/story"] = ("text/html; charset=ISO-8859-1", body)  # the handler sends UTF-8 bytes
    try:
        cfg = config(tmp_path, f"http://127.0.0.1:{site.port}/feed.xml")
        result = confwatch("--data", str(tmp_path / "data"), "--config", cfg, "run")
    finally:
        site.close()
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "data" / "confwatch.db") as conn:
        title, text = conn.execute("select title, text from articles").fetchone()
    assert "café" in title and "Café owners" in text and "Ã" not in text


def section_front(n: int = 60) -> str:
    links = "".join(f'<li><a href="/2024/09/{i}.html">World Manufacturing Convention story number {i} from Hefei</a>'
                    f"</li>" for i in range(n))
    return (f"<html><head><title>News | WMC</title></head><body><h1>Latest news</h1>"
            f"<p>All the latest news of the World Manufacturing Convention in Hefei, Anhui.</p><ul>{links}</ul>"
            f"</body></html>")


def test_a_section_front_is_skipped_with_its_reason_and_never_fetched_again(tmp_path):
    pages: dict = {}
    site = Site("127.0.0.1", pages)
    pages["/feed.xml"] = ("application/rss+xml", feed([f"http://127.0.0.1:{site.port}/news/",
                                                       f"http://127.0.0.1:{site.port}/story"]))
    pages["/news"] = ("text/html", section_front())  # links are canonical: no trailing slash
    pages["/story"] = ("text/html", ARTICLE)
    try:
        cfg = config(tmp_path, f"http://127.0.0.1:{site.port}/feed.xml")
        first = confwatch("--data", str(tmp_path / "data"), "--config", cfg, "run", "--json")
        requested = len(site.requests)
        second = confwatch("--data", str(tmp_path / "data"), "--config", cfg, "run", "--json")
    finally:
        site.close()
    assert first.returncode == 0, first.stderr
    run = json.loads(first.stdout)
    assert run["sources"]["local"]["new"] == 1 and run["sources"]["local"]["rejected"] == 1
    with sqlite3.connect(tmp_path / "data" / "confwatch.db") as conn:
        (reason,) = conn.execute("select reason from seen where url like '%/news%'").fetchone()
        titles = [r[0] for r in conn.execute("select title from articles")]
    assert reason.startswith("not an article") and "section front" in reason
    assert titles == ["Hefei hosts the World Manufacturing Convention"]
    assert "/news" not in site.requests[requested:] and second.returncode == 0
