"""What `confwatch status` reports: runs, locks, next times, digests, what is stored and awaits review."""
from __future__ import annotations

from datetime import datetime

from jobs.config import Config
from jobs.lock import SCHEDULE_LOCK_NAME, holder
from jobs.runner import pid_alive, totals
from jobs.digest import missed_digest_days
from jobs.schedule import planned_jobs
from storage.articles import count_articles, rejected_pages
from storage.digests import last_digest
from storage.ledger import counts_by_event, unreviewed_flags
from storage.runs import recent_runs, run_errors


def duration(started: str, ended: str) -> float | None:
    """Seconds between two ISO times; None while a run has not ended."""
    try:
        return (datetime.fromisoformat(ended) - datetime.fromisoformat(started)).total_seconds()
    except (TypeError, ValueError):
        return None


def gather(config: Config, db, data_dir: str, n_runs: int = 5) -> dict:
    """The status of a data directory as plain data (what `status --json` prints)."""
    last = last_digest(db)
    runs = []
    for r in recent_runs(db, n_runs):
        if r["status"] == "running" and not pid_alive(r["pid"]):
            r["status"] = "interrupted"  # the next run records it so
        new, errors = totals(r["sources"])
        runs.append({**r, "duration_s": duration(r["started_at"], r["ended_at"]), "new": new, "errors": errors,
                     "failed_sources": sorted(n for n, c in r["sources"].items() if c.get("failed")),
                     "error_messages": run_errors(db, r["id"])[:10]})
    return {"data": data_dir, "articles": count_articles(db), "running_pid": holder(data_dir),
            "scheduler_pid": holder(data_dir, SCHEDULE_LOCK_NAME), "timezone": config.schedule["timezone"],
            "next": [{"id": j.id, "cron": j.cron, "at": j.next_run.isoformat()} for j in planned_jobs(config)],
            "missed_digests": [d.isoformat() for d in missed_digest_days(db, config)],
            "events": counts_by_event(db), "unreviewed_flags": unreviewed_flags(db),
            "rejected_pages": rejected_pages(db),
            "last_digest": last, "runs": runs}
