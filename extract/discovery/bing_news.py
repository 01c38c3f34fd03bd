"""Bing News RSS search: query URLs and items (the publisher URL is in each link). Pure: no network."""
from __future__ import annotations

from urllib.parse import parse_qs, quote_plus, urlencode, urlsplit

from extract.discovery.candidates import MAX_CANDIDATES, Candidate, DiscoveryError
from extract.feeds import FeedError, parse_feed


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
