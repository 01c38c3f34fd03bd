"""The notifications table: each digest day and each alert is sent at most once per notification URL.

A sender claims a (key, url) row before sending and marks it sent after; a failed send releases the claim, so
the next run tries again; a claim left by a dead process is taken over."""
from __future__ import annotations

import sqlite_utils

SENDING = "sending:"


def claim(db: sqlite_utils.Database, key: str, url: str, pid: int, *, alive) -> bool:
    """Claim (key, url) for process pid; False when it was sent already or another live process holds it."""
    with db.conn:
        db.execute("insert into notifications (key, url, sent_at, error) values (?, ?, '', '') "
                   "on conflict(key, url) do nothing", [key, url])
        row = dict(db["notifications"].get((key, url)))
        if row["sent_at"].startswith(SENDING) and not alive(row["sent_at"][len(SENDING):]):
            db.execute("update notifications set sent_at = '' where key = ? and url = ? and sent_at = ?",
                       [key, url, row["sent_at"]])
        cur = db.execute("update notifications set sent_at = ? where key = ? and url = ? and sent_at = ''",
                         [f"{SENDING}{pid}", key, url])
    return cur.rowcount == 1


def release(db: sqlite_utils.Database, key: str, url: str, pid: int, error: str) -> None:
    """Give up a claim after a failed send, keeping the error for `confwatch status`."""
    with db.conn:
        db.execute("update notifications set sent_at = '', error = ? where key = ? and url = ? and sent_at = ?",
                   [error, key, url, f"{SENDING}{pid}"])


def mark_sent(db: sqlite_utils.Database, key: str, url: str, at: str) -> None:
    with db.conn:
        db.execute("update notifications set sent_at = ?, error = '' where key = ? and url = ?", [at, key, url])


def sent_keys(db: sqlite_utils.Database, url: str, keys: list[str]) -> set[str]:
    """Which of these keys were sent through url."""
    if not keys:
        return set()
    found = set()
    for i in range(0, len(keys), 500):
        part = keys[i:i + 500]
        found |= {r["key"] for r in db.query(
            f"select key from notifications where url = ? and sent_at != '' and sent_at not like 'sending:%' "
            f"and key in ({','.join('?' * len(part))})", [url, *part])}
    return found


def sent_at(db: sqlite_utils.Database, key: str, url: str) -> str:
    row = next(db.query("select sent_at from notifications where key = ? and url = ?", [key, url]), None)
    return row["sent_at"] if row else ""
