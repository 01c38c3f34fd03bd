"""A full disk and a read-only data directory: a clear error, a non-zero exit, nothing stored lost, never a
half-written digest. The disk is filled by the kernel's file-size limit (RLIMIT_FSIZE: writes past it fail,
as on a full disk); read-only is a read-only mount (as root) or real file permissions."""
from __future__ import annotations

import hashlib
import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, SAMPLE_ARTICLES, confwatch, demo_config

def first_source_only(cfg: Path, tmp_path: Path) -> Path:
    """The configuration with only its first source: a run that stores some of the sample articles."""
    text = cfg.read_text(encoding="utf-8")
    head, first, *_ = text.split("[[sources]]")
    small = tmp_path / "small.toml"
    small.write_text(head + "[[sources]]" + first, encoding="utf-8")
    return small


def files(folder: Path) -> dict[str, str]:
    """Name -> content hash of every file in a folder."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def limited(*args: str, max_bytes: int) -> subprocess.CompletedProcess:
    """Run confwatch with a file-size limit: any write that would make a file larger fails."""
    exe = Path(sys.executable).with_name("confwatch")
    env = {k: v for k, v in os.environ.items() if k != "CONFWATCH_DATA"}
    return subprocess.run([str(exe), *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL,
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes)))


def db_facts(data: Path) -> dict:
    with sqlite3.connect(data / "confwatch.db") as conn:
        return {"integrity": conn.execute("pragma integrity_check").fetchone()[0],
                "articles": sorted(r[0] for r in conn.execute("select id from articles")),
                "figures": conn.execute("select count(*) from figures").fetchone()[0],
                "digests": conn.execute("select * from digests order by day").fetchall()}


def test_full_disk_during_a_run_keeps_what_was_stored_and_the_digests(tmp_path, sample_site):
    cfg = demo_config(tmp_path, sample_site.proxy)
    data = tmp_path / "data"
    assert confwatch("--data", str(data), "--config", str(first_source_only(cfg, tmp_path)), "run").returncode == 0
    before, digests = db_facts(data), files(data / "digests")
    assert 0 < len(before["articles"]) < SAMPLE_ARTICLES

    size = (data / "confwatch.db").stat().st_size
    full = limited("--data", str(data), "--config", str(cfg), "run", max_bytes=size + 8192)
    assert full.returncode == 1
    assert f"cannot write {data / 'confwatch.db'}" in full.stderr and "is full or refuses writes" in full.stderr
    assert "Traceback" not in full.stderr
    # the crawl stopped fetching once the database refused a write
    log = max((data / "logs").glob("crawl-*.log"), key=lambda p: p.stat().st_mtime).read_text(encoding="utf-8")
    assert "the database refuses writes" in log and "stopping this spider" in log
    assert files(data / "digests") == digests  # no digest rewritten, none half-written, no temporary files
    after = db_facts(data)
    assert after["integrity"] == "ok" and set(before["articles"]) <= set(after["articles"])
    assert after["digests"] == before["digests"]

    again = confwatch("--data", str(data), "--config", str(cfg), "run")  # space again: the next run completes
    assert again.returncode == 0, again.stderr
    assert len(db_facts(data)["articles"]) == SAMPLE_ARTICLES


def test_full_disk_while_writing_a_digest_leaves_the_old_one(tmp_path, sample_site):
    cfg = demo_config(tmp_path, sample_site.proxy)
    data = tmp_path / "data"
    assert confwatch("--data", str(data), "--config", str(cfg), "run").returncode == 0
    day = next(p.stem for p in (data / "digests").glob("*.md"))
    (data / "digests" / f"{day}.md").write_text("the digest as it was\n", encoding="utf-8")
    before, digests = db_facts(data), files(data / "digests")

    full = limited("--data", str(data), "--config", str(cfg), "digest", "--date", day, max_bytes=2000)
    assert full.returncode == 1
    assert f"cannot write {data / 'digests' / day}.md: File too large" in full.stderr
    assert "the digest files were left as they were" in full.stderr
    assert files(data / "digests") == digests
    assert db_facts(data)["digests"] == before["digests"]


READ_ONLY_MOUNT = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'


@pytest.fixture
def read_only(tmp_path, sample_site):
    """A data directory after one run, and a function running confwatch with it read-only: a read-only bind
    mount in a private mount namespace when running as root (root writes whatever the permissions say), the
    files' permissions otherwise."""
    cfg = demo_config(tmp_path, sample_site.proxy)
    data = tmp_path / "data"
    assert confwatch("--data", str(data), "--config", str(cfg), "run").returncode == 0
    exe = str(Path(sys.executable).with_name("confwatch"))
    if os.geteuid() == 0:
        probe = subprocess.run(["unshare", "-m", "sh", "-c", READ_ONLY_MOUNT, str(data), "touch", str(data / "p")],
                               capture_output=True, text=True)
        if "Read-only file system" not in probe.stderr:
            pytest.skip(f"running as root without a private read-only mount: {probe.stderr.strip()}")
        prefix = ["unshare", "-m", "sh", "-c", READ_ONLY_MOUNT, str(data)]
    else:
        prefix = []
        for path in [data, *data.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*prefix, exe, "--data", str(data), "--config", str(cfg), *args], cwd=ROOT,
                              capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)

    yield data, run
    for path in [data, *data.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_read_only_data_directory_is_a_clear_error(read_only):
    data, run = read_only
    before, digests = db_facts(data), files(data / "digests")
    for command in (["run"], ["digest"]):
        result = run(*command)
        assert result.returncode != 0, command
        assert f"the data directory {data} is not writable" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert files(data / "digests") == digests
    assert db_facts(data) == before
    # the morning check still works: status reads what it can without writing
    status = run("status")
    assert status.returncode == 0, status.stderr
    assert status.stdout.startswith(f"data directory {data}: {SAMPLE_ARTICLES} articles")
    assert "(read only: this user cannot write the data directory" in status.stdout
    assert "no run in progress" in status.stdout and "latest crawl" in status.stdout
