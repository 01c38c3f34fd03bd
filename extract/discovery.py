"""Discovery responses in, candidate articles out: news search APIs, news sitemaps, listing pages.

Pure functions: no network. The spiders in crawler/spiders/ fetch; these parse and build query URLs.
"""
from __future__ import annotations

import base64
import gzip
import io
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, quote_plus, urlencode, urljoin, urlsplit

from lxml import etree, html as lxml_html

from extract.events import is_abbreviation
from extract.feeds import FeedEntry, FeedError, local_name, parse_feed

MAX_CANDIDATES = 2000
MAX_SITEMAP_BYTES = 50_000_000  # the sitemap protocol's own limit for one uncompressed file


class DiscoveryError(ValueError):
    """A discovery response this parser cannot read; the message says what was received."""


@dataclass(frozen=True)
class Candidate:
    """A page a discovery source points to, with what the source says of it."""

    url: str
    title: str = ""
    published: str = ""  # ISO-8601 or ''
    outlet: str = ""  # publisher named by the source
    language: str = ""
    summary: str = ""  # what the listing says of the page (a feed item's description)


def from_feed_entry(entry: FeedEntry) -> Candidate:
    return Candidate(url=entry.url, title=entry.title, published=entry.published, outlet=entry.source,
                     summary=entry.summary)


def search_queries(events, given: list[str] | tuple[str, ...] = ()) -> list[str]:
    """One search query per event alias: names quoted as phrases, abbreviations with the event's city."""
    if given:
        return list(dict.fromkeys(given))
    queries = []
    for event in events:
        for alias in event.aliases:
            if is_abbreviation(alias):
                if event.city:
                    queries.append(f'"{alias}" {event.city}')
            else:
                queries.append(f'"{alias}"')
    return list(dict.fromkeys(queries))


# GDELT DOC 2.0 ------------------------------------------------------------------------------------------

def gdelt_url(endpoint: str, query: str, languages, start: datetime, end: datetime, max_records: int = 250) -> str:
    """An ArtList query in JSON for articles seen between start and end (UTC)."""
    langs = [f"sourcelang:{lang}" for lang in languages]
    if len(langs) > 1:
        query = f"{query} ({' OR '.join(langs)})"
    elif langs:
        query = f"{query} {langs[0]}"
    params = {"query": query, "mode": "ArtList", "format": "json", "sort": "DateDesc",
              "maxrecords": str(max(1, min(max_records, 250))),
              "startdatetime": start.astimezone(timezone.utc).strftime("%Y%m%d%H%M%S"),
              "enddatetime": end.astimezone(timezone.utc).strftime("%Y%m%d%H%M%S")}
    return f"{endpoint}?{urlencode(params, quote_via=quote_plus)}"


def gdelt_window(last_ok: str, now: datetime, backfill_days: int) -> datetime:
    """Where a GDELT query starts: an hour before the last successful run, at most backfill_days back."""
    earliest = now - timedelta(days=backfill_days)
    if last_ok:
        try:
            since = datetime.fromisoformat(last_ok).astimezone(timezone.utc) - timedelta(hours=1)
            return max(since, earliest)
        except ValueError:
            pass
    return earliest


def parse_gdelt(body: bytes, languages=()) -> list[Candidate]:
    """Articles of an ArtList JSON response, optionally only in the given source languages."""
    text = body.decode("utf-8", "replace").strip()
    if not text:
        return []
    try:
        data = json.loads(text)
    except ValueError:
        # GDELT answers a bad query with a plain-text sentence instead of JSON
        raise DiscoveryError(f"GDELT did not return JSON: {' '.join(text[:200].split())!r}") from None
    if not isinstance(data, dict):
        raise DiscoveryError("GDELT returned JSON without an 'articles' list")
    wanted = {lang.lower() for lang in languages}
    found = []
    for item in data.get("articles") or []:
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            continue
        language = str(item.get("language") or "")
        if wanted and language.lower() not in wanted:
            continue
        found.append(Candidate(url=item["url"].strip(), title=" ".join(str(item.get("title") or "").split()),
                               published=_gdelt_time(str(item.get("seendate") or "")),
                               outlet=str(item.get("domain") or ""), language=language))
        if len(found) >= MAX_CANDIDATES:
            break
    return found


def _gdelt_time(value: str) -> str:
    try:
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc).isoformat()
    except ValueError:
        return ""


