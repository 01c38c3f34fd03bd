"""Build article records from pages, saved HTML, raw page text and seed files."""
from __future__ import annotations

import re
from datetime import date, timedelta, timezone

from extract.dates import DateTime, find_datetime_span, parse_iso
from extract.credit import find_credit
from extract.html import extract_html
from extract.outlets import normalise_credit, outlet_by_name, outlet_for_host
from extract.rawtext import CleanText, clean_text, date_line, date_source, stamp_time
from extract.records import Article, ExtractionError, Page
from extract.seedformat import is_seed, parse_seed
from extract.sentences import CJK
from extract.urls import canonical_url, content_hash, site_of, stable_id

_LATIN = re.compile(r"[A-Za-z]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The People's Daily Online credit line ("Global Times) 09:33, ...") gives Beijing time.
_CREDIT_LINE_OUTLET = "People's Daily Online"
_BEIJING = "+08:00"


def guess_language(text: str) -> str:
    """Return 'zh' for mostly CJK text, else 'en' (the coverage monitored is English or Chinese)."""
    cjk, latin = len(CJK.findall(text)), len(_LATIN.findall(text))
    return "zh" if cjk > latin else "en"


def _iso_offset(value: str) -> str:
    """Return an ISO timestamp with offset, or '' when value has no usable time zone."""
    parsed = parse_iso(value)
    return parsed.isoformat() if parsed is not None and parsed.tzinfo else ""


def _zoned(value: str, offset: str) -> str:
    """A local publication time without a zone ("2024-09-26 16:20" in a Chinese government page's PubDate) in
    the outlet's own zone; '' when the outlet's zone is not known."""
    parsed = parse_iso(value) if offset else None
    if parsed is None or parsed.tzinfo is not None:
        return ""
    return parsed.replace(microsecond=0).isoformat() + offset


def _is_own_name(credit: str, outlet: str, url: str) -> bool:
    """The outlet's own name in another spelling or script ("来源：安徽省人民政府" on www.ah.gov.cn)."""
    row = (outlet_for_host(site_of(url)) if url else {}) or outlet_by_name(outlet)
    return bool(credit) and any(_same_name(credit, name) for name in (row.get("name", ""), *row.get("aliases", ())))


def _same_name(a: str, b: str) -> bool:
    """'PRNewswire' and 'PR Newswire' name the same publisher."""
    squash = lambda s: re.sub(r"[^a-z0-9]", "", s.lower())  # noqa: E731
    return squash(a) == squash(b)


URN_FINGERPRINT = 16  # hex digits of the content hash in the identifier of an article without a URL


def urn_for(date: str, title: str, fingerprint: str) -> str:
    """An identifier for an article that has no URL: its date, normalised title and a fingerprint of its content,
    so that two different articles with one date and headline stay two, and the same file imported again is the
    same article."""
    words = re.findall(r"\w+", title.lower())
    return f"urn:confwatch:{date}:{'-'.join(words)[:200]}:{fingerprint[:URN_FINGERPRINT]}"


def _assemble(clean: CleanText, *, url: str, outlet: str, date: str, published_at: str,
              language: str, fetched_at: str, source: str, source_credit: str = "", date_from: str = "") -> Article:
    if not clean.title:
        raise ExtractionError("no title could be found")
    if not clean.paragraphs:
        raise ExtractionError("no body text could be found")
    if not _ISO_DATE.match(date or "") and date_from != "none":
        raise ExtractionError("no publication date could be found")
    text = clean.text
    digest = content_hash(clean.title, text)
    canonical = canonical_url(url) if url.startswith(("http://", "https://")) else urn_for(date, clean.title, digest)
    credit = clean.credit.credit if clean.credit else normalise_credit(source_credit) if source_credit else ""
    return Article(
        id=stable_id(canonical),
        url=url,
        canonical_url=canonical,
        site=site_of(url) if url else "",
        outlet=outlet,
        credit="" if _same_name(credit, outlet) or _is_own_name(credit, outlet, url) else credit,
        title=clean.title,
        date=date,
        published_at=published_at or date,
        text=text,
        language=language or guess_language(text),
        content_hash=digest,
        fetched_at=fetched_at,
        source=source,
        date_source=date_from or date_source(clean),
    )


