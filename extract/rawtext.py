"""Cleaning of raw page text (copied or extracted) into title, metadata and body paragraphs."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.credit import BYLINE, CREDIT_LINE, WIRE_DATELINE, Credit, find_credit
from extract.dates import DateTime, find_datetime, find_datetime_span, find_month_day
from extract.outlets import OUTLETS, normalise_credit, outlet_for_host
from extract.sentences import CJK, sentences

# "News provided by" above the name of the organisation that issued a release
PROVIDER_LINE = re.compile(r"^News provided by\s*$", re.I)
# Lines that are site furniture wherever they appear.
FURNITURE = [
    re.compile(r"^The Current Location\s*[:：]", re.I),
    re.compile(r"^(?:[•·*\-]\s*)*Link copied\.?$", re.I),
    re.compile(r"^(?:Published|Updated|Posted|Modified)\s*:", re.I),
    # "Updated 17:42, 21-Sep-2024" (CGTN)
    re.compile(r"^(?:Published|Updated|Posted)\s+\d{1,2}:\d{2},?\s+\d{1,2}-[A-Za-z]{3,9}-\d{4}$", re.I),
    re.compile(r"^\d[\d,]*\s+(?:Views?|Reads?|Comments?)$", re.I),
    re.compile(r"^(?:Share|Print|Email|Font size|Text size|Close|Return|Back to top)\b.{0,20}$", re.I),
    re.compile(r"^(?:Home|HOME)\s*(?:>|»|\|)", re.I),
    # a line of metadata fields: "Source:Xinhua Net | Author:Alan | Published time: 2023-09-28 | 135 Views | Share:"
    re.compile(r"^(?=[^|]{0,60}\|)(?=.*\b(?:Source|Author|Editor|Published|Updated|Views?|Clicks?|Share|Font)\b|.*(?:来源|作者|"
               r"编辑|发布时间|浏览|点击)).{0,200}$", re.I),
    # fields apart by spaces: "Source: WMC Organizing Committee Date: 2034-09-24 Views: 1,283"
    re.compile(r"^(?=.{0,200}$)(?:.*?\b(?:Source|Author|Editor|Date|Published|Updated|Views?|Clicks?|Hits)\s*[:：]){2}", re.I),
    # the same in Chinese: "发布时间：2024-09-26 16:20 来源：安徽日报 浏览次数：3456 【字号：大 中 小】"
    re.compile(r"^(?=.{0,200}$)(?:.*?(?:发布时间|发布日期|来源|作者|责任编辑|编辑|浏览次数|点击数|阅读数|字号)\s*[:：]){2}"),
    re.compile(r"^(?:责任编辑|编辑|校对|审核|责编)\s*[:：].{0,30}$"),
    # "Source: Xinhua" on its own, "Editor: Liu Jing 丨CCTV.com"
    re.compile(r"^(?:Source|Editor|Author|Writer)s?\s*[:：]\s*[^!?:：]{1,40}(?<!\.)$", re.I),
    PROVIDER_LINE,  # a release's provider follows
    # "Provided by PR Newswire": a release's distributor named on one line
    re.compile(r"^(?:Provided by|Distributed by|Source:?)\s+(?:PR Newswire|PRNewswire|Business Wire|GlobeNewswire)\s*$", re.I),
    re.compile(r"^(?:扫一扫|分享到|打印本页|关闭窗口|【?(?:打印|关闭)】?$)"),
    # a quote strip beside an aggregator's copy: "NVDA +2.1%", "AAPL -0.4%"
    re.compile(r"^[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s+[+\-−]\d+(?:\.\d+)?%$"),
    re.compile(r"^(?:首页|当前位置)\s*(?:[:：]\s*)?(?:>|»|＞|/)"),
    re.compile(r"^(?:Copyright|©|\(c\)).{0,100}(?:reserved|版权所有)\.?$|^版权所有", re.I),
]
# where a list of links to other stories begins: nothing after it is the story ("Related Stories", "相关新闻")
# ("Read more:" is no such heading: some outlets put it before one link inside the story)
LINK_HEADINGS = (r"related (?:stories|news|articles|reading|links|coverage)|more (?:stories|news)|you (?:may|might) also like|"
                 r"recommended(?: for you| stories| reading)?|trending tickers|most (?:viewed|read|popular|shared)(?: (?:in|on|this|today|"
                 r"stories|news|articles)\b[\w ]{0,20})?|trending(?: now| stories| news)?|editor'?s'? picks?|top stories|"
                 r"latest (?:news|stories|articles|headlines)|recent (?:news|stories|posts)|news in pictures|"
                 r"相关(?:新闻|阅读|报道|推荐|文章)|延伸阅读|推荐阅读|热点推荐|热门推荐|精彩推荐|猜你喜欢")
LINK_LIST = re.compile(rf"^(?:{LINK_HEADINGS})\s*[:：]?$", re.I)
# links to the site's previous and next stories ("Previous: Global guests gather in Hefei", "下一篇：..."): the story
# has ended
NEXT_STORY_LABEL = r"(?:previous|prev|next)(?: (?:article|story|post|news|item))?|上一篇|下一篇"
NEXT_STORY = re.compile(rf"^(?:{NEXT_STORY_LABEL})\s*[:：]", re.I)
# where such a line gives the publication time ("Published time: 2023-09-28", "发布时间：2024-09-26 16:20")
META_TIME = re.compile(r"(?:(?:Published|Updated|Posted|Release)(?:\s+(?:time|date|on|at))?|\bDate)\s*[:：]\s*"
                       # (and its time after a bar: "Last Updated: Sep 23, 2024 | 18:30 IST")
                       r"(?P<when>[^|]{6,40}(?:\|\s?\d{1,2}:\d\d(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?(?:GMT|UTC)[+-]\d{1,2}(?::?\d\d)?|"
                       r"\s(?:BJT|CST|ET|EST|EDT|IST)\b)?)?)|"
                       r"(?:发布时间|发布日期|时间)\s*[:：]\s*(?P<when_zh>[^|]{6,40})", re.I)
# where such a line names its source: the credit of a republished story
META_SOURCE = re.compile(r"(?:^|\|)\s*Source\s*[:：]\s*(?P<credit>[^|:：]{2,40}?)\s*(?:\||$)|来源\s*[:：]\s*"
                         r"(?P<credit_zh>[\u4e00-\u9fffA-Za-z·]{2,20})", re.I)
# A metadata line that carries the publication time ("Published : Sept. 25, 2023 - 20:20").
STAMP = re.compile(r"^(?:Published|Updated|Posted)\s*:\s*(?P<when>.+)$|^(?:Published|Updated|Posted)\s+(?P<bare>\d{1,2}:\d{2},?"
                   r"\s+\d{1,2}-[A-Za-z]{3,9}-\d{4})$", re.I)
# What a date line may say besides its date: "Source: Xinhua | 2024-09-20 21:03:15 | Editor: huaxia", "Published on
# Fri, Nov 28, 2025", "11-28-2025 16:05 BJT", "2024-09-20 10:20:35 来源：新华日报"
_DATE_LINE_FIELD = re.compile(r"(?:阅读量|阅读数|浏览量|浏览次数|点击量|点击数|Views?|Reads?|Hits|Clicks?)\s*[:：]?\s*[\d,]+|"
                              r"(?:Source|Editor|Author|Writer|By|来源|作者|编辑|责任编辑)\s*[:：]?\s*[^|:：]{0,40}$|"
                              r"(?:Source|Editor|Author|Writer|来源|作者|编辑|责任编辑)\s*[:：]\s*[^|]{0,40}?(?=\s(?:Source|"
                              r"Editor|Author|来源|作者|编辑)\b|\s*$)", re.I)
_DATE_LINE_WORDS = re.compile(r"\b(?:Published|Updated|Posted|Release[d]?|Date|Time|on|at|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
                              r"[a-z]*\.?|[AP]\.?M\.?|BJT|GMT|UTC|CST|ET|EST|EDT|JST|KST|HKT|SGT|IST|CET|CEST|BST|PST|PDT)\b|"
                              # ("September 23, 2040 9:15 AM GMT+8 Updated 2 hours ago": how old the page is)
                              r"\b\d{1,2}\s(?:min(?:ute)?s?|h(?:ou)?rs?|days?)\sago\b|\bjust now\b|[+-]\d{1,2}(?::?\d\d)?\b|"
                              r"\d{1,2}:\d\d(?::\d\d)?|\bpage \d{1,3}\b|发布时间|发布日期|时间|日期|[\s|,:：/()（）【】\[\]-]+", re.I)
_SECONDS_ZONE = re.compile(r"(?::\d\d(?:\.\d+)?)?(?:Z\b|[+-]\d\d:?\d\d\b)?")
_STAMP_AFTER_BYLINE = re.compile(r"(?m)^(By [^\n|]{2,60}?)[ \t]+((?:Published|Updated|Posted)\s*:)")
_SENTENCE_END = re.compile(r"[.!?。！？\"”’)]\s*$")
_END_MARK = re.compile(r"(?<=[.!?。！？\"”’)])\s*(?:Enditem|ENDITEM|\(END\)|\(End\)|（完）|\(完\))$")
_LATIN = re.compile(r"[A-Za-z]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z]")
_OUTLET_NAMES = {row["name"].lower() for row in OUTLETS.values()}


@dataclass
class CleanText:
    """What raw page text says once its furniture is removed."""

    title: str = ""
    outlet: str = ""
    credit: Credit | None = None
    stamp: DateTime | None = None
    head_date: DateTime | None = None  # a line above the story that is only a date ("2024-09-20 21:03:15")
    date: DateTime | None = None
    paragraphs: list[str] = field(default_factory=list)
    lead_date: bool = False  # the date is only a "Month Day" of the lead's sentence (when the event happened)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


# The mark some wires end a story with ("... he added. ■"): the paragraph before it is the story's last.
END_MARK = re.compile(r"\s*(?:■|□|◆|\(END\)|\[END\]|-{2,}\s*END)\s*$")
# a line of a key-figures box: "Exhibitors: 263", "• Projects signed: 30, worth 53.63 billion yuan", "签约项目：734个"
_FIGURE_LINE = re.compile(r"^(?:[•·*–-]\s*)?(?!(?:Tel|Phone|Fax|Date|Time|Editor|Source|Photo|Updated|Published)\b)"
                          r"(?:[A-Z][\w'’-]*(?: [\w'’&()-]+){0,6}|[\u4e00-\u9fff]{2,12})\s?[:：]\s?"
                          r"(?:(?:about|around|nearly|over|more than|some|almost|约|近|超过?)\s?)?"
                          r"(?:RMB|US\$|\$|¥)?\s?\d[^:：|]{0,100}$")
# A dateline with a credit opens a story whatever its lead ends with ("... /PRNewswire/ -- ... announced:").
_DATELINE_START = re.compile(r"^[A-Z][A-Za-z .'-]{2,30},\s.{0,60}?(?:\(\w[\w .]{1,30}\)|/[\w -]{2,30}/)\s+(?:--|—|–)\s")


_OUTLET_ALIASES = {alias.lower(): row["name"] for row in OUTLETS.values() for alias in [row["name"], *row.get("aliases", [])]}
_FOREIGN_OUTLETS = frozenset({"South China Morning Post", "Reuters", "Bloomberg", "Nikkei Asia", "Caixin Global"})
_CRUMBS = re.compile(r"^([^\s>»＞]{2,20})\s*(?:>>?|»|＞)\s*\S")
_HOST_LINE = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")
_COPYRIGHT = re.compile(r"^(?:Copyright|©|\(c\))", re.I)
# a Chinese news site's name beside a page's date ("中安在线 2034-09-21 09:15")
_SITE_NAME_ZH = re.compile(r"[\u4e00-\u9fff]{2,8}(?:网|在线|日报|晚报|早报|客户端|新闻)")


def _outlet_of_host(line: str) -> str:
    """The outlet whose host a line names ("XINHUANET.com", "chinadaily.com.cn"), or ""."""
    for host in _HOST_LINE.findall(line[:200]):
        row = outlet_for_host(host.lower())
        if row:
            return row["name"]
    return ""


def _headline_like(line: str) -> bool:
    """A headline has four words or more, or six Han characters (Chinese has no spaces); it is no byline and no
    photo caption."""
    return (len(line.split()) >= 4 or len(CJK.findall(line)) >= 6) and not BYLINE.match(line) \
        and not line.startswith("By ") and not _is_caption(line)  # ("By Staff writer, with CNA")


def _is_paragraph(line: str) -> bool:
    """A body paragraph ends like a sentence (titles do not), is very long, is a lead that opens with a
    dateline, or a long line introducing what follows (ending with a colon)."""
    words = len(line.split()) + len(CJK.findall(line)) // 2
    return (words >= 40 or (words >= 4 and bool(_SENTENCE_END.search(line))) or bool(CREDIT_LINE.match(line))
            or bool(_DATELINE_START.match(line)) or (words >= 12 and line.endswith((":", "："))))


def _is_other_script(line: str, latin_doc: bool) -> bool:
    """In an English page, a line with letters but none Latin (a byline in Hangul, say)."""
    return latin_doc and bool(_NON_LATIN_LETTER.search(line)) and not _LATIN.search(line)


def _first_sentence(text: str, limit: int = 120) -> str:
    sentence = (sentences(text) or [""])[0].rstrip(".")
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0] + "…"


def _host_piece_outlet(line: str) -> str:
    """The outlet a field of a metadata line names by its host ("By Zhang Yi | chinadaily.com.cn | Updated: ...")."""
    return next((name for piece in line.split("|") if _HOST_LINE.fullmatch(piece.strip())
                 and (name := _outlet_of_host(piece.strip()))), "")


def date_line(line: str) -> DateTime | None:
    """The date of a line that is only a date and its labels (a page's publication stamp under the headline),
    or None for any other line."""
    if len(line) > 120 or CREDIT_LINE.match(line):  # a credit line is part of the story
        return None
    found = find_datetime_span(line, numeric=True)
    if not found:
        return None
    end = _SECONDS_ZONE.match(line, found[2]).end()  # ":15", ":00+08:00"
    rest = line[:found[1]] + " | " + line[end:]
    pieces = [_DATE_LINE_WORDS.sub(" ", _DATE_LINE_FIELD.sub(" ", piece)).strip() for piece in rest.split("|")]
    if all(not piece or piece.lower() in _OUTLET_ALIASES or _HOST_LINE.fullmatch(piece) or _SITE_NAME_ZH.fullmatch(piece)
           for piece in pieces):
        return found[0]
    return None


def strip_dateline(paragraph: str) -> str:
    """A paragraph without its leading dateline ("HEFEI, Nov. 20 (Xinhua) -- ")."""
    return re.split(r"\s(?:--|—|–)\s", paragraph, maxsplit=1)[-1]


def clean_text(raw: str, title_hint: str = "") -> CleanText:
    """Split raw page text into title, outlet, credit, date and body paragraphs."""
    # a byline and its stamp on one line ("By Global Times Published: Nov 28, 2025 10:47 PM") are two lines
    raw = _STAMP_AFTER_BYLINE.sub(r"\1\n\2", raw.replace("\r", "\n"))
    # (a wire's end mark after the last sentence is no part of it: "... at the opening ceremony. Enditem")
    lines = [_END_MARK.sub("", " ".join(line.split())) for line in raw.split("\n")]
    lines = [line for line in lines if line]
    latin = sum(len(_LATIN.findall(line)) for line in lines)
    latin_doc = latin > 0.5 * max(1, sum(len(_NON_LATIN_LETTER.findall(line)) for line in lines) + latin)
    out = CleanText()
    kept: list[str] = []
    meta_credit = ""  # "Source:Xinhua Net" in a metadata line
    started = False  # whether a paragraph of the story has been kept
    near_title = ""  # the headline-like line nearest above the page's first date line or byline
    last_headline = ""  # the last headline-like line kept so far
    dated_below_title = False  # whether head_date was found below such a line
    for previous, line in zip([""] + lines, lines):
        if not started and not near_title and (out.stamp or out.head_date or (kept and BYLINE.match(kept[-1]))):
            near_title = last_headline
        if started and (LINK_LIST.match(line) or NEXT_STORY.match(line)):
            break  # the story has ended; the rest links to other ones
        stamp = STAMP.match(line)
        if stamp and out.stamp is None:
            out.stamp = find_datetime(stamp.group("when") or stamp.group("bare"))
        crumb = _CRUMBS.match(line) if not started else None
        if crumb and not out.outlet and crumb.group(1).lower() in _OUTLET_ALIASES:
            out.outlet = _OUTLET_ALIASES[crumb.group(1).lower()]  # "新华网 > 地方 > 正文": the site's breadcrumbs
            continue
        if any(p.search(line) for p in FURNITURE) or _is_other_script(line, latin_doc):
            if not out.outlet and _COPYRIGHT.match(line):
                out.outlet = _outlet_of_host(line)  # "Copyright © 2000-2024 XINHUANET.com All rights reserved."
            elif not out.outlet and not started and "|" in line:
                out.outlet = _host_piece_outlet(line)  # ("By Zhang Yi | chinadaily.com.cn | Updated: ...": the site)
            source = META_SOURCE.search(line)
            if source and not meta_credit:
                meta_credit = source.group("credit") or source.group("credit_zh")
            when = META_TIME.search(line) if out.stamp is None else None
            if when:
                out.stamp = find_datetime(when.group("when") or when.group("when_zh"))
            elif not started and (out.head_date is None or not dated_below_title) and (dated := find_datetime(line)):
                out.head_date = dated  # "Source: Xinhua | 2024-09-20 21:03:15 | Editor: huaxia"
                dated_below_title = bool(last_headline)
            continue
        if not started:
            dated = date_line(line)
            if dated:  # a line that only dates the page: the one under the headline, not the site's date of today
                if out.head_date is None or not dated_below_title:
                    out.head_date = dated
                    dated_below_title = bool(last_headline)
                if not out.outlet:
                    out.outlet = _host_piece_outlet(line)
                continue
            when = META_TIME.search(line) if len(line) <= 160 and not _is_paragraph(line) else None
            if when:  # "TOI World Desk / TIMESOFINDIA.COM / Updated: Dec 9, 2025, 14:20 IST": a metadata line
                out.stamp = out.stamp or find_datetime(when.group("when") or when.group("when_zh"))
                if not BYLINE.match(line):
                    continue
        if not started and not out.outlet and (line.lower() in _OUTLET_NAMES or _HOST_LINE.fullmatch(line)
                                               or _OUTLET_ALIASES.get(line.lower()) in _FOREIGN_OUTLETS):
            # ("chinadaily.com.cn"; a foreign outlet's short name on its own line: "SCMP")
            out.outlet = line if line.lower() in _OUTLET_NAMES else _OUTLET_ALIASES.get(line.lower()) \
                or _outlet_of_host(line)
            if out.outlet:
                continue
        if kept and line == kept[-1]:
            continue  # an image caption rendered twice (alt text and caption)
        if previous and PROVIDER_LINE.match(previous) and not started:
            continue  # the organisation that provided a release: no headline
        line = END_MARK.sub("", line) if END_MARK.search(line) and len(line) > 12 else line
        if not line or END_MARK.fullmatch(line):
            continue
        kept.append(line)
        started = started or _is_paragraph(line)
        last_headline = line if not started and _headline_like(line) else last_headline
    # a photo gallery's captions before the wire's lead ("... Jan. 15, 2023.", "... (Xinhua/Li Gang)"): the story
    # starts at its dateline (captions after the end mark are left: the real-page ground truths count them)
    lead = next((i for i, line in enumerate(kept[:6]) if WIRE_DATELINE.match(line)), 0)
    if lead and all(_is_caption(line) for line in kept[:lead]):
        kept = kept[lead:]

    first_para = next((i for i, line in enumerate(kept) if _is_paragraph(line)), len(kept))
    last_para = max((i for i, line in enumerate(kept) if _is_paragraph(line)), default=-1)
    while last_para >= 0 and last_para + 1 < len(kept) and _FIGURE_LINE.match(kept[last_para + 1]) \
            and not re.search(r"\d{1,2}:\d\d|\d{4}[-/]\d{1,2}[-/]\d{1,2}", kept[last_para + 1]):
        last_para += 1  # a key-figures box closing the story ("Exhibitors: 263") is part of it, not furniture
    head = kept[:first_para]
    body = kept[first_para:last_para + 1]
    bylines = [line for line in head if BYLINE.match(line)]
    # a headline of four words or more, or of six Han characters (Chinese has no spaces)
    candidates = [line for line in head if _headline_like(line)]
    if title_hint:
        out.title = " ".join(title_hint.split())
        body = [line for line in body if line != out.title]
    elif near_title in candidates:  # the headline sits right above its date or byline
        out.title = near_title
    elif candidates:
        out.title = max(candidates, key=len)
    year = None
    years = re.findall(r"\b((?:19|20)\d{2})\b", out.title)
    if out.stamp:
        year = out.stamp.year
    elif years:
        year = int(years[0])
    out.credit = find_credit(body, year) or find_credit(bylines, year) or \
        (Credit(normalise_credit(meta_credit), None, "byline") if meta_credit else None)
    out.paragraphs = body
    out.date, out.lead_date = _best_date(out, year)
    if not out.title and body:
        out.title = _first_sentence(strip_dateline(body[0]))
    return out


# "(Xinhua/Li Gang)", "[Photo by Su Zhigang/For chinadaily.com.cn]" at the end, or a caption's closing date
_PHOTO_CREDIT = re.compile(r"[(\[](?:Xinhua|Photo|photo|Photo by [^/()\[\]]{2,40}|[A-Z][\w.]{1,20})/[^()\[\]]{2,60}[)\]]\s*$|"
                           r"\bPhotos?\s?:\s?[A-Z][\w .,/'-]{1,60}$")  # "... Photo: VCG"
_CAPTION_DATE = re.compile(r",\s(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},\s(?:19|20)\d\d\.$")


def _is_caption(line: str) -> bool:
    return bool(_PHOTO_CREDIT.search(line[-120:]) or _CAPTION_DATE.search(line[-40:]))


def stamp_time(line: str) -> DateTime | None:
    """The publication time a metadata line gives: a stamp ("Updated: 2024-09-20 11:05", "Updated 17:42,
    21-Sep-2024") or a short line that labels it ("Release time: 2024-09-24 10:20 | Source: ..."), else None."""
    stamp = STAMP.match(line)
    if stamp:
        return find_datetime(stamp.group("when") or stamp.group("bare"))
    when = META_TIME.search(line) if len(line) <= 160 and not _is_paragraph(line) else None
    return find_datetime(when.group("when") or when.group("when_zh")) if when else None


def date_source(out: CleanText) -> str:
    """Where clean_text found its date: visible (a stamp line), dateline (the credit line or the dateline) or
    lead (a 'Month Day' in the lead's sentence)."""
    if out.date is None:
        return ""
    if out.stamp or (out.head_date and out.date == out.head_date):
        return "visible"
    return "lead" if out.lead_date else "dateline"


def _best_date(out: CleanText, year: int | None) -> tuple[DateTime | None, bool]:
    """Prefer an explicit stamp, then the credit/dateline, then 'Month Day' in the lead; and whether the date is
    only that 'Month Day' (a wire dateline without its year, "HEFEI, Sept. 26 (Xinhua) --", is still a
    dateline)."""
    if out.stamp:
        return out.stamp, False
    if out.credit and out.credit.when:
        head = out.head_date
        if out.credit.when.hour is None and head and head.hour is not None and head.date == out.credit.when.date:
            return head, False  # the same day, and the page's line gives the time ("Dec 09, 2025, 02:15 ET")
        return out.credit.when, False
    if out.head_date:
        return out.head_date, False
    sentence = (sentences(" ".join(out.paragraphs[:1])) or [""])[0]
    dateline = find_datetime(sentence[:60])  # "HEFEI, Sept. 24, 2019 -- ..."
    if dateline:
        return dateline, False
    found = find_month_day(sentence, None) or (find_month_day(sentence, year) if year else None)
    return found, found is not None and not (out.credit and out.credit.kind.endswith("dateline"))
