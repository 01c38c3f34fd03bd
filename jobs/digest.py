"""The daily digest: what was new in a window, as data; written as Markdown, HTML and an Atom feed entry.

build_digest() gathers the day's figures, articles (reprints folded) and source health into plain dicts;
jobs/render.py turns them into Markdown, plain text and HTML; write_digest() writes the files and records the
digest day in the `digests` table.
"""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from extract.credit import CREDIT_LINE
from extract.metrics import MINOR_RANK, is_forecast, metric_names, metric_ranks
from extract.rawtext import strip_dateline
from extract.sentences import sentences
from storage import clock
from jobs.config import Config
from storage.articles import first_seen_between, get_article_row
from storage.clusters import cluster_members
from storage.db import advice
from storage.digests import digest_days, feed_entries, record_digest
from storage.ledger import (figures_stored_before, metric_histories, sentence_surfaces,
                            unreviewed_flags, window_flags)
from storage.runs import recent_runs


@dataclass
class DigestWindow:
    day: date
    start_utc: str
    end_utc: str


def digest_time(config: Config) -> time:
    """The time of day the digest is made: the hour and minute of schedule.digest when they are plain numbers."""
    fields = str(config.schedule.get("digest", "")).split()
    try:
        return time(int(fields[1]), int(fields[0]))
    except (IndexError, ValueError):
        return time(0, 0)


def digest_window(config: Config, day: date) -> DigestWindow:
    """The window_hours before the digest time of day, in the configured time zone, as UTC bounds."""
    tz = ZoneInfo(config.schedule["timezone"])
    end = datetime.combine(day, digest_time(config), tz)
    start = end - timedelta(hours=config.digest["window_hours"])
    iso = lambda d: d.astimezone(timezone.utc).isoformat(timespec="seconds")  # noqa: E731
    return DigestWindow(day, iso(start), iso(end))


def closed_day(config: Config) -> date:
    """The latest digest day whose window has ended: today once the digest time has passed, else yesterday."""
    local = clock.now().astimezone(ZoneInfo(config.schedule["timezone"]))
    return local.date() if local.time() >= digest_time(config) else local.date() - timedelta(days=1)


def day_started(config: Config, day: date) -> bool:
    """True once the window of a digest day has begun (a later day has nothing to report yet)."""
    return datetime.fromisoformat(digest_window(config, day).start_utc) <= clock.now()


def open_day(config: Config) -> date:
    """The digest day whose window is still open (what a crawl now will be reported in)."""
    return closed_day(config) + timedelta(days=1)


def first_sentence(text: str) -> str:
    """The lead sentence of an article, past its credit line and dateline."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    if paras and CREDIT_LINE.match(paras[0]):
        paras = paras[1:]
    lead = strip_dateline(paras[0]) if paras else ""
    return (sentences(lead) or [""])[0][:300]


def split_sentence(sentence: str, surface: str) -> dict:
    """The sentence in three parts around the figure's own words, for highlighting without markup in data."""
    i = sentence.find(surface) if surface else -1
    if i < 0:
        return {"before": sentence, "match": "", "after": ""}
    return {"before": sentence[:i], "match": surface, "after": sentence[i + len(surface):]}


def segments(sentence: str, surfaces: list[str]) -> list[dict]:
    """The sentence cut into plain and marked pieces, each figure's words marked once (in order, never
    overlapping), so that a template highlights them without any markup in the data."""
    pieces, pos = [], 0
    for surface in surfaces:
        i = sentence.find(surface, pos) if surface else -1
        if i < 0:
            continue
        if i > pos:
            pieces.append({"text": sentence[pos:i], "mark": False})
        pieces.append({"text": surface, "mark": True})
        pos = i + len(surface)
    if pos < len(sentence):
        pieces.append({"text": sentence[pos:], "mark": False})
    return pieces


