"""Killing a real `confwatch run` with SIGKILL at several points, then running again: nothing lost, nothing
twice, the database intact, the killed run recorded as interrupted."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ROOT, SAMPLE_ARTICLES, confwatch, demo_config

HELD_PAGE = ("www.globaltimes.cn", "/page/202412/1325561.shtml")  # one of the sample articles


def start_run(data: Path, cfg: Path) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("confwatch")
    env = {k: v for k, v in os.environ.items() if k != "CONFWATCH_DATA"}
    return subprocess.Popen([str(exe), "--data", str(data), "--config", str(cfg), "run"], cwd=ROOT, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def stored_articles(data: Path) -> int:
    path = data / "confwatch.db"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:  # the tables are not created yet
        return 0


def crawl_processes(data: Path) -> list[int]:
    """Pids of crawl child processes working on this data directory."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                args = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"crawler.run" in args and str(data).encode() in args:
                found.append(int(entry.name))
    return found


def descendants(pid: int) -> set[int]:
    """Every living process below pid: the crawl, its forkserver, extraction workers, resource tracker."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def alive(pid: int) -> bool:
    """True for a process that exists and is not a zombie waiting for its parent."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def snapshot(data: Path) -> dict:
    with sqlite3.connect(data / "confwatch.db") as conn:
        return {
            "integrity": conn.execute("pragma integrity_check").fetchone()[0],
            "articles": {r[0] for r in conn.execute("select url_key from articles")},
            "article_rows": conn.execute("select count(*) from articles").fetchone()[0],
            # by the article's url_key: which of two URLs of one page (www. or m.) is stored first, and so the
            # article's id, depends on which source reaches it first
            "figures": {r for r in conn.execute("select a.url_key, f.start, f.end, f.value, f.unit from figures f "
                                                "join articles a on a.id = f.article_id")},
            "figure_rows": conn.execute("select count(*) from figures").fetchone()[0],
            "clusters": {r for r in conn.execute("select url_key, (select url_key from articles b "
                                                  "where b.id = a.cluster) from articles a")},
            "runs": [r[0] for r in conn.execute("select status from runs order by started_at, rowid")],
        }


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """What one uninterrupted run stores."""
    from jobs.samplesite import SampleSite

    tmp = tmp_path_factory.mktemp("reference")
    with SampleSite() as site:
        result = confwatch("--data", str(tmp / "data"), "--config", str(demo_config(tmp, site.proxy)), "run")
    assert result.returncode == 0, result.stderr
    return snapshot(tmp / "data")


def wait_for(condition, what: str, limit: float = 90) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.005)


@pytest.mark.parametrize("point", ["fetching", "storing-first", "storing-middle"])
def test_killed_run_loses_nothing_and_duplicates_nothing(tmp_path, sample_site, reference, point):
    cfg = demo_config(tmp_path, sample_site.proxy)
    data = tmp_path / "data"
    gate = sample_site.hold(*HELD_PAGE) if point == "fetching" else None
    run = start_run(data, cfg)
    try:
        if gate is not None:  # the crawl is waiting for a page: some articles stored, others still in flight
            wait_for(gate.reached.is_set, "the held page to be requested")
        else:  # the pipeline is storing: kill as soon as the first / the ninth article is in the database
            at_least = 1 if point == "storing-first" else SAMPLE_ARTICLES // 2
            wait_for(lambda: stored_articles(data) >= at_least or run.poll() is not None, "articles to be stored")
            assert run.poll() is None, "the run ended before it could be killed"
        assert crawl_processes(data)
        family = descendants(run.pid)
        assert family, "the run had started no process to check"
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=10)
        # the crawl child does not outlive the killed run (it would go on writing behind the next run's back),
        # even while a page it waits for is still held; nor does any process it started (forkserver, extraction
        # workers, resource tracker)
        wait_for(lambda: not crawl_processes(data), "the crawl process to end", limit=10)
        wait_for(lambda: not any(alive(p) for p in family), f"every process of the run to end ({family})", limit=15)
    finally:
        if gate is not None:
            gate.open()
    assert stored_articles(data) < SAMPLE_ARTICLES

    again = confwatch("--data", str(data), "--config", str(cfg), "run", "--json")
    assert again.returncode == 0, again.stderr
    after = snapshot(data)
    assert after["integrity"] == "ok"
    assert after["runs"] == ["interrupted", "ok"]
    missing = reference["articles"] - after["articles"]
    assert after["article_rows"] == len(after["articles"]) == SAMPLE_ARTICLES, (
        f"missing after the rerun: {sorted(missing)}; the rerun per source: {json.loads(again.stdout)['sources']}")
    assert after["articles"] == reference["articles"]
    assert after["figure_rows"] == len(after["figures"]) and after["figures"] == reference["figures"]
    assert after["clusters"] == reference["clusters"]
    status = confwatch("--data", str(data), "status")
    assert "interrupted" in status.stdout


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_or_ctrl_c_stops_a_run_and_records_it_as_interrupted(tmp_path, sample_site, signum):
    cfg = demo_config(tmp_path, sample_site.proxy)
    data = tmp_path / "data"
    gate = sample_site.hold(*HELD_PAGE)
    run = start_run(data, cfg)
    try:
        wait_for(gate.reached.is_set, "the held page to be requested")
        run.send_signal(signum)
        code = run.wait(timeout=30)
        wait_for(lambda: not crawl_processes(data), "the crawl process to end", limit=10)
    finally:
        gate.open()
    assert code == 128 + signum
    assert f"stopped by {signal.Signals(signum).name}" in run.stderr.read()
    assert snapshot(data)["runs"] == ["interrupted"]  # recorded at once, not only by the next run


