"""Digest data (jobs/digest.py) rendered as Markdown, plain text, HTML (Jinja2, autoescaped) and Atom (feedgen).

Everything that comes from a crawled page is untrusted: in Markdown it is escaped so that it renders as plain
text, in HTML Jinja2 escapes it, and only http(s) URLs ever become links.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from feedgen.feed import FeedGenerator
from jinja2 import Environment, PackageLoader

from extract.metrics import SCOPES

# Characters that can start markup anywhere in a line. Parentheses, braces, "+" and "!" are inert once the
# brackets are escaped, so they are left as written; "#", "-" and digits only act at a line's start, where
# scraped text never stands.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_HTTP_URL = re.compile(r"^https?://[^\s<>\"'`]+$")


def md_escape(text: str) -> str:
    """Escape scraped text so that Markdown renders it as plain text, never as markup or links."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text or ""))


def is_web_url(url: str) -> bool:
    return bool(_HTTP_URL.match(url or ""))


def safe_link(url: str) -> str:
    """An autolink for http(s) URLs; anything else is shown as escaped text."""
    if is_web_url(url):
        return f"<{url}>"
    return md_escape(url) if url else "(no link)"


def md_link(text: str, url: str) -> str:
    """[text](<url>) for an http(s) URL, else the escaped text alone."""
    return f"[{md_escape(text)}](<{url}>)" if is_web_url(url) else md_escape(text)


def number(value) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value) == int(value) else f"{value:,.6g}"


