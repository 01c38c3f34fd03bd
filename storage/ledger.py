"""The figures ledger: each figure stored once with its status against earlier coverage."""
from __future__ import annotations

import dataclasses

import sqlite_utils

from extract.records import Article, Figure, LedgerFigure, field_names
from storage.clusters import _earliest

LEDGER_FIELDS = field_names(LedgerFigure)
_REL = 1e-9
# Qualifiers that say the same of a value: a count "about 800" is the count "800"; bounds are their own kind.
_FAMILY = {"exact": "approx", "": "approx", "about": "approx", "nearly": "approx", "more_than": "above",
           "at_least": "above", "less_than": "below", "up_to": "below"}
_NOT_REJECTED = "not exists (select 1 from reviews r where r.figure_id = f.id and r.decision = 'rejected')"
_GROUP = "f.event = ? and f.edition = ? and f.metric = ? and f.scope = ? and f.unit = ?"


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= _REL * max(abs(a), abs(b), 1.0)


def compatible(earlier: dict, later) -> bool:
    """True when a later report says what an earlier one said: the same value, read the same way ("about 800"
    and "800"; "more than 240" twice)."""
    return _same(earlier["value"], later["value"]) and \
        _FAMILY.get(earlier["qualifier"], "approx") == _FAMILY.get(later["qualifier"], "approx")


def change_kind(earlier: dict, later) -> str:
    """refined when the later value lies inside what the earlier report allowed ("more than 240" then 263,
    "about 800" then 812), conflict otherwise."""
    value, bound, qualifier = later["value"], earlier["value"], earlier["qualifier"]
    inside = {"more_than": value > bound, "at_least": value >= bound, "less_than": value < bound,
              "up_to": value <= bound, "about": abs(value - bound) <= 0.1 * abs(bound),
              "nearly": 0.9 * bound <= value <= bound}.get(qualifier, False)
    return "refined" if inside else "conflict"


def publication_key(row: dict) -> str:
    """Sort key of an article in publication order: UTC publication time (else its date), then its id, so that
    two articles of one day stand in the same order whatever order the crawl found them in."""
    return f"{_earliest(row)[0]}|{row['id']}"


def _article_row(db, article_id: str) -> dict:
    return next(db.query("select id, cluster, date, published_at, first_seen_at, rowid from articles where id = ?",
                         [article_id]))


def _decide(rows: list[dict]) -> list[tuple[str, float | None, str, str]]:
    """(status, previous value, previous article, kind) of each figure of one metric of one edition, the rows in
    publication order: the first report is new; a compatible one later is known; a different one is changed
    (refined or conflict) against the latest earlier report; a reprint's figures are known against its original."""
    decided = []
    earlier: list[dict] = []  # the reports so far, reprints left out: a copy says nothing its original did not
    for row in rows:
        if row["cluster"] and row["cluster"] != row["article_id"]:  # a reprint: never announced again
            root = [e for e in rows if e["article_id"] == row["cluster"]]
            match = next((e for e in root if compatible(e, row)), root[0] if root else None)
            decided.append(("known", match["value"] if match else None, row["cluster"], ""))
            continue
        match = next((e for e in reversed(earlier) if compatible(e, row)), None)
        if match is not None:
            decided.append(("known", match["value"], match["article_id"] if match["article_id"] != row["article_id"]
                            else "", ""))
        elif earlier:
            last = earlier[-1]
            decided.append(("changed", last["value"], last["article_id"], change_kind(last, row)))
        else:
            decided.append(("new", None, "", ""))
        earlier.append(row)
    return decided


def _group_rows(db, event: str, edition: int, metric: str, scope: str, unit: str) -> list[dict]:
    return [dict(r) for r in db.query(
        _ROW + f"where {_GROUP} and {_NOT_REJECTED} order by f.pub_key, f.place = 'text', f.start, f.id",
        [event, edition, metric, scope, unit])]


def decide_group(db, event: str, edition: int, metric: str, scope: str, unit: str, *, now: str) -> None:
    """Decide again the flags of one metric of one edition, in publication order; rows whose flag changes get
    decided_at = now (a changed flag is reported once: its status then stays until the coverage changes)."""
    rows = _group_rows(db, event, edition, metric, scope, unit)
    for row, (status, prev_value, prev_article, kind) in zip(rows, _decide(rows)):
        if (row["status"], row["previous_value"], row["previous_article"], row["kind"]) != \
                (status, prev_value, prev_article, kind):
            db["figures"].update(row["id"], {"status": status, "previous_value": prev_value,
                                             "previous_article": prev_article, "kind": kind, "decided_at": now})


