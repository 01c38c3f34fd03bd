"""HTML to text and metadata. The only module that calls trafilatura."""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from htmldate import find_date
from trafilatura.metadata import examine_meta, extract_meta_json, extract_sitename, extract_title, extract_url
from trafilatura.settings import set_date_params

from extract.outlets import outlet_for_host, outlet_names
from extract.records import NotAnArticle

MAX_HTML_CHARS = 5_000_000
MIN_ARTICLE_CHARS = 400
_HAN = re.compile(r"[\u3400-\u9fff]")


def _weight(text: str) -> int:
    """A text's length for MIN_ARTICLE_CHARS, a Han character counted as three letters (it carries about as
    much as a short English word), so that a short Chinese article is not read twice."""
    return len(text) + 2 * len(_HAN.findall(text))


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
    source_credit: str = ""  # the wire or paper a republisher names as the source ("Xinhua")


def _meta(tree, *names: str) -> str:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            values = tree.xpath(f"//meta[@{attr}=$n]/@content", n=name)
            if values and values[0].strip():
                return values[0].strip()
    return ""


_SUFFIX_SEP = re.compile(r"\s*(?:\||-|–|—|_|·|::|：|:)\s*(?P<tail>[^|\-–—_·:：]{1,60})$")


def _squash(name: str) -> str:
    """A name compared loosely: case, spaces, punctuation and a leading "The" do not matter."""
    name = re.sub(r"^the\s+", "", name.strip().lower())
    return re.sub(r"[\W_]+", "", name)


def strip_site_suffix(title: str, *names: str) -> str:
    """Drop trailing " | Site", " - Site", "-新华网", "_Site" parts that name the publisher (compared loosely with
    the outlet's names in both scripts, og:site_name and the site's domain), however many there are."""
    wanted = {_squash(n) for n in names if n and _squash(n)}
    for _ in range(3):
        found = _SUFFIX_SEP.search(title)
        if not found or not wanted:
            break
        tail = _squash(found.group("tail"))
        if not tail or not any(tail == w or (len(w) > 4 and (tail.startswith(w) or w.startswith(tail)))
                               for w in wanted):
            break
        rest = title[:found.start()].strip()
        if len(rest) < 10:
            break
        title = rest
    # "标题--经济·科技--人民网": what follows a double hyphen in a Chinese title is the site's section
    title = title.rstrip("-– ")
    head, sep, tail = title.rpartition("--")
    if sep and len(head) >= 6 and len(tail) <= 12 and re.search(r"[\u4e00-\u9fff]", tail):
        title = head.rstrip("-– ")
    return title


def _page_metadata(tree, url: str) -> tuple[str, str, str]:
    """Title, date and site name as trafilatura's metadata pass finds them (meta tags, then JSON-LD, then the
    page), without the parts this product does not use (authors, categories, tags, licence), which cost more
    than the article text itself on boilerplate-heavy pages."""
    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - malformed JSON-LD must not lose the page; the meta tags still count
        pass
    title = meta.title or extract_title(tree) or _meta(tree, "og:title") or ""
    page_url = meta.url or extract_url(tree, url or None)
    date = find_date(tree, **{**set_date_params(True), "url": page_url}) or ""
    sitename = (_meta(tree, "og:site_name") or meta.sitename or extract_sitename(tree) or "").lstrip("@")
    if sitename and "." not in sitename and not sitename[0].isupper():
        sitename = sitename.title()
    if not sitename and page_url:  # the host name, as trafilatura gives it
        sitename = re.sub(r"^(?:www\.|w[0-9]+\.)", "", urlsplit(page_url).netloc)
    return title, date, sitename


MIN_HEADLINE_CHARS = 25  # a link text this long reads as a headline
LISTING_LINKS = 40  # a page with at least this many headline links ...
TEXT_PER_LINK = 10  # ... and less than this much extracted text per headline link is a list of stories
_ARTICLE_LD = re.compile(r'"@type"\s*:\s*"(?:News|Report|Blog)?(?:Article|Posting)"')


def _front_path(url: str) -> bool:
    """A URL shaped like a home page or section front: no digit in its path, at most two levels deep."""
    path = urlsplit(url).path.strip("/")
    path = re.sub(r"(?:^|/)(?:index|default|home)\.[a-z]+$", "", path)
    segments = [seg for seg in path.split("/") if seg]
    # "/", "/news/", "/world/asia": short words; an article's slug ("xi-meets-guests-in-hefei") is not
    return not re.search(r"\d", path) and len(segments) < 3 and all(
        len(seg) <= 20 and seg.count("-") + seg.count("_") <= 1 for seg in segments)


