"""Starting a crawl in a child process and recording its run."""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import ExitStack, closing, contextmanager
from pathlib import Path

from storage.clock import now_iso
from jobs.config import Config
from jobs.crawlchild import crawl_process
from storage.db import EXIT_DB_REFUSED, explain, open_db
from storage.digests import digest_written
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


def prune_logs(logs: Path, keep: int) -> None:
    """Delete all but the newest `keep` crawl logs (their names sort by start time)."""
    for old in sorted(logs.glob("crawl-*.log"))[:-keep or None]:
        old.unlink(missing_ok=True)


def _wait(child: subprocess.Popen, progress: Path, log_file: Path, watch, log_sink) -> tuple[str, str]:
    """Wait for the crawl process, showing its counters (watch) and log lines (log_sink) as they come;
    return its stdout and stderr."""
    offset = 0
    while True:
        try:
            out, err = child.communicate(timeout=0.5)
            done = True
        except subprocess.TimeoutExpired:
            done = False
        if watch is not None:
            with contextlib.suppress(OSError, ValueError):
                watch(json.loads(progress.read_text(encoding="utf-8")))
        if log_sink is not None:
            with contextlib.suppress(OSError):
                with log_file.open("rb") as fh:
                    fh.seek(offset)
                    chunk = fh.read(1 << 20)
                offset += len(chunk)
                for line in chunk.decode("utf-8", "replace").splitlines():
                    log_sink(line)
        if done:
            return out, err


def crawl(config: Config, data_dir: str, *, proxy: str = "", spiders: list[str] | None = None,
          watch=None, log_sink=None) -> dict:
    """Run one crawl of every enabled source in a child process; return the finished run row. watch(counts) is
    called about twice a second with each source's counters so far, log_sink(line) with each new log line."""
    with closing(open_db(data_dir)) as db:  # closed when the crawl ends: a scheduler runs many
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
        progress = logs / f"crawl-{run_id}.progress.json"
        if watch is not None:
            cmd += ["--progress", str(progress)]
        try:
            with crawl_process(cmd[3:]) as proc:
                try:
                    stdout, stderr = _wait(proc, progress, log_file, watch, log_sink)
                except BaseException:  # interrupted (Ctrl-C, SIGTERM): the crawl stops with it
                    proc.kill()
                    proc.wait()
                    raise
            child = subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)
        except BaseException:
            finish_run(db, run_id, status="interrupted", now=now_iso())
            raise
        finally:
            progress.unlink(missing_ok=True)
            Path(f"{progress}.tmp").unlink(missing_ok=True)
        if child.returncode == EXIT_DB_REFUSED:  # the crawl could not store what it found: say why, exit 1
            with contextlib.suppress(sqlite3.Error):
                finish_run(db, run_id, status="failed", now=now_iso())
            lines = child.stderr.strip().splitlines()
            raise sqlite3.OperationalError(lines[-1].split(": ", 2)[-1] if lines else "database refused a write")
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


def totals(sources: dict) -> tuple[int, int]:
    """New articles and errors of a run, over its sources."""
    return (sum(c.get("new", 0) for c in sources.values()), sum(c.get("errors", 0) for c in sources.values()))


def run_summary(run: dict) -> str:
    """The one-line account of a finished run_once."""
    new, errors = totals(run["sources"])
    sent = "".join(f"; {run[k]}" for k in ("mail", "notify") if run.get(k))
    failed = sum(e["source"] == "notify" for e in run.get("errors", []))
    sent += f"; {failed} notification{'s' if failed != 1 else ''} failed" if failed else ""
    return f"run {run['status']}: {new} new articles, {errors} errors; digest {run['digest']}{sent}"


@contextmanager
def _storage_errors(data_dir: str):
    """SQLite errors (a full disk, a database made read-only) as a StorageError that says what to do."""
    try:
        yield
    except sqlite3.Error as exc:
        raise explain(exc, data_dir) from exc


def _open_digest(db, config: Config, data_dir: str, run: dict, day) -> str:
    """Write the digest still open so that it shows this crawl, and return its path. A crawl that stored nothing
    and met no error leaves an already written open digest as it is: it would differ only by that crawl's line
    under source health (the day's complete digest lists every crawl), and its feed entry keeps its time."""
    from jobs.digest import digest_paths, write_digest

    quiet = not any(c.get("new") or c.get("updated") or c.get("errors") for c in run["sources"].values())
    markdown = digest_paths(data_dir, day)[0]
    if quiet and run["status"] == "ok" and not run["errors"] and markdown.exists() and digest_written(db, day):
        return str(markdown)
    return str(write_digest(db, config, data_dir, day).markdown)


def run_once(config: Config, data_dir: str, *, proxy: str = "", watch=None, log_sink=None) -> dict:
    """What `confwatch run` and each scheduled crawl do, holding the data directory's lock: crawl; write the
    digests of complete days not yet written after their end (the last one, or those missed while nothing
    ran); write the digest still open (it shows this crawl); with [mail] enabled, e-mail the last complete day
    unless it was sent before. Returns the run record with `digest` (path) and `mail` (what happened).
    Raises LockHeld when another run holds the data directory."""
    from jobs.digest import closed_day, missed_digest_days, open_day, write_digest
    from jobs.lock import RunLock
    from jobs.mail import MailError, send_digest

    with RunLock(data_dir), _storage_errors(data_dir), ExitStack() as stack:
        run = crawl(config, data_dir, proxy=proxy, watch=watch, log_sink=log_sink)
        db = stack.enter_context(closing(open_db(data_dir)))
        done = None
        for day in missed_digest_days(db, config):
            done = write_digest(db, config, data_dir, day)
        run["digest"] = _open_digest(db, config, data_dir, run, open_day(config))
        run["mail"] = ""
        if config.mail["enabled"] or config.notify["urls"]:
            if done is None or done.data["day"] != closed_day(config).isoformat():
                done = write_digest(db, config, data_dir, closed_day(config))
        if config.mail["enabled"]:
            try:
                outcome = send_digest(db, config, done.data, done.html.read_text("utf-8"))
                run["mail"] = f"e-mail for {done.data['day']} {outcome}"
            except MailError as exc:
                run["mail"] = f"e-mail for {done.data['day']} not sent"
                run["errors"].append({"source": "mail", "url": "", "message": str(exc)})
                run["status"] = "partial"
        if config.notify["urls"]:
            _notify(db, config, run, done.data)
    return run


def _notify(db, config: Config, run: dict, digest: dict) -> None:
    """Send the last complete day's summary through [notify] URLs (once per day and URL), then the alerts for
    the figures this run decided; a failure is an error of the run, never lost silently."""
    from jobs.notify import check_alerts, notify_digest
    from storage.ledger import query_figures

    outcomes, errors = notify_digest(db, config, digest)
    if config.alerts:
        figures = [f for f in query_figures(db, since=run["started_at"]) if f["status"] in ("new", "changed")]
        notified, alert_errors = check_alerts(db, config, figures)
        errors += alert_errors
        if notified:
            outcomes.append(f"{notified} figures alerted")
    run["notify"] = "; ".join(outcomes)
    for message in errors:
        run["errors"].append({"source": "notify", "url": "", "message": message})
        run["status"] = "partial"
