"""Which configured events an article is about, with the evidence."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from extract.dates import MONTH_NAMES, MONTHS
from extract.metrics import COMPARED_ZH
from extract.numerals import cn2an_reader as _cn2an
from extract.script import simplified


@dataclass(frozen=True)
class EventMatch:
    event: str
    alias: str
    where: str  # title | text
    offset: int


@lru_cache(maxsize=256)
def alias_pattern(alias: str) -> re.Pattern:
    escaped = re.escape(alias)
    if re.search(r"[\u3400-\u9fff]", alias):
        return re.compile(escaped)
    # Abbreviations match case-sensitively as whole words; names ignore case.
    flags = 0 if alias.isupper() else re.I
    # (an abbreviation may carry its year without a space: "WIMC2023")
    year = r"(?=(?:19|20)\d\d(?![\w-]))|" if is_abbreviation(alias) else ""
    # (a name in the plural, "the previous eight World Manufacturing Conventions", is the event's editions)
    plural = "s?" if not is_abbreviation(alias) and alias[-1:].isalpha() and alias.isascii() else ""
    if is_abbreviation(alias):
        # (or its year before it, and Chinese after it: "2026WMC签约项目500个")
        return re.compile(rf"(?:(?<![\w-])|(?<=(?:19|20)\d\d)){escaped}(?:{year}(?![A-Za-z0-9_-]))", flags)
    return re.compile(rf"(?<![\w-]){escaped}{plural}(?:{year}(?![\w-]))", flags)


def is_abbreviation(alias: str) -> bool:
    """Upper-case short forms such as WIMC or WMC: ambiguous on their own."""
    return alias.isupper() and " " not in alias


def needs_context(event, alias: str) -> bool:
    """True for an alias that counts only beside one of the event's context words: an abbreviation, or a name
    the configuration lists as loose (one that other events or other things share)."""
    return is_abbreviation(alias) or alias in getattr(event, "loose_aliases", ())


def _has_context(event, title: str, text: str) -> bool:
    words = getattr(event, "context", ())
    # (a Chinese word stands among other characters with no space: "今日在合肥闭幕")
    return any(re.search(re.escape(w) if re.search(r"[\u3400-\u9fff]", w) else rf"(?<!\w){re.escape(w)}",
                         f"{title}\n{text}", re.I) for w in words)


def match_events(title: str, text: str, events) -> list[EventMatch]:
    """Return the first alias match of each event in title or text; events need .id, .aliases and .context.

    Names match anywhere (ignoring case); an abbreviation or a loose alias counts only when one of the event's
    context words (its city by default) also appears, so "WMC" alone (a mobile congress, a water company) is not
    the event, nor is "world manufacturing conference" in a story about a conference in Nanjing; a loose alias two
    events share counts for the one whose place the story names, for neither when it names both.
    """
    found = []
    placed = {}  # event id -> whether its context words appear (read once, when needed)

    def in_place(event) -> bool:
        if event.id not in placed:
            placed[event.id] = _has_context(event, title, text)
        return placed[event.id]

    for event in events:
        best = None
        for alias in event.aliases:
            if needs_context(event, alias):
                if not in_place(event):
                    continue
                # a loose name two watched events share ("World Manufacturing Conference", said of both) is the one
                # whose place the story names, and neither's when it names both places
                if alias in getattr(event, "loose_aliases", ()) and any(
                        other is not event and alias.lower() in (a.lower() for a in getattr(other, "loose_aliases", ()))
                        and in_place(other) for other in events):
                    continue
            pattern = alias_pattern(alias)
            for where, body in (("title", title), ("text", text)):
                m = pattern.search(body)
                if m and (best is None or (where, m.start()) < (best.where, best.offset)):
                    best = EventMatch(event.id, alias, where, m.start())
        if best:
            found.append(best)
    return found


@dataclass(frozen=True)
class Attribution:
    """The event an article covers, the edition, and the evidence for both."""

    event: str
    edition: int
    alias: str
    where: str
    offset: int
    edition_from: str  # "text: <match>" or "date"
    others: tuple[EventMatch, ...] = ()


ORDINALS = {w: i + 1 for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                                           "twelfth thirteenth fourteenth fifteenth".split())}
ZH_ORDINAL = r"第\s*([\d一二三四五六七八九十]{1,4})\s*届"


def ordinal_number(word: str) -> int:
    """The number an ordinal writes: "fourth", "4th", "4" or "四" -> 4 (0 for none)."""
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    if word.isdigit():
        return int(word)
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    if m:
        return int(m.group(1))
    try:
        return int(_cn2an()(word, "smart"))
    except ValueError:
        return 0


# a mention of an edition as history ("Since the first World Manufacturing Convention in 2018", "since the 2019
# convention"): no evidence of which edition the article covers
_HISTORY_BEFORE = re.compile(r"\b(?:since|after|before)\s(?:the\s)?$", re.I)


def _editions_in(body: str, aliases, first_year: int = 0) -> list[tuple[int, int, str, bool]]:
    """Every year written next to an alias ('the 2023 World Manufacturing Convention', 'WMC 2019',
    '2024年世界制造业大会', '世界智能制造大会2019'), and every ordinal when the event's first year is known ('the fourth
    World Manufacturing Convention', '第七届世界制造业大会'): (offset, edition, evidence, historical) in the order
    written; historical when it names the first edition or follows "since"."""
    found = []
    body = body[:200_000]
    for alias in aliases:
        a = re.escape(alias)
        chinese = re.search(r"[\u3400-\u9fff]", alias) is not None
        flags = 0 if alias.isupper() or chinese else re.I
        # (a year may run on into Chinese: "WMC 2035今日闭幕")
        patterns = [rf"\b((?:19|20)\d\d)\s{{{0 if is_abbreviation(alias) else 1},}}{a}",
                    rf"{a}\s{{{0 if is_abbreviation(alias) else 1},}}((?:19|20)\d\d)(?![0-9A-Za-z_])"]
        if chinese:
            patterns += [rf"((?:19|20)\d\d)\s*年?\s*{a}", rf"{a}\s*[（(]?((?:19|20)\d\d)"]
        for pattern in patterns:
            for m in re.finditer(pattern, body, flags):
                history = _HISTORY_BEFORE.search(body[max(0, m.start() - 12):m.start()]) is not None
                found.append((m.start(), int(m.group(1)), m.group(0), history))
        if first_year:
            ordinal = rf"{ZH_ORDINAL}\s*{a}" if chinese else \
                rf"\b(?:the\s+)?({'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:annual\s+)?{a}"
            for m in re.finditer(ordinal, body, re.I):
                n = ordinal_number(m.group(1))
                if 0 < n < 60:
                    history = n == 1 or _HISTORY_BEFORE.search(body[max(0, m.start() - 12):m.start()]) is not None
                    found.append((m.start(), first_year + n - 1, m.group(0), history))
    return sorted(found)


def _ordinal_edition(title: str, first_year: int) -> list[tuple[int, int, str, bool]]:
    """An edition a headline names by its ordinal alone: "Hefei convention's record ahead of its seventh edition",
    "第七届大会开幕" (in a headline that names the event, or its city, elsewhere)."""
    if not first_year:
        return []
    found = re.search(rf"\b(?:its|the)\s+({'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:edition|session)\b|"
                      rf"{ZH_ORDINAL}\s*(?:大会|会议|峰会)", title, re.I)
    n = ordinal_number(found.group(1) or found.group(2)) if found else 0
    return [(found.start(), first_year + n - 1, found.group(0), n == 1)] if 0 < n < 60 else []


def _edition_in(title: str, text: str, aliases, first_year: int, dated: int) -> tuple[int, str] | None:
    """The edition the title names, else the one the text names: the dated edition when the text names it at all,
    else the first it names that is not history (a first edition, "since the 2019 ..."), when the article's date
    gives an edition to fall back on."""
    in_title = _editions_in(title, aliases, first_year) or _ordinal_edition(title, first_year)
    if in_title:
        return in_title[0][1], in_title[0][2]
    in_text = _editions_in(text, aliases, first_year)
    if not in_text:
        return None
    if not dated:
        return in_text[0][1], in_text[0][2]
    same = next((m for m in in_text if m[1] == dated), None)
    if same is not None:
        return same[1], same[2]
    generic = re.search(rf"\b{dated}\s(?:convention|conference|summit|edition|event|expo|fair)\b|{dated}年?(?:大会|峰会)",
                        f"{title}\n{text[:3000]}", re.I)
    if generic is not None:
        # "At the fifth World Manufacturing Convention in 2022, 596 projects were signed. The 2052 convention opens on
        # Friday.": the article names the dated edition too, without the event's full name
        return dated, generic.group(0)
    if all(m[1] < dated for m in in_text) and _THIS_EDITION.search(f"{title}\n{text[:3000]}"):
        return None  # "Compared with the 2050 convention, this year's ...": the earlier one is only compared with
    current = [m for m in in_text if not m[3]]
    return (current[0][1], current[0][2]) if current else None


# words that speak of the edition of the article's own year ("this year's convention", "this year there were",
# "今年的大会", and "本届" set against the edition named: "与2050世界制造业大会相比，本届大会…", "本届…多于2050世界制造业大会的
# 1531家"; "本届" alone is the edition the article names, whatever year it appears in)
_THIS_EDITION = re.compile(r"\bthis year['’]s\s(?:[\w-]+\s){0,3}?(?:edition|convention|conference|summit|event|expo|fair|"
                           r"gathering|session)\b|\bthis year,?\s(?:there\s(?:were|are|was|is)|it\s(?:had|has|drew|"
                           r"draws|signed|attracted|hosted))\b|" + COMPARED_ZH + r"本届|今年(?:的)?大会|"
                           r"本届[^。；]{0,40}?(?:多于|少于|超过|高于|低于|比|较)[^。；]{0,10}?(?:19|20)\d\d",
                           re.I)


# words of an edition still to come, and of one that has taken place: an early article that looks forward, and says
# nothing of a past edition, is about this year's
_UPCOMING = re.compile(r"\bthis year['’]s\b|\b(?:will|is to|is set to|is scheduled to|is due to)\s(?:be held|open|take "
                       r"place|kick off|run|start|begin)\b|\bto be held\b|\bupcoming\b|将于|即将|今年(?:的)?(?:世界|大会)", re.I)
_PAST = re.compile(r"\b(?:closed|ended|concluded|wrapped up|was held|were signed|signed|drew|attracted|last year['’]s|"
                   r"last (?:November|December|September|October))\b|闭幕|落幕|已举办|上届|去年", re.I)


def dated_edition(event, date: str) -> int:
    """The edition an article of that date covers when it names none: the publication year, or the year before
    when the article appears more than four months before the event's usual month; 0 without a date."""
    if not date[:4].isdigit() or not date[5:7].isdigit():
        return 0
    year, month = int(date[:4]), int(date[5:7])
    return year if month >= event.month - 4 else year - 1


