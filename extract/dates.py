"""Parsing of the date and time phrases that news pages use."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH_DAY = rf"(?P<month>{MONTH_NAMES})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
_TIME = r"(?P<hour>\d{1,2}):(?P<minute>\d{2})"

# Each pattern names month/day/year (and optionally hour/minute); tried in order.
_PATTERNS = [
    # 2024-09-20 21:03, and 2024/09/20 or 2024.09.20 (one separator throughout)
    re.compile(rf"\b(?P<year>(?:19|20)\d{{2}})(?P<sep>[-/.])(?P<mnum>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})(?![\d.])"
               rf"(?:[ T]+{_TIME})?"),
    re.compile(rf"(?:{_TIME},?\s+)?\b{_MONTH_DAY},?\s+(?P<year>(?:19|20)\d{{2}})(?:\s*(?:[-,|]|at)?\s*{_TIME.replace('hour', 'hour2').replace('minute', 'minute2')})?", re.I),
    # "21 September 2024", "17:42, 21-Sep-2024" as CGTN writes it, and "23 Sep 2024 | 18:30"
    re.compile(rf"(?:{_TIME},?\s+)?\b(?P<day>\d{{1,2}})(?:\s+|-)(?P<month>{MONTH_NAMES})(?:,?\s+|-)"
               rf"(?P<year>(?:19|20)\d{{2}})(?:\s*(?:[-,|]|at)?\s*{_TIME.replace('hour', 'hour2').replace('minute', 'minute2')})?", re.I),
    # 2024年12月22日 09:33
    re.compile(r"(?P<year>(?:19|20)\d{2})\s?年\s?(?P<mnum>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日"
               r"(?:\s*(?P<half_zh>上午|下午|晚上|中午|凌晨|早上)?\s*(?P<hour>\d{1,2})[:：](?P<minute>\d{2}))?"),
]
# 09-20-2024 16:05 (month first, as CCTV writes it), 20/09/2024 (day first when the first number cannot be a month) or
# 20.09.2024 (day first, as dots write it)
_NUMERIC_LAST = re.compile(rf"(?<![\d./-])(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep)"
                           rf"(?P<year>(?:19|20)\d{{2}})\b(?:\s+{_TIME})?")
# a zone written after the time: "GMT+8", "UTC+08:00", "BJT", "Beijing Time", "ET" (New York's, on a release)
_ZONE = re.compile(r"\s?(?:(?:GMT|UTC)\s?(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d\d))?|"
                   r"(?P<bj>BJT|Beijing [Tt]ime|CST)|(?P<et>ET|EST|EDT)|(?P<ist>IST))\b")


# after the seconds: "+08:00", "Z"
_ISO_ZONE = re.compile(r"(?:\.\d+)?(?:(?P<sign>[+-])(?P<h>\d\d):?(?P<m>\d\d)(?!\d)|(?P<utc>Z)\b)")


def _offset(zone: re.Match, month: int) -> str:
    if zone.groupdict().get("utc"):
        return "+00:00"
    if zone.groupdict().get("ist"):
        return "+05:30"
    if zone.groupdict().get("bj"):
        return "+08:00"
    if zone.groupdict().get("et"):  # New York: daylight time from March to early November, roughly
        daylight = zone.group("et") == "EDT" or (zone.group("et") == "ET" and 4 <= month <= 10)
        return "-04:00" if daylight else "-05:00"
    return f"{zone.group('sign')}{int(zone.group('h')):02d}:{zone.group('m') or '00'}"


_SECONDS = re.compile(r":\d\d(?![\d:])")
_AM_PM = re.compile(r"\s?([AaPp])\.?[Mm]\b\.?")
# 12月22日 (the year from context)
_ZH_MONTH_DAY = re.compile(r"(?<![\d年])(?P<mnum>\d{1,2})月(?P<day>\d{1,2})日")
_MONTH_DAY_ONLY = re.compile(rf"\b{_MONTH_DAY}\b(?!,?\s*(?:19|20)\d\d)", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_ZH_YEAR = re.compile(r"((?:19|20)\d{2})年")


@dataclass(frozen=True)
class DateTime:
    """A calendar date with an optional time of day (no time zone)."""

    year: int
    month: int
    day: int
    hour: int | None = None
    minute: int | None = None
    zone: str = ""  # the UTC offset the page wrote beside the time ("GMT+8", "BJT", "ET"), as "+08:00"

    @property
    def date(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def iso(self, offset: str = "") -> str:
        """Return ISO-8601: date alone, or date and time with its own zone or else the offset when given."""
        offset = self.zone or offset
        if self.hour is None or not offset:
            return self.date
        return f"{self.date}T{self.hour:02d}:{self.minute:02d}:00{offset}"


def month_number(name: str) -> int:
    """Return 1-12 for an English month name or abbreviation."""
    key = name.lower().rstrip(".")
    return MONTHS.get(key[:4] if key.startswith("sept") else key[:3], 0)


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31 and 1990 <= year <= 2100


def find_datetime(text: str) -> DateTime | None:
    """Return the first full date (with its time when adjacent) found in text."""
    found = find_datetime_span(text)
    return found[0] if found else None


def find_datetime_span(text: str, *, numeric: bool = False) -> tuple[DateTime, int, int] | None:
    """The first full date in text with where it starts and ends. numeric: also read "09-20-2024" and
    "20/09/2024" (year last: only where a line is known to be a date, as it is ambiguous in prose)."""
    best = None
    for pattern in _PATTERNS + ([_NUMERIC_LAST] if numeric else []):
        m = pattern.search(text)
        if not m or (best and m.start() >= best[1]):
            continue
        g = m.groupdict()
        if g.get("a"):  # month first unless the first number cannot be a month (or dots part them: "23.09.2024")
            a, b = int(g["a"]), int(g["b"])
            month, day = (b, a) if a > 12 or g.get("sep") == "." else (a, b)
        else:
            month, day = int(g["mnum"]) if g.get("mnum") else month_number(g["month"]), int(g["day"])
        year = int(g["year"])
        if not _valid(year, month, day):
            continue
        hour = g.get("hour") or g.get("hour2")
        minute = g.get("minute") or g.get("minute2")
        end = m.end()
        trailing = any(g.get(k) and m.end(k) == end for k in ("minute", "minute2"))  # the time ends the date
        seconds = _SECONDS.match(text, end) if trailing else None
        end = seconds.end() if seconds else end
        half = _AM_PM.match(text, end) if trailing else None
        hour = int(hour) if hour else None
        if hour is not None and g.get("half_zh") in ("下午", "晚上") and hour < 12:
            hour += 12  # "下午5:32"
        if hour is not None and half and 1 <= hour <= 12:  # "10:47 PM"
            end = half.end()
            hour = hour % 12 + (12 if half.group(1).lower() == "p" else 0)
        zone = (_ZONE.match(text, end) or (_ISO_ZONE.match(text, end) if seconds else None)) if trailing else None
        if zone:
            end = zone.end()
        dt = DateTime(year, month, day, hour, int(minute) if minute else None, _offset(zone, month) if zone else "")
        best = (dt, m.start(), end)
    return best


def find_month_day(text: str, year: int | None = None) -> DateTime | None:
    """Return the first 'Month Day' without a year, dated with year or the nearest year mentioned."""
    m = _MONTH_DAY_ONLY.search(text) or _ZH_MONTH_DAY.search(text)
    if not m:
        return None
    if year is None:
        years = [(abs(y.start() - m.start()), int(y.group(1))) for y in _YEAR.finditer(text)]
        years += [(abs(y.start() - m.start()), int(y.group(1))) for y in _ZH_YEAR.finditer(text)]
        if not years:
            return None
        year = min(years)[1]
    g = m.groupdict()
    month = int(g["mnum"]) if g.get("mnum") else month_number(g["month"])
    day = int(m.group("day"))
    return DateTime(year, month, day) if _valid(year, month, day) else None


def parse_iso(value: str | None, *, assume_utc: bool = False) -> datetime | None:
    """An ISO-8601 date or time ('Z' for UTC accepted), or None when it is not one; a time without a zone gets
    UTC when assume_utc."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None and assume_utc:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