def _evidence(db, report: dict, cache: dict) -> dict:
    key = (report["article_id"], report["sentence"])
    if key not in cache:
        cache[key] = segments(report["sentence"], sentence_surfaces(db, *key))
    return {"segments": cache[key], "title": report["title"], "outlet": report["outlet"] or "",
            "credit": report["credit"] or "", "url": report["url"] or "", "date": report["date"] or ""}


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _row(db, history: dict, in_window: list[dict], names: dict, ranks: dict, cache: dict) -> dict:
    """One metric and scope of an edition: its latest report of the window, how many independent stories gave
    that value, its first source, and for a change the value before."""
    latest = in_window[-1]
    same = [r for r in history["reports"] if _same(r["value"], latest["value"])]
    first = same[0]
    metric = history["metric"]
    rank = ranks.get(metric)
    stories = len({r["story"] for r in same})
    named_in_headline = any(r["headline"] or r["place"] == "title" for r in same)
    row = {"metric": metric, "name": names.get(metric, metric), "scope": history["scope"], "unit": history["unit"],
           "status": latest["status"], "kind": latest["kind"] or "", "value": latest["surface"],
           "number": latest["value"], "qualifier": latest["qualifier"], "stories": stories,
           "in_headline": named_in_headline, "ids": [r["id"] for r in in_window],
           "unreviewed": any(not r["review"] for r in in_window),
           "first": {"outlet": first["outlet"] or "", "date": first["date"] or "", "url": first["url"] or "",
                     "title": first["title"]},
           "evidence": _evidence(db, latest, cache),
           "minor": rank is None or rank >= MINOR_RANK or is_forecast(latest["sentence"]),
           # the documented ranking rule: vocabulary importance, up 3 when a headline names the figure and 2 for
           # each further independent story (at most 3 of them)
           "score": (rank if rank is not None else 99) - 3 * named_in_headline - 2 * min(stories - 1, 3)}
    if latest["status"] == "changed":
        earlier = [r for r in history["reports"] if r["article_id"] == latest["previous_article"]]
        before = min(earlier, key=lambda r: abs(r["value"] - (latest["previous_value"] or 0)), default=None)
        if before:
            row["before"] = {"value": before["surface"], "qualifier": before["qualifier"],
                             "evidence": _evidence(db, before, cache)}
    return row


def _confirmation(history: dict, known_ids: set[str]) -> tuple[dict, dict] | None:
    """(first report, confirming report) when the window brought a known report of a value first reported in
    another language ("263家企业参展" in Chinese, then "263 companies" in English)."""
    for report in history["reports"]:
        if report["id"] not in known_ids or report["status"] != "known":
            continue
        first = next((r for r in history["reports"] if _same(r["value"], report["value"])), None)
        if first is not None and first["language"] and report["language"] and first["language"] != report["language"]:
            return first, report
    return None


def _confirmed_row(db, history: dict, first: dict, report: dict, names: dict, ranks: dict, cache: dict) -> dict:
    row = _row(db, history, [report], names, ranks, cache)
    row.update(status="confirmed", kind="", first_report={"value": first["surface"], "qualifier": first["qualifier"],
                                                          "evidence": _evidence(db, first, cache)})
    return row


def _edition_block(db, event, edition: int, window: "DigestWindow", window_ids: set[str], stories: list[dict],
                   names: dict, ranks: dict, list_baseline: bool, known_ids: set[str] = frozenset()) -> dict:
    """What the window brought about one edition: counts, headline figures, the metric sheet, other figures, or
    a baseline summary when the ledger knew nothing of the edition before the window."""
    cache: dict = {}
    rows, reported = [], set()
    for history in metric_histories(db, event=event.id, edition=edition, until=window.end_utc):
        in_window = [r for r in history["reports"] if r["id"] in window_ids]
        if in_window:
            rows.append(_row(db, history, in_window, names, ranks, cache))
            reported.update(r["story"] for r in in_window)
            continue
        confirmed = _confirmation(history, known_ids)
        if confirmed:
            rows.append(_confirmed_row(db, history, *confirmed, names, ranks, cache))
    rows.sort(key=lambda r: (r["score"], -r["stories"], r["name"]))
    major = [r for r in rows if not r["minor"]]
    baseline = figures_stored_before(db, event.id, edition, window.start_utc) == 0
    return {"edition": edition, "baseline": baseline, "listed": not baseline or list_baseline,
            "counts": {"new": sum(r["status"] == "new" for r in rows),
                       "changed": sum(r["status"] == "changed" for r in rows),
                       "confirmed": sum(r["status"] == "confirmed" for r in rows),
                       "conflicts": sum(r["status"] == "changed" and r["kind"] == "conflict" for r in rows),
                       "stories": len(stories), "figures": sum(len(r["ids"]) for r in rows),
                       "figure_stories": len(reported)},
            "rows": major, "other": [r for r in rows if r["minor"]],
            "metrics_command": f"confwatch metrics --event {event.id} --edition {edition}"}


def _date_flags(article_date: str, edition: int | None, event, day: date, season_days: int) -> list[str]:
    """Marks for a publication date in the future or far from the event's usual season."""
    try:
        published = date.fromisoformat(article_date)
    except (TypeError, ValueError):
        return ["no publication date"]
    flags = []
    if published > day:
        flags.append("dated in the future")
    if event is not None and edition:
        season = date(edition, event.month, 15)
        gap = abs((published - season).days)
        if gap > season_days:
            flags.append(f"published {gap} days from the {edition} edition's usual month")
    return flags


