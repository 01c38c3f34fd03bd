"""Credit lines, datelines and bylines: who wrote a story and when."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extract.dates import DateTime, find_datetime, find_month_day
from extract.outlets import normalise_credit

_NAME = r"[A-Z][A-Za-z.&'’ -]{1,40}?"
# "Global Times) 09:33, December 23, 2024" (People's Daily Online credit line)
CREDIT_LINE = re.compile(rf"^\(?(?:By\s+{_NAME}\s+\()?(?P<credit>{_NAME})\)\s+\d{{1,2}}:\d{{2}},\s+\w+\.? \d{{1,2}}, \d{{4}}\s*$")
# the same credit line opening a paragraph that goes on with the story: "(Global Times) 09:33, December 23, 2024 The
# convention ..."
CREDIT_LEAD = re.compile(rf"^\(?(?:By\s+{_NAME}\s+\()?(?P<credit>{_NAME})\)\s+\d{{1,2}}:\d{{2}},\s+\w+\.? \d{{1,2}}, \d{{4}}"
                         r"(?=\s+[A-Z\"“‘'(\d])")
# "HEFEI, Nov. 20 (Xinhua) --", "HAIYANG, Shandong, Aug. 14 (Xinhua) --" (a province or country may follow the city)
WIRE_DATELINE = re.compile(r"^(?P<city>[A-Z][A-Z .'/-]{2,40}),\s+(?:[A-Z][A-Za-z .'-]{1,30},\s+)?(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s+\((?P<credit>[A-Za-z .]{2,30})\)\s+(?:--|—|–)")
# "NANJING, China, Nov. 30, 2020 /PRNewswire/ --"
RELEASE_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z .'-]{2,30}),\s+(?:[A-Z][A-Za-z .]{1,30},\s+)?(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\s+/(?P<credit>[A-Za-z -]{2,30})/\s+(?:--|—|–)"
)
# "新华社合肥9月20日电（记者 张三）", "中新网南京11月28日电": agency, city, month and day
ZH_DATELINE = re.compile(r"^(?P<credit>新华社|中新社|中新网|人民网|央视网|中国日报网|中国新闻网)(?:[\u4e00-\u9fff]{1,8}?)"
                         r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日电")
# "来源：新华网", "来源: 人民日报", with the time of publication before or after it: "来源：中安在线 2026-09-24 17:32",
# "2026-09-24 17:32 来源：人民网"
ZH_SOURCE = re.compile(r"^(?:\d{4}[-年/]\d{1,2}[-月/]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?\s*)?(?:来源|稿源|出处)\s*[:：]\s*"
                       r"(?P<credit>[\u4e00-\u9fffA-Za-z.·]{2,20})")
# "Source: Xinhua| 2024-11-28 21:05:12|Editor: huaxia" (english.news.cn pages as text; the time is Beijing's)
EN_SOURCE = re.compile(r"^Source:\s*(?P<credit>[A-Za-z][A-Za-z .'&-]{1,40}?)\s*\|\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}")
BYLINE = re.compile(r"^By\s+(?P<credit>[A-Z][A-Za-z.&' -]{1,40})$")


@dataclass(frozen=True)
class Credit:
    """Who wrote a story (as credited) and when, read from its first lines."""

    credit: str
    when: DateTime | None
    kind: str  # credit_line | wire_dateline | release_dateline | byline


def parse_credit(line: str, year: int | None = None) -> Credit | None:
    """Parse a credit line, dateline or byline; year completes datelines that omit it."""
    line = line.strip()
    m = CREDIT_LINE.match(line)
    if m:
        return Credit(normalise_credit(m.group("credit")), find_datetime(line), "credit_line")
    m = CREDIT_LEAD.match(line)
    if m:
        return Credit(normalise_credit(m.group("credit")), find_datetime(m.group(0)), "credit_line")
    m = RELEASE_DATELINE.match(line)
    if m:
        return Credit(normalise_credit(m.group("credit")), find_datetime(m.group("when")), "release_dateline")
    m = WIRE_DATELINE.match(line)
    if m:
        when = find_month_day(m.group("when"), year) if year else None
        return Credit(normalise_credit(m.group("credit")), when, "wire_dateline")
    m = BYLINE.match(line)
    if m:
        return Credit(normalise_credit(m.group("credit")), None, "byline")
    m = ZH_DATELINE.match(line)
    if m:
        when = DateTime(year, int(m.group("month")), int(m.group("day"))) if year else None
        return Credit(normalise_credit(m.group("credit")), when, "wire_dateline")
    m = ZH_SOURCE.match(line) or EN_SOURCE.match(line)
    if m:
        when = find_datetime(line)
        if when is not None and when.hour is not None and not when.zone:
            when = replace(when, zone="+08:00")  # a source line's time is Beijing's
        return Credit(normalise_credit(m.group("credit")), when, "byline")
    return None


def find_credit(paragraphs: list[str], year: int | None = None, look: int = 4) -> Credit | None:
    """Return the first credit found at the start of one of the first paragraphs."""
    for para in paragraphs[:look]:
        found = parse_credit(para, year)
        if found:
            return found
    return None