# a notice that corrects a story: "Correction: ...", "CORRECTED-...", "Clarification", "更正", "勘误"
# (and an update of a story: "UPDATE 1-Hefei convention closes with 1,146 projects", "UPDATED: ...")
_CORRECTION_TITLE = re.compile(r"\s*(?:corrections?\b|corrected\b|clarification\b|更正|勘误|"
                               r"(?-i:UPDATE)(?:\s?\d{1,2})?\s?[-–:]|updated\s?:)", re.I)
# (or a mark at the headline's end: "Hefei convention closes (updated)", "... [Update 2]", "…（更新）")
_UPDATED_TAIL = re.compile(r"[(\[（【]\s?(?:updated|update(?:\s?\d{1,2})?|更新|更正)\s?[)\]）】]\s*$", re.I)


# a note in the text that says the story was corrected or updated: "An earlier version of this story misstated ...",
# "This article has been updated", "(Corrects paragraph 3 ...)", "更正：..."
_CORRECTION_NOTE = re.compile(r"\b(?:An?|The) (?:earlier|previous|original) version of this (?:story|article|report|item|"
                              r"release)\b|\bThis (?:story|article|report|version) (?:has been|was) (?:corrected|updated|"
                              r"amended)\b|\bThis version corrects\b|(?:^|\n)\s*\((?:Corrects|Updates|Adds)\s|"
                              r"(?:^|\n)\s*(?:更正|勘误)[:：]|本文已更正", re.I)
_NOTE_SPAN = 800  # (a note stands at a story's top or its foot: only those parts are read, whatever the length)


def marked_updated(title: str) -> bool:
    """A headline whose end marks it as an update or a correction: "Hefei convention closes (updated)"."""
    return _UPDATED_TAIL.search((title or "")[-40:]) is not None


def ends_its_day(title: str, text: str = "") -> bool:
    """A story dated only by its day stands at the day's start, except a correction or an update, by its title or
    a note at its top or foot: it came after the story it corrects or updates, so it stands at the day's end."""
    text = text or ""
    return _CORRECTION_TITLE.match(title or "") is not None or marked_updated(title) \
        or _CORRECTION_NOTE.search(text[:_NOTE_SPAN] + "\n" + text[-_NOTE_SPAN:]) is not None
