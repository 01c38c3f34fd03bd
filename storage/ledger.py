"""The figures ledger: each figure stored once with its status against earlier coverage."""
from __future__ import annotations

import dataclasses
import math
import re

import sqlite_utils

from extract.metrics import MONEY_UNITS, ONE_NAME, ONLY_GROWING, OTHER_NAME, RESTATES, UNSPECIFIC
from extract.records import Article, Figure, LedgerFigure, field_names
from extract.values import (LOWER_BOUNDS, POINT, UPPER_BOUNDS, last_digit_step, opposed, restates, rounds_to, same_value,
                            weaker_bound)
from storage.clusters import _earliest

LEDGER_FIELDS = field_names(LedgerFigure)
# a later value this many times larger or smaller than the one it would change is no correction of it
FAR_APART = 2.0
_NOT_REJECTED = "not exists (select 1 from reviews r where r.figure_id = f.id and r.decision = 'rejected')"
_GROUP = "f.event = ? and f.edition = ? and f.metric = ? and f.scope = ? and f.unit = ?"


def _rows(db, sql: str, params) -> list[dict]:
    """Rows as dicts, straight from the connection: the ledger's lookups run many times per article, and
    sqlite-utils wraps each query in a savepoint of its own."""
    cursor = db.conn.execute(sql, params)
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, row)) for row in cursor]


def _set_flag(db, figure_id: str, status: str, prev_value, prev_article: str, kind: str, now: str) -> None:
    db.conn.execute("update figures set status = ?, previous_value = ?, previous_article = ?, kind = ?, "
                    "decided_at = ? where id = ?", [status, prev_value, prev_article, kind, now, figure_id])




def compatible(earlier: dict, later) -> bool:
    """True when a later report says what an earlier one said: the same value, however qualified ("about 800"
    and "800"; "more than 240" twice; "some 1,600" and "more than 1,600"), unless the two qualifiers point away
    from each other ("nearly 50", then "more than 50"). An amount converted at another outlet's exchange rate
    (near, see _alias_lookups) says what the earlier one said."""
    if earlier.get("near"):
        return True
    return same_value(earlier["value"], later["value"]) and not opposed(earlier["qualifier"], later["qualifier"])


def implies(earlier: dict, later) -> bool:
    """True when an earlier report's value is what a later, rounder one says ("612", then "more than 600"), or a
    later bound says less than an earlier one of the same side ("over 641", then "more than 640"). Only the latest
    earlier report is asked: a rounder figure restates what was last said, and one lookup keeps the ledger's cost
    per report flat."""
    before, after = earlier["qualifier"] or "", later["qualifier"] or ""
    if earlier.get("metric") in ONLY_GROWING and before == after == "at_least" and later["value"] >= earlier["value"]:
        # a count that only grows, written as it was (an exact count so far), then rounded up: "21.6 million online
        # visitors", then "22 million" restates it
        before = after = "exact"
    if after == "about" and before in ("exact", "", "about") and later["unit"] == "percent" \
            and last_digit_step(later["value"]) > last_digit_step(earlier["value"]) \
            and abs(earlier["value"] - later["value"]) <= 0.1 * abs(later["value"]):
        # a share said roughly and rounder ("about one in five", "about 20 percent") after a precise one (18
        # percent): as an earlier "about" share allows a tenth either way (change_kind), a later one does (not
        # "about 72 percent" after 71: as precise, another value)
        return True
    return weaker_bound(earlier["value"], before, later["value"], after) or \
        restates(earlier["value"], before, later["value"], after)


# ("0.61 mln", "1.2bn"; and a large unit: "6 hectares" is as round as "6万平方米")
_SCALE_WORD = re.compile(r"[万萬亿億]|公顷|\b(?:thousand|million|billion|trillion|mln|bln|bn|mn|hectares?)\b|\d(?:bn|mn|m|k)\b",
                         re.I)


