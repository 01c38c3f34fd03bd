"""News sitemaps and sitemap indexes (gzip included), bounded in size and entries. Pure: no network."""
from __future__ import annotations

import gzip
import io
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from extract.dates import parse_iso
from extract.discovery.candidates import MAX_CANDIDATES, Candidate, DiscoveryError
from extract.feeds import XMLTooLarge, element_text, iter_xml, local_name


MAX_SITEMAP_BYTES = 50_000_000  # the sitemap protocol's own limit for one uncompressed file


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
    return " ".join(element_text(el).split())


def parse_sitemap(body: bytes, base_url: str = "", max_bytes: int = MAX_SITEMAP_BYTES) -> Sitemap:
    """A sitemap or sitemap index, gzip-compressed or not; news: titles and publication dates are kept. Read
    incrementally: at most max_bytes after decompression (and never more than the protocol's 50 MB) and at most
    MAX_CANDIDATES * 25 entries, so memory stays flat whatever the document holds."""
    limit = min(max_bytes, MAX_SITEMAP_BYTES)
    stream = gzip.GzipFile(fileobj=io.BytesIO(body)) if body[:2] == b"\x1f\x8b" else io.BytesIO(body)
    pages: list[Candidate] = []
    sitemaps: list[str] = []
    try:
        for kind, el in iter_xml(stream, limit, ("url", "sitemap")):
            if kind not in ("urlset", "sitemapindex"):
                raise DiscoveryError(f"not a sitemap: the root element is <{kind}>")
            if el is None:
                continue
            loc = _text(el, "loc")
            if not loc:
                continue
            loc = urljoin(base_url, loc)
            if local_name(el) == "sitemap":
                sitemaps.append(loc)
            else:
                published = _text(el, "news", "publication_date") or _text(el, "lastmod")
                pages.append(Candidate(url=loc, title=_text(el, "news", "title"), published=_iso(published),
                                       outlet=_text(el, "news", "publication", "name"),
                                       language=_text(el, "news", "publication", "language")))
            if len(pages) + len(sitemaps) >= MAX_CANDIDATES * 25:
                break
    except (OSError, EOFError) as exc:
        if not (pages or sitemaps):
            raise DiscoveryError(f"broken gzip sitemap: {exc}") from None
    except etree.XMLSyntaxError as exc:
        if not (pages or sitemaps):
            raise DiscoveryError(f"sitemap is not XML: {exc}") from None
    except XMLTooLarge as exc:
        if not (pages or sitemaps):
            raise DiscoveryError(f"sitemap {exc} (crawl.max_bytes, after decompression)") from None
    return Sitemap(pages=pages, sitemaps=sitemaps)


def _iso(value: str) -> str:
    parsed = parse_iso(value, assume_utc=len(value or "") > 10)
    if parsed is None:
        return ""
    return parsed.isoformat() if len(value) > 10 else value[:10]
