"""The digests table: one row per digest day, what it held (its counts, and its summary as HTML for the feed),
and whether (and to whom) it was e-mailed."""
from __future__ import annotations

import sqlite_utils

SENDING = "sending:"  # sent_at while a process holds the day's e-mail: "sending:<pid>"


def record_digest(db: sqlite_utils.Database, day: str, *, window_start: str, window_end: str, written_at: str,
                  articles: int, new_figures: int, changed_figures: int, html: str) -> None:
    """Record a written digest day; a day written again keeps its sent mark (only the content is replaced)."""
    with db.atomic():
        db.execute("insert into digests (day, sent_at, sent_to, message_id) values (?, '', '', '') "
                   "on conflict(day) do nothing", [day])
        db["digests"].update(day, {"window_start": window_start, "window_end": window_end, "written_at": written_at,
                                   "articles": articles, "new_figures": new_figures,
                                   "changed_figures": changed_figures, "html": html})


def feed_entries(db: sqlite_utils.Database, limit: int) -> list[dict]:
    """The newest digest days with their summary HTML, for the Atom feed."""
    return [dict(r) for r in db.query("select day, written_at, window_end, articles, new_figures, changed_figures, html "
                                      "from digests order by day desc limit ?", [limit])]


def digest_days(db: sqlite_utils.Database, until: str) -> list[dict]:
    """Day, written_at and window_end of every digest day up to `until` (ISO date)."""
    return [dict(r) for r in db.query("select day, written_at, window_end from digests where day <= ?", [until])]


def last_digest(db: sqlite_utils.Database) -> dict | None:
    """The latest digest day: day, written_at, sent_at; None before the first."""
    row = next(db.query("select day, written_at, sent_at from digests order by day desc limit 1"), None)
    return dict(row) if row else None


def get_digest(db: sqlite_utils.Database, day: str) -> dict:
    """One digest day's row."""
    return dict(db["digests"].get(day))


def claim_sending(db: sqlite_utils.Database, day: str, pid: int, *, force: bool, alive) -> bool:
    """Mark the day as being e-mailed by process pid, so that two processes never both send it; a claim left by a
    dead process (alive(pid) false) is cleared first. False when the day was sent (unless force) or is claimed."""
    row = get_digest(db, day)
    if row["sent_at"].startswith(SENDING) and not alive(row["sent_at"][len(SENDING):]):
        db.execute("update digests set sent_at = '' where day = ? and sent_at = ?", [day, row["sent_at"]])
    with db.conn:
        cur = db.execute("update digests set sent_at = ? where day = ? and (sent_at = '' or ?)",
                         [f"{SENDING}{pid}", day, force])
    return cur.rowcount == 1


def release_sending(db: sqlite_utils.Database, day: str, pid: int) -> None:
    """Give up this process's claim on the day (the e-mail failed)."""
    db.execute("update digests set sent_at = '' where day = ? and sent_at = ?", [day, f"{SENDING}{pid}"])
    db.conn.commit()


def mark_sent(db: sqlite_utils.Database, day: str, *, at: str, to: str, message_id: str) -> None:
    """Record that the day's digest was e-mailed."""
    db["digests"].update(day, {"sent_at": at, "sent_to": to, "message_id": message_id})


def digest_written(db: sqlite_utils.Database, day) -> bool:
    """True when the digest of `day` (a date) has been written at least once."""
    row = next(db.query("select written_at from digests where day = ?", [day.isoformat()]), None)
    return bool(row and row["written_at"])
