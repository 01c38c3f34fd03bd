"""Benchmark: confwatch end to end against trafilatura's own CLI and the bare extraction bound.

A generated site of boilerplate-heavy article pages is served from 9 loopback hosts (127.0.0.2-10). Measured:
  1. `confwatch run` over it (delay 0): pages/s, peak PSS of the whole process tree (sampled from /proc), and
     the CPU time of the crawl process against its extraction workers;
  2. trafilatura's CLI fetching and extracting the same URLs (--parallel 2 --json --with-metadata, no sleep,
     SSRF protection off, as the pages are on loopback);
  3. trafilatura.bare_extraction(with_metadata=True) in a 2-process pool over the same pages, already in memory;
  4. a second `confwatch run` with nothing new: article requests and its time against the first run's;
  5. many small pages (and many near-duplicates): pages/s of the last 500 stored against the first 500.
Prints figures and ratios; asserts nothing.

Run with: make bench   (or: python tests/benchmarks/endtoend.py [--quick])
"""
from __future__ import annotations

import contextlib
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing import get_context
from pathlib import Path

QUICK = "--quick" in sys.argv
# --only=big,small,dup: only those parts (big: the 300 heavy pages against trafilatura, second run included)
ONLY = next((a.split("=", 1)[1].split(",") for a in sys.argv if a.startswith("--only=")), ["big", "small", "dup"])
HOSTS = [f"127.0.0.{i}" for i in range(2, 11)]
BIN = Path(sys.executable).parent
WORDS = ("factory robot line supplier order plant output module sensor chip design export market region "
         "partner forum pavilion booth visitor delegate investor startup battery vehicle panel display "
         "software platform network cloud data model service training talent policy fund park zone").split()


