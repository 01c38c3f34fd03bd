"""Digest data (jobs/digest.py) rendered as Markdown, plain text, HTML (Jinja2, autoescaped) and Atom (feedgen).

Everything that comes from a crawled page is untrusted: in Markdown it is escaped so that it renders as plain
text, in HTML Jinja2 escapes it, and only http(s) URLs ever become links.
"""
from __future__ import annotations

import re
from datetime import datetime

from feedgen.feed import FeedGenerator
from jinja2 import Environment, PackageLoader, select_autoescape

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


# Markdown ------------------------------------------------------------------------------------------------

def _md_sentence(parts: dict) -> str:
    if not parts["match"]:
        return md_escape(parts["before"])
    return f"{md_escape(parts['before'])}**{md_escape(parts['match'])}**{md_escape(parts['after'])}".strip()


def _md_source(article: dict) -> str:
    return f"{md_escape(article['title'])}, {md_escape(byline(article))}, {safe_link(article['url'])}"


def render_markdown(data: dict) -> str:
    lines = [f"# confwatch digest for {data['day']}", "", md_escape(_summary(data)), ""]
    for event in data["events"] + [{"name": "Not matched to a configured event", "editions": [],
                                    "articles": data["other_articles"]}]:
        if not event["editions"] and not event["articles"]:
            continue
        lines += [f"## {md_escape(event['name'])}", ""]
        for ed in event["editions"]:
            lines += [f"### {ed['edition']} edition: new and changed figures", ""]
            for f in ed["new"]:
                noun = f" ({md_escape(f['noun'])})" if f["noun"] else ""
                review = "" if f["review"] else " [unreviewed]"
                lines.append(f"- NEW {md_escape(f['surface'])}{noun}{review} `{f['id']}`: {_md_sentence(f['parts'])}  ")
                lines.append(f"  {_md_source(f['article'])}")
            for f in ed["changed"]:
                p = f["previous"]
                noun = f" ({md_escape(f['noun'])})" if f["noun"] else ""
                review = "" if f["review"] else " [unreviewed]"
                lines.append(f"- CHANGED{noun}: {md_escape(p['surface'] or number(p['value']))} → "
                             f"{md_escape(f['surface'])}{review} `{f['id']}`  ")
                lines.append(f"  now: {_md_sentence(f['parts'])} ({_md_source(f['article'])})  ")
                lines.append(f"  before: {_md_sentence(p['parts'])} ({_md_source(p['article'])})")
            lines.append("")
        if event["articles"]:
            lines += ["### New articles", ""]
        for a in event["articles"]:
            flags = f" ⚠ {md_escape('; '.join(a['flags']))}" if a["flags"] else ""
            first = "" if a["new"] else " (first published earlier; reprinted today)"
            lines.append(f"- **{md_escape(a['title'])}**, {md_escape(byline(a))}, published {a['date']}{flags}{first}  ")
            lines.append(f"  {safe_link(a['url'])}  ")
            if a["lead"]:
                lines.append(f"  {md_escape(a['lead'])}  ")
            if a["reprints"]:
                lines.append(f"  {md_escape(also_published(a))}: " +
                             ", ".join(safe_link(r["url"]) for r in a["reprints"]))
        lines.append("")
    lines += ["## Source health", ""] + _health_lines(data["health"]) + [""]
    lines += ["| source | requests | new | off-topic | errors | note |", "|---|---|---|---|---|---|"]
    for s in data["health"]["sources"]:
        note = "failed" if s["failed"] else ("quiet" if s["quiet"] else ("" if s["ran"] else "did not run"))
        lines.append(f"| {md_escape(s['name'])} | {s['requests']} | {s['new']} | {s['rejected']} | {s['errors']} "
                     f"| {note} |")
    lines.append("")
    return "\n".join(lines)


# Plain text ----------------------------------------------------------------------------------------------

def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def render_text(data: dict) -> str:
    """The digest as plain text: the e-mail's text part; nothing in it is interpreted as markup."""
    lines = [f"confwatch digest for {data['day']}", "", _summary(data), ""]
    for event in data["events"] + [{"name": "Not matched to a configured event", "editions": [],
                                    "articles": data["other_articles"]}]:
        if not event["editions"] and not event["articles"]:
            continue
        lines += [event["name"].upper(), ""]
        for ed in event["editions"]:
            lines.append(f"{ed['edition']} edition")
            for f in ed["new"]:
                lines.append(f"  NEW {_plain(f['surface'])}{' (' + f['noun'] + ')' if f['noun'] else ''} [{f['id']}]")
                lines.append(f"    \"{_plain(f['sentence'])}\"")
                lines.append(f"    {_plain(f['article']['title'])}, {_plain(byline(f['article']))}, {f['article']['url']}")
            for f in ed["changed"]:
                p = f["previous"]
                lines.append(f"  CHANGED {_plain(p['surface'] or number(p['value']))} -> {_plain(f['surface'])} [{f['id']}]")
                lines.append(f"    now: \"{_plain(f['sentence'])}\" {f['article']['url']}")
                lines.append(f"    before: \"{_plain(p['sentence'])}\" {p['article']['url']}")
            lines.append("")
        if event["articles"]:
            lines.append("New articles")
        for a in event["articles"]:
            flags = f" [{'; '.join(a['flags'])}]" if a["flags"] else ""
            lines.append(f"  * {_plain(a['title'])} - {_plain(byline(a))}, {a['date']}{flags}")
            lines.append(f"    {a['url']}")
            if a["reprints"]:
                lines.append(f"    {also_published(a)}")
        lines.append("")
    lines += ["SOURCE HEALTH"] + _health_lines(data["health"]) + [""]
    return "\n".join(lines)


# HTML ----------------------------------------------------------------------------------------------------

_env = Environment(loader=PackageLoader("jobs", "templates"), autoescape=select_autoescape(default=True),
                   trim_blocks=True, lstrip_blocks=True)
_env.filters["number"] = number
_env.filters["byline"] = byline
_env.filters["also_published"] = also_published
_env.tests["web_url"] = is_web_url


def render_html(data: dict) -> str:
    """One self-contained page (inline style, no scripts, no external assets)."""
    return _env.get_template("digest.html").render(d=data, summary=_summary(data),
                                                   health_lines=_health_lines(data["health"]))


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