def _offset_for(outlet: str, clean: CleanText, host: str = "") -> str:
    row = outlet_for_host(host) if host else {}
    if not row and outlet:
        row = outlet_by_name(outlet)
    if not row and clean.credit and clean.credit.kind == "credit_line":
        row = outlet_by_name(_CREDIT_LINE_OUTLET)
    if not row and clean.credit:
        row = outlet_by_name(clean.credit.credit)  # ("Source: Xinhua| 2040-11-26 21:40:05": Beijing time)
    return row.get("offset", "")


def _local(iso: str, offset: str) -> str:
    """A timestamp at the outlet's own UTC offset (a 02:34Z stamp of a Beijing evening story is the evening
    before in UTC's date, the next day in Beijing's); unchanged when the outlet's offset is unknown."""
    if not iso or not offset:
        return iso
    parsed = parse_iso(iso)
    sign = 1 if offset[0] == "+" else -1
    hours, minutes = (int(x) for x in offset[1:].split(":"))
    zone = timezone(sign * timedelta(hours=hours, minutes=minutes))
    return parsed.astimezone(zone).isoformat() if parsed is not None and parsed.tzinfo else iso


def _in_url(day: str, url: str) -> bool:
    """True when the URL carries the date (2024/09/20, 20240920, 2024-09-20, 202409/20 ...)."""
    y, m, d = day[:4], day[5:7], day[8:10]
    return bool(re.search(rf"{y}[/_-]?{m}[/_-]?{d}", url))


def _guessed(day: str, title: str, url: str) -> bool:
    """A metadata date that is only January 1 of a year the title names (what date guessing makes of "2025
    World Manufacturing Convention" when the page has no date of its own)."""
    return day[5:10] == "01-01" and day[:4] in title and not _in_url(day, url)


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0


def _published(clean: CleanText, outlet: str, host: str = "") -> tuple[str, str]:
    """Return (date, published_at) from the stamp or credit of cleaned text."""
    when = clean.date
    if when is None:
        return "", ""
    return when.date, when.iso(_offset_for(outlet, clean, host))


def article_from_text(raw: str, *, url: str = "", fetched_at: str, source: str = "import") -> Article:
    """Clean raw page text (site furniture and all) into an article."""
    clean = clean_text(raw)
    outlet = clean.outlet
    if not outlet and clean.credit and clean.credit.kind == "credit_line":
        outlet = _CREDIT_LINE_OUTLET
    date, published_at = _published(clean, outlet)
    return _assemble(clean, url=url, outlet=outlet, date=date, published_at=published_at,
                     language="", fetched_at=fetched_at, source=source)


def _leading_time(line: str) -> DateTime | None:
    """A short line that opens with a date and its time, whatever follows ("2024年09月23日 17:32 新浪财经")."""
    found = find_datetime_span(line) if len(line) <= 40 else None
    return found[0] if found is not None and found[1] == 0 and found[0].hour is not None else None


def article_from_seed(text: str, *, url: str = "", fetched_at: str, source: str = "import") -> Article:
    """Read a seed-format record; its body is kept exactly as written."""
    date, title, body = parse_seed(text)
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    clean = CleanText(title=title, paragraphs=paragraphs)
    clean.credit = find_credit(paragraphs, int(date[:4]))
    outlet = _CREDIT_LINE_OUTLET if clean.credit and clean.credit.kind == "credit_line" else ""
    published_at = date
    if clean.credit and clean.credit.when and clean.credit.when.date == date:
        published_at = clean.credit.when.iso(_offset_for(outlet, clean))
    if published_at == date:
        # a page's stamp kept at the top of the body ("Updated: 2024-09-20 11:05"): two stories of one day stand in
        # the order they were published; a stamp without its zone is Beijing's, as the watched outlets write it
        stamped = next((when for para in paragraphs[:3] for line in para.split("\n")
                        if (when := stamp_time(line.strip()) or date_line(line.strip()) or _leading_time(line.strip()))
                        is not None), None)
        if stamped is not None and stamped.date == date and stamped.hour is not None:
            published_at = stamped.iso(_offset_for(outlet, clean) or _BEIJING)
    article = _assemble(clean, url=url, outlet=outlet, date=date, published_at=published_at,
                        language="", fetched_at=fetched_at, source=source, date_from="seed")
    article.text = body  # byte-exact round trip
    article.content_hash = content_hash(title, body)
    return article