def change_kind(earlier: dict, later) -> str:
    """refined when the later value lies inside what the earlier report allowed ("more than 240" then 263,
    "about 800" then 812), or, when the later report is itself a bound, when what it allows meets what the earlier
    one did ("more than 240", then "more than 260"; "about 300", then "more than 320"); conflict otherwise ("nearly
    50", then "more than 50")."""
    value, bound, qualifier = later["value"], earlier["value"], earlier["qualifier"]
    if earlier.get("scope") == "opening" and (later["qualifier"] or "") == "at_least" and value > bound:
        # the opening ceremony's batch, then the first day's count so far ("130 projects signed at the opening
        # ceremony", then "By the afternoon, 152 projects had been signed"): the day's signings went on
        return "refined"
    if later.get("metric") in ONLY_GROWING and value > bound and (qualifier or "") in ("nearly", "about"):
        # a count that only grows, first given roughly, then larger ("Nearly half a million visits ... since Friday",
        # then 612,000 over four days): it grew
        return "refined"
    # ("about 2 percent" allows what a plain "2 percent" rounds, 1.5 to 2.5, as well as a tenth either way)
    near = max(0.1 * abs(bound), last_digit_step(abs(bound)) / 2 if earlier.get("unit") in ("percent", "percentage_point")
               else 0.0)
    low, high = {"more_than": (bound, math.inf), "at_least": (bound, math.inf), "less_than": (-math.inf, bound),
                 "up_to": (-math.inf, bound), "about": (bound - near, bound + near),
                 "nearly": (0.9 * bound, bound)}.get(qualifier, (None, None))
    if low is None:
        # a plain value written with a scale word, then a more precise one it rounds ("380 billion yuan", then
        # 380.2 billion; "5万平方米", then 5.2万), and a rate ("up 15%", then 14.6 percent): inside it (a plain count, "560", then 563, is a conflict: it may
        # have been exact, and so may "50,000 square meters")
        # (and a count so far that it rounds: "27万人次", then "累计接待观众27.13万人次")
        # (a revised figure the earlier one rounds too: "1.23 trillion yuan", then "revised figures show ... 1.232
        # trillion yuan")
        return "refined" if (qualifier or "") in ("exact", "") and (later["qualifier"] or "") in ("exact", "", "at_least",
                                                                                                  "corrected") \
            and (abs(bound) >= 1e6 or _SCALE_WORD.search(earlier.get("surface") or "") is not None
                 or earlier.get("unit") in ("percent", "percentage_point")) \
            and rounds_to(value, bound) else "conflict"
    closed_low, closed_high = qualifier != "more_than", qualifier not in ("less_than", "nearly")
    later_qualifier = later["qualifier"] or ""
    if later_qualifier in LOWER_BOUNDS:  # the later report allows value and above
        inside = value < high or (value == high and closed_high and later_qualifier == "at_least")
    elif later_qualifier in UPPER_BOUNDS:  # ... value and below
        inside = value > low or (value == low and closed_low and later_qualifier == "up_to")
    else:
        inside = (low < value or (closed_low and value == low)) and (value < high or (closed_high and value == high))
    return "refined" if inside else "conflict"


def _far_apart(a: float, b: float) -> bool:
    low, high = sorted((abs(a), abs(b)))
    return high > FAR_APART * low


def publication_key(row: dict) -> str:
    """Sort key of an article in publication order: UTC publication time (else its date), then its id, so that
    two articles of one day stand in the same order whatever order the crawl found them in."""
    return f"{_earliest(row)[0]}|{row['id']}"


def _article_row(db, article_id: str) -> dict:
    return _rows(db, "select id, cluster, title, text, date, published_at, first_seen_at, rowid from articles where id = ?",
                 [article_id])[0]


def _is_reprint(row: dict) -> bool:
    """A report a copy repeats from its original (the row's own flag: a figure only the copy has is its own)."""
    return bool(row["reprint"])


def _copied(db, article_id: str) -> set[tuple[str, float]]:
    """What a copy of this article repeats from it: the unit and value of each of its figures (the copy's
    other figures, a sentence it added, are reports of its own)."""
    original = _rows(db, "select cluster from articles where id = ?", [article_id])
    root = original[0]["cluster"] if original and original[0]["cluster"] else ""
    if not root or root == article_id:
        return set()
    return {(r["unit"], r["value"]) for r in _rows(db, "select unit, value from figures where article_id = ?", [root])}


def _restated(row: dict, same_value: list[dict], latest: dict | None) -> dict | None:
    """The earlier report a report restates: one of the same value, else the latest when it is rounder."""
    match = next((e for e in reversed(same_value) if compatible(e, row)), None)
    if match is None and latest is not None and (compatible(latest, row) or implies(latest, row)):
        match = latest
    return match


