"""The figures ledger: each figure stored once with its status against earlier coverage."""
from __future__ import annotations

import sqlite_utils

from extract.records import Article, Figure, LedgerFigure, field_names

LEDGER_FIELDS = field_names(LedgerFigure)
_REL = 1e-9


def _article_rowid(db, article_id: str) -> int:
    return next(db.query("select rowid from articles where id = ?", [article_id]))["rowid"]


_NOT_REJECTED = "and not exists (select 1 from reviews r where r.figure_id = f.id and r.decision = 'rejected')"


def _earlier_same_value(db, figure: Figure, event: str, edition: int, seq: int) -> dict | None:
    """The latest figure of the same event, edition, unit and value in an article stored before (index seeks)."""
    sql = ("select f.value, f.article_id from figures f where f.event = ? and f.edition = ? and f.unit = ? "
           f"and {{}} and f.article_seq < ? {_NOT_REJECTED} order by f.article_seq desc limit 1")
    exact = next(db.query(sql.format("f.value = ?"), [event, edition, figure.unit, figure.value, seq]), None)
    if exact is not None:
        return exact
    slack = _REL * max(abs(figure.value), 1.0)
    return next(db.query(sql.format("f.value between ? and ?"),
                         [event, edition, figure.unit, figure.value - slack, figure.value + slack, seq]), None)


def _earlier_same_noun(db, figure: Figure, event: str, edition: int, seq: int) -> dict | None:
    """The latest figure of the same event, edition, unit and noun in an article stored before."""
    return next(db.query(
        "select f.value, f.article_id from figures f where f.event = ? and f.edition = ? and f.unit = ? "
        f"and f.noun = ? and f.article_seq < ? {_NOT_REJECTED} order by f.article_seq desc limit 1",
        [event, edition, figure.unit, figure.noun, seq]), None)


def decide(db, figure: Figure, event: str, edition: int, seq: int,
           same_article: dict[tuple[str, float], Figure]) -> tuple[str, float | None, str]:
    """Return (status, previous value, previous article) of a figure against the figures of the same edition in
    articles stored before (seq: this article's rowid) and those earlier in the same article."""
    prior = _earlier_same_value(db, figure, event, edition, seq)
    if prior is not None:
        return "known", prior["value"], prior["article_id"]
    if (figure.unit, figure.value) in same_article:
        return "known", figure.value, ""
    if figure.noun:
        prior = _earlier_same_noun(db, figure, event, edition, seq)
        if prior is not None:
            return "changed", prior["value"], prior["article_id"]
    return "new", None, ""


def record_figures(db: sqlite_utils.Database, article: Article, event: str, edition: int,
                   figures: list[Figure], *, now: str) -> list[LedgerFigure]:
    """Store an article's figures with their status; an article whose content is unchanged keeps its flags."""
    existing = list(db.query("select content_hash from figures where article_id = ? limit 1", [article.id]))
    if existing and existing[0]["content_hash"] == article.content_hash:
        return figures_of(db, article.id)
    stored = []
    with db.atomic():
        db.execute("delete from figures where article_id = ?", [article.id])
        seq = _article_rowid(db, article.id)
        seen: dict[tuple[str, float], Figure] = {}
        for i, fig in enumerate(figures):
            status, prev_value, prev_article = decide(db, fig, event, edition, seq, seen)
            seen.setdefault((fig.unit, fig.value), fig)
            row = LedgerFigure(
                id=f"{article.id}-{i:03d}", article_id=article.id, event=event, edition=edition,
                surface=fig.surface, start=fig.start, end=fig.end, sentence=fig.sentence, value=fig.value,
                unit=fig.unit, noun=fig.noun, qualifier=fig.qualifier, status=status, previous_value=prev_value,
                previous_article=prev_article, content_hash=article.content_hash, created_at=now)
            db["figures"].insert({**row.to_dict(), "article_seq": seq})
            stored.append(row)
    return stored


def record_attribution(db: sqlite_utils.Database, article_id: str, attribution) -> None:
    """Store which events an article covers and the evidence (alias, where, offset, edition source)."""
    with db.atomic():
        db.execute("delete from article_events where article_id = ?", [article_id])
        if attribution is None:
            return
        db["article_events"].insert({
            "article_id": article_id, "event": attribution.event, "edition": attribution.edition,
            "alias": attribution.alias, "location": attribution.where, "offset": attribution.offset,
            "edition_from": attribution.edition_from, "primary_event": 1})
        for other in attribution.others:
            db["article_events"].insert({
                "article_id": article_id, "event": other.event, "edition": None, "alias": other.alias,
                "location": other.where, "offset": other.offset, "edition_from": "", "primary_event": 0})


