"""An event site's own news list: article links and next pages by URL pattern. Pure: no network."""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import etree, html as lxml_html

from extract.discovery.candidates import MAX_CANDIDATES, Candidate, DiscoveryError


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
