"""Storing and querying articles."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import sqlite_utils

from extract.records import Article, field_names

ARTICLE_FIELDS = field_names(Article)


def upsert_article(db: sqlite_utils.Database, article: Article, *, run_id: str, now: str) -> bool:
    """Insert or update an article by id; return True when it was not stored before."""
    row = article.to_dict()
    table = db["articles"]
    with db.atomic():
        existing = list(db.query("select id from articles where id = ? or canonical_url = ?",
                                 [article.id, article.canonical_url]))
        if existing:
            table.update(existing[0]["id"], row)
            return False
        table.insert({**row, "first_seen_at": now, "run_id": run_id})
        return True


def known_urls(db: sqlite_utils.Database, canonical_urls: Iterable[str]) -> set[str]:
    """Return those of the canonical URLs that are already stored."""
    urls = list(dict.fromkeys(canonical_urls))
    found: set[str] = set()
    for i in range(0, len(urls), 500):
        chunk = urls[i:i + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r["canonical_url"] for r in db.query(
            f"select canonical_url from articles where canonical_url in ({marks})", chunk))
    return found


def _article(row: dict) -> Article:
    return Article(**{k: row[k] for k in ARTICLE_FIELDS})


def iter_articles(db: sqlite_utils.Database, *, since: str = "", until: str = "", search: str = "",
                  limit: int | None = None) -> Iterator[Article]:
    """Yield stored articles in the order first seen; since/until bound first_seen_at, search uses FTS."""
    where, params = ["1=1"], []
    if since:
        where.append("a.first_seen_at >= ?")
        params.append(since)
    if until:
        where.append("a.first_seen_at < ?")
        params.append(until)
    if search:
        where.append("a.rowid in (select rowid from articles_fts where articles_fts match ?)")
        params.append(search)
    sql = f"select a.* from articles a where {' and '.join(where)} order by a.first_seen_at, a.rowid"
    if limit:
        sql += f" limit {int(limit)}"
    for row in db.query(sql, params):
        yield _article(row)


def count_articles(db: sqlite_utils.Database) -> int:
    """Return the number of stored articles."""
    return db["articles"].count
