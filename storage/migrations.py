"""Named, ordered schema migrations."""
from __future__ import annotations

from sqlite_utils import Migrations

migrations = Migrations("confwatch")

# Columns the storage layer keeps beside the Article record fields.
ARTICLE_STORAGE_COLUMNS = {"first_seen_at": str, "run_id": str}


@migrations()
def m001_articles(db):
    db["articles"].create(
        {
            "id": str, "url": str, "canonical_url": str, "site": str, "outlet": str, "credit": str,
            "title": str, "date": str, "published_at": str, "text": str, "language": str,
            "content_hash": str, "fetched_at": str, "source": str,
            **ARTICLE_STORAGE_COLUMNS,
        },
        pk="id",
    )
    db["articles"].create_index(["canonical_url"], unique=True)
    db["articles"].create_index(["first_seen_at"])
    db["articles"].create_index(["date"])
    db["articles"].enable_fts(["title", "text"], create_triggers=True)


@migrations()
def m002_runs(db):
    db["runs"].create(
        {"id": str, "kind": str, "started_at": str, "ended_at": str, "status": str, "pid": int, "sources": str},
        pk="id",
    )
    db["runs"].create_index(["started_at"])
    db["errors"].create(
        {"id": int, "run_id": str, "source": str, "url": str, "message": str, "at": str},
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["errors"].create_index(["run_id"])


@migrations()
def m003_figures(db):
    db["figures"].create(
        {
            "id": str, "article_id": str, "event": str, "edition": int, "surface": str, "start": int, "end": int,
            "sentence": str, "value": float, "unit": str, "noun": str, "qualifier": str, "status": str,
            "previous_value": float, "previous_article": str, "content_hash": str, "created_at": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["figures"].create_index(["article_id"])
    db["figures"].create_index(["event", "edition", "unit"])
    db["figures"].create_index(["created_at"])
    db["article_events"].create(
        {"article_id": str, "event": str, "edition": int, "alias": str, "location": str, "offset": int,
         "edition_from": str, "primary_event": int},
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_events"].create_index(["article_id"])
    db["article_events"].create_index(["event", "edition"])


# Columns added by m004: the article's URL identity, its reprint cluster and the MinHash signature behind it.
ARTICLE_DISCOVERY_COLUMNS = {"url_key": str, "cluster": str, "minhash": bytes}


@migrations()
def m004_discovery(db):
    from extract.urls import url_key

    for name, kind in ARTICLE_DISCOVERY_COLUMNS.items():
        db["articles"].add_column(name, kind)
    for row in list(db.query("select id, canonical_url from articles")):
        key = url_key(row["canonical_url"]) if row["canonical_url"].startswith("http") else row["canonical_url"]
        db.execute("update articles set url_key = ?, cluster = ? where id = ?", [key, row["id"], row["id"]])
    db["articles"].create_index(["url_key"])
    db["articles"].create_index(["cluster"])
    # Every article URL fetched and judged: stored, or rejected as off-topic. Never fetched again.
    db["seen"].create(
        {"url_key": str, "url": str, "status": str, "article_id": str, "source": str, "title": str,
         "reason": str, "run_id": str, "at": str},
        pk="url_key",
    )
    db["seen"].create_index(["status", "at"])
    db.execute("insert into seen (url_key, url, status, article_id, source, title, reason, run_id, at) "
               "select url_key, url, 'stored', id, source, title, '', run_id, first_seen_at from articles "
               "where url_key like '//%'")
    # HTTP validators of feeds and sitemaps for conditional requests.
    db["validators"].create({"url": str, "source": str, "etag": str, "last_modified": str, "at": str}, pk="url")
    # Links of search engines resolved to the publisher's URL, so that they are not resolved again.
    db["url_map"].create({"url": str, "target": str, "source": str, "at": str}, pk="url")


@migrations()
def m005_digests_reviews(db):
    # One row per digest day: when it was written, what it held, and whether (and to whom) it was e-mailed.
    db["digests"].create(
        {"day": str, "window_start": str, "window_end": str, "written_at": str, "articles": int,
         "new_figures": int, "changed_figures": int, "html": str, "sent_at": str, "sent_to": str,
         "message_id": str},
        pk="day",
    )
    # A reviewer's decision on a flagged figure.
    db["reviews"].create({"figure_id": str, "decision": str, "reason": str, "at": str}, pk="figure_id")




@migrations()
def m007_urn_fingerprints(db):
    # An article without a URL was identified by date and title only, so two different articles with the same
    # date and headline overwrote each other. Its identifier now ends with a fingerprint of its content; stored
    # ones get theirs (their ids stay), so that importing the same file again still finds them.
    from extract.article import URN_FINGERPRINT

    for row in list(db.query("select id, canonical_url, content_hash from articles "
                             "where canonical_url like 'urn:confwatch:%'")):
        urn = f"{row['canonical_url']}:{(row['content_hash'] or '')[:URN_FINGERPRINT]}"
        db.execute("update articles set canonical_url = ?, url_key = ? where id = ?", [urn, urn, row["id"]])


# Columns the storage layer keeps beside the LedgerFigure record fields: where the figure's article stands in
# publication order (m008), by which a metric's reports are decided, and whether it is a reprint (m009).
FIGURE_STORAGE_COLUMNS = {"pub_key": str, "reprint": int}


@migrations()
def m008_metrics(db):
    # Figures measure a metric in a scope; a change is refined or a conflict; flags are decided in publication
    # order (pub_key). Figures stored before get their noun as metric, until their article is extracted again.
    from storage.ledger import publication_key

    for name, kind in {"metric": str, "scope": str, "kind": str, "decided_at": str, "pub_key": str}.items():
        db["figures"].add_column(name, kind)
    db.execute("update figures set metric = replace(coalesce(nullif(noun, ''), unit), ' (cumulative)', ''), "
               "scope = case when noun like '%(cumulative)' then 'cumulative' else 'edition' end, kind = '', "
               "decided_at = created_at")
    for row in list(db.query("select id, date, published_at, first_seen_at, rowid from articles")):
        db.execute("update figures set pub_key = ? where article_id = ?", [publication_key(row), row["id"]])
    db["figures"].create_index(["event", "edition", "metric", "scope", "unit", "pub_key"])
    db["figures"].create_index(["event", "edition", "metric", "scope", "unit", "value", "pub_key"])
    db["reviews"].create_index(["decision"])


@migrations()
def m009_headline_figures(db):
    # Headlines are read for figures: a figure is in the text or the title, and keeps the headline's words when
    # the headline reports it too.
    db["figures"].add_column("place", str, not_null_default="text")
    db["figures"].add_column("headline", str, not_null_default="")
    # Whether the figure's article is a reprint (its cluster is another article): the ledger's lookups skip
    # reprints through the index instead of reading past them.
    db["figures"].add_column("reprint", int, not_null_default=0)
    db.execute("update figures set reprint = 1 where article_id in "
               "(select id from articles where cluster is not null and cluster != '' and cluster != id)")
    db["figures"].create_index(["event", "edition", "metric", "scope", "unit", "reprint", "pub_key"])
    db["figures"].create_index(["event", "edition", "metric", "scope", "unit", "reprint", "value", "pub_key"])


@migrations()
def m010_notifications(db):
    # What was sent through each notification URL (as configured, with ${VAR} references, never a secret): a
    # digest day once per URL, an alert once per rule, figure and URL. sent_at is "sending:<pid>" while a
    # process holds the claim.
    db["notifications"].create({"key": str, "url": str, "sent_at": str, "error": str}, pk=("key", "url"))


@migrations()
def m011_date_source(db):
    # Where each article's date came from (dateline, visible, meta, url, listed, seed); '' for articles stored
    # before it was recorded.
    db["articles"].add_column("date_source", str, not_null_default="")


# Column added by m012: the indexed article a near copy (at least 0.9 similar) repeats. Its signature is kept too,
# in a second index searched only when that article itself is no match, so that which article of a story arrived
# first does not decide what joins its cluster. Copies stored before have no signature and stay out of it.
ARTICLE_COPY_COLUMNS = {"near_copy_of": str}


@migrations()
def m012_near_copies(db):
    for name, kind in ARTICLE_COPY_COLUMNS.items():
        db["articles"].add_column(name, kind)


def _placed_again(db, rows: list[dict]) -> None:
    """The figures of these articles get their place in publication order computed again, and the measures they
    report are decided again in the new order."""
    from storage.clock import now_iso
    from storage.ledger import decide_group, publication_key

    for row in rows:
        db.execute("update figures set pub_key = ? where article_id = ?", [publication_key(row), row["id"]])
    groups = {(g["event"], g["edition"], g["metric"], g["scope"], g["unit"]) for article in rows
              for g in db.query("select distinct event, edition, metric, scope, unit from figures "
                                "where article_id = ? and event is not null and event != ''", [article["id"]])}
    now = now_iso()
    for group in sorted(groups, key=lambda g: tuple(str(x) for x in g)):
        decide_group(db, *group, now=now)


@migrations()
def m013_day_start(db):
    # A story dated only by its day stands at the day's start in publication order (it stood after every story
    # timed that day, even one out in the small hours of the next day in Beijing).
    _placed_again(db, list(db.query("select id, date, published_at, first_seen_at, rowid from articles "
                                    "where length(coalesce(published_at, '')) <= 10")))


@migrations()
def m014_corrections_end_their_day(db):
    # A correction dated only by its day stands at the day's end in publication order (it stood at the day's start,
    # before the story it corrects).
    from extract.dates import ends_its_day

    _placed_again(db, [row for row in db.query("select id, title, date, published_at, first_seen_at, rowid from "
                                               "articles where length(coalesce(published_at, '')) <= 10")
                       if ends_its_day(row["title"])])


@migrations()
def m015_correction_notes_end_their_day(db):
    # A story dated only by its day whose text carries a correction or update note ("An earlier version of this
    # story misstated ...") stands at the day's end too, after the version it corrects.
    from extract.dates import ends_its_day

    _placed_again(db, [row for row in db.query("select id, title, text, date, published_at, first_seen_at, rowid "
                                               "from articles where length(coalesce(published_at, '')) <= 10")
                       if not ends_its_day(row["title"]) and ends_its_day(row["title"], row["text"])])


@migrations()
def m016_updated_headlines_end_their_day(db):
    # A story dated only by its day whose headline ends with a mark of an update ("... (updated)", "[Update 2]",
    # "（更新）") stands at the day's end too, after the version it updates.
    from extract.dates import marked_updated

    _placed_again(db, [row for row in db.query("select id, title, text, date, published_at, first_seen_at, rowid "
                                               "from articles where length(coalesce(published_at, '')) <= 10")
                       if marked_updated(row["title"])])