def _judge(row: dict, same_value: list[dict], latest: dict | None, other=None) -> tuple[str, float | None, str, str]:
    """The flag of one report given the earlier original reports of its value (in order) and the latest earlier
    original report: known when one says the same or it restates the latest rounder, else changed against the
    latest, else new; a report that would be new is known when it restates an earlier report of one of the
    measure's aliases (other: (kind, earlier, changes) triples, earlier(row) giving that alias's earlier reports of
    the value and its latest; kind names the alias's metric); else, when changes says the alias is this measure
    under another name, a change of that alias's latest report, and its latest report when it is later than this
    measure's. A report a reprint repeats from its original is known and no report of its own."""
    if _is_reprint(row):
        return "known", None, "", ""
    if row["qualifier"] == "corrected":
        same_value = []  # a correction answers the latest report, not one it may have superseded
    match, kind = _restated(row, same_value, latest), ""
    if match is None and latest is not None and other:
        # this measure under its other name, reported since its own latest report ("some 260 companies", then
        # "263 exhibitors", then "263 companies"): that report is the latest
        # (not one of its own article: "640 exhibitors, including 526 on site" counts two things)
        since = [(name, pair) for name, earlier, changes in other
                 if changes and (pair := earlier(row))[1] is not None and _order(pair[1]) > _order(latest)
                 and pair[1]["article_id"] != row["article_id"]]
        if since:
            name, (same, newer) = max(since, key=lambda found: _order(found[1][1]))
            match, latest = _restated(row, same, newer), newer
            kind = name if match is not None else ""
    if match is None and (latest is not None or row["scope"] == "converted") and other:
        # an amount another outlet converted at its own rate: it restates the conversion, never changes the
        # amount reported in that currency before it ("61.6 billion U.S. dollars", then "61.8 billion" of the same),
        # nor is it new after another conversion
        # (only the converted aliases are asked: the others have no near reports, and the lookup costs queries)
        near = [(m, name) for name, earlier, _ in other
                if earlier.near and (m := next((r for r in earlier(row)[0] if r.get("near")), None)) is not None]
        if near:
            match, kind = min(near, key=lambda pair: _order(pair[0]))
            kind = "" if kind == row["metric"] else kind  # (a conversion of its own measure)
    if match is None and latest is None and other:
        # the earliest restated report among the aliases, so that the choice does not depend on their order
        before = [(name, earlier(row), changes) for name, earlier, changes in other]
        found = [(m, name) for name, pair, _ in before if (m := _restated(row, *pair)) is not None]
        if found:
            match, kind = min(found, key=lambda pair: _order(pair[0]))
        else:
            # the first report of a measure under one name after reports under its other name ("more than 240
            # exhibitors", then "263 companies"): a change of the latest of those
            bases = [pair[1] for _, pair, changes in before if changes and pair[1] is not None]
            latest = max(bases, key=_order) if bases else None
    if match is not None:
        return "known", match["value"], match["article_id"] if match["article_id"] != row["article_id"] else "", kind
    if latest is not None and latest["article_id"] != row["article_id"]:
        kind = change_kind(latest, row)
        if kind == "conflict" and _far_apart(latest["value"], row["value"]) and row["qualifier"] != "corrected":
            # (a correction is a change however far it is: "It is 120,000 square meters, not 12,000")
            # more than twice or less than half what was said, and outside what it allowed: not a correction but
            # another count under the same name (one morning's signings, then the edition's; the visitors on
            # site, then the viewers online); reported as a figure of its own
            return "new", None, "", ""
        return "changed", latest["value"], latest["article_id"], kind
    # a second value of one measure in one story is something else the story counts under the same name (two
    # growth rates "respectively"), not a change: a change is a later report
    return "new", None, "", ""


def _is_point(row: dict) -> bool:
    return (row["qualifier"] or "") in POINT


def base_of(latest: dict | None, point: dict | None) -> dict | None:
    """What a new report is compared with: the latest earlier report, unless that one is a rounder restatement
    (a bound such as "over 300", or a rounder value: "about 1,500", or the same value written with a scale word:
    "7万" after 70,000) of the point report before it (312, 1,538): then that point report. So 312, "over 300", 318 is a conflict with 312, not a refinement of "over 300"; and
    1,538, "some 1,500", "nearly 1,540" says 1,538 again."""
    if latest is not None and point is not None and implies(point, latest):
        return point
    if latest is not None and point is not None and latest["value"] == point["value"] \
            and _SCALE_WORD.search(latest.get("surface") or "") is not None \
            and _SCALE_WORD.search(point.get("surface") or "") is None and (point.get("qualifier") or "") in ("exact", ""):
        # "70,000 square meters", then "7万平方米": the same value written rounder; what follows is compared with the
        # report written in full (72,000 is then a conflict with it, not a refinement of "7万")
        return point
    return latest


def compares(group: tuple) -> bool:
    """Whether two values of a measure can be a change: not for a bare unit or head word ("money", "value": two
    amounts of unknown meaning), a part of the event (one hall's area and another's, one forum's signings and
    another's are different parts), a forecast, or an earlier edition's figure cited for comparison. Their reports
    are new or known. The opening's batch of signings is one measure and can change."""
    _, _, metric, scope, _ = group
    return metric not in UNSPECIFIC and scope in ("edition", "cumulative", "opening")


def _decide(rows: list[dict], comparable: bool = True, other=None) -> list[tuple[str, float | None, str, str]]:
    """The flags of all reports of one measure, the rows in publication order (a full recount)."""
    decided = []
    latest = point_before = last_point = None  # the latest report, the point report before it, the latest point
    by_value: dict[float, list[dict]] = {}
    for row in rows:
        base = base_of(latest, point_before)
        decided.append(_judge(row, by_value.get(row["value"], []), base if comparable else None, other))
        if not _is_reprint(row):
            latest, point_before = row, last_point
            last_point = row if _is_point(row) else last_point
            by_value.setdefault(row["value"], []).append(row)
    return decided


def _group_rows(db, event: str, edition: int, metric: str, scope: str, unit: str) -> list[dict]:
    return _rows(db, _ROW + f"where {_GROUP} and {_NOT_REJECTED} order by {_IN_ORDER}",
                 [event, edition, metric, scope, unit])


def decide_group(db, event: str, edition: int, metric: str, scope: str, unit: str, *, now: str,
                 both: bool = True) -> None:
    """Decide again the flags of one metric of one edition, in publication order; rows whose flag changes get
    decided_at = now (a changed flag is reported once: its status then stays until the coverage changes). The
    same measure under its other name is decided again too (both=False: not)."""
    group = (event, edition, metric, scope, unit)
    rows = _group_rows(db, *group)
    for row, (status, prev_value, prev_article, kind) in zip(rows, _decide(rows, compares(group),
                                                                            _alias_lookups(db, group, {}))):
        if (row["status"], row["previous_value"], row["previous_article"], row["kind"]) != \
                (status, prev_value, prev_article, kind):
            _set_flag(db, row["id"], status, prev_value, prev_article, kind, now)
    if both:
        for alias, _ in aliases(group):
            decide_group(db, *alias, now=now, both=False)