def article_from_page(page: Page, listed_date: str = "") -> Article:
    """Extract the article of a downloaded HTML page; listed_date (from a feed) is the last resort."""
    host = site_of(page.url)
    parts = extract_html(page.html, page.url, host)
    if parts is None:
        raise ExtractionError(f"{page.url}: no article text in the page")
    raw = parts.text
    if parts.credit_line:
        line = re.sub(r"^(?:By\s+[^()]{1,60})?\(", "", parts.credit_line).strip()
        raw = f"{line}\n{raw}"
    clean = clean_text(raw, title_hint=parts.title)
    outlet_row = outlet_for_host(host)
    outlet = outlet_row.get("name") or parts.sitename or host
    url = page.url
    if parts.canonical.startswith(("http://", "https://")) and site_of(parts.canonical) == host:
        url = parts.canonical
    offset = _offset_for(outlet, clean, host)
    published_at = _local(_iso_offset(parts.published_time), offset) or _zoned(parts.published_time, offset)
    date = published_at[:10] if published_at else ""
    date_from = "meta" if date else ""
    seen_date, seen_at = _published(clean, outlet, host)
    # the story's own dateline or visible stamp beats page metadata that disagrees by more than a day; a date the
    # lead's sentence names ("ended in Hefei on September 23") is when something happened: it does not beat a
    # publication time in the page's metadata
    if seen_date and clean.lead_date and date:
        seen_date = ""
    if seen_date and (not date or _days_apart(seen_date, date) > 1):
        date, published_at, date_from = seen_date, seen_at, date_source(clean)
    if not date and parts.date and not _guessed(parts.date, clean.title, url):
        date, published_at, date_from = parts.date[:10], parts.date[:10], "url" if _in_url(parts.date, url) else "meta"
    if not date and listed_date:
        date, published_at, date_from = listed_date[:10], listed_date, "listed"
    if not date and parts.date:
        # the page gives no date, and parts.date would only be a guess from the year in its title: kept undated,
        # and said so, rather than dated January 1
        date, published_at, date_from = "", "", "none"
    try:
        return _assemble(clean, url=url, outlet=outlet, date=date, published_at=published_at,
                         language=parts.language, fetched_at=page.fetched_at, source=page.source,
                         source_credit=parts.source_credit, date_from=date_from)
    except ExtractionError as exc:
        raise ExtractionError(f"{page.url}: {exc}") from None


def article_from_document(content: str, *, name: str, fetched_at: str, source: str = "import",
                          url: str = "") -> Article:
    """Read a saved document of any supported kind: seed format, HTML, or raw page text. url: where the
    document was fetched from (a saved page then reads as if fetched there: its outlet's rules apply)."""
    head = content.lstrip()[:500].lower()
    if is_seed(content):
        return article_from_seed(content, url=url, fetched_at=fetched_at, source=source)
    if head.startswith(("<!doctype", "<html", "<?xml", "<head", "<body", "<div", "<article")) or (url and "<" in head):
        page = Page(url=url or _url_in_html(content), html=content, fetched_at=fetched_at, source=source)
        return article_from_page(page)
    return article_from_text(content, url=url, fetched_at=fetched_at, source=source)


def _url_in_html(html: str) -> str:
    m = re.search(r"""<link[^>]+rel=["']canonical["'][^>]*href=["'](https?://[^"']+)""", html[:200_000], re.I) or \
        re.search(r"""<meta[^>]+property=["']og:url["'][^>]*content=["'](https?://[^"']+)""", html[:200_000], re.I)
    return m.group(1) if m else ""