def _articles(db, config: Config, window: DigestWindow) -> dict[str, list[dict]]:
    """New articles per event id ('' for none), one entry per reprint cluster, earliest article first."""
    rows = first_seen_between(db, window.start_utc, window.end_utc)
    events = {e.id: e for e in config.events}
    new_ids = {r["id"] for r in rows}
    grouped: dict[str, list[dict]] = {}
    done: set[str] = set()
    for r in rows:
        cluster = r["cluster"] or r["id"]
        if cluster in done:
            continue
        done.add(cluster)
        members = cluster_members(db, cluster) or [get_article_row(db, r["id"])]
        lead, others = members[0], members[1:]
        full = get_article_row(db, lead["id"])
        entry = {"id": lead["id"], "title": lead["title"], "outlet": lead["outlet"] or "", "credit": lead["credit"] or "",
                 "date": lead["date"], "url": lead["url"] or "", "lead": first_sentence(full["text"]),
                 "edition": r["edition"], "new": lead["id"] in new_ids,
                 "flags": _date_flags(lead["date"], r["edition"], events.get(r["event"] or ""), window.day,
                                      config.digest["season_days"]),
                 "reprints": [{"id": o["id"], "outlet": o["outlet"] or "", "url": o["url"] or "", "date": o["date"],
                               "new": o["id"] in new_ids} for o in others]}
        grouped.setdefault(r["event"] or "", []).append(entry)
    for entries in grouped.values():
        entries.sort(key=lambda a: (a["date"] or "", a["title"]), reverse=True)
    return grouped


def _health(db, config: Config, window: DigestWindow) -> dict:
    """Per configured source: what the crawls of the window did, and whether it failed or has gone quiet."""
    runs = [r for r in recent_runs(db, 500) if r["kind"] == "crawl"]
    in_window = [r for r in runs if window.start_utc <= r["started_at"] < window.end_utc]
    quiet_days = config.digest["quiet_days"]
    quiet_since = (datetime.fromisoformat(window.end_utc) - timedelta(days=quiet_days)).isoformat(timespec="seconds")
    recent = [r for r in runs if quiet_since <= r["started_at"] < window.end_utc]
    watched_long_enough = any(r["started_at"] < quiet_since for r in runs)
    sources = []
    for source in config.enabled_sources():
        today_counts = [r["sources"].get(source.name, {}) for r in in_window]
        total = {k: sum(c.get(k, 0) for c in today_counts) for k in ("requests", "new", "rejected", "errors")}
        failed = any(c.get("failed") for c in today_counts)
        found_recently = sum(r["sources"].get(source.name, {}).get("new", 0) for r in recent)
        sources.append({"name": source.name, "type": source.type, **total, "failed": failed,
                        "quiet": watched_long_enough and found_recently == 0, "ran": bool(today_counts)})
    return {"crawls": [{"id": r["id"], "started_at": r["started_at"], "ended_at": r["ended_at"],
                        "status": r["status"]} for r in in_window],
            "sources": sources, "quiet_days": quiet_days,
            "failed": [s["name"] for s in sources if s["failed"]],
            "quiet": [s["name"] for s in sources if s["quiet"]]}


def build_digest(db, config: Config, day: date) -> dict:
    """Everything the digest of a day says, as JSON-ready data."""
    window = digest_window(config, day)
    names, ranks = metric_names(config.metrics), metric_ranks(config.metrics)
    in_window = [r for r in window_flags(db, since=window.start_utc, until=window.end_utc)
                 if r["review"] != "rejected"]
    figures = [r for r in in_window if r["status"] in ("new", "changed")]
    window_ids = {f["id"] for f in figures}
    known_ids = {f["id"] for f in in_window if f["status"] == "known" and not f.get("reprint")}
    articles = _articles(db, config, window)
    events = []
    for event in config.events:
        own = articles.get(event.id, [])
        with_news = {f["edition"] for f in figures if f["event"] == event.id} | \
            {a["edition"] for a in own if a["edition"] and a["new"]}
        editions = [_edition_block(db, event, edition, window, window_ids,
                                   [a for a in own if a["edition"] == edition and a["new"]], names, ranks,
                                   config.digest["list_baseline"], known_ids)
                    for edition in sorted(with_news, reverse=True)]
        events.append({"id": event.id, "name": event.name, "editions": editions, "articles": own})
    new_articles = sum(a["new"] + sum(r["new"] for r in a["reprints"]) for v in articles.values() for a in v)
    return {
        "day": day.isoformat(), "window": {"start": window.start_utc, "end": window.end_utc,
                                         "timezone": config.schedule["timezone"]},
        "generated_at": clock.now_iso(),
        "counts": {"articles": new_articles, "stories": sum(len(v) for v in articles.values()),
                   "new_figures": sum(f["status"] == "new" for f in figures),
                   "changed_figures": sum(f["status"] == "changed" for f in figures),
                   "unreviewed": sum(f["review"] == "" for f in figures),
                   "unreviewed_all": unreviewed_flags(db)},
        "events": events,
        "other_articles": articles.get("", []),
        "health": _health(db, config, window),
    }