CITED_BACK = 3  # how many editions back a cited figure is looked for among their own reports


def aliases(group: tuple) -> list[tuple[tuple, str]]:
    """The measures a report of this one may restate, each with the kind a restatement is known by: the same
    measure under its other name (investment and contract value, exhibitors and companies), those RESTATES lists
    (all the exhibitors and those on site, views and online viewers), for an amount of the edition the same amount
    converted from another currency ("735.1 billion yuan (about 103.5 billion U.S. dollars)" makes a later "103.5
    billion U.S. dollars" known), and last year's figure cited a year later; each the other way round too."""
    event, edition, metric, scope, unit = group
    metrics = [metric] + ([OTHER_NAME[metric]] if metric in OTHER_NAME else [])
    found = [((event, edition, OTHER_NAME[metric], scope, unit), OTHER_NAME[metric])] if metric in OTHER_NAME else []
    found += [((event, edition, m, scope, unit), m) for m in RESTATES.get(metric, ())]
    twin = {"edition": "converted", "converted": "edition"}.get(scope) if unit in MONEY_UNITS else None
    if twin:
        found += [((event, edition, m, twin, unit), m) for m in metrics]
    if scope == "converted":
        # another outlet's conversion of the amount at its own rate restates an earlier conversion ("(USD 84.3
        # billion)", then "(about 84.5 billion U.S. dollars)")
        found.append((group, metric))
    # an earlier edition's figure cited in later coverage ("Last year's summit drew 1,600 guests", "At the 2019
    # convention, 555 projects were signed", up to CITED_BACK editions back) restates that edition's own report of
    # it, and the other way round; it is never a change of either
    if scope == "earlier" and edition:
        found += [((event, edition - back, m, "edition", unit), m) for back in range(1, CITED_BACK + 1) for m in metrics]
    elif scope == "edition" and edition:
        found += [((event, edition + back, m, "earlier", unit), m) for back in range(1, CITED_BACK + 1) for m in metrics]
    return found


CONVERSION_SPREAD = 0.03
_SAME_VALUE_ONLY = frozenset({"views", "visitors_online"})
# the measures a report under one name may change under another: the exhibitors, the companies an expo gathered
# and the exhibitors on site are one count, written each way ("more than 240 companies", then "263 exhibitors";
# "640余家企业确认参展", then "线下参展企业641家"); a count far from it is another count (FAR_APART)
ONE_COUNT = {"exhibitors": ("companies", "exhibitors_onsite"), "companies": ("exhibitors", "exhibitors_onsite"),
             "exhibitors_onsite": ("exhibitors", "companies"),
             # the signed projects' value, as their investment or as what they are worth ("total investment of about
             # 42 billion yuan", then "52 projects worth 42.3 billion yuan")
             "investment": ("contract_value",), "contract_value": ("investment",)}


def _alias_lookups(db, group: tuple, cache: dict) -> list:
    """For each alias of a measure (aliases()): its kind and a function giving a report that measure's original
    reports of its value before it and its latest report before it."""
    def for_alias(other: tuple):
        key = ("other", other)
        # outlets convert an amount at their own rates ("about 61.7 billion U.S. dollars" and "61.6 billion"): an
        # amount within this fraction of a converted one restates it
        near = CONVERSION_SPREAD if "converted" in (group[3], other[3]) else 0.0

        def reports_of(article_id: str) -> list[dict]:
            if (key, article_id) not in cache:
                cache[(key, article_id)] = _group_of_article(db, other, article_id)
            return cache[(key, article_id)]

        points: dict = {}  # (the alias's own articles, for _point_before)
        # views and online viewers restate each other only by the same value: a bound of one ("topic reads passed
        # 120 million") says nothing of how large the other is ("15.2 million watched the livestream")
        # (and an amount of no stated meaning says nothing of the deals' value but when it is that value)
        by_value_only = group[2] != other[2] and ({group[2], other[2]} <= _SAME_VALUE_ONLY
                                                  or "money" in (group[2], other[2]))

        def earlier(row: dict) -> tuple[list[dict], dict | None]:
            mine = _order(row)
            same = sorted((r for r in _same_value(db, other, row, "<=", "desc", near) if _order(r) < mine), key=_order)
            if by_value_only:
                return same, None
            own = [r for r in reports_of(row["article_id"]) if not _is_reprint(r) and _order(r) < mine]
            latest = own[-1] if own else _latest_before(db, other, row["pub_key"], reports_of)
            # (a rounder restatement stands for the point report it restates: "over 700" after 731)
            return same, base_of(latest, _point_before(db, other, latest, points)) if latest is not None else None
        earlier.near = near  # whether its same-value reports include amounts converted at another rate
        return earlier
    renamed = _renamed(group)
    return [(kind, for_alias(other), other in renamed) for other, kind in aliases(group)]