def paragraph(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def article_page(i: int, rng: random.Random, *, furniture: int, copy_of: str = "") -> str:
    """One article page; `furniture` menus and link lists around it (about 110 KB at 30)."""
    title = f"Hefei report {i}: World Manufacturing Convention signs {100 + i} projects"
    day = 1 + i % 28
    if copy_of:
        body = copy_of
    else:
        body = "".join(f"<p>{paragraph(rng, 40)} The 2025 World Manufacturing Convention in Hefei signed "
                       f"{100 + i + k} projects worth {10 + k}.{i % 10} billion yuan.</p>" for k in range(8))
    menu = "".join(f"<li><a href='/section/{k}'>Section {k} {rng.choice(WORDS)}</a></li>" for k in range(25))
    links = "".join(f"<div class='related'><a href='/other/{k}.html'>{paragraph(rng, 8)}</a>"
                    f"<span>{paragraph(rng, 6)}</span></div>" for k in range(12))
    blocks = "".join(f"<nav><ul>{menu}</ul></nav><aside>{links}</aside>" for _ in range(furniture))
    return (f"<html lang='en'><head><title>{title}</title>"
            f"<meta property='article:published_time' content='2025-09-{day:02d}T10:00:00+08:00'>"
            f"<script>var tracking = {json.dumps([paragraph(rng, 20) for _ in range(furniture)])};</script></head>"
            f"<body><header>{blocks[:len(blocks) // 2]}</header><article><h1>{title}</h1>"
            f"<div class='date'>2025-09-{day:02d}</div>{body}</article>"
            f"<footer>{blocks[len(blocks) // 2:]}<p>Copyright 2025 Example News</p></footer></body></html>")


class Site:
    """Pages by (host, path), served on HOSTS with one port; article request times are logged."""

    def __init__(self, pages: dict[tuple[str, str], str]):
        self.pages = {k: v.encode() for k, v in pages.items()}
        self.article_hits: list[float] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                host = self.headers.get("Host", "").split(":")[0]
                body = site.pages.get((host, self.path.split("?")[0]))
                if self.path.startswith("/news/"):
                    site.article_hits.append(time.monotonic())
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                kind = "application/rss+xml" if self.path.endswith(".xml") else "text/html; charset=utf-8"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        first = ThreadingHTTPServer((HOSTS[0], 0), Handler)
        self.port = first.server_address[1]
        self.servers = [first] + [ThreadingHTTPServer((h, self.port), Handler) for h in HOSTS[1:]]
        for server in self.servers:
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()

    def close(self):
        for server in self.servers:
            server.shutdown()
            server.server_close()


def build_site(n: int, *, furniture: int, near_duplicates: bool = False) -> tuple[dict, list[str]]:
    rng = random.Random(7)
    pages = {}
    template = "".join(f"<p>{paragraph(rng, 40)} The 2025 World Manufacturing Convention in Hefei signed "
                       f"{100 + k} projects.</p>" for k in range(8))
    per_host: dict[str, list[str]] = {h: [] for h in HOSTS}
    for i in range(n):
        host = HOSTS[i % len(HOSTS)]
        path = f"/news/{i}.html"
        copy = template + f"<p>Item {i}.</p>" if near_duplicates else ""
        pages[(host, path)] = article_page(i, rng, furniture=furniture, copy_of=copy)
        per_host[host].append(path)
    return pages, per_host


def add_feeds(pages: dict, per_host: dict, port: int) -> list[str]:
    urls = []
    for host, paths in per_host.items():
        items = "".join(f"<item><title>World Manufacturing Convention {p}</title><link>http://{host}:{port}{p}</link>"
                        f"</item>" for p in paths)
        pages[(host, "/feed.xml")] = f"<rss version='2.0'><channel><title>{host}</title>{items}</channel></rss>"
        urls += [f"http://{host}:{port}{p}" for p in paths]
    return urls


def config_text(port: int, per_source: int) -> str:
    sources = "".join(f'[[sources]]\nname = "site{i}"\ntype = "feed"\nurl = "http://{h}:{port}/feed.xml"\n'
                      f"max_articles = {per_source}\n\n" for i, h in enumerate(HOSTS))
    return ('[[events]]\nid = "wmc"\nname = "World Manufacturing Convention"\naliases = ["WMC"]\ncity = "Hefei"\n'
            'month = 9\n\n[crawl]\ndelay = 0.0\nextract_workers = 2\n\n' + sources)


def tree(pid: int) -> dict[int, int]:
    """The process tree under pid: pid -> depth (0: confwatch run, 1: the crawl, 2 and more: its workers)."""
    found, todo = {}, [(pid, 0)]
    while todo:
        p, depth = todo.pop()
        found[p] = depth
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                todo += [(int(c), depth + 1) for c in Path(f"/proc/{p}/task/{task}/children").read_text().split()]
        except OSError:
            pass
    return found


def pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")


ROLES = ("run", "crawl", "workers")


def timed_run(data: Path, config: Path, *, sample: bool = True) -> dict:
    """One `confwatch run`, with peak PSS of its process tree and CPU seconds per role (sample=False: its time
    alone, without reading /proc beside it)."""
    started = time.monotonic()
    proc = subprocess.Popen([str(BIN / "confwatch"), "--data", str(data), "--config", str(config), "run", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak, cpu, series, at_peak = 0, {}, [], {}
    if not sample:
        proc.wait()
    while proc.poll() is None:
        pids = tree(proc.pid)
        each = {p: pss_kb(p) for p in pids}
        total = sum(each.values())
        if total > peak:
            peak = total
            at_peak = {}
            for p, kb in each.items():
                role = ROLES[min(pids[p], 2)]
                at_peak[role] = at_peak.get(role, 0) + kb / 1024
        series.append(total)
        for p, depth in pids.items():
            ticks = cpu_seconds(p)
            if ticks:
                cpu[p] = (ticks, ROLES[min(depth, 2)])
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=0.2)  # the next sample in 0.2 s, or the end at once: the time is not rounded up
    seconds = time.monotonic() - started
    roles: dict[str, float] = {}
    for ticks, role in cpu.values():
        roles[role] = roles.get(role, 0.0) + ticks
    quarters = [max(series[len(series) * q // 4:len(series) * (q + 1) // 4] or [0]) / 1024 for q in range(4)]
    return {"seconds": seconds, "peak_mb": peak / 1024, "cpu": roles, "stderr": proc.stderr.read().decode()[-300:],
            "pss_by_quarter": quarters, "peak_by_role": at_peak}


def stored_times(data: Path) -> list[float]:
    import sqlite3
    conn = sqlite3.connect(data / "confwatch.db")
    rows = [datetime.fromisoformat(r[0]).timestamp() for r in conn.execute(
        "select first_seen_at from articles order by first_seen_at, rowid")]
    conn.close()
    return rows


def rate_drift(times: list[float], window: int = 500) -> str:
    window = min(window, len(times) // 2)
    if window < 50:
        return f"only {len(times)} stored"
    first = window / max(times[window - 1] - times[0], 1.0)
    last = window / max(times[-1] - times[-window], 1.0)
    return f"first {window}: {first:6.1f} pages/s, last {window}: {last:6.1f} pages/s, ratio {last / first:4.2f}"


def _bare(html: str) -> bool:
    import trafilatura
    return trafilatura.bare_extraction(html, with_metadata=True) is not None


def big(work: Path, n_big: int) -> None:
    """confwatch against trafilatura's CLI and the bare bound on boilerplate-heavy pages, and a second run."""
    pages, per_host = build_site(n_big, furniture=30)
    site = Site({})
    urls = add_feeds(pages, per_host, site.port)
    site.pages = {k: v.encode() for k, v in pages.items()}
    sizes = [len(v) for k, v in site.pages.items() if k[1].startswith("/news/")]
    print(f"{n_big} article pages of about {sum(sizes) / len(sizes) / 1000:.0f} KB on {len(HOSTS)} loopback hosts")
    (work / "bench.toml").write_text(config_text(site.port, 1000))

    first = timed_run(work / "data", work / "bench.toml")
    ours = n_big / first["seconds"]
    hits = len(site.article_hits)
    print(f"confwatch run:      {first['seconds']:7.1f} s  {ours:6.1f} pages/s  peak PSS {first['peak_mb']:.0f} MB "
          f"({', '.join(f'{k} {v:.0f}' for k, v in sorted(first['peak_by_role'].items()))})  "
          f"CPU s: {', '.join(f'{k} {v:.1f}' for k, v in sorted(first['cpu'].items()))}  {first['stderr'].strip()}")

    second = timed_run(work / "data", work / "bench.toml", sample=False)  # its memory is not asked for
    print(f"second run:         {second['seconds']:7.1f} s  article requests {len(site.article_hits) - hits}  "
          f"({second['seconds'] / first['seconds'] * 100:.1f} % of the first run's time)")

    (work / "urls.txt").write_text("\n".join(urls) + "\n")
    (work / "traf.cfg").write_text(Path(__import__("trafilatura").__file__).with_name("settings.cfg").read_text()
                                   .replace("SLEEP_TIME = 5.0", "SLEEP_TIME = 0").replace("SSRF_PROTECTION = on",
                                                                                         "SSRF_PROTECTION = off"))
    started = time.monotonic()
    subprocess.run([str(BIN / "trafilatura"), "-i", str(work / "urls.txt"), "--parallel", "2", "--json",
                    "--with-metadata", "--config-file", str(work / "traf.cfg")],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    cli = n_big / (time.monotonic() - started)
    print(f"trafilatura CLI:    {n_big / cli:7.1f} s  {cli:6.1f} pages/s")

    bodies = [v.decode() for k, v in site.pages.items() if k[1].startswith("/news/")]
    started = time.monotonic()
    with get_context("fork").Pool(2) as pool:
        pool.map(_bare, bodies, chunksize=4)
    bare_s = time.monotonic() - started
    print(f"bare 2-process:     {bare_s:7.1f} s  {n_big / bare_s:6.1f} pages/s")
    print(f"=> confwatch / CLI pages/s: {ours / cli:.2f} (target >= 1.5); confwatch time / bare time: "
          f"{first['seconds'] / bare_s:.2f} (target <= 1.3); second run: "
          f"{second['seconds'] / first['seconds'] * 100:.1f} % (target <= 10 %)")
    site.close()



def main() -> None:
    n_big, n_small, n_dup = (60, 600, 300) if QUICK else (300, 3000, 800)
    work = Path(tempfile.mkdtemp(prefix="confwatch-bench-"))
    if "big" in ONLY:
        big(work, n_big)
    for label, count, dup in ((f"{n_small} small pages", n_small, False), (f"{n_dup} near-duplicates", n_dup, True)):
        if ("dup" if dup else "small") not in ONLY:
            continue
        pages, per_host = build_site(count, furniture=1, near_duplicates=dup)
        site = Site({})
        add_feeds(pages, per_host, site.port)
        site.pages = {k: v.encode() for k, v in pages.items()}
        folder = work / label.replace(" ", "-")
        folder.mkdir()
        (folder / "bench.toml").write_text(config_text(site.port, count))
        result = timed_run(folder / "data", folder / "bench.toml")
        window = min(500, count // 2)
        print(f"{label:22} {result['seconds']:7.1f} s  {count / result['seconds']:6.1f} pages/s  peak PSS "
              f"{result['peak_mb']:.0f} MB (by quarter of the run: "
              f"{', '.join(f'{q:.0f}' for q in result['pss_by_quarter'])}; at the peak: "
              f"{', '.join(f'{k} {v:.0f}' for k, v in sorted(result['peak_by_role'].items()))})  "
              f"CPU s: {', '.join(f'{k} {v:.1f}' for k, v in sorted(result['cpu'].items()))}")
        print(f"  {rate_drift(stored_times(folder / 'data'), window)} (target: last >= 0.8 x first)")
        site.close()


if __name__ == "__main__":
    main()
