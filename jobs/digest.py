"""The daily digest: a Markdown file of the day's new articles, grouped by event."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from extract.credit import CREDIT_LINE
from extract.events import match_events
from extract.rawtext import strip_dateline
from extract.records import Article
from extract.sentences import sentences
from jobs.config import Config
from storage.articles import iter_articles
from storage.ledger import query_figures
from storage.runs import recent_runs

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~])")


def md_escape(text: str) -> str:
    """Escape scraped text so that Markdown renders it as plain text, never as markup or links."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def safe_link(url: str) -> str:
    """An autolink for http(s) URLs; anything else is shown as escaped text."""
    if re.match(r"^https?://[^\s<>]+$", url):
        return f"<{url}>"
    return md_escape(url) if url else "(no link)"


@dataclass
class DigestDay:
    day: date
    start_utc: str
    end_utc: str


def day_window(day: date, tz_name: str) -> DigestDay:
    """The UTC bounds of a calendar day in the configured time zone."""
    tz = ZoneInfo(tz_name)
    start = datetime.combine(day, time(0), tz)
    end = start + timedelta(days=1)
    iso = lambda d: d.astimezone(timezone.utc).isoformat(timespec="seconds")  # noqa: E731
    return DigestDay(day, iso(start), iso(end))


def first_sentence(text: str) -> str:
    """The lead sentence of an article, past its credit line and dateline."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    if paras and CREDIT_LINE.match(paras[0]):
        paras = paras[1:]
    lead = strip_dateline(paras[0]) if paras else ""
    return (sentences(lead) or [""])[0][:300]


def _highlight(sentence: str, surface: str) -> str:
    """The sentence, escaped, with the figure's own words in bold."""
    i = sentence.find(surface)
    if i < 0 or not surface:
        return md_escape(sentence)
    return f"{md_escape(sentence[:i])}**{md_escape(surface)}**{md_escape(sentence[i + len(surface):])}".strip()


def _figure_lines(rows: list[dict]) -> list[str]:
    lines = []
    for r in rows:
        what = f"{md_escape(r['surface'])}" + (f" ({md_escape(r['noun'])})" if r["noun"] else "")
        if r["status"] == "changed":
            what += f", previously {r['previous_value']:,.10g}"
        by = md_escape(r["outlet"] or "") + (f" / {md_escape(r['credit'])}" if r["credit"] else "")
        lines.append(f"- {r['status'].upper()} {what}: {_highlight(r['sentence'], r['surface'])}  ")
        lines.append(f"  {md_escape(r['title'])}, {by}, {safe_link(r['url'])}")
    return lines


def render_markdown(config: Config, window: DigestDay, articles: list[Article], runs: list[dict],
                    figures: list[dict] = ()) -> str:
    """Render the digest text."""
    names = {e.id: e.name for e in config.events}
    groups: dict[str, list[Article]] = {e.id: [] for e in config.events}
    other: list[Article] = []
    for article in articles:
        matches = match_events(article.title, article.text, config.events)
        if matches:
            groups[matches[0].event].append(article)
        else:
            other.append(article)
    lines = [f"# confwatch digest for {window.day.isoformat()}", ""]
    if not articles:
        lines += ["Nothing new today: no article was first seen in this window.", ""]
    else:
        lines += [f"{len(articles)} new article{'s' if len(articles) != 1 else ''}.", ""]
    flagged = [f for f in figures if f["status"] in ("new", "changed")]
    for event_id, items in list(groups.items()) + [("", other)]:
        event_figures = [f for f in flagged if f["event"] == event_id] if event_id else []
        if not items and not event_figures:
            continue
        lines += [f"## {md_escape(names.get(event_id, 'Not matched to a configured event'))}", ""]
        for edition in sorted({f["edition"] for f in event_figures}, reverse=True):
            lines += [f"### {edition} edition: new and changed figures", ""]
            lines += _figure_lines([f for f in event_figures if f["edition"] == edition and f["status"] == "new"])
            lines += _figure_lines([f for f in event_figures if f["edition"] == edition and f["status"] == "changed"])
            lines.append("")
        if items:
            lines += ["### New articles", ""]
        for a in sorted(items, key=lambda x: (x.date, x.title), reverse=True):
            by = md_escape(a.outlet or a.site or "unknown outlet")
            if a.credit:
                by += f" (credit: {md_escape(a.credit)})"
            lines.append(f"- **{md_escape(a.title)}**, {by}, published {a.date}  ")
            lines.append(f"  {safe_link(a.url)}  ")
            lead = first_sentence(a.text)
            if lead:
                lines.append(f"  {md_escape(lead)}")
        lines.append("")
    lines += ["## Source health", ""]
    crawls = [r for r in runs if r["kind"] == "crawl"]
    if crawls:
        run = crawls[0]
        lines += [f"Last crawl {run['started_at']}: {run['status']}.", "",
                  "| source | requests | candidates | known | new | errors |", "|---|---|---|---|---|---|"]
        for name, c in sorted(run["sources"].items()):
            lines.append(f"| {md_escape(name)} | {c.get('requests', 0)} | {c.get('candidates', 0)} | "
                         f"{c.get('known', 0)} | {c.get('new', 0)} | {c.get('errors', 0)} |")
    else:
        lines.append("No crawl has run yet.")
    lines.append("")
    return "\n".join(lines)


def write_digest(db, config: Config, data_dir: str, day: date) -> Path:
    """Write DATA/digests/YYYY-MM-DD.md for a day and return its path."""
    window = day_window(day, config.schedule["timezone"])
    articles = list(iter_articles(db, since=window.start_utc, until=window.end_utc))
    figures = query_figures(db, since=window.start_utc, until=window.end_utc)
    text = render_markdown(config, window, articles, recent_runs(db, 20), figures)
    out = Path(data_dir) / "digests"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{day.isoformat()}.md"
    tmp = path.with_suffix(".md.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path