def _renamed(group: tuple) -> tuple[tuple, ...]:
    """The same measure under its other names, for a measure that may change under them (ONE_COUNT)."""
    event, edition, metric, scope, unit = group
    return tuple((event, edition, m, scope, unit) for m in ONE_COUNT.get(metric, ())) if compares(group) else ()


_ROW = ("select f.id, f.article_id, f.metric, f.value, f.qualifier, f.status, f.previous_value, f.previous_article, f.kind, "
        "f.pub_key, f.place, f.start, f.reprint, f.surface, f.unit, f.scope, a.cluster "
        "from figures f join articles a on a.id = f.article_id ")


_LONGEST_WALK = 200  # later articles of bounds only past which one arrival decides its whole measure again
_ORIGINAL = "f.reprint = 0"  # a report of an article that is not a reprint (kept on the row, so indexes skip them)


_ROUGH = ("about", "nearly")


def _order(row: dict) -> tuple:
    """Where a report stands in publication order. Within one article, its values before its bounds ("1,236
    guests" before "more than 1,200 guests": the bound restates the value, and the value is never a change of
    its own article's bound), its precise values before its rough ones ("Nearly 1,600 exhibitors - 1,568 to be
    exact -": the rough one restates the precise), then the headline's figures before the text's."""
    return (row["pub_key"], not _is_point(row), (row["qualifier"] or "") in _ROUGH, row["place"] == "text",
            row["start"], row["id"])


# the same order in SQL
_POINTS = ", ".join(f"'{q}'" for q in POINT)
_ROUGHS = ", ".join(f"'{q}'" for q in _ROUGH)
_IN_ORDER = (f"f.pub_key, coalesce(f.qualifier, '') not in ({_POINTS}), coalesce(f.qualifier, '') in ({_ROUGHS}), "
             "f.place = 'text', f.start, f.id")


def _same_value(db, group: tuple, row: dict, compare: str, direction: str, near: float = 0.0) -> list[dict]:
    """Up to 12 original reports of the row's value, nearest it in publication order on one side (compare: "<="
    before, ">" after), walking the value's index in publication order (extraction rounds values to 12
    significant digits, so one value written two ways is one number); with near, of values that far from it
    (a fraction), each marked near."""
    where = f"where {_GROUP} and {_NOT_REJECTED} and {_ORIGINAL} and f.pub_key {compare} ? "
    if near:
        low, high = sorted((row["value"] * (1 - near), row["value"] * (1 + near)))
        found = _rows(db, _ROW + where + f"and f.value between ? and ? order by f.pub_key {direction} limit 12",
                      [*group, row["pub_key"], low, high])
        return [dict(r, near=True) for r in found]
    return _rows(db, _ROW + where + f"and f.value = ? order by f.pub_key {direction} limit 12",
                 [*group, row["pub_key"], row["value"]])


def _latest_before(db, group: tuple, pub_key: str, reports_of) -> dict | None:
    """The latest original report of a measure in the articles published before pub_key: the last original
    report of the latest such article (reports_of(article_id): that article's reports, read once by the caller)."""
    where = f"where {_GROUP} and {_NOT_REJECTED} and {_ORIGINAL} "
    found = next(iter(_rows(db, _ROW + where + "and f.pub_key < ? order by f.pub_key desc limit 1",
                            [*group, pub_key])), None)
    return None if found is None else [r for r in reports_of(found["article_id"]) if not _is_reprint(r)][-1]


def _point_before(db, group: tuple, latest: dict, cache: dict) -> dict | None:
    """The latest original point report (exact, about, nearly) before a report, in publication order: in its own
    article, else by one walk back along the measure's index."""
    if latest["article_id"] not in cache:
        cache[latest["article_id"]] = _group_of_article(db, group, latest["article_id"])
    mine = _order(latest)
    own = [r for r in cache[latest["article_id"]] if _order(r) < mine and not _is_reprint(r) and _is_point(r)]
    if own:
        return own[-1]
    where = f"where {_GROUP} and {_NOT_REJECTED} and {_ORIGINAL} and coalesce(f.qualifier, '') in ({_POINTS}) "
    return next(iter(_rows(db, _ROW + where + f"and f.pub_key < ? order by f.pub_key desc, coalesce(f.qualifier, '') in "
                           f"({_ROUGHS}) desc, f.place = 'text' desc, f.start desc, f.id desc limit 1",
                           [*group, latest["pub_key"]])), None)


def _group_of_article(db, group: tuple, article_id: str) -> list[dict]:
    """One article's reports of one measure (through the article's own index)."""
    event, edition, metric, scope, unit = group
    # "+f.event": the article's own index, not the measure's (whose rows would all be read)
    rows = _rows(db, _ROW + f"where f.article_id = ? and +f.event = ? and +f.edition = ? and +f.metric = ? "
                 f"and +f.scope = ? and +f.unit = ? and {_NOT_REJECTED}", [article_id, *group])
    return sorted(rows, key=_order)