def cited_edition(event, sentence: str, date: str) -> int:
    """The edition of another event a sentence cites: a year it writes next to the event's name ("the 2033 World
    Manufacturing Convention"), else the year its "last December" names before the article's date, else the one the
    article's date gives ("last year" dates the figure's clause: it is cited as an earlier edition's)."""
    named = [m for m in _editions_in(sentence, event.aliases, event.first_year) if not m[3]]
    if named:
        return named[0][1]
    last = _LAST_WHEN.search(sentence)
    if last is not None and date[:4].isdigit() and date[5:7].isdigit():
        # ("Its sister event ... signed 138 projects last December", in September: the year before's)
        year, month = int(date[:4]), int(date[5:7])
        return year - 1 if MONTHS.get(last.group("month").lower()[:3], 12) >= month else year
    return dated_edition(event, date)


_LAST_WHEN = re.compile(rf"\blast (?P<month>{MONTH_NAMES})(?![\w])", re.I)


def attribute(title: str, text: str, date: str, events, matches: list[EventMatch] | None = None) -> Attribution | None:
    """Link an article to the event it covers and to that event's edition. When several events are named, one
    whose context words (city, province) appear wins, then a name in the title over one in the text, then one
    whose context words the title names, then the earliest.

    The edition is a year (or an ordinal) written next to the event's name in the title, else in the text, else
    the publication year, moved back one year when the article appears more than four months before the event's
    usual month (late coverage of last year's), unless it looks forward and says nothing of an edition that took
    place ("This year's conference will be held in December", in June). A text that names several editions is about the dated one when
    it names it; an edition named as history ("since the first World Manufacturing Convention in 2018") is no
    evidence.
    """
    if matches is None:
        matches = match_events(title, text, events)
    if not matches:
        return None
    by_id = {e.id: e for e in events}
    in_place = {m.event: _has_context(by_id[m.event], title, text) for m in matches}
    # (a headline that names no event but one's city: "Nanjing conference caps a year of manufacturing shows")
    placed_in_title = {m.event: _has_context(by_id[m.event], title, "") for m in matches}
    matches = sorted(matches, key=lambda m: (not in_place[m.event], m.where != "title", not placed_in_title[m.event],
                                             m.offset))
    first = matches[0]
    event = next(e for e in events if e.id == first.event)
    dated = dated_edition(event, date)
    if dated and date[:4].isdigit() and dated < int(date[:4]) and _UPCOMING.search(f"{title}\n{text[:3000]}") \
            and not _PAST.search(f"{title}\n{text[:3000]}"):
        dated = int(date[:4])  # an early preview of this year's edition ("This year's conference will be held in December")
    found = _edition_in(title, text, event.aliases, event.first_year, dated)
    if found:
        edition, evidence = found[0], f"text: {found[1]}"
    elif not dated:
        return None  # an undated article that names no year: its edition is unknown
    else:
        edition, evidence = dated, "date"
    return Attribution(first.event, edition, first.alias, first.where, first.offset, evidence, tuple(matches[1:]))


def _slug(alias: str) -> str:
    return "-".join(re.findall(r"\w+", alias.lower()))


def mentions_event(events, *texts: str) -> bool:
    """A cheap test on what a listing says of a page (title, summary, URL) before fetching it.

    Looser than match_events: any alias, in words or as a URL slug (world-manufacturing-convention, wimc2024),
    without the context check; the fetched page is judged by match_events.
    """
    joined = simplified("\n".join(t for t in texts if t))  # a title in traditional characters names it too
    flat = re.sub(r"[\W_]+", "-", joined.lower())
    for event in events:
        for alias in event.aliases:
            if alias_pattern(alias).search(joined):
                return True
            slug = _slug(alias)
            if slug and re.search(rf"(?<![a-z]){re.escape(slug)}(?![a-z])", flat):
                return True
    return False
