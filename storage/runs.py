"""Run history: one row per crawl or import, with per-source counts and errors."""
from __future__ import annotations

import json
import uuid

import sqlite_utils

from extract.urls import redact_url

# Per-source counters of a run, in the order a listing's candidates go through the crawl:
# requests made; candidates listed; filtered out before fetching (no event named); known (fetched before);
# relevant or rejected (off-topic) after fetching; new, updated, stored; not_modified feeds; errors.
COUNTERS = ("requests", "candidates", "filtered", "known", "relevant", "rejected", "new", "updated", "stored",
            "not_modified", "errors", "over_limit", "blocked")


def start_run(db: sqlite_utils.Database, *, kind: str, now: str, pid: int) -> str:
    """Record the start of a run and return its id."""
    run_id = f"{now[:19].replace(':', '').replace('-', '')}-{uuid.uuid4().hex[:6]}"
    db["runs"].insert({"id": run_id, "kind": kind, "started_at": now, "ended_at": "",
                       "status": "running", "pid": pid, "sources": "{}"})
    return run_id


def add_counts(db: sqlite_utils.Database, run_id: str, source: str, **counts: int) -> None:
    """Add to a run's counters for one source."""
    with db.atomic():
        row = db["runs"].get(run_id)
        sources = json.loads(row["sources"] or "{}")
        entry = sources.setdefault(source, dict.fromkeys(COUNTERS, 0))
        for key, value in counts.items():
            entry[key] = entry.get(key, 0) + value
        db["runs"].update(run_id, {"sources": json.dumps(sources, sort_keys=True)})


def record_error(db: sqlite_utils.Database, run_id: str, *, source: str, url: str, message: str, now: str) -> None:
    """Record one failure of a run (a page, a file or a whole source)."""
    # a password in a URL (a link, a redirect target) never reaches the database, the output or a digest
    db["errors"].insert({"run_id": run_id, "source": source, "url": redact_url(url),
                         "message": redact_url(message)[:2000], "at": now})


def finish_run(db: sqlite_utils.Database, run_id: str, *, status: str, now: str) -> None:
    """Mark a run as ended with status ok, partial or failed."""
    db["runs"].update(run_id, {"status": status, "ended_at": now})


def get_run(db: sqlite_utils.Database, run_id: str) -> dict:
    """Return a run row with its sources decoded."""
    row = dict(db["runs"].get(run_id))
    row["sources"] = json.loads(row["sources"] or "{}")
    return row


def recent_runs(db: sqlite_utils.Database, limit: int = 10) -> list[dict]:
    """Return the latest runs, newest first."""
    rows = []
    for row in db.query("select * from runs order by started_at desc, rowid desc limit ?", [limit]):
        row = dict(row)
        row["sources"] = json.loads(row["sources"] or "{}")
        rows.append(row)
    return rows


def run_errors(db: sqlite_utils.Database, run_id: str) -> list[dict]:
    """Return the errors recorded for a run."""
    return list(db.query("select source, url, message, at from errors where run_id = ? order by id", [run_id]))


def mark_interrupted(db: sqlite_utils.Database, *, now: str, alive) -> int:
    """Mark runs still 'running' whose process is gone as interrupted; return how many."""
    n = 0
    for row in list(db.query("select id, pid from runs where status = 'running'")):
        if not alive(row["pid"]):
            db["runs"].update(row["id"], {"status": "interrupted", "ended_at": now})
            n += 1
    return n


def last_success(db: sqlite_utils.Database, source: str) -> str:
    """Start time of the latest finished crawl in which the source ran without failing, '' if none."""
    for row in db.query("select started_at, sources from runs where kind = 'crawl' and status in ('ok', 'partial') "
                        "order by started_at desc limit 200"):
        counts = json.loads(row["sources"] or "{}").get(source)
        if counts is not None and not counts.get("failed"):
            return row["started_at"]
    return ""
