"""Traditional Chinese read as simplified: the events' names, numbers (萬, 億) and metric words are written in
simplified characters in the configuration and the extractors, so a Hong Kong, Taiwan or overseas report in
traditional characters is read through a simplified copy of the same length (offsets into it are offsets into the
original). The conversion is OpenCC's, loaded on first use."""
from __future__ import annotations

import re
from functools import lru_cache

_CJK = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """text with traditional characters in simplified ones, character for character; text itself when it has
    no Han characters."""
    if not text or _CJK.search(text) is None:
        return text
    convert = _converter().convert
    out = convert(text)
    if len(out) == len(text):
        return out
    # a phrase converted to a different length: convert character by character instead (a character that
    # does not convert to exactly one stays as it is)
    return "".join(c if not _CJK.match(c) or len(s := convert(c)) != 1 else s for c in text)
