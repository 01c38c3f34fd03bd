"""Which configured events an article is about, with the evidence."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class EventMatch:
    event: str
    alias: str
    where: str  # title | text
    offset: int


def _alias_pattern(alias: str) -> re.Pattern:
    escaped = re.escape(alias)
    if re.search(r"[\u3400-\u9fff]", alias):
        return re.compile(escaped)
    # Abbreviations match case-sensitively as whole words; names ignore case.
    flags = 0 if alias.isupper() else re.I
    return re.compile(rf"(?<![\w-]){escaped}(?![\w-])", flags)


def match_events(title: str, text: str, events) -> list[EventMatch]:
    """Return the first alias match of each event in title or text; events need .id and .aliases."""
    found = []
    for event in events:
        best = None
        for alias in event.aliases:
            pattern = _alias_pattern(alias)
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


def _edition_in(body: str, aliases) -> tuple[int, str] | None:
    """A year written next to an alias: 'the 2023 World Manufacturing Convention', 'WMC 2019'."""
    best = None
    for alias in aliases:
        a = re.escape(alias)
        for pattern in (rf"\b((?:19|20)\d\d)\s+{a}", rf"{a}\s+((?:19|20)\d\d)\b"):
            m = re.search(pattern, body, 0 if alias.isupper() or re.search(r"[\u3400-\u9fff]", alias) else re.I)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), int(m.group(1)), m.group(0))
    return (best[1], best[2]) if best else None


def attribute(title: str, text: str, date: str, events) -> Attribution | None:
    """Link an article to the event it covers first (title before text) and to that event's edition.

    The edition is a year written next to the event's name, else the publication year, moved back one year when
    the article appears more than four months before the event's usual month (late coverage of last year's).
    """
    matches = sorted(match_events(title, text, events), key=lambda m: (m.where != "title", m.offset))
    if not matches:
        return None
    first = matches[0]
    event = next(e for e in events if e.id == first.event)
    found = _edition_in(title, event.aliases) or _edition_in(text, event.aliases)
    if found:
        edition, evidence = found[0], f"text: {found[1]}"
    else:
        year, month = int(date[:4]), int(date[5:7])
        edition, evidence = (year if month >= event.month - 4 else year - 1), "date"
    return Attribution(first.event, edition, first.alias, first.where, first.offset, evidence, tuple(matches[1:]))