def test_a_run_stops_at_its_deadline_and_reads_the_rest_next_time(tmp_path, sample_site):
    cfg = demo_config(tmp_path, sample_site.proxy)
    text = cfg.read_text()
    cfg.write_text(text.replace("[crawl]\n", "[crawl]\nmax_minutes = 0.05\n", 1))  # a 3-second run
    data = tmp_path / "data"
    gate = sample_site.hold(*HELD_PAGE)  # a page that does not come
    started = time.monotonic()
    try:
        cut = confwatch("--data", str(data), "--config", str(cfg), "run", "--json", timeout=90)
    finally:
        gate.open()
    took = time.monotonic() - started
    assert took < 45, f"the run went on {took:.0f} s past its 3-second deadline"
    report = json.loads(cut.stdout)
    assert report["status"] == "partial"
    assert any("crawl.max_minutes" in e["message"] for e in report["errors"]), report["errors"]
    assert stored_articles(data) < SAMPLE_ARTICLES
    cfg.write_text(text)
    again = confwatch("--data", str(data), "--config", str(cfg), "run", "--json")
    assert again.returncode == 0, again.stderr
    assert stored_articles(data) == SAMPLE_ARTICLES  # no listing was skipped as "not modified"


def test_twenty_kills_at_random_moments_leave_every_article_stored_exactly_once(tmp_path, reference):
    import random

    from jobs.samplesite import SampleSite

    rng = random.Random(20)
    data = tmp_path / "data"
    with SampleSite(latency=0.2) as site:  # a slow site: a whole crawl takes several seconds
        cfg = demo_config(tmp_path, site.proxy)
        for _ in range(20):
            run = start_run(data, cfg)
            time.sleep(rng.uniform(0.3, 4.0))
            family = descendants(run.pid)
            run.send_signal(signal.SIGKILL)
            run.wait(timeout=10)
            wait_for(lambda: not crawl_processes(data), "the crawl process to end", limit=15)
            wait_for(lambda: not any(alive(p) for p in family), f"every process of the run to end ({family})",
                     limit=15)
        final = confwatch("--data", str(data), "--config", str(cfg), "run", "--json", timeout=300)
    assert final.returncode == 0, final.stderr
    after = snapshot(data)
    assert after["integrity"] == "ok"
    assert after["runs"][-1] == "ok" and "running" not in after["runs"]
    assert after["runs"].count("interrupted") >= 10, after["runs"]  # most kills landed in a crawl
    assert after["article_rows"] == len(after["articles"]) == SAMPLE_ARTICLES
    assert after["articles"] == reference["articles"]
    assert after["figure_rows"] == len(after["figures"]) and after["figures"] == reference["figures"]
    assert after["clusters"] == reference["clusters"]
