"""What the crawl remembers about its sources between runs: HTTP validators and resolved links."""
from __future__ import annotations

import sqlite_utils


def validators_for(db: sqlite_utils.Database, url: str) -> dict[str, str]:
    """Conditional-request headers for a feed or sitemap URL fetched before ({} the first time)."""
    row = next(db.query("select etag, last_modified from validators where url = ?", [url]), None)
    headers = {}
    if row and row["etag"]:
        headers["If-None-Match"] = row["etag"]
    if row and row["last_modified"]:
        headers["If-Modified-Since"] = row["last_modified"]
    return headers


def save_validators(db: sqlite_utils.Database, url: str, *, source: str, etag: str, last_modified: str,
                    now: str) -> None:
    """Remember a response's ETag and Last-Modified (or forget them when it sent neither)."""
    if not etag and not last_modified:
        db.execute("delete from validators where url = ?", [url])
        return
    db["validators"].upsert({"url": url, "source": source, "etag": etag[:500], "last_modified": last_modified[:100],
                             "at": now}, pk="url")


def resolved(db: sqlite_utils.Database, url: str) -> str:
    """The publisher URL a search engine's link was resolved to before, '' if never."""
    row = next(db.query("select target from url_map where url = ?", [url]), None)
    return row["target"] if row else ""


def save_resolved(db: sqlite_utils.Database, url: str, target: str, *, source: str, now: str) -> None:
    """Remember where a search engine's link leads."""
    db["url_map"].upsert({"url": url, "target": target, "source": source, "at": now}, pk="url")