def _decide_own(db, group: tuple, rows: list[dict], *, now: str, cache: dict) -> None:
    """Decide one article's reports of one measure, in order, as the full recount would, in time linear in
    their number: what came before the article is read once (its latest earlier report's article) plus, per
    report, the earlier reports of its value; the article's own earlier reports are kept as they go."""
    def reports_of(article_id: str) -> list[dict]:
        if article_id not in cache:
            cache[article_id] = _group_of_article(db, group, article_id)
        return cache[article_id]

    latest = _latest_before(db, group, rows[0]["pub_key"], reports_of)
    comparable = compares(group)
    other = _alias_lookups(db, group, cache)
    point_before = last_point = None
    if latest is not None:
        if comparable:
            point_before = _point_before(db, group, latest, cache)
            last_point = latest if _is_point(latest) else point_before
    own_by_value: dict[float, list[dict]] = {}
    for row in rows:
        mine = _order(row)
        same = [r for r in _same_value(db, group, row, "<=", "desc")
                if r["article_id"] != row["article_id"] and not _is_reprint(r) and _order(r) < mine]
        same = sorted(same, key=_order) + own_by_value.get(row["value"], [])
        previous = base_of(latest, point_before) if comparable else None
        status, prev_value, prev_article, kind = _judge(row, same, previous, other)
        if (row["status"], row["previous_value"], row["previous_article"], row["kind"]) != \
                (status, prev_value, prev_article, kind):
            _set_flag(db, row["id"], status, prev_value, prev_article, kind, now)
            row.update(status=status, previous_value=prev_value, previous_article=prev_article, kind=kind)
        if not _is_reprint(row):
            latest, point_before = row, last_point
            last_point = row if _is_point(row) else last_point
            own_by_value.setdefault(row["value"], []).append(row)


def _decide_article(db, group: tuple, article_id: str, *, now: str) -> None:
    """Decide one article's reports of one measure, and those later reports its arrival can change: the one
    right after it (its latest earlier report is now this article's) and those with one of its values (now
    known). What a reprint repeats from its original is known whatever that says. Index seeks only, however long
    the measure's history."""
    rows = _group_of_article(db, group, article_id)
    if not rows:  # the article no longer reports this measure: the reports after it are decided again
        decide_group(db, *group, now=now)
        return
    cache = {article_id: rows}
    _decide_own(db, group, rows, now=now, cache=cache)
    where = f"where {_GROUP} and {_NOT_REJECTED} "
    later: dict[str, dict] = {}

    def first_after(pub_key: str) -> dict | None:
        """The first original report of the measure published after pub_key."""
        return next(iter(_rows(db, _ROW + where + f"and {_ORIGINAL} and f.pub_key > ? order by f.pub_key limit 1",
                               [*group, pub_key])), None)
    after = first_after(rows[-1]["pub_key"])
    walked = 0
    while after is not None:
        # the next article's reports now follow this one's; when all its own reports are bounds ("over 300"),
        # the article after it may compare with a point report of this one, and so on along a run of bounds
        if after["article_id"] not in cache:
            cache[after["article_id"]] = _group_of_article(db, group, after["article_id"])
        later.update((r["id"], r) for r in cache[after["article_id"]][:1])
        if any(_is_point(r) for r in cache[after["article_id"]] if not _is_reprint(r)):
            # (its point may restate one of this article's, rounder: "some 1,500" after 1,538; the article after
            # it then compares with this one's point too)
            if (beyond := first_after(after["pub_key"])) is not None:
                later[beyond["id"]] = beyond
            break
        walked += 1
        if walked > _LONGEST_WALK:
            decide_group(db, *group, now=now)
            return
        after = first_after(after["pub_key"])
    for row in rows:
        # the later reports of this value: the first can have A as its latest match, and one whose qualifier
        # points away from A's is judged against what precedes it
        for r in _same_value(db, group, row, ">", "asc"):
            later[r["id"]] = dict(r)
    # each later article touched is decided again whole, in publication order: linear in its reports
    for later_article in dict.fromkeys(r["article_id"] for r in sorted(later.values(), key=_order)):
        if later_article not in cache:
            cache[later_article] = _group_of_article(db, group, later_article)
        if cache[later_article]:
            _decide_own(db, group, cache[later_article], now=now, cache=cache)
    _decide_alias_lookups(db, group, rows[0]["pub_key"], now=now)


def _decide_alias_lookups(db, group: tuple, pub_key: str, *, now: str) -> None:
    """The reports of the measure's aliases (aliases()) that one article's reports can make known, or known
    through them: from that article on, those new, changed and known through this measure; the measure under its
    other names (ONE_COUNT) is decided again whole."""
    where = f"where {_GROUP} and {_NOT_REJECTED} and {_ORIGINAL} "
    renamed = _renamed(group)
    for other, _ in aliases(group):
        if other in renamed:
            # the same measure under its other name: any of its later reports may now have a later latest report
            decide_group(db, *other, now=now, both=False)
            continue
        # those new, and those known through an alias (this measure may now be an earlier restated report)
        # (and those changed: one may be a change of this measure's latest under its other name)
        touched = _rows(db, _ROW + where + "and f.pub_key >= ? and (f.status in ('new', 'changed') or (f.status = 'known' "
                        "and f.kind != '')) order by f.pub_key", [*other, pub_key])
        cache: dict = {}
        for article_id in dict.fromkeys(r["article_id"] for r in touched):
            _decide_own(db, other, _group_of_article(db, other, article_id), now=now, cache=cache)


