"""HTML to text and metadata. The only module that calls trafilatura."""
from __future__ import annotations

from dataclasses import dataclass

import lxml.html
import trafilatura

from extract.outlets import outlet_for_host

MAX_HTML_CHARS = 5_000_000
MIN_ARTICLE_CHARS = 400


@dataclass
class HtmlParts:
    """What an HTML page says about its article, before cleaning."""

    title: str
    date: str
    text: str
    sitename: str
    language: str
    canonical: str
    published_time: str
    credit_line: str


def _meta(tree, *names: str) -> str:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            values = tree.xpath(f"//meta[@{attr}=$n]/@content", n=name)
            if values and values[0].strip():
                return values[0].strip()
    return ""


def strip_site_suffix(title: str, *names: str) -> str:
    """Drop a trailing ' | Site', ' - Site' or '-Site' that names the publisher."""
    for name in filter(None, names):
        for sep in (" | ", " - ", " – ", " — ", "-", "_"):
            suffix = f"{sep}{name}"
            if title.lower().endswith(suffix.lower()) and len(title) > len(suffix) + 10:
                return title[: -len(suffix)].strip()
    return title


def extract_html(html: str, url: str, host: str) -> HtmlParts | None:
    """Return the article text and metadata of a page, or None when it has no article text."""
    html = html[:MAX_HTML_CHARS]
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    doc = None
    # Precision first; pages where it keeps only a caption or nothing get a recall-oriented pass.
    for mode in ({"favor_precision": True}, {"favor_recall": True}):
        found = trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
            **mode,
        )
        if found is not None and len(found.text or "") > len((doc.text or "") if doc else ""):
            doc = found
        if doc is not None and len(doc.text or "") >= MIN_ARTICLE_CHARS:
            break
    if doc is None or not (doc.text or "").strip():
        return None
    canonical = (tree.xpath("//link[@rel='canonical']/@href") or [""])[0].strip() or _meta(tree, "og:url")
    credit_line = ""
    xpath = outlet_for_host(host).get("credit_xpath")
    if xpath:
        found = tree.xpath(xpath)
        if found:
            credit_line = " ".join(found[0].text_content().split())
    lang = (tree.xpath("/html/@lang") or [""])[0].strip().lower()
    sitename = _meta(tree, "og:site_name") or (doc.sitename or "")
    return HtmlParts(
        title=strip_site_suffix(" ".join((doc.title or _meta(tree, "og:title")).split()),
                                sitename, outlet_for_host(host).get("name", "")),
        date=doc.date or "",
        text=doc.text,
        sitename=sitename,
        language=lang.split("-")[0] if lang else "",
        canonical=canonical,
        published_time=_meta(tree, "article:published_time", "datePublished", "pubdate", "publishdate"),
        credit_line=credit_line,
    )