# Google News RSS search ---------------------------------------------------------------------------------

GOOGLE_NEWS_HOST = "news.google.com"
GOOGLE_DECODE_PATH = "/_/DotsSplashUi/data/batchexecute"


def google_news_url(endpoint: str, query: str, language: str, region: str) -> str:
    """A Google News RSS search: hl=en-US&gl=US&ceid=US:en for language en-US and region US."""
    lang = language.split("-")[0]
    params = {"q": query, "hl": language, "gl": region, "ceid": f"{region}:{lang}"}
    return f"{endpoint}?{urlencode(params, quote_via=quote_plus)}"


def parse_google_news(body: bytes, base_url: str = "") -> list[Candidate]:
    """Items of a Google News RSS response: the news.google.com link, the title without its
    ' - Publisher' suffix, the publisher and the publication time."""
    try:
        entries = parse_feed(body, base_url)
    except FeedError as exc:
        raise DiscoveryError(f"not a Google News feed: {exc}") from None
    return [_google_candidate(e) for e in entries[:MAX_CANDIDATES]]


def _google_candidate(entry: FeedEntry) -> Candidate:
    title = entry.title
    if entry.source and title.endswith(f" - {entry.source}"):
        title = title[: -len(entry.source) - 3].rstrip()
    return Candidate(url=entry.url, title=title, published=entry.published, outlet=entry.source)


def google_article_id(url: str) -> str:
    """The article id of a news.google.com/rss/articles/ID link, '' for any other URL."""
    parts = urlsplit(url)
    m = re.match(r"^/(?:rss/)?articles/([A-Za-z0-9_-]+)$", parts.path)
    return m.group(1) if m and (parts.hostname or "") == GOOGLE_NEWS_HOST else ""


def decode_google_id(article_id: str) -> str:
    """The publisher URL inside an older Google News article id, '' when the id must be resolved online.

    Older ids are base64 of a small protobuf message whose field 4 (tag 0x22) is the URL; newer ids
    (payload starting 'AU_yqL') are opaque and need the news.google.com lookup.
    """
    try:
        raw = base64.urlsafe_b64decode(article_id + "=" * (-len(article_id) % 4))
    except (ValueError, TypeError):
        return ""
    if raw.startswith(b"\x08\x13\x22"):
        raw = raw[3:]
    elif raw.startswith(b"\x08\x13"):
        return ""
    length, shift, i = 0, 0, 0
    while i < len(raw) and i < 5:  # a varint length prefix
        length |= (raw[i] & 0x7F) << shift
        shift += 7
        i += 1
        if not raw[i - 1] & 0x80:
            break
    candidate = raw[i:i + length].decode("utf-8", "replace")
    return candidate if candidate.startswith(("http://", "https://")) and length <= len(raw) - i else ""


def google_decode_params(page: str) -> tuple[str, str] | None:
    """(signature, timestamp) from a news.google.com article page, None when the page has none."""
    sig = re.search(r'data-n-a-sg="([^"]+)"', page)
    ts = re.search(r'data-n-a-ts="(\d+)"', page)
    return (sig.group(1), ts.group(1)) if sig and ts else None


def google_decode_body(article_id: str, signature: str, timestamp: str) -> str:
    """The form body that asks news.google.com for the publisher URL of one article id."""
    inner = json.dumps(["garturlreq", [["X", "X", ["X", "X"], None, None, 1, 1, "US:en", None, 1, None, None,
                                        None, None, None, 0, 1], "X", "X", 1, [1, 1, 1], 1, 1, None, 0, 0, None, 0],
                        article_id, int(timestamp), signature], separators=(",", ":"))
    return urlencode({"f.req": json.dumps([[["Fbv4je", inner, None, "generic"]]], separators=(",", ":"))})


def parse_google_decoded(body: str) -> str:
    """The publisher URL in a batchexecute answer; raise DiscoveryError when it has none."""
    for line in body.splitlines():
        line = line.strip()
        if not line.startswith("[["):
            continue
        try:
            rows = json.loads(line)
        except ValueError:
            continue
        for row in rows:
            if isinstance(row, list) and len(row) > 2 and row[:2] == ["wrb.fr", "Fbv4je"] and isinstance(row[2], str):
                try:
                    payload = json.loads(row[2])
                except ValueError:
                    continue
                if isinstance(payload, list) and len(payload) > 1 and isinstance(payload[1], str) \
                        and payload[1].startswith(("http://", "https://")):
                    return payload[1]
    raise DiscoveryError("news.google.com did not return the publisher URL")


