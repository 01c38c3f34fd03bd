"""News sitemaps and sitemap indexes (gzip included), bounded in size and entries. Pure: no network."""
from __future__ import annotations

import gzip
import io
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from extract.dates import parse_iso
from extract.discovery.candidates import MAX_CANDIDATES, Candidate, DiscoveryError
from extract.feeds import local_name


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
    parsed = parse_iso(value, assume_utc=len(value or "") > 10)
    if parsed is None:
        return ""
    return parsed.isoformat() if len(value) > 10 else value[:10]