class DigestWriteError(RuntimeError):
    """A digest file could not be written; nothing half-written was left in place."""


def _write_temp(path: Path, text: str, data_dir: str) -> Path:
    """Write text beside path in a temporary file, synced to disk; return the temporary file."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        _discard(tmp)
        raise DigestWriteError(f"cannot write {path}: {exc.strerror or exc}; {advice(exc, data_dir)}; the digest "
                               "files were left as they were") from None
    return tmp


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


@dataclass
class WrittenDigest:
    data: dict
    markdown: Path
    html: Path
    feed: Path


def digest_paths(data_dir: str, day: date) -> tuple[Path, Path, Path]:
    """Where the digest of a day is written: DATA/digests/DAY.md, DAY.html, and the feed."""
    out = Path(data_dir) / "digests"
    return out / f"{day.isoformat()}.md", out / f"{day.isoformat()}.html", out / "feed.xml"


def write_digest(db, config: Config, data_dir: str, day: date) -> WrittenDigest:
    """Write DATA/digests/DAY.md and .html, record the day, and rebuild DATA/digests/feed.xml."""
    from jobs.render import digest_url, render_feed, render_html, render_markdown, render_summary_html

    data = build_digest(db, config, day)
    out = Path(data_dir) / "digests"
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DigestWriteError(f"cannot create {out}: {exc.strerror or exc}; {advice(exc, data_dir)}") from None
    md_path, html_path, feed_path = digest_paths(data_dir, date.fromisoformat(data["day"]))
    html = render_html(data)
    base = config.digest["base_url"]
    summary = render_summary_html(data, digest_url(base, out, f"{data['day']}.html"))
    # Every file is written in full beside its place first and the day recorded; only then are the files
    # renamed into place. A failure at any step (a full disk, a read-only database) leaves the digest files and
    # the digests table as they were.
    temps: dict[Path, Path] = {}
    try:
        temps[md_path] = _write_temp(md_path, render_markdown(data), data_dir)
        temps[html_path] = _write_temp(html_path, html, data_dir)
        with db.atomic():
            record_digest(db, data["day"], window_start=data["window"]["start"], window_end=data["window"]["end"],
                          written_at=data["generated_at"], articles=data["counts"]["articles"],
                          new_figures=data["counts"]["new_figures"],
                          changed_figures=data["counts"]["changed_figures"], html=summary)
            feed = render_feed(feed_entries(db, config.digest["feed_entries"]), base_url=base, digests_dir=out)
            temps[feed_path] = _write_temp(feed_path, feed, data_dir)
        for final, tmp in temps.items():
            tmp.replace(final)
    except sqlite3.Error as exc:
        raise DigestWriteError(f"cannot record the digest of {data['day']} in the database: {exc}; "
                               f"{advice(exc, data_dir)}; the digest files were left as they were") from None
    finally:
        for tmp in temps.values():
            _discard(tmp)
    return WrittenDigest(data, md_path, html_path, feed_path)


def digest_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def missed_digest_days(db, config: Config) -> list[date]:
    """Complete digest days not written after their window closed (nothing ran then, or only a crawl wrote
    them while their window was still open): from the day after the last complete one (or from the first
    digest day recorded) up to the latest closed day, at most schedule.catch_up_days of them, oldest first.
    A data directory without any digest has missed none."""
    latest = closed_day(config)
    rows = digest_days(db, latest.isoformat())
    if not rows:
        return []
    complete = [date.fromisoformat(r["day"]) for r in rows if r["written_at"] and r["window_end"]
                and datetime.fromisoformat(r["written_at"]) >= datetime.fromisoformat(r["window_end"])]
    first = max(complete) + timedelta(days=1) if complete else min(date.fromisoformat(r["day"]) for r in rows)
    first = max(first, latest - timedelta(days=max(1, config.schedule["catch_up_days"]) - 1))
    return [first + timedelta(days=i) for i in range((latest - first).days + 1)]