_ROW = ("select f.id, f.article_id, f.value, f.qualifier, f.status, f.previous_value, f.previous_article, f.kind, "
        "f.pub_key, f.place, f.start, a.cluster from figures f join articles a on a.id = f.article_id ")


_ORIGINAL = "(a.cluster is null or a.cluster = '' or a.cluster = a.id)"  # an article that is not a reprint


def _order(row: dict) -> tuple:
    """Where a report stands in publication order (the headline's figures before the text's)."""
    return (row["pub_key"], row["place"] == "text", row["start"], row["id"])


def _earlier_for(db, group: tuple, row: dict) -> list[dict]:
    """What deciding one report needs from those before it, by index seeks: the latest one, those with its
    value, and its original's when its article is a reprint; in publication order."""
    where = f"where {_GROUP} and {_NOT_REJECTED} "
    found = {}
    latest = next(db.query(_ROW + where + f"and {_ORIGINAL} and f.pub_key < ? order by f.pub_key desc limit 1",
                           [*group, row["pub_key"]]), None)
    for article in filter(None, [latest and latest["article_id"], row["article_id"]]):
        found.update((r["id"], r) for r in _group_of_article(db, group, article))
    slack = _REL * max(abs(row["value"]), 1.0)
    found.update((r["id"], dict(r)) for r in db.query(_ROW + where + "and f.value between ? and ? and f.pub_key <= ?",
                                                      [*group, row["value"] - slack, row["value"] + slack,
                                                       row["pub_key"]]))
    mine = _order(row)
    earlier = sorted((r for r in found.values() if _order(r) < mine), key=_order)
    if row["cluster"] and row["cluster"] != row["article_id"]:  # a reprint is decided against its original alone
        earlier = _group_of_article(db, group, row["cluster"])
    return earlier


def _group_of_article(db, group: tuple, article_id: str) -> list[dict]:
    """One article's reports of one measure (through the article's own index)."""
    event, edition, metric, scope, unit = group
    rows = db.query(_ROW + f"where f.article_id = ? and f.event = ? and f.edition = ? and f.metric = ? "
                    f"and f.scope = ? and f.unit = ? and {_NOT_REJECTED}", [article_id, *group])
    return sorted((dict(r) for r in rows), key=_order)


def _redecide(db, group: tuple, row: dict, *, now: str) -> None:
    status, prev_value, prev_article, kind = _decide(_earlier_for(db, group, row) + [row])[-1]
    if (row["status"], row["previous_value"], row["previous_article"], row["kind"]) != \
            (status, prev_value, prev_article, kind):
        db["figures"].update(row["id"], {"status": status, "previous_value": prev_value,
                                         "previous_article": prev_article, "kind": kind, "decided_at": now})
        row.update(status=status, previous_value=prev_value, previous_article=prev_article, kind=kind)


def _decide_article(db, group: tuple, article_id: str, *, now: str) -> None:
    """Decide one article's reports of one measure, and those later reports its arrival can change: the one
    right after it (its latest earlier report is now this article's), those with one of its values (now known),
    and its reprints' (known against it). Index seeks only, however long the measure's history."""
    rows = _group_of_article(db, group, article_id)
    if not rows:  # the article no longer reports this measure: the reports after it are decided again
        decide_group(db, *group, now=now)
        return
    for row in rows:
        _redecide(db, group, row, now=now)
    where = f"where {_GROUP} and {_NOT_REJECTED} "
    later: dict[str, dict] = {}
    after = next(db.query(_ROW + where + f"and {_ORIGINAL} and f.pub_key > ? order by f.pub_key limit 1",
                          [*group, rows[-1]["pub_key"]]), None)
    if after is not None:
        first = _group_of_article(db, group, after["article_id"])[:1]
        later.update((r["id"], r) for r in first)
    for row in rows:
        slack = _REL * max(abs(row["value"]), 1.0)
        later.update((r["id"], dict(r)) for r in db.query(
            _ROW + where + "and f.value between ? and ? and f.pub_key > ?",
            [*group, row["value"] - slack, row["value"] + slack, row["pub_key"]]))
    for member in db.query("select id from articles where cluster = ? and id != ?", [article_id, article_id]):
        later.update((r["id"], r) for r in _group_of_article(db, group, member["id"]))
    for row in sorted(later.values(), key=_order):
        _redecide(db, group, row, now=now)