# Bing News RSS search ------------------------------------------------------------------------------------

def bing_news_url(endpoint: str, query: str, market: str) -> str:
    """A Bing News search answered as RSS."""
    params = {"q": query, "format": "rss", "mkt": market}
    return f"{endpoint}?{urlencode(params, quote_via=quote_plus)}"


def bing_publisher_url(link: str) -> str:
    """The publisher URL carried in the url parameter of a Bing News item link (the link itself otherwise)."""
    target = parse_qs(urlsplit(link).query).get("url", [""])[0]
    return target if target.startswith(("http://", "https://")) else link


def parse_bing_news(body: bytes, base_url: str = "") -> list[Candidate]:
    """Items of a Bing News RSS response, pointing to the publishers' pages."""
    try:
        entries = parse_feed(body, base_url)
    except FeedError as exc:
        raise DiscoveryError(f"not a Bing News feed: {exc}") from None
    return [Candidate(url=bing_publisher_url(e.url), title=e.title, published=e.published, outlet=e.source)
            for e in entries[:MAX_CANDIDATES]]


# Sitemaps -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: its pages (urlset) or the sitemaps it lists (sitemapindex)."""

    pages: list[Candidate]
    sitemaps: list[str]


def _text(el, *path: str) -> str:
    for name in path:
        el = next((c for c in el if local_name(c) == name), None)
        if el is None:
            return ""
    return " ".join((el.text or "").split())


def parse_sitemap(body: bytes, base_url: str = "") -> Sitemap:
    """A sitemap or sitemap index, gzip-compressed or not; news: titles and publication dates are kept."""
    if body[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
                body = fh.read(MAX_SITEMAP_BYTES + 1)
        except (OSError, EOFError) as exc:
            raise DiscoveryError(f"broken gzip sitemap: {exc}") from None
        if len(body) > MAX_SITEMAP_BYTES:
            raise DiscoveryError(f"sitemap larger than {MAX_SITEMAP_BYTES} bytes when uncompressed")
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"sitemap is not XML: {exc}") from None
    if root is None or local_name(root) not in ("urlset", "sitemapindex"):
        kind = local_name(root) if root is not None else "nothing"
        raise DiscoveryError(f"not a sitemap: the root element is <{kind}>")
    pages, sitemaps = [], []
    for el in root:
        name = local_name(el)
        loc = _text(el, "loc")
        if not loc:
            continue
        loc = urljoin(base_url, loc)
        if name == "sitemap":
            sitemaps.append(loc)
        elif name == "url":
            published = _text(el, "news", "publication_date") or _text(el, "lastmod")
            pages.append(Candidate(url=loc, title=_text(el, "news", "title"), published=_iso(published),
                                   outlet=_text(el, "news", "publication", "name"),
                                   language=_text(el, "news", "publication", "language")))
        if len(pages) + len(sitemaps) >= MAX_CANDIDATES * 25:
            break
    return Sitemap(pages=pages, sitemaps=sitemaps)


def _iso(value: str) -> str:
    if not value:
        return ""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if parsed.tzinfo is None and len(value) > 10:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.isoformat() if len(value) > 10 else value[:10]


# Listing pages ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Listing:
    """Links of an event site's news list: articles (matching follow) and further list pages (matching next)."""

    articles: list[Candidate]
    pages: list[str]


def parse_listing(body: str, base_url: str, follow: str, next_page: str = "") -> Listing:
    """Article links (href matching follow) with their link text, and next-page links (matching next_page)."""
    if not body.strip():
        return Listing([], [])
    try:
        doc = lxml_html.fromstring(body)
    except (etree.ParserError, ValueError) as exc:
        raise DiscoveryError(f"listing page is not HTML: {exc}") from None
    follow_re = re.compile(follow)
    next_re = re.compile(next_page) if next_page else None
    articles: dict[str, Candidate] = {}
    pages: list[str] = []
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base_url, href)
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        if follow_re.search(url):
            title = " ".join(a.text_content().split())
            if url not in articles or (title and not articles[url].title):
                articles[url] = Candidate(url=url, title=title)
        elif next_re is not None and next_re.search(url) and url not in pages:
            pages.append(url)
    return Listing(list(articles.values())[:MAX_CANDIDATES], pages[:100])
