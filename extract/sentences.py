"""Sentence splitting that knows the abbreviations of news English."""
from __future__ import annotations

import re

# Han characters, Hangul and kana: the scripts written without spaces between words.
CJK = re.compile(r"[\u3400-\u9fff\uac00-\ud7af\u3040-\u30ff]")

# Words that end with a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun "
    "mr mrs ms dr prof st co corp inc ltd no vs approx est dept gov govt sen rep gen "
    "jr sr u.s u.k e.g i.e etc a.m p.m bln mln c ca".split()
)
_BOUNDARY = re.compile(r"(?<=[.!?。！？])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9\u3400-\u9fff])"
                       # a line of its own: after a line closing with a colon, or a key-figures line or bullet
                       # ("Exhibitors: 263\nFortune Global 500 companies: 31")
                       # (or a table's row: "Exhibitors | 326", its cells kept apart by a bar or a tab)
                       r"|(?P<line>(?<=[:：])[ \t]*\n\s*|[ \t]*\n\s*(?=[•·*–-]\s|\|\s?[A-Za-z]|[A-Z][^\n:：.|\t]{0,60}(?:[:：]\s?\S|"
                       r" ?\| ?\S|\t| [–-] (?:about |around |over |more than |nearly )?\d)|(?:19|20)\d\d ?[:：] ?\S|"
                       # (a line that gives the number first: "1,712 - exhibitors", "812.05 billion yuan: investment")
                       r"\d[\d,.]*(?: [A-Za-z$¥.]+){0,3}?(?: ?[:：]| [–—-]) [A-Za-z]))")
# the end of a key-figures line, whatever line follows it ("2025: 702 projects\nThis year, organizers hope ...")
_LABEL_LINE_END = re.compile(r"(?m)^(?:[A-Z][^\n:：.|\t]{0,60}|(?:19|20)\d\d) ?[:：][ \t]*[^\s.!?][^\n.!?]{0,80}?(?P<line>[ \t]*\n\s*)"
                             r"(?=\S)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) character spans of the sentences of text; a blank line always ends one."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for block in re.split(r"(\n\s*\n)", text):
        if block.strip() and not re.fullmatch(r"\n\s*\n", block):
            spans += [(a + offset, b + offset) for a, b in _split_block(block)]
        offset += len(block)
    return spans


def _split_block(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    breaks = sorted([(m.start(), m.end(), bool(m.group("line"))) for m in _BOUNDARY.finditer(text)]
                    + [(m.start("line"), m.end("line"), True) for m in _LABEL_LINE_END.finditer(text)])
    for b_start, b_end, line in breaks:
        if b_start < start:
            continue  # (the same line's end found twice)
        # the word before the boundary, from a bounded window: a long run of skipped boundaries ("A. A. A. ...",
        # "Mr. Mr. ...") must not make each step re-read everything since the sentence start
        before = text[max(start, b_start - 64):b_start]
        last = before.rsplit(None, 1)[-1] if before.split() else ""
        word = last.rstrip(".!?").lower().lstrip("(\"“")
        initial = re.fullmatch(r"[A-Z]", last.rstrip(".!?").lstrip("(\"“"))
        if not line and last.endswith(".") and (word in ABBREVIATIONS or initial):
            continue  # "Sept. 20", "U.S. dollars", "J. Smith" (not "52,000 sq m. Exhibitors: 437.")
        spans.append((start, b_start))
        start = b_end
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def sentences(text: str) -> list[str]:
    """Return the sentences of text."""
    return [text[a:b].strip() for a, b in split_sentences(text) if text[a:b].strip()]