def page_signals(tree, html: str, url: str) -> tuple[bool, int]:
    """What the page says of itself before extraction takes the tree apart: whether it may be a list of stories
    (it does not call itself an article, or it sits at a home page's address) and how many headline links it
    has."""
    og_type = (tree.xpath("//meta[@property='og:type']/@content") or [""])[0].strip().lower()
    front = _front_path(url)
    if not front and (og_type == "article" or _ARTICLE_LD.search(html[:500_000])):
        return False, 0  # a page that calls itself an article is one, unless it sits at a home page's address
    headlines = set()
    for anchor in tree.iter("a"):
        words = " ".join(anchor.text_content().split())
        if len(words) >= MIN_HEADLINE_CHARS:
            headlines.add(words)
            if len(headlines) >= 5000:
                break
    return True, len(headlines)


def listing_reason(maybe_listing: bool, headlines: int, text: str, url: str) -> str:
    """Why a page is a list of stories rather than a story ('' when it is a story): it links to many other
    stories, and extraction found little text for that many links, or its address is a home page or section
    front."""
    if not maybe_listing or headlines < LISTING_LINKS:
        return ""
    chars = len(text.strip())
    if chars < TEXT_PER_LINK * headlines or _front_path(url):
        return (f"not an article: {headlines} links to other stories and {chars} characters of its own "
                "(a listing, section front or index)")
    return ""


def extract_html(html: str, url: str, host: str) -> HtmlParts | None:
    """Return the article text and metadata of a page, or None when it has no article text."""
    html = html[:MAX_HTML_CHARS]
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    # Read what the page says of itself before trafilatura takes the tree apart.
    maybe_listing, headlines = page_signals(tree, html, url)
    canonical = (tree.xpath("//link[@rel='canonical']/@href") or [""])[0].strip() or _meta(tree, "og:url")
    credit_line = source_credit = ""
    xpath = outlet_for_host(host).get("credit_xpath")
    if xpath:
        found = tree.xpath(xpath)
        if found:
            credit_line = " ".join(found[0].text_content().split())
    xpath = outlet_for_host(host).get("source_xpath")
    if xpath:
        found = tree.xpath(xpath)
        if found:
            source_credit = " ".join(found[0].text_content().split())[:60]
    if not source_credit:
        # the paper a government site republishes from (<meta name="ContentSource" content="新华日报">); the
        # site's own name there is dropped with the other own-name credits (article._is_own_name)
        source_credit = " ".join(_meta(tree, "ContentSource").split())[:60]
    lang = (tree.xpath("/html/@lang") or [""])[0].strip().lower()
    title, date, sitename = _page_metadata(tree, url)
    # "PubDate": the publishing systems of Chinese government sites
    published_time = _meta(tree, "article:published_time", "datePublished", "pubdate", "publishdate", "PubDate",
                           "PublishDate")
    doc = None
    # Precision first; pages where it keeps only a caption or nothing get a recall-oriented pass. The first pass
    # may consume the parsed tree; the second parses the page again.
    for source, mode in ((tree, {"favor_precision": True}), (html, {"favor_recall": True})):
        found = trafilatura.bare_extraction(
            source,
            url=url or None,
            with_metadata=False,
            include_comments=False,
            include_tables=True,
            include_images=False,
            deduplicate=False,
            **mode,
        )
        if found is not None and len(found.text or "") > len((doc.text or "") if doc else ""):
            doc = found
        if doc is not None and _weight(doc.text or "") >= MIN_ARTICLE_CHARS:
            break
    if doc is None or not (doc.text or "").strip():
        return None
    reason = listing_reason(maybe_listing, headlines, doc.text, url)
    if reason:
        raise NotAnArticle(reason)
    return HtmlParts(
        title=strip_site_suffix(" ".join(title.split()), *outlet_names(host, sitename)),
        date=date,
        text=doc.text,
        sitename=sitename,
        language=lang.split("-")[0] if lang else "",
        canonical=canonical,
        published_time=published_time,
        credit_line=credit_line,
        source_credit=source_credit,
    )
