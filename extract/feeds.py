"""RSS, RDF, Atom and JSON Feed parsing: feed bytes in, entries out."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from lxml import etree, html as lxml_html

from extract.dates import parse_iso

MAX_ENTRIES = 2000


class FeedError(ValueError):
    """The bytes are not a feed this parser understands."""


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: where the article is and what the feed says of it."""

    url: str
    title: str
    published: str  # ISO-8601, '' when the feed gives none
    source: str = ""  # publisher named by the feed item, when it names one
    summary: str = ""  # description or summary as plain text (markup removed), at most SUMMARY_CHARS


SUMMARY_CHARS = 2000


def _plain(markup: str) -> str:
    """Text of an item description that may hold escaped HTML."""
    if "<" in markup:
        try:
            markup = lxml_html.fromstring(markup).text_content()
        except (etree.ParserError, ValueError):
            pass
    return " ".join(markup.split())[:SUMMARY_CHARS]


def _iso(value: str) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = parse_iso(value)
        if parsed is None:
            return ""
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.isoformat()


def local_name(el) -> str:
    """An element's tag without its namespace, lower-case ('' for comments and processing instructions)."""
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(el, *names: str) -> str:
    for child in el:
        if local_name(child) in names and (child.text or "").strip():
            return " ".join(child.text.split())
    return ""


def _atom_link(entry) -> str:
    links = [c for c in entry if local_name(c) == "link"]
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href").strip()
    return links[0].get("href", "").strip() if links else ""


def parse_feed(body: bytes, base_url: str = "") -> list[FeedEntry]:
    """Return the entries of an RSS 0.9x/1.0/2.0, Atom or JSON Feed document."""
    head = body.lstrip()[:1]
    if head in (b"{", b"["):
        return _parse_json_feed(body, base_url)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"not XML: {exc}") from None
    if root is None:
        raise FeedError("not XML: empty document")
    kind = local_name(root)
    if kind not in ("rss", "rdf", "feed"):
        raise FeedError(f"not a feed: the root element is <{kind}>")
    entries = []
    for el in root.iter():
        name = local_name(el)
        if name == "item":
            url = _child_text(el, "link") or (_child_text(el, "guid") if "http" in _child_text(el, "guid") else "")
            published = _child_text(el, "pubdate", "date", "published", "updated")
            entry_source = _child_text(el, "source")
            summary = _child_text(el, "description", "encoded")
        elif name == "entry" and kind == "feed":
            url = _atom_link(el)
            published = _child_text(el, "published", "updated", "issued", "modified")
            entry_source = ""
            summary = _child_text(el, "summary", "content")
        else:
            continue
        if url:
            entries.append(FeedEntry(url=urljoin(base_url, url.strip()), title=_child_text(el, "title"),
                                     published=_iso(published), source=entry_source, summary=_plain(summary)))
        if len(entries) >= MAX_ENTRIES:
            break
    return entries


def _parse_json_feed(body: bytes, base_url: str) -> list[FeedEntry]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FeedError(f"not JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise FeedError("not a JSON Feed: no 'items' list")
    entries = []
    for item in data["items"][:MAX_ENTRIES]:
        if not isinstance(item, dict):
            continue
        url = item.get("url") or item.get("external_url") or ""
        if isinstance(url, str) and url:
            summary = item.get("summary") or item.get("content_text") or item.get("content_html") or ""
            entries.append(FeedEntry(url=urljoin(base_url, url), title=str(item.get("title") or ""),
                                     published=_iso(str(item.get("date_published") or "")),
                                     summary=_plain(str(summary))))
    return entries
