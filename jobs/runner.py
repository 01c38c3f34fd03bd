"""Starting a crawl in a child process and recording its run."""
from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
from pathlib import Path

from jobs.clock import now_iso
from jobs.config import Config
from storage.db import open_db
from storage.runs import finish_run, get_run, mark_interrupted, run_errors, start_run


def pid_alive(pid: int) -> bool:
    """True when a process with this pid exists."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int):
    """A preexec function: the child is killed when the process that started it ends, however it ends (so a
    killed `confwatch run` never leaves a crawl writing on behind it)."""
    def setup() -> None:
        if sys.platform.startswith("linux"):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the parent ended before the signal was armed
            os._exit(1)
    return setup


def prune_logs(logs: Path, keep: int) -> None:
    """Delete all but the newest `keep` crawl logs (their names sort by start time)."""
    for old in sorted(logs.glob("crawl-*.log"))[:-keep or None]:
        old.unlink(missing_ok=True)


def crawl(config: Config, data_dir: str, *, proxy: str = "", spiders: list[str] | None = None) -> dict:
    """Run one crawl of every enabled source in a child process; return the finished run row."""
    db = open_db(data_dir)
    mark_interrupted(db, now=now_iso(), alive=pid_alive)
    run_id = start_run(db, kind="crawl", now=now_iso(), pid=os.getpid())
    logs = Path(data_dir) / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    log_file = logs / f"crawl-{run_id}.log"
    prune_logs(logs, keep=max(1, config.crawl["keep_logs"]) - 1)
    cmd = [sys.executable, "-m", "crawler.run", "--data", str(data_dir), "--run-id", run_id,
           "--log-file", str(log_file)]
    if config.path != "<packaged default>":
        cmd += ["--config", config.path]
    proxy = proxy or config.crawl["proxy"]
    if proxy:
        cmd += ["--proxy", proxy]
    for name in spiders or []:
        cmd += ["--spider", name]
    if not config.enabled_sources():
        finish_run(db, run_id, status="ok", now=now_iso())
        return {**get_run(db, run_id), "errors": [], "log": ""}
    child = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           preexec_fn=die_with_parent(os.getpid()))
    run = get_run(db, run_id)
    failed = any(counts.get("failed") for counts in run["sources"].values())
    if child.returncode != 0:
        status = "failed"
        with log_file.open("a", encoding="utf-8") as fh:
            fh.write(child.stderr[-20000:])
    else:
        status = "partial" if failed else "ok"
    finish_run(db, run_id, status=status, now=now_iso())
    run = get_run(db, run_id)
    run["errors"] = run_errors(db, run_id)
    run["log"] = str(log_file)
    if child.returncode != 0:
        run["errors"].append({"source": "-", "url": "", "message": f"crawl process exited with {child.returncode}: "
                              f"{child.stderr.strip().splitlines()[-1] if child.stderr.strip() else 'no output'}"})
    return run