def reprints_moved(db, former_roots: list[str], *, now: str) -> None:
    """Former originals that are now reprints (an earlier copy arrived, or clusters merged): what each copy of the
    cluster repeats from its original is known, and the reports after a copy whose repeats changed are decided
    again. Every member is weighed against the cluster's original as it now is (one it repeated a figure of
    before may not be the original any more), so that the same coverage gives the same reprints whatever order the
    crawl found it in."""
    if not former_roots:
        return
    roots = {r["cluster"] for r in _rows(db, f"select cluster from articles where id in ({','.join('?' * len(former_roots))})",
                                         former_roots) if r["cluster"]}
    # the members were weighed against a former original; only when one of those said other figures than the
    # original now does can a member's repeats change (a run of verbatim copies arriving newest first walks none)
    same_original = all(_copied(db, former) == {(r["unit"], r["value"]) for r in _rows(
        db, "select unit, value from figures where article_id = ?", [former])} for former in former_roots)
    members = [] if same_original else [
        r["id"] for root in sorted(roots)
        for r in _rows(db, "select id from articles where cluster = ? and id != ? order by id", [root, root])]
    for article_id in dict.fromkeys([*former_roots, *members]):
        copied = _copied(db, article_id)
        moved = article_id in former_roots
        for row in _rows(db, "select id, unit, value, reprint from figures where article_id = ?", [article_id]):
            flag = int((row["unit"], row["value"]) in copied)
            if flag != row["reprint"]:
                db.conn.execute("update figures set reprint = ? where id = ?", [flag, row["id"]])
                moved = True
        if not moved:
            continue  # a member whose repeats are as they were: nothing of its flags changes
        for group in _rows(db, "select distinct event, edition, metric, scope, unit from figures where article_id = ?",
                           [article_id]):
            _decide_article(db, tuple(group.values()), article_id, now=now)


def _insert(db, row: dict) -> None:
    """One figure row, straight to SQLite (an article stores dozens; sqlite-utils inspects the table each time)."""
    columns = list(row)
    db.conn.execute(f"insert into figures ({', '.join(f'[{c}]' for c in columns)}) "
                    f"values ({', '.join('?' * len(columns))})", [row[c] for c in columns])


def _survivor(old: list[dict], fig: Figure, own: tuple[str, int]) -> dict | None:
    """The stored figure an extracted one is, after an article was updated: same event and edition, measure, value
    and words."""
    for row in old:
        if (row["event"], row["edition"], row["metric"], row["scope"], row["unit"], row["surface"], row["qualifier"],
                row["place"]) == (*own, fig.metric, fig.scope, fig.unit, fig.surface, fig.qualifier, fig.place) \
                and same_value(row["value"], fig.value):
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
        copied = _copied(db, article.id)  # (empty for an original)
        for fig in figures:
            # (a figure the article cites of another event is filed under that event's edition)
            own = (fig.event, fig.edition) if fig.event and fig.edition else (event, edition)
            kept = _survivor(unmatched, fig, own)
            row = {**dataclasses.asdict(fig), "article_id": article.id, "event": own[0], "edition": own[1],
                   "content_hash": article.content_hash, "pub_key": key,
                   "reprint": int((fig.unit, fig.value) in copied)}
            if kept is not None:
                db["figures"].update(kept["id"], row)
            else:
                while f"{article.id}-{serial:03d}" in used:
                    serial += 1
                used.add(f"{article.id}-{serial:03d}")
                _insert(db, {**row, "id": f"{article.id}-{serial:03d}", "status": "new", "previous_value": None,
                             "previous_article": "", "kind": "", "created_at": now, "decided_at": now})
            groups.add((*own, fig.metric, fig.scope, fig.unit))
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
           f"where {' and '.join(where)} order by f.pub_key, f.place = 'text', f.start")
    rows = []
    for r in db.query(sql, params):
        r = dict(r)
        r["previous"] = ({"value": r["previous_value"], "article": r["previous_article"], "url": r["previous_url"]}
                         if r["previous_value"] is not None else None)
        rows.append(r)
    return rows


def window_flags(db: sqlite_utils.Database, *, since: str, until: str) -> list[dict]:
    """Figures decided in a window, with only what a digest counts and picks by (id, event, edition, status,
    reprint, review): a window after a large crawl holds tens of thousands, whose sentences and joined articles
    the digest never needs all at once."""
    return _rows(db, "select f.id, f.event, f.edition, f.status, f.reprint, coalesce(r.decision, '') as review "
                     "from figures f left join reviews r on r.figure_id = f.id "
                     "where f.decided_at >= ? and f.decided_at < ?", [since, until])


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
        for figure_id in done:  # a decision without a reason keeps the reason given before
            db.execute("insert into reviews (figure_id, decision, reason, at) values (?, ?, ?, ?) "
                       "on conflict(figure_id) do update set decision = excluded.decision, at = excluded.at, "
                       "reason = case when excluded.reason != '' then excluded.reason else reviews.reason end",
                       [figure_id, decision, reason, now])
    return done, [i for i in ids if i not in known]


