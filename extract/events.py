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