def redecide_articles(db, article_ids: list[str], *, now: str) -> None:
    """Decide again every measure the articles report (their reprint cluster changed: a copy says nothing new,
    and an original's reports count again)."""
    if not article_ids:
        return
    marks = ",".join("?" * len(article_ids))
    for group in list(db.query(f"select distinct event, edition, metric, scope, unit from figures "
                               f"where article_id in ({marks})", article_ids)):
        decide_group(db, *group.values(), now=now)


def _survivor(old: list[dict], fig: Figure) -> dict | None:
    """The stored figure an extracted one is, after an article was updated: same measure, value and words."""
    for row in old:
        if (row["metric"], row["scope"], row["unit"], row["surface"], row["qualifier"], row["place"]) == \
                (fig.metric, fig.scope, fig.unit, fig.surface, fig.qualifier, fig.place) \
                and _same(row["value"], fig.value):
            old.remove(row)
            return row
    return None


def record_figures(db: sqlite_utils.Database, article: Article, event: str, edition: int,
                   figures: list[Figure], *, now: str) -> list[LedgerFigure]:
    """Store an article's figures and decide their flags against the edition's other reports in publication
    order. An unchanged article keeps its figures as they are; after an update, a figure that is still there
    keeps its id, created_at and review, and only new or altered figures are new rows."""
    existing = list(db.query("select content_hash from figures where article_id = ? limit 1", [article.id]))
    if existing and existing[0]["content_hash"] == article.content_hash:
        return figures_of(db, article.id)
    with db.atomic():
        info = _article_row(db, article.id)
        key = publication_key(info)
        old = [dict(r) for r in db.query("select * from figures where article_id = ?", [article.id])]
        groups = {(r["event"], r["edition"], r["metric"], r["scope"], r["unit"]) for r in old}
        unmatched, used, serial = list(old), {r["id"] for r in old}, 0
        for fig in figures:
            same_edition = bool(old) and (old[0]["event"], old[0]["edition"]) == (event, edition)
            kept = _survivor(unmatched, fig) if same_edition else None
            row = {**dataclasses.asdict(fig), "article_id": article.id, "event": event, "edition": edition,
                   "content_hash": article.content_hash, "article_seq": info["rowid"], "pub_key": key}
            if kept is not None:
                db["figures"].update(kept["id"], row)
            else:
                while f"{article.id}-{serial:03d}" in used:
                    serial += 1
                used.add(f"{article.id}-{serial:03d}")
                db["figures"].insert({**row, "id": f"{article.id}-{serial:03d}", "status": "new",
                                      "previous_value": None, "previous_article": "", "kind": "",
                                      "created_at": now, "decided_at": now})
            groups.add((event, edition, fig.metric, fig.scope, fig.unit))
        gone = [r["id"] for r in unmatched]
        if gone:
            db.execute(f"delete from figures where id in ({','.join('?' * len(gone))})", gone)
        for group in sorted(groups, key=str):
            if group[:2] == (event, edition):
                _decide_article(db, group, article.id, now=now)
            else:
                decide_group(db, *group, now=now)
    return figures_of(db, article.id)


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
    """Figures joined with their article, for listings and digests; since/until bound decided_at (when the figure
    was stored, or its flag last decided differently: a flag that changes is reported once, when it changes)."""
    where, params = ["1=1"], []
    for clause, value in (("f.event = ?", event), ("f.edition = ?", edition), ("f.status = ?", status),
                          ("f.decided_at >= ?", since), ("f.decided_at < ?", until)):
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
    """The earlier figure a changed figure was compared with (same article, metric, scope and unit, nearest value)."""
    if not row.get("previous_article"):
        return None
    found = list(db.query("select surface, sentence, qualifier from figures where article_id = ? and metric = ? "
                          "and scope = ? and unit = ? order by abs(value - ?) limit 1",
                          [row["previous_article"], row["metric"], row["scope"], row["unit"],
                           row["previous_value"] or 0]))
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