def reviews_of(db: sqlite_utils.Database, ids: list[str]) -> list[dict]:
    """The recorded decisions on these figures (figure_id, decision, reason, at), in the order given."""
    rows = {r["figure_id"]: dict(r) for r in db.query(
        f"select * from reviews where figure_id in ({','.join('?' * len(ids))})", ids)} if ids else {}
    return [rows[i] for i in ids if i in rows]


def unreviewed_flags(db: sqlite_utils.Database) -> int:
    """How many new or changed figures no reviewer has confirmed or rejected."""
    return _rows(db, "select count(*) as n from figures where status in ('new', 'changed') "
                 "and id not in (select figure_id from reviews)", [])[0]["n"]


def counts_by_event(db: sqlite_utils.Database) -> list[dict]:
    """Per event and edition: articles, figures, and figures by status."""
    return [dict(r) for r in db.query(
        "select e.event, e.edition, count(distinct e.article_id) as articles, "
        "(select count(*) from figures f where f.event = e.event and f.edition = e.edition) as figures, "
        "(select count(*) from figures f where f.event = e.event and f.edition = e.edition and f.status = 'new') "
        "as new, (select count(*) from figures f where f.event = e.event and f.edition = e.edition "
        "and f.status = 'changed') as changed "
        "from article_events e where e.primary_event = 1 group by e.event, e.edition order by e.event, e.edition desc")]


def metric_histories(db: sqlite_utils.Database, *, event: str = "", edition: int | None = None,
                     until: str = "") -> list[dict]:
    """One entry per event, edition, metric, scope and unit: every report in publication order (value as
    written, qualifier, status, kind, article), the latest value, how many independent stories reported it
    (reprints count once) and how many conflicts no reviewer has decided on. Rejected figures are left out;
    until: only figures stored before this time (a past day's digest shows what was known then)."""
    where, params = [_NOT_REJECTED], []
    for clause, value in (("f.event = ?", event), ("f.edition = ?", edition), ("f.created_at < ?", until)):
        if value not in ("", None):
            where.append(clause)
            params.append(value)
    rows = db.query(
        "select f.id, f.event, f.edition, f.metric, f.scope, f.unit, f.value, f.surface, f.qualifier, f.status, "
        "f.kind, f.pub_key, f.place, f.start, f.article_id, f.sentence, f.headline, f.created_at, f.decided_at, "
        "f.previous_value, f.previous_article, coalesce(nullif(a.cluster, ''), a.id) as story, "
        "a.title, a.outlet, a.credit, a.url, a.date, a.language, "
        "coalesce((select decision from reviews r where r.figure_id = f.id), '') as review "
        f"from figures f join articles a on a.id = f.article_id where {' and '.join(where)} "
        "order by f.event, f.edition desc, f.metric, f.scope, f.unit, f.pub_key, f.place = 'text', f.start", params)
    histories: dict[tuple, dict] = {}
    for r in rows:
        # one measure under its two names ("263 companies exhibited", "the conference gathered 263 companies") is
        # one history, as the ledger compares it
        metric = ONE_NAME.get(r["metric"], r["metric"])
        key = (r["event"], r["edition"], metric, r["scope"], r["unit"])
        entry = histories.setdefault(key, {"event": r["event"], "edition": r["edition"], "metric": metric,
                                           "scope": r["scope"], "unit": r["unit"], "reports": [], "stories": set(),
                                           "open_conflicts": 0, "order": []})
        entry["reports"].append({k: r[k] for k in _REPORT_KEYS} | {"metric": r["metric"]})
        entry["order"].append((r["pub_key"], r["place"] == "text", r["start"]))
        entry["stories"].add(r["story"])
        if r["status"] == "changed" and r["kind"] == "conflict" and not r["review"]:
            entry["open_conflicts"] += 1
    result = []
    for entry in histories.values():
        order = entry.pop("order")
        reports = [report for _, report in sorted(zip(order, entry["reports"]), key=lambda pair: pair[0])]
        originals = [p for p in reports if p["status"] != "known"] or reports
        # (named as its latest report names it: "contract value" after "30 projects worth RMB 53.63 billion")
        result.append({**entry, "metric": originals[-1]["metric"], "reports": reports,
                       "stories": len(entry["stories"]), "latest": originals[-1]})
    result.sort(key=lambda e: (e["event"], -(e["edition"] or 0), e["metric"], e["scope"], e["unit"]))
    return result



_REPORT_KEYS = ("id", "value", "surface", "qualifier", "status", "kind", "title", "outlet", "credit", "url", "date",
                "place", "article_id", "sentence", "headline", "created_at", "decided_at", "previous_value",
                "previous_article", "story", "review", "language")


def figures_stored_before(db: sqlite_utils.Database, event: str, edition: int, before: str) -> int:
    """How many figures of an event's edition were stored before a time (none: the edition is new to the
    ledger)."""
    return _rows(db, "select count(*) as n from figures where event = ? and edition = ? and created_at < ?",
                 [event, edition, before])[0]["n"]


def sentence_surfaces(db: sqlite_utils.Database, article_id: str, sentence: str) -> list[str]:
    """The written figures of one sentence of an article, in order (for highlighting every one of them)."""
    return [r["surface"] for r in db.query("select surface from figures where article_id = ? and sentence = ? "
                                           "order by start", [article_id, sentence])]
