"""The seed record format: ' date YYYY-MM-DD TITLE', a blank line, the body, a blank line."""
from __future__ import annotations

import re

SEED_HEADER = re.compile(r"^ date (?P<date>\d{4}-\d{2}-\d{2}) (?P<title>.+)$")


def is_seed(text: str) -> bool:
    """True when text starts with a seed header line."""
    return bool(SEED_HEADER.match(text.split("\n", 1)[0]))


def parse_seed(text: str) -> tuple[str, str, str]:
    """Return (date, title, body) of a seed-format text; the body is kept byte for byte."""
    header, _, rest = text.partition("\n")
    m = SEED_HEADER.match(header)
    if not m:
        raise ValueError("the first line is not ' date YYYY-MM-DD TITLE'")
    body = rest[1:] if rest.startswith("\n") else rest
    return m.group("date"), m.group("title").strip(), body.rstrip("\n")


def format_seed(date: str, title: str, text: str) -> str:
    """Render one article in the seed format."""
    title = " ".join(title.split())
    return f" date {date} {title}\n\n{text.rstrip()}\n\n"