def figures_of(db: sqlite_utils.Database, article_id: str) -> list[LedgerFigure]:
    """The stored figures of one article, in text order."""
    return [LedgerFigure(**{k: r[k] for k in LEDGER_FIELDS})
            for r in db.query("select * from figures where article_id = ? order by start, id", [article_id])]


def query_figures(db: sqlite_utils.Database, *, event: str = "", edition: int | None = None, status: str = "",
                  since: str = "", until: str = "") -> list[dict]:
    """Figures joined with their article, for listings and digests; since/until bound created_at."""
    where, params = ["1=1"], []
    for clause, value in (("f.event = ?", event), ("f.edition = ?", edition), ("f.status = ?", status),
                          ("f.created_at >= ?", since), ("f.created_at < ?", until)):
        if value not in ("", None):
            where.append(clause)
            params.append(value)
    sql = ("select f.*, a.url, a.title, a.outlet, a.credit, a.date as article_date, p.url as previous_url, "
           "p.title as previous_title, p.outlet as previous_outlet, p.credit as previous_credit, "
           "coalesce(r.decision, '') as review, coalesce(r.reason, '') as review_reason "
           "from figures f join articles a on a.id = f.article_id "
           "left join articles p on p.id = f.previous_article left join reviews r on r.figure_id = f.id "
           f"where {' and '.join(where)} order by a.rowid, f.start")
    rows = []
    for r in db.query(sql, params):
        r = dict(r)
        r["previous"] = ({"value": r["previous_value"], "article": r["previous_article"], "url": r["previous_url"]}
                         if r["previous_value"] is not None else None)
        rows.append(r)
    return rows


def previous_figure(db: sqlite_utils.Database, row: dict) -> dict | None:
    """The earlier figure a changed figure was compared with (same article, unit, noun and value)."""
    if not row.get("previous_article"):
        return None
    found = list(db.query("select surface, sentence from figures where article_id = ? and unit = ? and noun = ? "
                          "order by abs(value - ?) limit 1",
                          [row["previous_article"], row["unit"], row["noun"], row["previous_value"] or 0]))
    return found[0] if found else None


REVIEW_DECISIONS = ("confirmed", "rejected")


def review_figures(db: sqlite_utils.Database, ids: list[str], decision: str, *, reason: str = "",
                   now: str) -> tuple[list[str], list[str]]:
    """Record a reviewer's decision on figures; return (reviewed ids, unknown ids)."""
    if decision not in REVIEW_DECISIONS:
        raise ValueError(f"decision must be one of {', '.join(REVIEW_DECISIONS)}")
    known = {r["id"] for r in db.query(
        f"select id from figures where id in ({','.join('?' * len(ids))})", ids)} if ids else set()
    done = [i for i in ids if i in known]
    with db.atomic():
        for figure_id in done:
            db["reviews"].upsert({"figure_id": figure_id, "decision": decision, "reason": reason, "at": now},
                                 pk="figure_id")
    return done, [i for i in ids if i not in known]


def unreviewed_flags(db: sqlite_utils.Database) -> int:
    """How many new or changed figures no reviewer has confirmed or rejected."""
    return next(db.query("select count(*) as n from figures where status in ('new', 'changed') "
                         "and id not in (select figure_id from reviews)"))["n"]


def counts_by_event(db: sqlite_utils.Database) -> list[dict]:
    """Per event and edition: articles, figures, and figures by status."""
    return [dict(r) for r in db.query(
        "select e.event, e.edition, count(distinct e.article_id) as articles, "
        "(select count(*) from figures f where f.event = e.event and f.edition = e.edition) as figures, "
        "(select count(*) from figures f where f.event = e.event and f.edition = e.edition and f.status = 'new') "
        "as new, (select count(*) from figures f where f.event = e.event and f.edition = e.edition "
        "and f.status = 'changed') as changed "
        "from article_events e where e.primary_event = 1 group by e.event, e.edition order by e.event, e.edition desc")]
