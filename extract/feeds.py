"""RSS, RDF, Atom and JSON Feed parsing: feed bytes in, entries out."""
from __future__ import annotations

import io
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


def element_text(el) -> str:
    """An element's text with its children's, an unresolved entity reference (from a DOCTYPE, never expanded)
    counting as a space."""
    parts = [el.text or ""]
    for child in el:
        parts.append(" " if isinstance(child, etree._Entity) else element_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _child_text(el, *names: str) -> str:
    for child in el:
        if local_name(child) in names:
            text = " ".join(element_text(child).split())
            if text:
                return text
    return ""


class XMLTooLarge(ValueError):
    """A document grew past its size limit while it was read."""


class LimitedReader:
    """A file-like reader that raises XMLTooLarge once more than `limit` bytes came out of it (after
    decompression, when it wraps a decompressing stream)."""

    def __init__(self, stream, limit: int):
        self.stream, self.limit, self.read_bytes = stream, limit, 0

    def read(self, size: int = -1) -> bytes:
        chunk = self.stream.read(65536 if size is None or size < 0 else min(size, 65536))
        self.read_bytes += len(chunk)
        if self.read_bytes > self.limit:
            raise XMLTooLarge(f"larger than {self.limit} bytes")
        return chunk


def iter_xml(stream, limit: int, wanted: tuple[str, ...]):
    """(root element name, None) once the root element starts, then (root element name, element) for each
    complete element whose local name is wanted, read incrementally from a stream of at most `limit` bytes;
    each is cleared once the caller has it, so memory stays flat whatever the document's length. A DOCTYPE is
    read without loading a DTD or expanding an entity."""
    events = etree.iterparse(LimitedReader(stream, limit), events=("start", "end"), recover=True,
                             resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    root = ""
    for event, el in events:
        if event == "start":
            if not root:
                root = local_name(el) or "?"
                yield root, None
            continue
        if local_name(el) in wanted:
            yield root, el
            el.clear()
            parent = el.getparent()
            while parent is not None and el.getprevious() is not None:
                del parent[0]
    if not root:
        raise etree.XMLSyntaxError("empty document", None, 0, 0)


def _atom_link(entry) -> str:
    links = [c for c in entry if local_name(c) == "link"]
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href").strip()
    return links[0].get("href", "").strip() if links else ""


def parse_feed(body: bytes, base_url: str = "", max_bytes: int = 50_000_000) -> list[FeedEntry]:
    """Return the entries of an RSS 0.9x/1.0/2.0, Atom or JSON Feed document (at most MAX_ENTRIES)."""
    head = body.lstrip()[:1]
    if head in (b"{", b"["):
        return _parse_json_feed(body, base_url)
    entries: list[FeedEntry] = []
    try:
        for kind, el in iter_xml(io.BytesIO(body), max_bytes, ("item", "entry")):
            if kind not in ("rss", "rdf", "feed"):
                raise FeedError(f"not a feed: the root element is <{kind}>")
            if el is None:
                continue
            if local_name(el) == "item":
                guid = _child_text(el, "guid")
                url = _child_text(el, "link") or (guid if "http" in guid else "")
                published = _child_text(el, "pubdate", "date", "published", "updated")
                entry_source = _child_text(el, "source")
                summary = _child_text(el, "description", "encoded")
            elif kind == "feed":
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
    except etree.XMLSyntaxError as exc:
        if entries:
            return entries  # what came before the broken part
        raise FeedError(f"not XML: {exc}") from None
    except XMLTooLarge as exc:
        if entries:
            return entries
        raise FeedError(f"feed {exc}") from None
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
