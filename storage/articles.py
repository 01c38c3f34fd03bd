"""Storing and querying articles."""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator

import sqlite_utils

from extract.records import Article, field_names
from extract.urls import url_key

ARTICLE_FIELDS = field_names(Article)


def upsert_article(db: sqlite_utils.Database, article: Article, *, run_id: str, now: str) -> tuple[bool, str]:
    """Insert or update an article (found by id, canonical URL or url_key); return (is new, stored id)."""
    row = article.to_dict()
    key = key_of(article.canonical_url)
    table = db["articles"]
    with db.atomic():
        existing = list(db.query("select id from articles where id = ? or canonical_url = ? or url_key = ? "
                                 "order by id = ? desc limit 1", [article.id, article.canonical_url, key, article.id]))
        if existing:
            table.update(existing[0]["id"], {**row, "id": existing[0]["id"]})
            article_id, is_new = existing[0]["id"], False
        else:
            table.insert({**row, "first_seen_at": now, "run_id": run_id, "url_key": key, "cluster": article.id})
            article_id, is_new = article.id, True
        if key.startswith("//"):
            mark_seen(db, key, url=article.url, status="stored", article_id=article_id, source=article.source,
                      title=article.title, run_id=run_id, now=now)
    return is_new, article_id


def key_of(canonical: str) -> str:
    """The url_key of a canonical URL; a URN (imported text without a URL) is its own key."""
    return url_key(canonical) if canonical.startswith(("http://", "https://")) else canonical


def mark_seen(db: sqlite_utils.Database, key: str, *, url: str, status: str, source: str, title: str = "",
              article_id: str = "", reason: str = "", run_id: str = "", now: str = "") -> None:
    """Remember that the page behind key was fetched and judged (stored or rejected)."""
    db["seen"].upsert({"url_key": key, "url": url, "status": status, "article_id": article_id, "source": source,
                       "title": title, "reason": reason, "run_id": run_id, "at": now}, pk="url_key")


def known_keys(db: sqlite_utils.Database, keys: Iterable[str]) -> set[str]:
    """Return those of the url_keys already fetched and judged (stored or rejected)."""
    wanted = list(dict.fromkeys(keys))
    found: set[str] = set()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r["url_key"] for r in db.query(
            f"select url_key from seen where url_key in ({marks})", chunk))
    return found


def is_known(db: sqlite_utils.Database, url: str) -> bool:
    """True when the page behind url (any of its http/https, www, mobile or AMP variants) was judged before."""
    return bool(known_keys(db, [url_key(url)]))


def _article(row: dict) -> Article:
    return Article(**{k: row[k] for k in ARTICLE_FIELDS})


class SearchError(ValueError):
    """A full-text query SQLite cannot read; the message says what is wrong."""


_PHRASE = re.compile(r'"([^"]*)"|(\S+)')


def fts_query(text: str) -> str:
    """User words as an FTS5 query that cannot be a syntax error: every word and every "quoted phrase" is one
    quoted phrase (FTS5's own punctuation, AND/OR/NOT, * and ^ lose their meaning), all of them required."""
    parts = []
    for phrase, word in _PHRASE.findall(text[:2000]):
        term = (phrase or word).replace('"', "").strip()
        if term:
            parts.append('"' + term + '"')
    return " ".join(parts)


def iter_articles(db: sqlite_utils.Database, *, since: str = "", until: str = "", search: str = "",
                  limit: int | None = None, fts: str = "", published_order: bool = False) -> Iterator[Article]:
    """Yield stored articles in the order first seen (or of publication date); since/until bound first_seen_at;
    search: user words (see fts_query); fts: a raw FTS5 query (SearchError when SQLite cannot read it)."""
    for row in article_rows(db, since=since, until=until, search=search, limit=limit, fts=fts,
                            published_order=published_order):
        yield _article(row)


def article_rows(db: sqlite_utils.Database, *, since: str = "", until: str = "", search: str = "",
                 limit: int | None = None, fts: str = "", published_order: bool = False) -> list[dict]:
    """Stored article rows (with their reprint cluster) as iter_articles selects them."""
    if search:
        search = fts_query(search)
        if not search:
            return []
    query = fts or search
    where, params = ["1=1"], []
    if since:
        where.append("a.first_seen_at >= ?")
        params.append(since)
    if until:
        where.append("a.first_seen_at < ?")
        params.append(until)
    if query:
        where.append("a.rowid in (select rowid from articles_fts where articles_fts match ?)")
        params.append(query)
    order = "a.date, a.published_at, a.first_seen_at, a.rowid" if published_order else "a.first_seen_at, a.rowid"
    sql = f"select a.* from articles a where {' and '.join(where)} order by {order}"
    if limit:
        sql += f" limit {int(limit)}"
    try:
        return [dict(r) for r in db.query(sql, params)]
    except sqlite3.OperationalError as exc:
        if query and ("fts5" in str(exc) or "syntax" in str(exc)):
            raise SearchError(str(exc)) from None
        raise


def count_articles(db: sqlite_utils.Database) -> int:
    """Return the number of stored articles."""
    return db["articles"].count


def get_article_row(db: sqlite_utils.Database, article_id: str) -> dict:
    """One stored article's row, every column."""
    return dict(db["articles"].get(article_id))


def first_seen_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Id, cluster and primary event and edition of the articles first seen in [start, end), in that order."""
    return [dict(r) for r in db.query(
        "select a.id, a.cluster, e.event, e.edition from articles a left join article_events e "
        "on e.article_id = a.id and e.primary_event = 1 where a.first_seen_at >= ? and a.first_seen_at < ? "
        "order by a.first_seen_at, a.rowid", [start, end])]


def rejected_pages(db: sqlite_utils.Database) -> int:
    """How many fetched pages were rejected as off-topic."""
    return db["seen"].count_where("status = 'rejected'")
