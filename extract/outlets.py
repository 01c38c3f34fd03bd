"""Outlets as data: who publishes on a host, the name used in credits, local time offset.

Every per-site selector lives here, so a new outlet is a new row, not new code.
"""
from __future__ import annotations

# host suffix -> outlet facts. "credit_xpath" locates a credit/dateline element that
# generic extraction drops but the seed schema keeps as the first body paragraph.
OUTLETS: dict[str, dict] = {
    "en.people.cn": {"name": "People's Daily Online", "offset": "+08:00",
                     "credit_xpath": "//div[contains(@class,'origin')]"},
    "people.cn": {"name": "People's Daily Online", "offset": "+08:00", "aliases": ["人民网"]},
    "people.com.cn": {"name": "People's Daily Online", "offset": "+08:00",
                      "aliases": ["人民网", "人民网版权所有", "人民网-人民日报"]},
    "news.cn": {"name": "Xinhua", "offset": "+08:00", "aliases": ["新华网", "新华社", "Xinhuanet", "Xinhua News"]},
    "xinhuanet.com": {"name": "Xinhua", "offset": "+08:00", "aliases": ["新华网", "新华社", "Xinhuanet"]},
    "globaltimes.cn": {"name": "Global Times", "offset": "+08:00", "aliases": ["环球时报", "环球网"]},
    "chinadaily.com.cn": {"name": "China Daily", "offset": "+08:00",
                          "aliases": ["中国日报网", "中国日报", "Chinadaily.com.cn", "China Daily Global"]},
    "cgtn.com": {"name": "CGTN", "offset": "+08:00", "aliases": ["CGTN News"]},
    # ecns republishes wire copy and names the source beside the date: <span>DATE</span><span>Xinhua</span>
    "ecns.cn": {"name": "Ecns.cn", "offset": "+08:00", "aliases": ["ecns", "China News Service"],
                "source_xpath": "//span[string-length(normalize-space(text())) >= 10 and "
                                "starts-with(normalize-space(text()), '20')]/following-sibling::span[1]"},
    "prnewswire.com": {"name": "PR Newswire", "offset": "", "aliases": ["PRNewswire", "Cision PR Newswire"]},
    "prnewswire.co.uk": {"name": "PR Newswire", "offset": "", "aliases": ["PRNewswire"]},
    "koreaherald.com": {"name": "The Korea Herald", "offset": "+09:00", "aliases": ["Korea Herald"]},
    "wimc.org.cn": {"name": "World Intelligent Manufacturing Conference", "offset": "+08:00",
                    "aliases": ["世界智能制造大会", "WIMC"]},
    "wmconvention.com": {"name": "World Manufacturing Convention", "offset": "+08:00",
                         "aliases": ["世界制造业大会", "WMC"]},
    # the host provinces' governments and the Anhui foreign affairs office, which announce the events' results
    "jiangsu.gov.cn": {"name": "Jiangsu Provincial Government", "offset": "+08:00", "aliases": ["江苏省人民政府"]},
    "ah.gov.cn": {"name": "Anhui Provincial Government", "offset": "+08:00", "aliases": ["安徽省人民政府"]},
    "ahfao.ah.gov.cn": {"name": "Anhui Foreign Affairs Office", "offset": "+08:00",
                        "aliases": ["AHFAO", "安徽省人民政府外事办公室", "安徽省外办"]},
    "timesofindia.indiatimes.com": {"name": "The Times of India", "offset": "+05:30", "aliases": ["Times of India"]},
    "taipeitimes.com": {"name": "Taipei Times", "offset": "+08:00", "aliases": ["台北時報"]},
    # foreign outlets that cover the events' deals
    "scmp.com": {"name": "South China Morning Post", "offset": "+08:00", "aliases": ["SCMP", "南华早报"]},
    "reuters.com": {"name": "Reuters", "offset": "", "aliases": ["Thomson Reuters"]},
    "bloomberg.com": {"name": "Bloomberg", "offset": "", "aliases": ["Bloomberg News"]},
    "asia.nikkei.com": {"name": "Nikkei Asia", "offset": "+09:00", "aliases": ["Nikkei"]},
    "caixinglobal.com": {"name": "Caixin Global", "offset": "+08:00", "aliases": ["Caixin", "财新"]},
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
    "xinhua net": "Xinhua",
    "xinhuanet": "Xinhua",
    "新华社": "Xinhua",
    "新华网": "Xinhua",
    "人民网": "People's Daily Online",
    "人民日报": "People's Daily",
    "中新社": "China News Service",
    "中新网": "China News Service",
    "中国新闻网": "China News Service",
    "央视网": "CCTV",
    "中国日报网": "China Daily",
    "中国日报": "China Daily",
    "环球时报": "Global Times",
    "新华日报": "Xinhua Daily",  # Jiangsu's provincial paper, not the Xinhua news agency
    "安徽日报": "Anhui Daily",
    "南京日报": "Nanjing Daily",
    "合肥日报": "Hefei Daily",
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


def outlet_names(host: str, *more: str) -> list[str]:
    """Every name a page of this host may append to its titles: the outlet's name and aliases, the names given
    (og:site_name ...), and the site's own domain label ("Xinhuanet" for xinhuanet.com)."""
    row = outlet_for_host(host)
    names = [row.get("name", ""), *row.get("aliases", []), *more]
    labels = [p for p in host.lower().split(".") if p not in ("www", "m", "en", "english", "com", "cn", "net", "org",
                                                               "co", "uk", "news")]
    names += labels[-1:] + [host.lower().removeprefix("www.")]
    return [n for n in dict.fromkeys(n.strip() for n in names) if n]


def normalise_credit(name: str) -> str:
    """Return the canonical spelling of a credit (wire or outlet name)."""
    cleaned = " ".join(name.strip().strip("/()").split())
    return CREDITS.get(cleaned.lower(), cleaned)
