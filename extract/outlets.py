"""Outlets as data: who publishes on a host, the name used in credits, local time offset.

Every per-site selector lives here, so a new outlet is a new row, not new code.
"""
from __future__ import annotations

# host suffix -> outlet facts. "credit_xpath" locates a credit/dateline element that
# generic extraction drops but the seed schema keeps as the first body paragraph.
OUTLETS: dict[str, dict] = {
    "en.people.cn": {"name": "People's Daily Online", "offset": "+08:00",
                     "credit_xpath": "//div[contains(@class,'origin')]"},
    "people.cn": {"name": "People's Daily Online", "offset": "+08:00"},
    "news.cn": {"name": "Xinhua", "offset": "+08:00"},
    "xinhuanet.com": {"name": "Xinhua", "offset": "+08:00"},
    "globaltimes.cn": {"name": "Global Times", "offset": "+08:00"},
    "chinadaily.com.cn": {"name": "China Daily", "offset": "+08:00"},
    "cgtn.com": {"name": "CGTN", "offset": "+08:00"},
    "ecns.cn": {"name": "Ecns.cn", "offset": "+08:00"},
    "prnewswire.com": {"name": "PR Newswire", "offset": ""},
    "prnewswire.co.uk": {"name": "PR Newswire", "offset": ""},
    "koreaherald.com": {"name": "The Korea Herald", "offset": "+09:00"},
    "wimc.org.cn": {"name": "World Intelligent Manufacturing Conference", "offset": "+08:00"},
    "wmconvention.com": {"name": "World Manufacturing Convention", "offset": "+08:00"},
}

# Canonical spellings of credits that appear in datelines and bylines.
CREDITS = {
    "prnewswire": "PRNewswire",
    "pr newswire": "PRNewswire",
    "xinhua": "Xinhua",
    "global times": "Global Times",
    "china daily": "China Daily",
    "people's daily online": "People's Daily Online",
    "ecns": "Ecns.cn",
    "ecns.cn": "Ecns.cn",
    "cgtn": "CGTN",
    "cnr": "CNR",
}


def outlet_for_host(host: str) -> dict:
    """Return the outlet row for a host (longest matching suffix), or an empty dict."""
    host = host.lower()
    best = ""
    for suffix in OUTLETS:
        if (host == suffix or host.endswith("." + suffix)) and len(suffix) > len(best):
            best = suffix
    return OUTLETS.get(best, {})


def outlet_by_name(name: str) -> dict:
    """Return the outlet row whose name equals name (case-insensitive), or an empty dict."""
    for row in OUTLETS.values():
        if row["name"].lower() == name.strip().lower():
            return row
    return {}


def normalise_credit(name: str) -> str:
    """Return the canonical spelling of a credit (wire or outlet name)."""
    cleaned = " ".join(name.strip().strip("/()").split())
    return CREDITS.get(cleaned.lower(), cleaned)
