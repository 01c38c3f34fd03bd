"""Digest data (jobs/digest.py) rendered as Markdown, plain text, HTML (Jinja2, autoescaped) and Atom (feedgen).

Everything that comes from a crawled page is untrusted: in Markdown it is escaped so that it renders as plain
text, in HTML Jinja2 escapes it, and only http(s) URLs ever become links.
"""
from __future__ import annotations

import re
from datetime import datetime

from feedgen.feed import FeedGenerator
from jinja2 import Environment, PackageLoader

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~])")
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


def number(value) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value) == int(value) else f"{value:,.6g}"


def byline(article: dict) -> str:
    """Outlet, and the credited source when it differs."""
    outlet = article.get("outlet") or "unknown outlet"
    credit = article.get("credit") or ""
    return f"{outlet} (credit: {credit})" if credit and credit.lower() not in outlet.lower() else outlet


def also_published(article: dict) -> str:
    names = list(dict.fromkeys(r["outlet"] or "another site" for r in article["reprints"]))
    return f"also published by {', '.join(names)}" if names else ""


def _summary(data: dict) -> str:
    c = data["counts"]
    if not (c["articles"] or c["new_figures"] or c["changed_figures"]):
        return "Nothing new in this window: no new article and no new or changed figure. This is not an error."
    parts = [f"{c['new_figures']} new figure{'s' if c['new_figures'] != 1 else ''}",
             f"{c['changed_figures']} changed",
             f"{c['articles']} new article{'s' if c['articles'] != 1 else ''} in {c['stories']} "
             f"stor{'ies' if c['stories'] != 1 else 'y'}"]
    text = ", ".join(parts) + "."
    if c["unreviewed"]:
        text += f" {c['unreviewed']} flag{'s' if c['unreviewed'] != 1 else ''} not yet reviewed."
    return text


def _health_lines(health: dict) -> list[str]:
    lines = []
    if not health["crawls"]:
        lines.append("No crawl ran in this window.")
    else:
        lines.append("Crawls: " + ", ".join(f"{r['started_at']} {r['status']}" for r in health["crawls"]) + ".")
    if health["failed"]:
        lines.append("Failed in this window: " + ", ".join(health["failed"]) + ".")
    if health["quiet"]:
        lines.append(f"Nothing new for {health['quiet_days']} days: " + ", ".join(health["quiet"]) + ".")
    return lines


# The view: every word a reader sees, once, for all formats ----------------------------------------------

WORDS = {"new": "NEW", "changed": "CHANGED", "now": "now", "before": "before", "unreviewed": "unreviewed",
         "edition": "{edition} edition: new and changed figures", "articles": "New articles",
         "other_event": "Not matched to a configured event", "published": "published",
         "reprinted": "first published earlier; reprinted today", "health": "Source health",
         "columns": ("source", "requests", "new", "off-topic", "errors", "note"), "failed": "failed",
         "quiet": "nothing for {days} days", "did_not_run": "did not run", "no_link": "(no link)",
         "window": "Window {start} – {end} (UTC) · written {written}",
         "scope": {"cumulative": "several editions", "part": "part of the event"},
         "in_headline": "also in the headline"}


def _qualifier_words(qualifier: str) -> str:
    return "" if qualifier in ("exact", "") else qualifier.replace("_", " ")


def _source(article: dict) -> dict:
    return {"title": article["title"], "byline": byline(article), "url": article["url"] or ""}


def _figure(f: dict) -> dict:
    scope = WORDS["scope"].get(f.get("scope") or "", "")
    noun = ", ".join(filter(None, [f["noun"] or "", scope]))
    item = {"id": f["id"], "value": f["surface"], "noun": noun, "kind": f.get("kind") or "",
            "in_headline": bool(f.get("headline")),
            "qualifier": _qualifier_words(f["qualifier"]),
            "unreviewed": not f["review"], "parts": f["parts"], "sentence": f["sentence"],
            "source": _source(f["article"])}
    if f.get("previous"):
        p = f["previous"]
        item.update(was=p["surface"] or number(p["value"]), before_parts=p["parts"], before_sentence=p["sentence"],
                    before_source=_source(p["article"]))
    return item


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
    markup and escaping."""
    c = data["counts"]
    events = []
    for event in data["events"] + [{"name": WORDS["other_event"], "editions": [], "articles": data["other_articles"]}]:
        if not event["editions"] and not event["articles"]:
            continue
        events.append({"name": event["name"],
                       "editions": [{"heading": WORDS["edition"].format(edition=ed["edition"]),
                                     "new": [_figure(f) for f in ed["new"]],
                                     "changed": [_figure(f) for f in ed["changed"]]} for ed in event["editions"]],
                       "articles": [_article(a) for a in event["articles"]]})
    health = data["health"]
    return {"title": f"confwatch digest for {data['day']}", "day": data["day"], "summary": _summary(data),
            "nothing_new": not (c["articles"] or c["new_figures"] or c["changed_figures"]), "events": events,
            "health_lines": _health_lines(health),
            "sources": [{**s, "note": _source_note(s, health["quiet_days"])} for s in health["sources"]],
            "footer": WORDS["window"].format(start=data["window"]["start"], end=data["window"]["end"],
                                             written=data["generated_at"]),
            "words": WORDS}


# Markdown, text and HTML: one template each ------------------------------------------------------------

def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _environment(autoescape: bool) -> Environment:
    env = Environment(loader=PackageLoader("jobs", "templates"), autoescape=autoescape, trim_blocks=True,
                      lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(md=md_escape, link=safe_link, plain=_plain)
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
    return _html_env.get_template("digest.html").render(v=digest_view(data))


# Atom ----------------------------------------------------------------------------------------------------

def render_feed(entries: list[dict]) -> str:
    """An Atom feed with one entry per digest day (newest first), each carrying that day's HTML digest."""
    fg = FeedGenerator()
    fg.id("urn:confwatch:digests")
    fg.title("confwatch digests")
    fg.subtitle("Daily digest of the coverage of the configured events")
    fg.link(href="feed.xml", rel="self")
    fg.language("en")
    for row in reversed(entries):  # feedgen lists entries in reverse order of adding
        fe = fg.add_entry()
        fe.id(f"urn:confwatch:digest:{row['day']}")
        fe.title(f"{row['day']}: {row['new_figures']} new figures, {row['changed_figures']} changed, "
                 f"{row['articles']} new articles")
        fe.link(href=f"{row['day']}.html")
        fe.updated(datetime.fromisoformat(row["written_at"]))
        fe.content(row["html"], type="html")
    if entries:
        fg.updated(datetime.fromisoformat(entries[0]["written_at"]))
    return fg.atom_str(pretty=True).decode("utf-8")
