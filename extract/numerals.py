"""Chinese numerals through cn2an, imported on first use: its import takes about a quarter of a second, which
every process that merely might read Chinese (the crawl, the CLI) would otherwise pay at start."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def cn2an_reader():
    """cn2an's reader: f(text, mode) -> the number the Chinese numeral text writes."""
    import cn2an

    return cn2an.cn2an
