"""Google News RSS search: query URLs, items, and the links resolved to the publisher. Pure: no network."""
from __future__ import annotations

import base64
import json
import re
from urllib.parse import quote_plus, urlencode, urlsplit

from extract.discovery.candidates import MAX_CANDIDATES, Candidate, DiscoveryError
from extract.feeds import FeedEntry, FeedError, parse_feed


GOOGLE_NEWS_HOST = "news.google.com"
GOOGLE_DECODE_PATH = "/_/DotsSplashUi/data/batchexecute"


def google_news_url(endpoint: str, query: str, language: str, region: str) -> str:
    """A Google News RSS search: hl=en-US&gl=US&ceid=US:en for language en-US and region US; Chinese editions
    name their script (zh-CN in CN: ceid=CN:zh-Hans; zh-TW, zh-HK: zh-Hant)."""
    lang = language.split("-")[0]
    if lang == "zh":
        lang = "zh-Hant" if language.upper().endswith(("TW", "HK", "MO")) else "zh-Hans"
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