def plural(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def byline(article: dict) -> str:
    """Outlet, and the credited source when it differs."""
    outlet = article.get("outlet") or "unknown outlet"
    credit = article.get("credit") or ""
    return f"{outlet} (credit: {credit})" if credit and credit.lower() not in outlet.lower() else outlet


def also_published(article: dict) -> str:
    names = list(dict.fromkeys(r["outlet"] or "another site" for r in article["reprints"]))
    return f"also published by {', '.join(names)}" if names else ""


# The view: every word a reader sees, once, for all formats ----------------------------------------------

WORDS = {"new": "new", "changed": "changed", "unreviewed": "unreviewed", "articles": "New stories",
         "other_event": "Not matched to a configured event", "published": "published",
         "reprinted": "first published earlier; reprinted today", "health": "Source health",
         "columns": ("source", "requests", "new", "off-topic", "errors", "note"), "failed": "failed",
         "quiet": "nothing for {days} days", "did_not_run": "did not run", "no_link": "(no link)",
         "window": "Window {start} – {end} ({zone}) · written {written}",
         "scope": {k: v for k, v in SCOPES.items() if v},
         "sheet": "{edition} edition", "other": "Other figures", "was": "was", "evidence": "evidence",
         "first_reported": "first reported as",
         "nothing": "Nothing new in this window: no new article and no new or changed figure.",
         "baseline": "Baseline: {figures} from {stories}, first seen in this window; every figure:"}
QUALIFIERS = {"more_than": "more than", "nearly": "nearly", "about": "about", "less_than": "less than",
              "at_least": "at least", "up_to": "up to"}


QUALIFIERS_ZH = {"more_than": "超过", "nearly": "近", "about": "约", "less_than": "不到", "at_least": "至少",
                 "up_to": "最多"}
_CJK = re.compile(r"[\u3400-\u9fff]")


def as_written(surface: str, qualifier: str) -> str:
    """The value with its qualifier in words: "more than 240", "近10个国家和地区" (a range's ends keep the range as
    written; a Chinese figure whose words carry it already, "2万余名", is left as it is)."""
    if _CJK.search(surface or ""):
        if re.search(r"[多余]", surface) or qualifier in ("", "exact"):
            return surface
        return QUALIFIERS_ZH.get(qualifier, "") + surface
    words = QUALIFIERS.get(qualifier or "", "")
    if not words or (qualifier in ("at_least", "up_to") and re.search(r"\d\s?(?:-|–|to)\s?\S", surface)):
        return surface
    return f"{words} {surface}"


def _summary(data: dict) -> str:
    c, health = data["counts"], data["health"]
    if not (c["articles"] or c["new_figures"] or c["changed_figures"]):
        return WORDS["nothing"] + ("" if health["failed"] or not health["crawls"] else " This is not an error.")
    text = (f"{plural(c['new_figures'], 'new figure')}, {c['changed_figures']} changed, "
            f"{plural(c['articles'], 'new article')} in {plural(c['stories'], 'story', 'stories')}.")
    if c["unreviewed"]:
        text += f" {plural(c['unreviewed'], 'flag')} not yet reviewed."
    return text


def _alerts(health: dict) -> list[str]:
    """What the reader must know before the figures: failed sources (most of them: the digest may be
    incomplete), sources gone quiet, no crawl at all."""
    lines = []
    total, failed = len(health["sources"]), health["failed"]
    if failed and 2 * len(failed) > total:
        lines.append(f"{'Every source' if len(failed) == total else 'Most sources'} failed in this window "
                     f"({len(failed)} of {total}: {', '.join(failed)}); this digest is incomplete.")
    elif failed:
        lines.append(f"{plural(len(failed), 'source')} failed in this window: {', '.join(failed)}.")
    if health["quiet"]:
        lines.append(f"Nothing new for {health['quiet_days']} days from: {', '.join(health['quiet'])}.")
    if not health["crawls"]:
        lines.append("No crawl ran in this window.")
    return lines


def local_time(iso: str, zone: str) -> str:
    """An ISO time as a reader in the configured time zone reads it, to the minute."""
    try:
        return datetime.fromisoformat(iso).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")
    except (ValueError, TypeError):
        return iso


def _health_lines(health: dict, zone: str) -> list[str]:
    if not health["crawls"]:
        return ["No crawl ran in this window."]
    return ["Crawls: " + ", ".join(f"{local_time(r['started_at'], zone)} {r['status']}" for r in health["crawls"])
            + "."]


def _metric_label(row: dict) -> str:
    scope = WORDS["scope"].get(row["scope"] or "", "")
    return f"{row['name']} ({scope})" if scope else row["name"]


def _status(row: dict) -> str:
    """new, refined (a later value inside what the earlier allowed), conflict, or confirmed (a value first
    reported in another language, now reported again)."""
    return (row["kind"] or "changed") if row["status"] == "changed" else row["status"]


def _status_class(row: dict) -> str:
    return row["kind"] if row["status"] == "changed" else row["status"]


def _headline(rows: list[dict]) -> list[dict]:
    """The edition's headline figures: the first rows (already ranked), one per value and unit, so that "263
    companies" and "263 exhibitors" from one sentence take one place."""
    seen, chosen = set(), []
    for r in rows:
        key = (r["number"], r["unit"])
        if key not in seen:
            seen.add(key)
            chosen.append(r)
    return chosen[:5]


def _evidence(e: dict) -> dict:
    return {"segments": e["segments"], "title": e["title"], "byline": byline(e), "url": e["url"],
            "link_text": ", ".join(filter(None, [e["outlet"] or "link", e["date"]]))}


def _row(r: dict) -> dict:
    item = {"metric": _metric_label(r), "value": as_written(r["value"], r["qualifier"]), "status": _status(r),
            "status_class": _status_class(r),
            "stories": plural(r["stories"], "story", "stories"),
            "first": ", ".join(filter(None, [r["first"]["outlet"], r["first"]["date"]])),
            "evidence": _evidence(r["evidence"]), "ids": r["ids"], "unreviewed": r["unreviewed"]}
    if r.get("before"):
        item["before"] = {"value": as_written(r["before"]["value"], r["before"]["qualifier"]),
                          "evidence": _evidence(r["before"]["evidence"])}
    if r.get("first_report"):
        item["first_report"] = {"value": as_written(r["first_report"]["value"], r["first_report"]["qualifier"]),
                                "evidence": _evidence(r["first_report"]["evidence"])}
    return item


def _counts_line(ed: dict) -> str:
    c = ed["counts"]
    parts = [f"{c['new']} new", f"{c['changed']} changed"]
    if c["conflicts"]:
        parts.append(plural(c["conflicts"], "conflict"))
    if c.get("confirmed"):
        parts.append(f"{c['confirmed']} confirmed in another language")
    parts.append(plural(c["stories"], "new story", "new stories"))
    return " · ".join(parts)


def _edition(ed: dict, event_id: str) -> dict:
    c = ed["counts"]
    return {"heading": WORDS["sheet"].format(edition=ed["edition"]), "anchor": f"{event_id}-{ed['edition']}",
            "counts": _counts_line(ed), "listed": ed["listed"],
            "baseline": WORDS["baseline"].format(figures=plural(c["figures"], "figure"),
                                                 stories=plural(c["figure_stories"], "story", "stories"))
            if ed["baseline"] else "", "command": ed["metrics_command"],
            "headline": [{"metric": _metric_label(r), "value": as_written(r["value"], r["qualifier"]),
                          "status": _status(r), "status_class": _status_class(r),
                          "before": as_written(r["before"]["value"], r["before"]["qualifier"])
                          if r.get("before") else ""} for r in _headline(ed["rows"])],
            "rows": [_row(r) for r in ed["rows"]] if ed["listed"] else [],
            "other": [{"metric": _metric_label(r), "value": as_written(r["value"], r["qualifier"]),
                       "status": _status(r)} for r in ed["other"]] if ed["listed"] else []}


def _article(a: dict) -> dict:
    return {"title": a["title"], "byline": byline(a), "date": a["date"], "url": a["url"] or "", "flags": a["flags"],
            "note": "" if a["new"] else WORDS["reprinted"], "lead": a["lead"], "also": also_published(a),
            "reprints": [{"outlet": r["outlet"], "url": r["url"] or ""} for r in a["reprints"]]}


def _source_note(s: dict, quiet_days: int) -> str:
    if s["failed"]:
        return WORDS["failed"]
    if s["quiet"]:
        return WORDS["quiet"].format(days=quiet_days)
    return "" if s["ran"] else WORDS["did_not_run"]


def digest_view(data: dict) -> dict:
    """The digest as its reader sees it, in plain (unescaped) strings: the templates only add each format's
    markup and escaping. First the alerts and one block per event and edition with news; then each edition's
    metric sheet; then the new stories; source health last."""
    c = data["counts"]
    events = []
    for event in data["events"] + [{"id": "other", "name": WORDS["other_event"], "editions": [],
                                    "articles": data["other_articles"]}]:
        if not event["editions"] and not event["articles"]:
            continue
        events.append({"name": event["name"], "editions": [_edition(ed, event["id"]) for ed in event["editions"]],
                       "articles": [_article(a) for a in event["articles"]]})
    health = data["health"]
    window = data["window"]
    zone = window.get("timezone", "UTC")
    return {"title": f"confwatch digest for {data['day']}", "day": data["day"], "summary": _summary(data),
            "alerts": _alerts(health),
            "nothing_new": not (c["articles"] or c["new_figures"] or c["changed_figures"]), "events": events,
            "health_lines": _health_lines(health, zone),
            "sources": [{**s, "note": _source_note(s, health["quiet_days"])} for s in health["sources"]],
            "footer": WORDS["window"].format(start=local_time(window["start"], zone),
                                             end=local_time(window["end"], zone), zone=zone,
                                             written=local_time(data["generated_at"], zone)),
            "words": WORDS}


# Markdown, text and HTML: one template each ------------------------------------------------------------

def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _environment(autoescape: bool) -> Environment:
    env = Environment(loader=PackageLoader("jobs", "templates"), autoescape=autoescape, trim_blocks=True,
                      lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(md=md_escape, link=safe_link, plain=_plain, mdlink=md_link)
    env.tests["web_url"] = is_web_url
    return env


_text_env = _environment(False)  # Markdown escapes scraped text itself (the md filter); plain text has no markup
_html_env = _environment(True)


def render_markdown(data: dict) -> str:
    """The digest as Markdown: scraped text escaped so that it renders as text, links only for http(s)."""
    return _text_env.get_template("digest.md.j2").render(v=digest_view(data))


def render_text(data: dict) -> str:
    """The digest as plain text: the e-mail's text part; nothing in it is interpreted as markup."""
    return _text_env.get_template("digest.txt.j2").render(v=digest_view(data))


def render_html(data: dict) -> str:
    """One self-contained page (inline style, no scripts, no external assets)."""
    return _html_env.get_template("digest.html").render(v={**digest_view(data), "page_url": ""})


def render_summary_html(data: dict, page_url: str) -> str:
    """The first screen of the digest (alerts, counts and headline figures per event and edition) as an HTML
    fragment whose links point into the page at page_url: an Atom entry's content."""
    return _html_env.get_template("summary.html").render(v={**digest_view(data), "page_url": page_url}).strip()


def render_summary_markdown(data: dict) -> tuple[str, str]:
    """(title, Markdown body) of the first screen: what a notification says."""
    view = digest_view(data)
    c = data["counts"]
    title = (f"confwatch {data['day']}: {plural(c['new_figures'], 'new figure')}, {c['changed_figures']} changed, "
             f"{plural(c['articles'], 'new article')}")
    return title, _text_env.get_template("summary.md.j2").render(v=view).strip()


# Atom ----------------------------------------------------------------------------------------------------

def digest_url(base_url: str, digests_dir: Path, name: str) -> str:
    """Where a reader finds a digest file: under [digest] base_url, else as a file:// URL of the data directory."""
    return base_url + name if base_url else (digests_dir.resolve() / name).as_uri()


def render_feed(entries: list[dict], *, base_url: str, digests_dir: Path) -> str:
    """An Atom feed with one entry per digest day (newest first): its summary as HTML, a link to the page, and
    as its time the end of the day's window (a digest written again keeps its place)."""
    fg = FeedGenerator()
    fg.id("urn:confwatch:digests")
    fg.title("confwatch digests")
    fg.subtitle("Daily digest of the coverage of the configured events")
    fg.author({"name": "confwatch"})
    fg.link(href=digest_url(base_url, digests_dir, "feed.xml"), rel="self")
    fg.link(href=digest_url(base_url, digests_dir, ""), rel="alternate")
    fg.language("en")
    for row in reversed(entries):  # feedgen lists entries in reverse order of adding
        fe = fg.add_entry()
        fe.id(f"urn:confwatch:digest:{row['day']}")
        fe.title(f"{row['day']}: {plural(row['new_figures'], 'new figure')}, {row['changed_figures']} changed, "
                 f"{plural(row['articles'], 'new article')}")
        fe.link(href=digest_url(base_url, digests_dir, f"{row['day']}.html"))
        fe.updated(datetime.fromisoformat(row["window_end"] or row["written_at"]))
        fe.content(row["html"], type="html")
    fg.updated(max((datetime.fromisoformat(r["window_end"] or r["written_at"]) for r in entries),
                   default=datetime(2000, 1, 1, tzinfo=timezone.utc)))
    return fg.atom_str(pretty=True).decode("utf-8")


# Alerts ----------------------------------------------------------------------------------------------------

def render_alert_markdown(rule: str, figures: list[dict], total: int, events: dict[str, str],
                          names: dict[str, str]) -> tuple[str, str]:
    """(title, Markdown body) of an alert: the change itself, one line per figure (value, status, sentence,
    source), scraped text escaped."""
    title = f"confwatch alert {rule}: {plural(total, 'figure')}"
    lines = []
    for f in figures:
        status = (f["kind"] or "changed") if f["status"] == "changed" else f["status"]
        was = f", was {number(f['previous_value'])}" if f["status"] == "changed" and f.get("previous_value") \
            is not None else ""
        where = f"{events.get(f['event'], f['event'])} {f['edition']}"
        source = ", ".join(filter(None, [f.get("outlet") or "", f.get("article_date") or ""])) or "source"
        lines.append(f"- **{md_escape(where)} {md_escape(names.get(f['metric'], f['metric']))}**: "
                     f"{md_escape(as_written(f['surface'], f['qualifier']))} ({status}{was}): "
                     f"{md_escape(f['sentence'][:300])} ({md_link(source, f.get('url') or '')})")
    if total > len(figures):
        lines.append(f"- and {total - len(figures)} more: `confwatch figures --since` lists them")
    return title, "\n".join(lines)
