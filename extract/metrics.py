"""What a figure measures: a metric from a vocabulary kept as data, and its scope (the edition, several editions,
or a part of the event). Pure and linear: every pattern runs on a bounded window around the figure.

A metric applies to figures of some units; its `nouns` patterns are tried on the words that follow the number
(the noun phrase: "projects", "overseas guests", "square meters of exhibition space"), its `before` patterns on
the words that precede it ("investment of", "contracts worth"), and `sentence` patterns, when given, must also
appear in the sentence (the verb: projects *signed*, not registered). The first metric that fits wins; a figure
none fits keeps its normalised noun phrase as its metric.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MONEY_UNITS = ("CNY", "USD", "EUR", "HKD")  # "other" is a unit of measure (years, megawatts), never money

# The words that may stand between a pattern's context and its number ("worth about 5 billion yuan", "drew more
# than 600 exhibitors"): one list for every pattern that reads them, so that a wording one outlet uses is read
# wherever another's is.
QUALIFIER_WORDS = ("about", "around", "approximately", "some", "roughly", "an estimated", "nearly", "almost", "close to",
                   "more than", "over", "upwards of", "upward of", "in excess of", "north of", "at least", "no fewer than",
                   # (hedged: "Deals came to a shade over 640 billion yuan")
                   "just over", "well over", "a shade over", "a little over", "slightly over", "just under",
                   "a shade under", "a little under", "just shy of", "shy of", "just short of")


def qualified(*extra: str) -> str:
    """A pattern piece: an optional qualifier and its space before a number, with the words given besides
    ("a total of")."""
    return r"(?:(?:" + "|".join((*extra, *QUALIFIER_WORDS)) + r")\s)?"


QUALIFIED = qualified()


@dataclass(frozen=True)
class Metric:
    key: str
    name: str
    units: tuple[str, ...]  # figure units: count, money, m2, day, percent, ...
    nouns: tuple[str, ...] = ()  # any of these must match the noun phrase after the number ...
    before: tuple[str, ...] = ()  # ... or any of these the words before it
    sentence: tuple[str, ...] = ()  # and, when given, one of these must appear in the sentence
    rank: int = 50  # importance in a summary: lower first
    follow: tuple[str, ...] = ()  # ... or any of these the raw text after it (noun and verb: "firms exhibited")


def _m(key, name, units, nouns=(), before=(), sentence=(), rank=50, follow=()) -> Metric:
    return Metric(key, name, tuple(units), tuple(nouns), tuple(before), tuple(sentence), rank, tuple(follow))


# up to three words before the head noun, none of them a plural joined to what follows: "688 exhibitors and deals
# worth ..." counts exhibitors, not deals
_NOT_AFTER_PLURAL = r"(?:(?![a-z-]+s (?:and|or) )[\w-]+ ){0,3}"
# the past forms of signing, as a noun's verb or participle ("projects signed", "deals penned"): one list for every
# pattern that reads one
SIGNED_DONE = r"signed|inked|sealed|clinched|penned"
# where overseas exhibitors and guests come from, one list for every pattern that reads it ("from abroad", "from
# outside the Chinese mainland")
ABROAD = (r"abroad|overseas|other countries(?: and regions)?|outside (?:China|the country|the (?:Chinese )?mainland|"
          r"mainland China)")
SIGNED = (r"\b(?:sign|signs|signed|signing|signings|ink|inks|inked|clinch|clinches|clinched|seal|seals|sealed|contracted|pen|pens|penned|"
          r"concluded|agreed|struck|secured|landed)\b")  # ("Deals were struck on 1,021 projects", "secured 305 projects")
# what stands between a count and the list its companies are on: "51 of which rank among the world's top 500", "52 of
# China's top 500"
_ON_A_LIST = (r"^\s(?:of\s(?:which|them|whom)\s)?(?:(?:are|were|being|rank|ranked|are ranked|were ranked)\s)?"
              r"(?:(?:among|on|in|from)\s)?(?:of\s)?(?:the\s)?")
# The packaged vocabulary, most specific first (the first metric that fits a figure wins).
VOCABULARY: tuple[Metric, ...] = (
    # "118 foreign-funded projects", "外资项目94个": a count of its own among the signed projects
    _m("foreign_projects", "foreign-funded projects", ["count"],
       nouns=[r"^(?:foreign-funded|foreign-invested|foreign|overseas-funded|overseas|international) (?:[\w-]+ )?"
              r"(?:projects|deals|agreements|contracts)\b"],
       # ("Among them, 40 projects were foreign-funded")
       follow=[r"^\s(?:projects?|deals?|agreements?)\s(?:were|are|was|is)\s(?:foreign-funded|foreign-invested|overseas-funded)\b"],
       rank=2),
    # "56 projects of intent", "意向签约项目56个", and what intended purchases are worth ("采购意向金额32亿元"): agreed in
    # principle, not signed; measures of their own
    _m("intended_projects", "projects agreed in intent", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,2}(?:projects|deals|agreements) of intent\b",
              r"^(?:intended|intentional) (?:(?:cooperation|investment) )?(?:projects|deals|agreements)\b"], rank=2),
    _m("purchase_intentions", "intended purchases", ["money"],
       before=[r"\b(?:intended|intentional) (?:purchases|purchasing|procurement|deals|orders)\s(?:worth|of|valued at|"
               r"totall?ing|(?:(?:had|have|has)\s)?(?:reached|totaled|totalled|hit|topped|came to|stood at|amounted to|"
               r"exceeded|surpassed))\s" + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$"], rank=2),
    # "Purchase deals worth 18.6 billion yuan were also reached", "采购签约额18.6亿元": what buyers agreed to buy, a
    # sum of its own beside the projects' value
    _m("purchases", "purchase deals", ["money"],
       # (not the investment projects named after them: "Procurement deals worth 4.56 billion yuan were reached,
       # alongside 1,802 investment projects worth 758.8 billion yuan")
       before=[r"\b(?:purchase|purchasing|procurement)\s(?:deals|agreements|contracts|orders)\b"
               r"(?:(?!\b(?:projects|investment)\b)(?:[^.;]|\.(?=\d))){0,80}?"
               r"\s(?:worth|of|valued at|totall?ing|totall?ed|reached|amounted to|came to|were)\s" + QUALIFIED
               + r"(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$"], rank=4),
    # "9 MOUs were inked", "signed 30 projects and 12 memorandums of understanding": a count of its own
    _m("memorandums", "memorandums of understanding", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,2}(?:memorandums|memoranda|mous)\b"], rank=3),
    # "and 31 strategic cooperation agreements": agreements on strategy, not projects ("14 cooperation agreements
    # signed, worth 3.6 billion yuan" are the projects signed)
    _m("cooperation_agreements", "strategic agreements", ["count"],
       nouns=[r"^(?:[\w-]+ )?(?:strategic (?:cooperation |partnership )?|framework )agreements\b"], rank=3),
    # "1,024 projects have been registered, with intended investment of 900 billion yuan": what the projects that
    # may be signed mean to invest, not the investment of those signed
    _m("intended_investment", "intended investment", ["money"],
       before=[r"\b(?:intended|intentional|prospective) investment\s(?:of\s)?(?:a further\s|another\s|an additional\s)?"
               + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$",
               # ("Intended investment at this year's convention came to 92 billion yuan")
               r"\b(?:intended|intentional|prospective) investment\b[^.;\d]{0,60}?\b(?:came to|reached|totaled|totalled|"
               r"stood at|was|amounted to|hit)\s" + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$"], rank=2),
    _m("projects_signed", "projects signed", ["count"],
       # ("racked up deals to the tune of 310 billion yuan ..., covering 402 projects")
       nouns=[rf"^{_NOT_AFTER_PLURAL}(?:projects?|deals?|contracts?|agreements?)\b"],
       sentence=[SIGNED, r"\bdeals (?:to the tune of|worth|valued at)\b|\bworth of (?:deals|contracts|agreements)\b",
                 # ("put the final tally at 1,466 projects": the deals counted)
                 r"\b(?:tally|haul) (?:at|of|to|stood at|reached|rose to)\b",
                 # (and the projects listed with what they are worth: "Final figures: 206 projects, 153.2 billion yuan")
                 r"\bprojects,\s(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?\d[\d,.]*\s?(?:billion|trillion|bn|trn|tn)\s"
                 r"(?:yuan|RMB|U\.S\. dollars|dollars)\b"],
       rank=2),
    _m("projects_signed", "projects signed", ["count"], nouns=[rf"^{_NOT_AFTER_PLURAL}(?:deals|contracts|signings|agreements)\b"],
       rank=2),
    # "closes with 30 key projects worth RMB 53.63 billion": projects with a value are the deals made
    _m("projects_signed", "projects signed", ["count"],
       # (not across a conjunction or another number: "1,200 guests and 40 projects worth ...")
       follow=[r"^\s(?:(?!and\b|or\b)[A-Za-z][\w-]*\s){0,3}?(?:projects?|agreements?),?\s(?:\([^()\n]{1,40}\)\s)?"
               # ("the convention's 1,212 projects are worth CNY 1.14 trillion")
               # (not "71 are worth more than 1 billion yuan each": a kind of project)
               r"(?:(?:(?:are|were) (?:together |jointly )?(?!(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}\b(?:each|apiece)\b))?(?:worth|valued at)|"
               r"involving|with (?:a )?"
               r"(?:total |combined )?(?:value|"
               r"contract value|investment))\b"], rank=2),
    _m("projects", "projects", ["count"], nouns=[r"^(?:[\w-]+ ){0,3}projects?\b"], rank=12),
    # "Foreign-funded projects at the convention carried investment of 16.9 billion U.S. dollars", "外资项目60个，投资额
    # 92.4亿美元": what the foreign-funded projects are worth, a measure of its own
    _m("foreign_investment", "investment in foreign-funded projects", ["money"],
       before=[r"\b(?:foreign-funded|foreign-invested|overseas-funded) (?:projects?|deals?|agreements?)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,50}$",
               # ("40 projects were foreign-funded, with 3.1 billion U.S. dollars of investment")
               r"\b(?:were|are)\s(?:foreign-funded|foreign-invested|overseas-funded),?\s(?:with|involving)\s(?:investment of\s)?"
               + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$)?$"],
       # ("Deals so far total RMB 4.6bn in foreign investment alone")
       follow=[r"^\s(?:in|of)\s(?:foreign|overseas)(?:[- ](?:funded|invested))? (?:investment|capital)\b",
               # ("15.81 billion U.S. dollars in foreign-funded projects")
               r"^\s(?:in|for|across)\s(?:the\s)?(?:\d[\d,]*\s)?(?:foreign-funded|foreign-invested|overseas-funded) "
               r"(?:projects?|deals?|agreements?)\b"], rank=1),
    # ("..., of which foreign investment accounted for 11.5 billion U.S. dollars")
    _m("foreign_investment", "investment in foreign-funded projects", ["money"],
       before=[r"\bof which (?:foreign|overseas) (?:investment|capital)\s(?:accounted for|accounts for|made up|was|is|"
               r"totall?ed)\s" + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$)?$"], rank=1),
    _m("contract_value", "contract value", ["money"],
       # ("deals topping 1.2 trillion yuan")
       before=[r"\b(?:contracts?|deals?|agreements?)\b[^.]{0,40}\b(?:worth|valued at|value of|totall?ing|amount|topping|"
               r"exceeding|surpassing)",
               r"\bcontract(?:ed)? (?:value|amount)", r"\btotal (?:contract )?(?:value|amount)",
               # ("have corrected the value of deals signed to 49.8 billion yuan"; "bringing the number of projects
               # signed to 41 and their value to 61.2 billion yuan")
               r"\b(?:value|amount) of (?:the )?(?:[\w-]+ )?(?:deals|contracts|agreements|projects)\b",
               r"\b(?:projects|deals|contracts|agreements)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}\btheir (?:total |combined )?value\b",
               # (the signings named further back: "Projects signed ... fell to 193, though their value rose to")
               r"\btheir (?:total |combined )?value\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$"],
       sentence=[SIGNED], rank=1),
    # "with 210 billion yuan of investment already in place", "到位资金2100亿元": what has been paid in since the signing,
    # a measure of its own
    _m("investment_in_place", "investment in place", ["money"],
       follow=[r"^\s(?:of\s)?(?:[\w-]+\s)?(?:investment|funds|capital)\s(?:(?:already|now|so far)\s)?in place\b"],
       before=[r"\b(?:investment|funds|capital)\s(?:(?:already|now|so far)\s)?in place\s(?:of|reached|totall?ed|stood at|"
               r"stands at|amounted to|came to|was|is)\s" + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$)?$"], rank=1),
    _m("investment", "investment", ["money"], before=[r"\binvest(?:ment|ments|ed|ing)?\b"],
       # (past a conversion: "RMB 640.2 billion (approx. USD 90.1 billion) in total investment")
       nouns=[r"^(?:[\w-]+ ){0,3}investment"], follow=[r"^\s(?:[(（][^()（）]{0,40}[)）]\s)?(?:of|in)\s(?:[\w-]+\s){0,2}?investments?\b",
                                                    # ("212 projects signed, 213 billion yuan pledged")
                                                    r"^\s(?:pledged|committed)\b(?!\sto\b)",
                                                    # ("the 726.4 billion yuan in pledges announced at ...")
                                                    r"^\s(?:in|of)\s(?:investment\s)?pledges\b"], rank=1),
    # "The deals, worth about 520 billion yuan, ...": the deals' value, whatever the verb
    _m("contract_value", "contract value", ["money"],
       # ("racked up deals to the tune of 310 billion yuan")
       # ("ended Sunday with pledges worth 1.23 trillion yuan": investment pledged)
       before=[r"\b(?:deals|contracts|agreements|(?:investment\s)?pledges),?\s(?:(?:are|were)\s)?(?:worth|valued at|to the tune of|topping|exceeding|"
               r"surpassing)\s"
               + qualified("a total of") + r"$",
               # ("... put the value of its 152 deals at 141.2 billion yuan")
               r"\b(?:put|puts|putting|pegged|pegs|estimated|estimates)\sthe\s(?:total\s|combined\s)?(?:contract\s)?value\s"
               r"of\s(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\sat\s" + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$",
               # ("On-site deals at the convention totaled 5.8 billion yuan")
               r"\b(?:deals|contracts|agreements)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}\s(?:totall?ed|totals?|came to|comes? to|"
               r"amounted to|amounts? to|reached|topped)\s"
               + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$",
               # ("This year's deals, at 640.2 billion yuan, beat last year's")
               r"\b(?:deals|contracts|agreements)(?:\sthis\syear)?,\sat\s" + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$",
               # ("1,538 signed projects carry a price tag of 640.2 billion yuan")
               r"\b(?:deals|contracts|agreements|projects)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}\s(?:carry|carries|carried|have|had|with)\s"
               r"(?:a\s)?(?:combined\s|total\s)?price\stag\sof\s" + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$"], rank=1),
    _m("contract_value", "contract value", ["money"], before=[r"\b(?:total |combined )?contract(?:ed)? (?:value|amount)",
                                                              # ("Deal value ... totaled CNY612.3 billion")
                                                              r"\b(?:total |combined )?(?:deal|signing) (?:value|amount)s?\b",
                                                              # ("The convention's deals: 549.3 billion yuan")
                                                              r"\b(?:deals|contracts|agreements)\s?[:：]\s" + QUALIFIED
                                                              + r"(?:RMB\s?|CNY\s?|US\$\s?|\$)?$",
                                                              # ("closed with a signed value of 502.3 billion yuan")
                                                              r"\b(?:total |combined )?(?:signed|contracted) (?:value|amount)s?\b"],
       rank=1),
    _m("contract_value", "contract value", ["money"],
       # ("the CNY 1,190 billion in projects signed at ...")
       follow=[r"^\s(?:worth\s)?(?:in|of)\s(?:[\w-]+\s){0,2}?(?:deals|contracts|projects\s(?:signed|inked|sealed)\b)\b",
               # (a key-figures line that gives the sum first: "488.1 billion yuan - value of those deals")
               r"^\s?(?:[:：]|\s[–—-])\s(?:(?:total|combined)\s)?value of (?:[\w-]+\s){0,2}?(?:deals|contracts|agreements|"
               r"projects)\b",
               r"^\sworth of\s(?:[\w-]+\s){0,2}?(?:projects|agreements)\b",
               # ("a 520-billion-yuan haul of deals")
               r"^\s(?:[\w-]+\s)?(?:haul|tally|package|slate|batch) of (?:[\w-]+\s){0,2}?(?:deals|contracts|agreements|"
               r"projects|signings)\b",
               # ("More than 80 billion yuan was signed at the convention"): the sum is what was signed
               r"^\s(?:was|were|had been|has been|have been)\s(?:\w+\s)?(?:" + SIGNED_DONE + r"|contracted)\b"],
       rank=1),
    _m("contract_value", "contract value", ["money"],
       before=[r"\bworth\b", r"\bvalued at\b", r"\b(?:combined|total|aggregate|overall) value\b"], sentence=[SIGNED],
       rank=1),
    # "600 executives of Fortune 500 companies", "600 Fortune 500 executives": the executives, not the companies
    # "36 heads of international organizations": the people who lead them, not the organizations
    _m("organization_heads", "heads of international organizations", ["count"],
       follow=[r"^\s(?:heads|leaders|chiefs|directors-general|representatives) of (?:[\w-]+\s){0,2}?(?:international|"
               r"global|intergovernmental|multilateral) (?:organi[sz]ations|institutions|bodies)\b"], rank=8),
    _m("executives", "executives of leading companies", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,3}(?:executives|ceos|chief executives|business leaders|senior managers)\b"],
       follow=[r"^\s(?:heads|chiefs|bosses) of (?:[\w-]+\s){0,4}?(?:companies|firms|enterprises|businesses|multinationals|"
               r"corporations)\b"], rank=8),
    # the world's list and China's together, "142 Fortune Global 500 and China top 500 companies": a count of its own
    _m("top500_both", "Fortune Global 500 and China top 500 companies together", ["count"],
       # (the phrase without its numbers and possessives: "fortune global and china top", "fortune global companies
       # and top")
       nouns=[r"^(?:the )?fortune (?:global )?(?:companies |firms |enterprises )?(?:and|or|plus) (?:(?:china|chinese) )?top\b"],
       # ("142 Fortune Global 500 companies and China's top 500 enterprises": the phrase ends at "and")
       follow=[r"^\s(?:the\s)?fortune\s(?:global\s)?500\s(?:companies|firms|enterprises)\s(?:and|or|plus)\s"
               r"(?:china['’]s|chinese|china)\stop[\s-]500\s(?:companies|firms|enterprises)\b"],
       rank=5),
    _m("fortune500", "Fortune Global 500 companies", ["count"], nouns=[r"^(?:the )?fortune (?:global )?"],
       # "51 of the world's top 500 firms", "51 of which rank among the world's top 500 companies", "68 of them on
       # the Fortune Global 500 list", "with 65 of them being Fortune Global 500 companies"
       follow=[_ON_A_LIST + r"(?:(?:world['’]s|global)\stop\s500|fortune\s(?:global\s)?500)\b"], rank=6),
    # China's own list, not the world's: "52 of China's top 500 enterprises"
    _m("china_top500", "China's top 500 enterprises", ["count"], nouns=[r"^\s?(?:of\s)?china['’]s top 500\b"],
       # ("72 Chinese top 500 enterprises", "72 China top 500 firms")
       follow=[_ON_A_LIST + r"china['’]s\stop\s500\b", _ON_A_LIST + r"(?:chinese|china)\stop[\s-]500\b"], rank=6),
    # kinds of company with a list of their own: "68 \"little giant\" firms", "120 national high-tech enterprises",
    # "35 listed companies" (not the exhibitors, nor the companies the event gathered)
    _m("little_giants", "\"little giant\" companies", ["count"],
       nouns=[r"^(?:[\w-]+ )?[\"“']?(?:little[- ]giants?|specialized and sophisticated)[\"”']?(?:\s(?:[\w-]+\s)?(?:companies|firms|"
              r"enterprises|businesses|smes))?\b"], rank=6),
    _m("high_tech_companies", "high-tech enterprises", ["count"],
       nouns=[r"^(?:national |state-level |provincial )?(?:high-tech|high and new technology) (?:companies|firms|enterprises)\b"],
       rank=6),
    _m("listed_companies", "listed companies", ["count"],
       nouns=[r"^(?:[\w-]+ )?(?:listed|publicly traded) (?:companies|firms|enterprises)\b"], rank=6),
    # "35 overseas exhibitors", "18 foreign companies had booths": a measure of its own, not a part of the exhibitors
    _m("overseas_exhibitors", "overseas exhibitors", ["count"],
       nouns=[r"^(?:overseas|foreign|international|foreign-funded|foreign-invested|overseas-funded) "
              r"(?:(?:exhibiting|participating) )?(?:exhibitors|companies|enterprises|firms|businesses)\b"],
       sentence=[r"exhibit|expo\b|booth|display|showing|showcas|on show|took part|taking part|participat|"
                 # ("Overseas companies numbered 186", "The convention drew 186 overseas companies")
                 r"\bnumber(?:ed|s)?\b|\bdr[ae]wn?\b|attract|gathered|brought together|\battend|\bjoined\b"], rank=3),
    # "462 companies are exhibiting at the venue": in a year with an online exhibition too, the exhibitors on site
    # are a measure of their own, beside all of them and the online ones
    # "Offline, 430 companies exhibited": in a year with a cloud exhibition, the sentence opens with where
    _m("exhibitors_onsite", "exhibitors on site", ["count"],
       nouns=[r"^(?!(?:online|cloud|virtual)\b)(?:[\w-]+ ){0,2}(?:companies|enterprises|firms|businesses|exhibitors)\b"],
       sentence=[r"^(?:offline|on site|on-site|at the venue|in person),\s"], rank=3),
    _m("exhibitors_onsite", "exhibitors on site", ["count"], nouns=[r"^(?:on-site|onsite|in-person|offline) exhibitors\b"],
       follow=[r"^\s(?:exhibitors|companies|enterprises|firms|businesses)\s(?:at the venue|on site|on-site|in person|"
               r"offline)\b(?!\s(?:and|or)\sonline)",  # "It had 1,210 exhibitors on site and 460 online"
               r"^\s(?:[\w-]+\s){0,2}?(?:(?:exhibitors|companies|enterprises|firms|businesses)\s(?:(?:are|were)\s)?)?(?:exhibiting|"
               # (not "exhibiting online and offline": both, all of them)
               r"exhibited|exhibit|showing|on show|present)\s(?:[\w-]+\s){0,3}?(?<!online and )(?<!online or )"
               r"(?:at the venue|on site|on-site|in person|offline(?!\s(?:and|or)\sonline))\b"],
       rank=3),
    # "more than 3,200 exhibitors on the cloud": exhibitors of the online exhibition
    _m("exhibitors_online", "online exhibitors", ["count"], nouns=[r"^(?:online|cloud|virtual) exhibitors\b"],
       follow=[r"^\s(?:[\w-]+\s){0,2}?(?:exhibitors|companies|enterprises|firms|businesses)\s(?:(?!\d)[\w-]+\s){0,5}?(?<!offline and )"
               r"(?:online|"
               r"(?:on|via|in) (?:the |its |a )?cloud|on (?:the |its )?online platform|virtually|(?:virtual|online|cloud) "
               r"(?:booths|stands|showrooms))\b(?! and offline)"],
       rank=3),
    # "a cloud exhibition will host more than 1,000 companies"
    _m("exhibitors_online", "online exhibitors", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,2}(?:companies|enterprises|firms|exhibitors|businesses)\b"],
       # ("The cloud exhibition of the 2041 World Manufacturing Convention features 2,250 companies")
       sentence=[r"\b(?:cloud|online|virtual) (?:exhibition|expo|platform|hall)\b(?:\s(?:of|at)\s(?:the\s|this\syear['’]s\s)?"
                 r"(?:(?:19|20)\d\d\s)?(?:[\w-]+\s){0,4}?(?:convention|conference|expo|summit|event|wmc|wimc)\b)?"
                 # ("The online hall ... logged 14.8 million visits and hosted 1,260 companies")
                 r"(?:[^.;]|(?<=\d)\.(?=\d)){0,30}(?:(?:[^.;]|(?<=\d)\.(?=\d)){0,30}\band\s)?\b(?:host|feature|gather|draw|"
                 r"attract|bring|has\b|had\b|have\b|hous|list|"
                 r"with\b)", r"\b(?:joined|entered|signed up for) (?:the |its |a )?(?:cloud|online|virtual) (?:exhibition|expo|"
                 r"platform)\b"],
       rank=3),
    # "Nearly 700 companies and institutions are taking part, including 612 exhibitors": all who take part, a count
    # of its own beside the exhibitors the sentence counts (neither they nor the companies; without them, "has
    # attracted 460 companies and institutions" counts the exhibitors)
    _m("companies_and_institutions", "companies and institutions", ["count"],
       follow=[r"^\s(?:[\w-]+\s)?(?:companies|enterprises|firms)\s(?:and|&)\s(?:[\w-]+\s)?(?:institutions|organi[sz]ations|"
               r"institutes|universities|associations)\b"], sentence=[r"\bexhibitors\b"], rank=3),
    _m("exhibitors", "exhibitors", ["count"], nouns=[r"^(?:[\w-]+ ){0,3}exhibitors?\b"], rank=3),
    _m("exhibitors", "exhibitors", ["count"],
       follow=[r"^\s(?:[\w-]+\s){0,3}?(?:companies|enterprises|firms|businesses)\s(?:from\s(?:[^.;,]|(?<=\d)[.,](?=\d)){0,50}?\s)?"
               r"(?:(?:are|were|have|had|have been|will|would|are to|plan to|(?:are |were )?set to|(?:are |were )?expected to)\s)?(?:(?:registered|signed up|applied) to\s)?(?:(?:so far |already )?confirmed (?:their )?participation|"
               r"exhibit|participat|took part|taking part|take part|joined|"
               r"showcas|display|set up booths|had booths|set up stands|put (?:\w+ ){0,2}on (?:display|show))"],
       sentence=[r"exhibit|expo\b|booth|display|on show|\bstands\b"], rank=3),
    # "More than 500 enterprises, 39 of them ..., are showing their products": companies that exhibit
    _m("exhibitors", "exhibitors", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,2}(?:companies|enterprises|firms|businesses|manufacturers)\b"],
       sentence=[r"\b(?:exhibiting|exhibit|are showing|were showing|showing their|displaying|showcasing|showcased|showcases?|"
                 r"booths?)\b",
                 # "The expo has gathered 560 companies", "500 companies are taking part in the exhibition"
                 r"\b(?:exhibition|expo)\s(?:(?:has|had|have|will|also)\s)?(?:gathered|gathers|drew|draws|attracted|"
                 r"attracts|brought together|brings together|features|featured|hosts|hosted|had|has)\b",
                 r"\b(?:taking|take|took|takes) part in the (?:[\w-]+\s){0,2}?(?:exhibition|expo)\b",
                 r"\bparticipat\w* in the (?:[\w-]+\s){0,2}?(?:exhibition|expo)\b"],
       rank=3),
    # "1,420 companies signed the 1,768 projects": the firms behind the deals, not the exhibitors
    _m("signing_companies", "companies signing deals", ["count"],
       # (not one kind of them: "Some 40 foreign companies signed deals" are those companies, a part)
       follow=[r"^\s(?:companies|enterprises|firms|businesses|investors)\s(?:(?:have|had|has)\s)?"
               r"(?:signed|inked|sealed|penned)\s(?:the\s|up\s)?(?:[\d,]+\s)?(?:[\w-]+\s)?(?:projects|deals|contracts|"
               r"agreements)\b"], rank=4),
    _m("companies", "companies", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,3}(?:companies|enterprises|firms|businesses|manufacturers)\b"], rank=4),
    _m("academicians", "academicians", ["count"], nouns=[r"^(?:[\w-]+ ){0,3}academicians?\b"], rank=8),
    # "more than 300 join online", "356 (guests) online": those who take part online, a count of its own beside
    # those in person (not "online and offline": all of them)
    _m("guests_online", "guests taking part online", ["count"],
       follow=[r"^\s(?:[\w-]+\s){0,2}?(?:guests|delegates|participants|representatives|attendees)\s(?:(?:are\s|were\s|will\s)?"
               r"(?:attend\w*|join\w*|(?:tak\w+|took) part|participat\w*)\s)?(?:online|remotely|virtually|via video(?: links?)?|"
               r"by video(?: links?)?|on the cloud)\b(?! and offline)",
               # (the noun left out after those in person: "1,580 guests attended in person and 270 took part online")
               r"^\s(?:attended|joined|took part|participated)\s(?:online|remotely|virtually|via video(?: links?)?)\b"],
       rank=7),
    # "98,000 trade visitors", "其中专业观众9.8万人次": the visitors from the trade, a count of its own among them
    _m("trade_visitors", "trade visitors", ["count"],
       nouns=[r"^(?:trade|professional|business|industry) (?:visitors|visits|buyers|audiences?)\b"],
       # ("212,000 visits, 58,000 of them from trade visitors", "including 58,000 by trade visitors")
       follow=[r"^\s(?:of\sthem\s)?(?:(?:came\s)?from|by|were|are)\s(?:trade|professional|business|industry)\s"
               r"(?:visitors|buyers|audiences?)\b",
               # ("172,000 visitors, 98,000 of them professionals")
               r"^\sof\sthem,?\s(?:(?:were|are)\s)?(?:professionals|(?:trade|professional)\s(?:buyers|visitors))\b"], rank=5),
    _m("overseas_guests", "overseas guests", ["count"],
       nouns=[r"^(?:overseas|foreign|international) (?:guests|delegates|participants|representatives|attendees)\b"],
       # "1,200 attendees from abroad", "participants from overseas"
       follow=[r"^\s(?:guests|delegates|participants|representatives|attendees)\sfrom\s(?:" + ABROAD + r")\b"],
       rank=7),
    # ("800 media representatives": the press, not the guests)
    _m("journalists", "journalists", ["count"], nouns=[r"^(?:[\w-]+ ){0,2}(?:journalists|reporters)\b",
                                                        r"^(?:[\w-]+ ){0,3}(?:media|press) (?:representatives|workers|"
                                                        r"personnel|professionals|staff|members)\b"], rank=15),
    # people counted in both languages under one name ("some 300 experts", "300余位专家")
    _m("experts", "experts and scholars", ["count"], nouns=[r"^(?:[\w-]+ ){0,2}(?:experts|scholars|specialists)\b"],
       rank=16),
    _m("entrepreneurs", "entrepreneurs", ["count"], nouns=[r"^(?:[\w-]+ ){0,2}entrepreneurs\b"], rank=16),
    _m("buyers", "buyers", ["count"], nouns=[r"^(?:[\w-]+ ){0,2}(?:buyers|purchasers)\b"], rank=16),
    # "the sector employs about 400,000 people": a workforce, never the event's visitors
    _m("employees", "employees", ["count"],
       before=[r"\bemploy(?:s|ed|ing)?\s" + qualified("a total of") + r"$"],
       rank=7),
    # "86,000 visitors have pre-registered", "8.6万名观众预约参观": those signed up to come, not those who came
    _m("visitors_registered", "pre-registered visitors", ["count"],
       # (not guests: "6,000 guests have registered to attend" counts the guests)
       follow=[r"^\s(?:[\w-]+\s)?(?:visitors|people|members of the public)\s(?:(?:have|had|has)\s)?(?:already\s|so far\s)?"
               r"(?:pre-?registered|registered to (?:visit|attend)|signed up to (?:visit|attend)|booked (?:tickets|visits))\b"],
       rank=7),
    # ("The expo drew 300,000 attendees": the expo's are its visitors; "spectators" are visitors too)
    _m("visitors", "visitors", ["count"], nouns=[r"^(?:[\w-]+ ){0,2}(?:attendees|spectators)\b"],
       # (not a sentence that also names a forum or a ceremony, whose attendees are guests)
       # (nor one whose attendees include academicians or officials: the conference's guests)
       sentence=[r"^(?!.*\b(?:forums?|ceremony|sessions?|summit|keynote|academicians|officials|ministers)\b).*\b(?:expo|exhibition|"
                 r"exhibitions|fair|show|halls?)\b"
                 r"(?![- ](?:organi[sz]ers|hall))"], rank=7),
    _m("visitors", "visitors", ["count"], nouns=[r"^(?:[\w-]+ ){0,2}spectators\b"], rank=7),
    # ("A crowd of more than 100,000 turned out")
    _m("visitors", "visitors", ["count"], before=[r"\bcrowds? of " + QUALIFIED + r"$"],
       follow=[r"^\s(?:people\s)?turned out\b"], rank=7),
    # ("Some 130,000 attendees passed through the conference": those who walk through are its visitors)
    _m("visitors", "visitors", ["count"],
       follow=[r"^\s(?:[\w-]+\s){0,2}?attendees\s(?:have\s|had\s)?(?:passed|walked|streamed|poured|flocked|thronged|"
               r"swarmed|filed)\s(?:through|into|to)\b",
               # ("drew 281,000 attendees over four days": the days' attendance, its visitors)
               r"^\s(?:[\w-]+\s)?attendees\s(?:over|during|across|in)\s(?:the\s|its\s)?(?:[\w-]+\s)?days\b"],
       sentence=[r"^(?!.*\b(?:forums?|ceremony|sessions?|keynote|academicians|officials|ministers)\b)"], rank=7),
    # "online and offline participation exceeded 20 million", "线上线下累计参与人数突破2000万": all who took part, in the
    # halls and on the screen, a count of its own (not the visitors, nor the online ones)
    _m("participation", "participation online and offline", ["count"],
       before=[r"\b(?:online and offline|offline and online) (?:participation|participants|attendance)\s(?:(?:had|have|has)\s)?"
               r"(?:exceeded|surpassed|topped|reached|hit|passed|totaled|totalled|stood at|came to|of)\s" + QUALIFIED + r"$"],
       follow=[r"^\s(?:[\w-]+\s)?(?:participants|people|participation|person-times)\s(?:[\w-]+\s){0,2}?(?:online and offline|"
               r"offline and online)\b", r"^\s(?:online and offline|offline and online)\s(?:participants|participation|"
               r"visits|visitors|attendees)\b"], rank=8),
    _m("guests", "guests", ["count"],
       # (not "31 million online participants": the online visitors)
       nouns=[r"^(?!online (?:participants|attendees)\b)(?:[\w-]+ ){0,3}(?:guests|delegates|participants|"
              r"representatives|attendees|officials)\b"],
       rank=7),
    # how often the coverage or the streams were seen ("read over 120 million times", "16.2 million views"): views,
    # not the people who saw them
    _m("views", "online views", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,3}(?:views|page views|clicks|hits|reads|impressions)\b", r"^times\b"],
       sentence=[r"\bonline\b|\blive[- ]?stream|\bviews?\b|\bread\b|\bviewed\b|\bclick|\bhits\b|\bimpressions\b"],
       rank=9),
    # "Its online platform has registered 300,000 users", then "Registered users ... reached 420,000": one count
    _m("registered_users", "registered users", ["count"], nouns=[r"^(?:[\w-]+ ){0,2}users\b"],
       sentence=[r"\bregist(?:er|ers|ered|ering|ration|rations)\b|\bsign(?:ed)?[- ]ups?\b"], rank=9),
    _m("visitors_online", "online visitors", ["count"], nouns=[r"^(?:[\w-]+ ){0,2}(?:people|users|netizens|viewers)\b"],
       sentence=[r"\b(?:watched|followed|viewed|tuned in|streamed|attended|visited|joined)\b"
                 # (within the clause: not "visited the halls, while online views exceeded 12 million")
                 r"(?:(?!,\s(?:and|with)\s|,?\s(?:while|whereas|but)\s)(?:[^.;]|(?<=\d)\.(?=\d))){0,80}\b(?:online(?! and "
                 r"offline)|live|broadcast|stream|via the cloud|on the cloud)",  # (not "online and offline": all of them)
                 # ("Livestreams of the conference were watched by 82 million people")
                 r"\b(?:live[- ]?streams?|live broadcasts?|webcasts?)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?\b(?:watched|"
                 r"viewed|followed) by\b"],
       rank=9),
    # "The cloud exhibition ... had received 38 million visits": the sentence is about the online exhibition
    _m("visitors_online", "online visitors", ["count"], nouns=[r"^(?:[\w-]+ ){0,2}(?:visitors|visits|people)\b"],
       sentence=[r"^(?:the |its )?(?:[\w'’-]+\s){0,6}?(?:cloud|online|virtual) (?:exhibition|expo|platform)\b",
                 # ("Nearly half a million visits have been recorded at the ... Convention's online exhibition")
                 r"\bvisits\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\b(?:at|to|on|of)\s(?:the\s|its\s)?(?:[\w'’-]+\s){0,6}?"
                 r"(?:cloud|online|virtual) (?:exhibition|expo|platform)\b"], rank=9),
    _m("visitors_online", "online visitors", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,3}(?:online (?:visitors|viewers|visits|audiences?|participants|attendees)|viewers|viewership)\b",
              r"^(?:livestream|online) audiences?\b"],
       sentence=[r"\bonline\b|\blive[- ]?stream|\bviewers\b|\bcloud\b"], rank=9),
    # "drew 30,000 visitors online and 20,000 offline" (not "visitors online and offline": all of them)
    _m("visitors_online", "online visitors", ["count"],
       follow=[r"^\s(?:[\w-]+\s){0,2}?(?:visitors|viewers|people|users)\s(?:online|on the cloud|via (?:the )?"
               r"(?:livestream|cloud))\b(?! and offline)"], rank=9),
    _m("visitors", "visitors", ["count"],
       # ("312,000 person-times of visitors": visits counted as Chinese counts them, 人次)
       nouns=[r"^(?:[\w-]+ ){0,3}(?:visitors|visits|people|audiences?)\b", r"^(?:attendance|turnout|footfall|foot traffic)\b",
              r"^(?:person|people)-times?\b", r"^visitor flow\b",
              r"^(?:[\w-]+ )?visitor (?:numbers?|count|tally|total)\b"],
       follow=[r"^\s(?:[\w-]+\s)?members of the public\b"], rank=5),
    # "28 provinces, autonomous regions and municipalities", "28 provincial-level regions", "28个省（区、市）": one measure
    _m("provinces", "provinces and provincial-level regions", ["count"],
       nouns=[r"^(?:[\w-]+ )?(?:provinces|provincial-level regions|provincial regions)\b"], rank=10),
    _m("countries_regions", "countries and regions", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,3}(?:countries|nations|economies)\b"], rank=10),
    # "1 main forum and 18 parallel forums", then "19 forums": the parallel forums are a count of their own
    # "more than 60 international organizations and chambers of commerce", "63 international organizations"
    _m("organizations", "international organizations and business associations", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,3}(?:organi[sz]ations|chambers of commerce|chambers|business associations|"
              r"industry associations|trade associations)\b"], rank=9),
    _m("sub_forums", "parallel and themed forums", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,2}(?:parallel|sub-|themed|thematic|theme|special|specialized|professional|concurrent|breakout)\s?"
              r"(?:forums?|sessions)\b"], rank=11),
    # "32 matchmaking sessions", "18 forums and 32 matchmaking events": business matchmaking, a count of its own
    _m("matchmaking", "matchmaking events", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,2}(?:matchmaking|match-making|b2b|business-matching|business matching) (?:[\w-]+ )?"
              r"(?:sessions|events|meetings|activities|talks)\b"], rank=11),
    # "more than 20 supporting activities", "30余场配套活动": the side events, a count of their own (not "32 forums and
    # activities": all of them)
    _m("supporting_activities", "supporting activities", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,2}?(?:supporting|side|ancillary|accompanying) (?:activities|events)\b"],
       rank=11),
    _m("forums", "forums and sessions", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,3}(?:sub-)?(?:forums?|sessions|conferences|seminars|events|activities)\b"], rank=11),
    # "more than 100 research findings, industry indices and white papers were released"
    _m("reports", "reports and research released", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,3}(?:reports|research findings|findings|white papers|whitepapers|indices|indexes|"
              r"rankings)\b"], rank=13),
    # "18 achievements released": results the event made public
    _m("reports", "reports and research released", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,2}(?:achievements|results|outcomes)\b"],
       sentence=[r"\b(?:release[sd]?|releasing|unveil(?:s|ed|ing)?|publish(?:es|ed|ing)?|launch(?:es|ed|ing)?|"
                 r"announce[sd]?|announcing)\b"], rank=13),
    # ("22 major achievement releases", "18 achievement launches": the releases themselves)
    _m("reports", "reports and research released", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,2}(?:achievement|result) (?:releases|launches|announcements)\b"], rank=13),
    # "nine exhibition zones", "six pavilions": how the exhibition is divided
    _m("booths", "booths", ["count"], nouns=[r"^(?:[\w-]+ ){0,2}(?:booths|exhibition stands)\b"], rank=12),
    _m("exhibition_zones", "exhibition zones and halls", ["count"],
       nouns=[r"^(?:[\w-]+ ){0,2}(?:zones|halls|pavilions|exhibition areas|sections)\b"], rank=12),
    # "projects in 16 industrial sectors", "across 16 sectors": the sectors the deals or exhibits span
    _m("sectors", "industrial sectors", ["count"],
       nouns=[r"^(?:industrial |industry |manufacturing |key |major )?(?:sectors|industrial fields)\b"], rank=13),
    # "318 world premieres", "300 debuting worldwide", "全球首发新品36项": shown for the first time, a measure of its own
    _m("premieres", "products shown for the first time", ["count"],
       # ("300 new products released for the first time"; not "436 new products launched, 104 of them world
       # premieres": those are the premieres)
       nouns=[r"^(?:[\w-]+ ){0,2}(?:premieres|debuts|first launches)\b"],
       # ("236 of them for the first time", "236 of which are making their global or national debut")
       follow=[r"^\s(?:of (?:them|which|these|those)\s)?(?:(?:are|were|is|was)\s)?(?:[\w-]+\s){0,2}?(?:debuting|"
               r"premiering|(?:making|make|made|will make) (?:their|its) (?:[\w-]+ (?:or [\w-]+ )?)?debuts?|(?:shown |on show |on display |"
               r"displayed |exhibited )?for the first time)\b",
               r"^\s(?:[\w-]+\s)?new products\s(?:(?:released|launched|unveiled|shown|displayed|exhibited)\s)?for the first "
               r"time\b",
               # ("Thirty-two products debuted worldwide")
               r"^\s(?:[\w-]+\s)?(?:products|robots|models)\s(?:debuted|premiered)\b"],
       rank=13),
    _m("products", "products on show", ["count"],
       # ("128 product launches", as "128 new products launched")
       nouns=[r"^(?:[\w-]+ ){0,3}(?:products|exhibits|achievements|technologies|robots|models)\b",
              r"^(?:new )?product (?:launches|releases)\b"], rank=13),
    # "its online exhibition covers 50,000 square meters", "30,000 square meters online and 20,000 offline": the
    # cloud exhibition's area, a measure of its own beside the halls'
    _m("exhibition_area_online", "online exhibition area", ["m2"],
       before=[r"\b(?:online|cloud|virtual|digital) (?:exhibition|expo|show|showroom|exhibition hall)s?\b[^.;,\d]{0,40}$"],
       follow=[r"^\s(?:of\s)?(?:(?:exhibition\s)?(?:space|area)\s)?(?:online|on the cloud|in the cloud|virtually)\b"
               r"(?! and offline)"], rank=3),
    _m("exhibition_area", "exhibition area", ["m2"],
       # ("Floor space grew from 52,000 to 61,000 square meters": the show's, whose words the sentence leaves out)
       sentence=[r"exhibit|expo|show\b|showcas|display|demonstrat|pavilion|hall|venue|zone|booth|\bfloor (?:space|area)\b|\b(?:outdoor|indoor|"
                 r"open-air) (?:area|space)\b|\b(?:the|this|its) (?:[\w'’-]+(?:,\d{3}[\w-]*)?,? ){0,6}"  # ("This year's World ... Convention")
                 r"(?:event|conference|convention|summit|fair)\b"],
       rank=3),
    _m("area", "area", ["m2"], rank=14),
    _m("duration_days", "duration (days)", ["day"], rank=20),
)

# "of which" or "including" earlier in the clause (a list of parts may follow it), or a hall or zone just before.
# The list ends where a comma leads on to something else: "including 23 Fortune Global 500 companies, to an
# exhibition area of 50,000 square meters", "263 companies, including 51 ..., are displaying products in 20 sectors".
_PART_LIST = re.compile(r"\b(?:of which|of whom|among them|among which|among these|among those|of these|of those|"
                        r"including|included|includes|include)\b(?:(?!,\s(?:to|into|with|across|covering|spanning|"
                        r"occupying|bringing|making|while|which|who|are|were|is|was|have|has|had|will|"
                        # ("1,560 exhibitors, including 83 ..., and hosted some 2,900 guests": the subject's next verb)
                        r"and (?:hosted|drew|attracted|received|welcomed|saw|signed|inked|penned|held|staged|featured|"
                        r"recorded|logged|gathered|brought)|"
                        # ("..., including 40 academicians, and will release 20 major achievements": the subject's plan)
                        r"and (?:will|is set to|is expected to|plans to|aims to) [a-z]+|"
                        # ("..., including 120 foreign-funded ones, and investment reached 620 billion yuan")
                        r"and (?:the )?(?:total )?(?:[\w-]+ )?(?:investment|value|area|visitors|attendance) (?:reached|"
                        r"totaled|totalled|hit|topped|stood at|came to|amounted to|exceeded|surpassed|was|were)|"
                        # ("..., including 280 from overseas, and the convention will hold 28 forums": a clause of
                        # the event's own)
                        r"and (?:the|its) (?:[\w-]+ )?(?:convention|conference|summit|event|expo|organi[sz]ers|"
                        r"organi[sz]ing committee) |"
                        # (the sentence's own verb after the list: "1,236 companies, including 63 ..., exhibited in
                        # the 10 zones")
                        r"exhibited|attended|participated|gathered|showcased|displayed|joined|took part|came|"
                        r"set up)\b)[^.;:)])*$",
                        re.I)  # (a parenthesis closes the list it opened)
# the other cities of the host provinces
_PROVINCE_CITIES = (r"(?:Wuhu|Bengbu|Huainan|Ma'anshan|Huaibei|Tongling|Anqing|Huangshan|Chuzhou|Fuyang|Lu'an|Bozhou|Chizhou|"
                    r"Xuancheng|Suzhou|Wuxi|Changzhou|Nantong|Yangzhou|Xuzhou|Zhenjiang|Taizhou|Yancheng|Huai'an|"
                    r"Lianyungang|Suqian)")
# "Baohe District signed 12 worth 18.2 billion yuan": one district's, county's or park's share of the signings
# ("Wuhu signed 65 projects", "Hefei accounts for 210": another city of the host provinces as the subject, or the
# host city's share)
_LOCAL_SUBJECT = re.compile(r"(?:\b[A-Z][\w-]+ (?:District|County|Development Zone|High-tech Zone|Economic Zone|Industrial "
                            # ("Shushan district of Hefei signed 32 projects")
                            r"Park|district|county)(?:\s(?:of|in)\s[A-Z][\w'-]+(?:\s(?:[Cc]ity|[Pp]rovince))?)?|(?:^|(?<=[,;:]\s)|(?<=--\s)|(?<=\bby\s)|(?<=\band\s))"
                            + _PROVINCE_CITIES + r")"
                            r"\s(?:alone\s|also\s|itself\s)?(?:" + SIGNED_DONE + r"|attracted|landed|secured|won|"
                            # ("Wuhu led with 56 projects ..., followed by Chuzhou with 48 projects and Bengbu with 41")
                            r"led with|leads with|topped the list with|came (?:first|second|third|next) with|with|"
                            r"accounts? for|accounted for)\s(?:[^.;,]|(?<=\d)[.,](?=\d)){0,20}$|"
                            # (the host city's signings may be the event's: only its share of a whole is a part)
                            r"(?:^|(?<=[,;:]\s)|(?<=--\s))(?:Hefei|Nanjing)\s(?:alone\s)?(?:accounts? for|accounted for)\s"
                            r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,20}$")
# the host city's own signings, said to be at the event: "Nanjing signed 42 projects at the 2052 World Intelligent
# Manufacturing Conference" (not "Nanjing signed 63 projects": the event, by its city)
_HOST_CITY_SIGNED = re.compile(r"(?:^|(?<=[,;:]\s)|(?<=--\s))(?:Hefei|Nanjing)(?: City)?\s(?:alone\s|also\s|itself\s)?"
                               r"(?:(?:has|had)\s(?:so far\s|already\s)?)?(?:"
                               + SIGNED_DONE + r")\s(?:[^.;,]|(?<=\d)[.,](?=\d)){0,20}$")
_AT_THE_EVENT_AFTER = re.compile(r"^\s(?:[\w.,-]+\s){0,6}?(?:at|during)\s(?:the|this year['’]s)\s(?:[\w-]+\s){0,6}?"
                                 r"(?:convention|conference|summit|expo)\b", re.I)
# a company's own signing at the event, one of its deals: "Anhui Heli Co. said it signed three projects worth 2.1
# billion yuan at the convention", "The company signed an agreement worth RMB 1.2 billion", "Chery Automobile inked
# deals worth 8 billion yuan"
_FIRM_NAME = (r"(?:[A-Z][\w&'.-]*\s){0,4}?(?:Co\.|Co|Company|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|Group|Holdings|"
              r"Automobile|Motors?|Technology|Technologies|Electric|Industries|Robotics)")
_COMPANY_SIGNED = re.compile(
    r"(?:(?:^|[,;:]\s|--\s|\.\s|[\"“]\s?|\b(?:while|whereas)\s)(?:(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir|[Hh]er|[Hh]is|[Oo]ur|[Mm]y) (?:company|firm|group|"
    rf"carmaker|automaker|manufacturer|startup|maker|supplier)|(?:[\w-]+\s)?{_FIRM_NAME}|"
    # ("A local carmaker signed export contracts worth 2.4 billion yuan")
    r"(?:[Aa]n?|[Oo]ne)\s(?:[\w-]+\s){0,3}?(?:company|firm|carmaker|automaker|manufacturer|startup|maker|supplier|enterprise)|"
    # ("Japanese companies signed 12 projects", "companies from the Yangtze River Delta signed 86 projects": one
    # country's or region's share of the signings)
    r"(?:[A-Z][a-z]+(?:ese|ian|an|ish|ch)|Hong Kong|Taiwan|Macao|Yangtze River Delta)\s(?:companies|firms|investors|"
    r"enterprises|businesses)|(?:[Cc]ompanies|[Ff]irms|[Ii]nvestors|[Ee]nterprises|[Bb]usinesses) from (?:the\s)?"
    r"(?!(?:abroad|overseas)\b)(?:[A-Z][\w'-]*\s?){1,4}(?<!\s)|"
    # ("Private firms signed deals worth 300 billion yuan", "Central SOEs signed 45 projects": one kind of firm's)
    r"(?:[Pp]rivate|[Ss]tate-owned|[Cc]entral|[Ll]ocal|[Dd]omestic|[Ll]isted|[Ss]mall and medium-sized)\s(?:[\w-]+\s)?"
    r"(?:companies|firms|enterprises|SOEs|groups|businesses|investors)|(?:[Cc]entral\s)?SOEs|"
    # ("iFlytek, the Hefei-based AI company, brought 30 products")
    r"(?:[A-Z]|[a-z](?=[A-Z]))[\w&-]+(?:\s[A-Z][\w&-]+)?,\s(?:a|an|the)\s(?:[^.;,]|(?<=\d)[.,](?=\d)){0,60}?(?:company|firm|maker|manufacturer|"
    r"carmaker|automaker|"
    # ("Sunlight Power, a solar maker with annual capacity of 40 GW, signed ...")
    rf"group|startup|supplier)(?:\s(?:with|of|that|which|known)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){{0,60}}?)?,)|"
    rf"\b{_FIRM_NAME}\s(?:said|says|announced)\s(?:on\s\w+\s)?"
    # (past an aside and its saying: "A local software company, founded 12 years ago, said it had signed orders")
    r"(?:that\s)?(?:it|they))(?:,\s(?:[^.;,]|(?<=\d)[.,](?=\d)){0,60},)?(?:\s(?:said|says|told(?:\s[\w-]+){0,3}?)\s(?:on\s\w+\s)?(?:that\s)?"
    r"(?:it|they))?\s(?:also\s|has\s|had\s|have\s)?(?:" + SIGNED_DONE + r"|struck|landed|secured|won|"
    # what one company shows or takes home at the event ("brought 30 products", "received orders worth")
    r"brought|showcased|displayed|exhibited|unveiled|launched|showed|is showing|received|took|booked|announced|pledged|"
    r"(?:alone\s)?(?:brings|showcases|displays|exhibits|shows|unveils|launches))\b"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,60}$")
# what happened where one session or corner of the event is: "200 buyers attended a matchmaking session on the
# sidelines of the convention on Sunday, where 46 cooperation agreements were reached"
_WHERE_AT_A_PART = re.compile(r"\b(?:a|an|one|the|its)\s(?:[\w-]+\s){0,2}?(?:session|seminar|roundtable|symposium|workshop|"
                              r"matchmaking (?:event|meeting)|sub-forum|meeting|pavilion|zone|booth|stand)\b"
                              r"(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?,\swhere\s(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}$", re.I)
# the part named as the subject is among the whole the clause goes on to count: "the largest single project ... was
# among 158 projects worth 132.6 billion yuan"
_AMONG_WHOLE = re.compile(r"\b(?:was|were|is|are)\s(?:(?:also|one)\s)?among\b")
_WHOLE_OF = re.compile(r"(?:(?:\b\d[\d,.]*(?:\s?(?:percent|per cent|%))?|\b(?:half|a third|two[\s-]thirds|a quarter|"
                       r"three[\s-]quarters|(?:a|one|two|three|four)[\s-]fifths?))\s(?:of|out of)\s"
                       # ("78 percent of the investment in the 1,302 projects": their whole too)
                       r"(?:the|all|all the|its)(?:\s(?:(?:total|combined)\s)?(?:investment|value)\s(?:in|of)\sthe)?|"
                       r"\bone\sof(?:\sthe|\sits)?|"
                       # ("... made up the largest group among the 1,302 signed": all of them)
                       r"\b(?:largest|biggest|smallest|first|most)\s(?:[\w-]+\s)?among\s(?:the|all(?:\sthe)?|its)|"
                       # ("the humanoid robot zone drew 52 companies, the most of its five zones": all of them)
                       r"\bthe\s(?:most|fewest|largest|biggest|smallest|busiest)\sof\s(?:the|its|all(?:\sthe)?)|"
                       # ("the largest single project ... was among 158 projects signed on Sunday")
                       r"\b(?:was|were|is|are)\s(?:(?:also|one)\s)?among(?:\sthe)?)\s" + QUALIFIED + "$", re.I)  # ("nearly a third of the 620 exhibitors": the whole)
# "the largest of the 2090 World Intelligent Manufacturing Conference's eight zones": all of the event's
_MOST_OF_THE_EVENTS = re.compile(r"\bthe\s(?:most|fewest|largest|biggest|smallest|busiest)\sof\s(?:the|this\syear['’]s)\s"
                                 r"(?:[\w-]+\s){0,7}?(?:convention|conference|summit|expo|event|wmc|wimc)['’]s\s" + QUALIFIED + "$",
                                 re.I)
# "over 500 enterprises, including 47 Fortune Global 500 firms, and more than 1,200 guests": the people after ", and"
# are no kind of the companies the list counts among
_COMMA_AND = re.compile(r",\sand\s" + QUALIFIED + r"$", re.I)  # (a new clause, or the next item of a list)
_PEOPLE_AFTER = re.compile(r"^\s(?:[\w-]+\s)?(?:guests|visitors|participants|delegates|attendees|people)\b", re.I)
# "The event will include an opening ceremony, a main forum, 12 parallel forums and an expo ...": what the event
# itself includes is its own, not a list of parts of a whole
# (and its people: "Attendees include more than 1,500 companies ... as well as about 2,800 guests")
_EVENT_INCLUDES = re.compile(r"(\b(?:event|conference|convention|summit|programme|program|agenda|gathering|it|attendees|"
                             r"participants)"
                             # ("The event, which also included 30 sub-forums, attracted 90,000 visitors")
                             r"(?:,\s(?:which|that))?\s(?:(?:will|would|also|is to)\s)*)(?:include|includes|included)\b", re.I)
# a list already closed by "and" ("including ABB, Siemens and Huawei, and more than 2,000 guests"): the count after
# ", and" is one of its own (an Oxford comma before a list's last item, "A, B, and 20 German firms", has no "and"
# before it)
_LIST_CLOSED = re.compile(r"\sand\s(?:[^,;]|(?<=\d),(?=\d)){1,60},\sand\s" + QUALIFIED + r"$|"
                          # (a clause of its own past the list, in the perfect: "..., including 98,000 trade visitors,
                          # and intended purchases had reached 8.6 billion yuan")
                          r",\s(?:and|while)\s(?:the\s|its\s)?(?:[\w-]+\s){1,3}?(?:had|have|has)\s(?:already\s)?"
                          r"(?:reached|totaled|totalled|hit|topped|exceeded|surpassed|passed)\s" + QUALIFIED
                          + r"(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$", re.I)
# "306 companies exhibited, including 34 robot makers, and 18 forums were held": a clause of its own after the list,
# the figure its subject
# "1,500 companies, 81 of which are Fortune Global 500 firms, as well as about 2,800 guests": the clause "of which"
# opened is closed; the count after "as well as" is the next of the sentence's own
_OF_WHICH_AS_WELL = re.compile(r"\bof (?:which|whom)\b[^;.,]{0,80},\sas well as\s"
                               + QUALIFIED + r"$", re.I)
# a clause after a list whose subject is the whole event: "Exhibitors numbered 1,612, of whom 326 came from overseas,
# and the exhibition covered 100,000 square meters"
_AND_THE_WHOLE = re.compile(r",\s(?:and|while|but)\s(?:the|its)\s(?:[\w-]+\s)?(?:exhibition|expo|event|convention|conference|"
                            r"fair|show|summit)\s(?:[a-z]+\s)?[a-z]+(?:ed|s)\s" + QUALIFIED + "$", re.I)
_OWN_PASSIVE = re.compile(r"\s(?:[\w-]+\s){0,4}?(?:were|was|are|is|will be|have been|has been|had been)\s(?:[a-z]+ed|held|run|"
                          r"won|set up|put on)\b", re.I)
# "Livestreams of the closing ceremony were viewed ...": the audience of one session
_PART_AUDIENCE = re.compile(r"\b(?:livestreams?|broadcasts?|audiences?|viewers|visitors|attendance|guests|delegates|"
                            r"participants)\s(?:attending|of|at|for)\sthe "
                            r"(?:main|headline|plenary|opening|closing|keynote) (?:forum|session|ceremony)\b|"
                            # ("The opening ceremony of the 2052 conference was watched 8.6 million times online")
                            r"\bthe (?:main|headline|plenary|opening|closing|keynote) (?:forum|session|ceremony)\s"
                            r"(?:of\s(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\s)?(?:was|were|has been|had been)\s(?:watched|viewed|streamed)\b", re.I)
# (a showcase before the event's name is what the event is: "Anhui's showcase World Manufacturing Conference")
_NOT_AN_EVENTS = r"(?!\s(?-i:(?:[A-Z\d][\w-]*\s){0,4}?)(?:convention|conference|summit|event|expo|fair)\b)"
# (the exhibition hall, singular, is the whole exhibition: "the exhibition hall will cover 20,000 square meters"; so is
# "the six-hall expo")
_PART = re.compile(r"\b(?<!-)(?:(?<!exhibition )(?<!expo )(?<!online )(?<!cloud )(?<!virtual )hall|pavilion|zone|sub-venue|booth(?!\sspace)|section|"
                   r"indoor|outdoor|open-air|"
                   rf"(?<=a )showcase{_NOT_AN_EVENTS}|(?<=the )showcase{_NOT_AN_EVENTS}|(?<=its )showcase{_NOT_AN_EVENTS}|"
                   # one hall of several: "the main exhibition hall covers", "the exhibition hall alone covers"
                   r"(?:main|central|largest|biggest|east|west|north|south)\s(?:exhibition\s|expo\s)?hall|"
                   r"(?:exhibition|expo)\shall\salone)\b",
                   re.I)  # (not the verb "will showcase")  # ("the indoor exhibition area is 40,000 square meters": a part of the area)
# "Of the signed projects, 156 are foreign-funded, with investment of ...": the sentence is about a part
_PART_LEAD = re.compile(r"^(?:of|among) (?:the|these|those|its|all|all the) (?:[^.;,]|(?<=\d)[.,](?=\d)){1,100},", re.I)
NEXT_CLAUSE = re.compile(r",\s(?:and|while|but|whereas)\s|;")
# a sentence opened by a clause of contrast, up to the subject of its main clause: "While the main forum was full, |the
# convention has received ..." (the clause's "Italy, drew" is no subject: a name and its comma)
_CONTRAST_LEAD = re.compile(r"^(?:While|Whereas|Although|Though|Even though)\s(?:[^.;]|(?<=\d)\.(?=\d)){0,200}?,\s(?=(?:the|its|this|a|an|"
                            r"[A-Z][\w-]*)\s(?:[\w'’-]+\s){0,8}?(?:has|have|had|was|were|is|are|drew|draws|saw|sees|signed|"
                            r"received|attracted|welcomed)\b)")


def _main_clause(sentence: str, before: str) -> str:
    """The sentence from the subject of the clause a figure is in: past a leading clause of contrast when the
    figure is past it, else the whole sentence."""
    lead = _CONTRAST_LEAD.match(sentence)
    return sentence[lead.end():] if lead is not None and len(before) >= lead.end() else sentence


# where or when a clause is set, before its subject: "At the conference, Hall 5 is given over to robots (12,000
# square meters)"
_OPENER = re.compile(r"^(?:At|During|On|Inside|Across|In) (?:[^.;,]|(?<=\d)[.,](?=\d)){0,80},\s")
# what the main venue or a branch venue did: "while the main venue in Nanjing has so far seen 96 projects signed"
_VENUE_DID = re.compile(r"\bthe (?:main|branch) venue\b(?:\sin\s[A-Z][\w-]+)?\s(?:has\s|had\s|have\s)?(?:so far\s|alone\s)?"
                        r"(?:seen|saw|sees|signed|signs|drew|draws|hosted|hosts|received|receives|welcomed)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}$")
# "At a China-Germany cooperation forum held on the sidelines of the convention on Sunday, 26 projects were signed":
# what one forum or session signed or drew, when the main clause after it does not name the event again
_FORUM_OPENER = re.compile(r"^(?:At|During)\s(?:a|an|the|one)\s(?:[^.;,]|(?<=\d)[.,](?=\d)){0,80}?\b(?<!main )(?<!headline )(?:forum|sub-forum|seminar|"
                           r"symposium|roundtable|dialogue|matchmaking (?:event|meeting|session)|investment promotion "
                           r"(?:meeting|conference))\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,120},\s(?!(?:[^.;]|(?<=\d)\.(?=\d))*\b(?:convention|conference|event|expo|summit|"
                           r"organi[sz]ers)\b)", re.I)
# a sentence about one hall, pavilion or forum of the event: "Hall 3 alone covers ...", "The headline forum had ..."
# (not the online hall: the online exhibition)
_PART_SUBJECT = re.compile(r"^(?:(?:the|a|an|this|one)\s)?(?:\"[^\"]{1,60}\"\s|“[^”]{1,60}”\s)?(?:(?:(?!(?:will|would|to|can|could|may|must|shall|also|said|says|at|in|on|during|after|before|one|two|three)\s|\d)[\w'-]+\s){3}(?=hall\b|pavilion\b|zone\b)|(?:[\w'-]+\s){0,2}?)(?:(?<!exhibition\s)(?<!expo\s)(?<!online\s)(?<!cloud\s)(?<!virtual\s)hall|pavilion|zone|sub-venue|booths?(?!\sspace)|showcase" + _NOT_AN_EVENTS + r"|sub-forum|"
                           # ("The largest, devoted to new energy vehicles, covers ...": one of the halls just counted)
                           r"(?:largest|biggest|smallest|newest|busiest)(?=,\s|\sof\sthem\b|\sone\b)|"
                           r"(?:session|seminar|roundtable|symposium|workshop|matchmaking (?:event|meeting|session))(?:\s(?:on|for|"
                           r"linking|between|of|with)\b|(?=\s(?:[a-z]+\s){0,6}?(?:saw|sees|drew|draws|attracted|attracts|"
                           r"signed|signs|brought|brings|had|has|gathered|gathers|featured|features))\b)|"
                           r"(?:largest|biggest|single|flagship)\s(?:single\s)?(?:[\w-]+\s)?(?:project|deal|contract)|"
                           # ("Deals in new energy vehicles at the ... totaled 240 billion yuan": one sector's)
                           r"(?:deals|projects|contracts)\sin\s(?!the\b|total\b|all\b)(?:[a-z][\w-]*\s){1,3}?(?=at\s|during\s|"
                           r"signed\s|totall?ed\s|came\s|were\s)|"
                           # ("The convention's top 10 projects are worth 120 billion yuan combined")
                           r"(?:top|largest|biggest)\s(?:\d{1,2}|three|five|ten|twenty)\s(?:[\w-]+\s)?(?:projects|deals|contracts)\b|"
                           # ("The ten largest projects signed at the ... are worth a combined 186.2 billion yuan")
                           r"(?:\d{1,2}|three|five|ten|twenty)\s(?:largest|biggest)\s(?:[\w-]+\s)?(?:projects|deals|contracts)\b|"
                           # ("The robotics exhibition held as part of the convention has 120 exhibitors")
                           r"(?:[\w-]+\s){0,2}?(?:show|exhibition|expo|fair)\s(?:held\s)?(?:as part of|within|inside|on the "
                           r"sidelines of)\s|"
                           r"(?:headline|main|parallel|opening|plenary)\s(?:forum|session)|"
                           # ("The 2031 World Manufacturing Convention's main forum welcomed 2,400 attendees")
                           r"(?:[\w-]+\s){0,4}?[\w-]+['’]s\s(?:headline|main|parallel|opening|plenary)\s(?:forum|session)\b|"
                           # ("The concurrent China Industrial Internet Conference, held alongside the convention, drew
                           # 300 exhibitors", "A parallel event, the ... Investment Fair, saw 45 projects signed")
                           r"(?:concurrent|co-located|parallel|side|accompanying)\s(?!(?:sub-)?(?:forums?|sessions?)\b)"
                           # (not "12 parallel forums will be held during the event": the forums' count)
                           r"(?:[\w-]+\s){0,8}?(?:event|"
                           r"conference|fair|exhibition|expo|show|summit)\b|"
                           # ("Sunday alone saw 80,000 visitors", "On the final day alone, ...": one day's)
                           r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:the\s)?(?:first|second|third|"
                           r"fourth|final|last|opening|closing)\sday)\salone\b|"
                           # ("The opening drew 800 guests": the opening's audience)
                           r"opening(?:\s(?:ceremony|session))?(?=\s(?:[a-z]+\s){0,3}?(?:drew|draws|attracted|attracts|"
                           r"gathered|gathers|brought together)\b)|"
                           # ("A forum on new energy vehicles ... drew 600 participants", "A chip forum at the
                           # convention drew 450"): one forum's audience
                           r"forum(?=\s(?:on|for|about)\b|(?:[^.;,]|(?<=\d)[.,](?=\d)){0,80}?\b(?:drew|draws|attracted|attracts|gathered|"
                           r"gathers|brought together)\b|"
                           # ("The automotive forum, one of 20 parallel forums at the conference, saw 12 projects
                           # signed": the forum the apposition places among the event's)
                           r",\s(?:one|part)\sof\s(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?,(?:[^.;,]|(?<=\d)[.,](?=\d)){0,80}?\b(?:drew|draws|attracted|attracts|gathered|"
                           r"gathers|brought together|saw|sees|signed|signs|had|has|featured|features)\b))\b", re.I)
# "51 of them ...", "three more agreements", "8,000 square meters in the robot hall", "one main forum": right after the
# figure, not later in the sentence.
# (a window may pass a number written with a thousands comma or a decimal point: "half of the 1,450 projects signed
# at the opening")
_PART_AFTER = re.compile(r"^\s(?:of (?:them|which|whom|those|these)\b|"
                         # ("120 startups competed in an innovation contest at the conference": that contest's)
                         r"(?:[\w-]+\s){0,2}?(?:competed|compete|competing|took part|taking part|entered)\sin\s(?:an?|the|its)\s"
                         r"(?:[\w-]+\s){0,2}?(?:contest|competition|challenge|hackathon)\b|"
                         # ("Over 100,000 people visited the convention on Saturday alone": that day's)
                         r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,80}?\bon\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\salone\b|"
                         # ("Some 290 projects were signed online": those signed online, some of them)
                         r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,30}?\b(?:signed|inked)\s(?:online|on the cloud|via video link|remotely)\b|(?:more|additional|extra|further)\b(?!\sthan)|(?:main|headline|plenary)\s(?:forum|session)\b|(?:[\w-]+\s){0,2}?(?:viewers|audiences?|spectators)\s(?:of|at|for)\sits\s(?:opening|closing)\sceremony\b|(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}\b(?:to|at|in|of|for) the (?:main|"
                         # (not the closing ceremony's signings: the tally the event closes with)
                         r"headline|plenary|opening|closing) (?:forum|session|ceremony)\b(?<!closing ceremony)|(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}"
                         # (not when it was said: "the 1,542 announced at the opening")
                         r"(?<!announced )(?<!reported )(?<!given )(?<!cited )(?<!quoted )\b(?:at|for|during) (?:the|its) "
                         # ("A dozen industry forums and two dozen matchmaking sessions filled the second day")
                         r"opening\b|(?:[^.;,]|(?<=\d)[.,](?=\d)){0,90}\b(?:filled|packed|crowded) (?:the|its) (?:first|opening|"
                         r"second|third|fourth|final|last) day\b|"
                         r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}\bon (?:(?:the|its) (?:first|opening|second|third|fourth|busiest) (?:day|morning|afternoon)|"
                         r"day (?:one|two|three|four|[1-4]))\b|"
                         # (not at the main venue and all the rest: "26 forums at its main venue and three sub-venues")
                         r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,30}\bat (?:the|its|a) (?:main|branch) venue\b"
                         r"(?!\s(?:and|as well as)\s(?:its\s|the\s|all\s)?(?:[\w-]+\s)?(?:sub-venues|branch venues|other venues))|"
                         # ("8 cooperation agreements were signed at the forum": that forum's)
                         r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}\b(?:signed|inked|sealed) (?:at|during) (?:the|this) (?:sub-)?forum\b|"
                         r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,30}\bat (?:the|its|a) sub-venue\b|"
                         r"(?:[\w-]+\s){0,4}?(?:surveyed|polled|interviewed|questioned|sampled)\b|(?:[^.;,]|(?<=\d)[.,](?=\d)){0,30}\b(?:in|for) (?:the|one|its|a) "
                         # (not "signed up for the online hall": the online exhibition)
                         r"(?!(?:online|cloud|virtual|offline) )(?:\w+ ){0,2}"
                         r"(?:hall|pavilion|zone|sub-venue|section|booth)\b(?!\sspace)|(?:[\w-]+\s){0,3}?(?:each|apiece)\b|"
                         r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,30}\bin Hall \w+\b|"
                         # "Nearly 50 people attended the press conference", "85 experts joined the meeting": the
                         # audience of one session, not the event's
                         r"(?:[\w-]+\s){0,5}?(?:attended|joined|were at)\s(?:the|a|its)\s(?:[\w'’-]+\s){0,2}?(?:(?:press|news)\s"
                         r"(?:conference|briefing)|meeting|seminar|workshop|ceremony|session|forum)\b)", re.I)
# "Over the first day, the exhibition received 42,000 visitors": one day's count, not the edition's
# (by the end of a later day, a count is the running total of the days so far: "By the end of the second day, 214
# deals had been inked")
_DAY_LEAD = re.compile(r"\b(?:(?:over|on|during|in) (?:the|its) (?:first|opening|second|third|fourth)|(?:by|at) the end of "
                       r"(?:the|its) (?:first|opening)) (?:day|morning|afternoon)\b", re.I)
# Measures of their own that a list names as some of a whole ("1,200 guests, including 24 academicians", "273
# exhibitors, 36 of which come from abroad"): the edition's figure of that measure, unless the part is a place, a
# time or a session of the event
# (the Fortune Global 500 companies only among the exhibitors: some of the exhibitors, of the investors or of the
# signatories by turns, they are the edition's measure when the whole the list names is its exhibitors)
OWN_MEASURES = frozenset({"overseas_exhibitors", "overseas_guests", "academicians", "exhibitors_onsite",
                          "exhibitors_online", "countries_regions", "foreign_projects", "foreign_investment",
                          "premieres", "trade_visitors", "organization_heads", "china_top500", "little_giants",
                          "high_tech_companies", "listed_companies", "investment_in_place"})
# ("including 450 from 50 countries and regions"; "签约的1108个项目中，…到位资金2100亿元": the edition's paid in)
EXHIBITING = frozenset({"exhibitors", "exhibitors_onsite", "exhibitors_online", "companies"})


def own_measure(metric: str, whole: str) -> bool:
    """A measure of its own that a list names among a whole (whole: the metric of the edition's figure or of the
    noun the list is named from, "" when there is none)."""
    return metric in OWN_MEASURES or (metric == "fortune500" and whole in EXHIBITING) \
        or _SECTOR_COMPANIES.fullmatch(metric.lower()) is not None \
        or metric.startswith(("companies from ", "projects from ")) \
        or (metric in ("visitors", "visitors_online") and whole == "participation") \
        or (metric == "visitors_online" and whole == "views")
    # (the livestream's viewers among all the reads and views of the event's news: "全网阅读量超过12亿次，其中直播观看量达3350万人次")
    # ("of which 38 humanoid robot companies", "其中…港澳台企业43家", "其中港资项目36个"; the halls' visitors and the online
    # ones among all who took part: "线上线下参会观众超300万人次，其中线下观众29.1万人次")
_OF_WHICH = r"of (?:them|which|whom|those|these)"
_OF_THEM = re.compile(rf"^\s(?:{_OF_WHICH}|more|additional|extra|further)\b", re.I)


# a hall named in a "with" phrase, then what it holds: "with Hall 3 dedicated to humanoid robots and hosting about 60
# companies"
_A_HALL_HOSTING = re.compile(r"\bwith\s(?:Hall|hall|Pavilion|pavilion)\s\w+\b[^.;\d]{0,80}?\b(?:hosting|housing|holding|"
                             r"featuring|with)\s" + QUALIFIED + r"$")


def within_the_event(sentence: str, before: str, after: str) -> bool:
    """A part that is a hall, a zone, a day, a ceremony or a session of the event, not a kind of participant."""
    return bool(_PART.search(before[-40:]) or _PART_SUBJECT.match(sentence) or _DAY_LEAD.search(_clause(before, ""))
                or _BATCH.search(sentence) or _PART_AUDIENCE.search(before[-120:])
                or (_PART_AFTER.match(after) and not _OF_THEM.match(after)) or _AT_A_SESSION.match(after)
                or (at_a_session(before, after) and not _COUNTRIES_AHEAD.match(after)))


def at_a_session(before: str, after: str) -> bool:
    """The words after a count say its people attended one session ("More than 500 foreign guests from 42 countries
    and regions, including 16 foreign ministers, attended the opening ceremony"), past asides but no verb of their
    own; not a count inside such an aside ("Over 1,200 guests, including 26 academicians, attended the opening": the
    academicians, who come for the event, are the edition's)."""
    session = _SESSION_AHEAD.match(after)
    if session is None and _ALONG_WITH_AT_A_SESSION.search(before[-120:]):
        return True  # "Two ministers attended the opening, along with 1,900 guests": the opening's too
    return session is not None and not _FINITE.search(session.group("between")) and not _IN_ASIDE.search(before[-80:])


_ALONG_WITH_AT_A_SESSION = re.compile(r"\b(?:attended|joined|addressed|spoke at)\s(?:the|its)\s(?:[\w-]+\s)?(?:opening|"
                                      r"closing|main forum|opening ceremony|closing ceremony|plenary(?: session)?|"
                                      r"signing ceremony)(?:\s(?:ceremony|session))?,\s(?:along|together)\swith\s"
                                      + r"(?:about\s|some\s|around\s|nearly\s|more than\s|over\s)?$", re.I)


_COUNTRIES_AHEAD = re.compile(r"^\s(?:countries|nations|economies)\b", re.I)
# (and its list's later items, each a count: ", including over 600 from overseas, 38 academicians and the heads of 20")
_IN_ASIDE = re.compile(r",\s(?:including|among them|among whom|of whom|of which|with)\s(?:[^.;,]|(?<=\d)[.,](?=\d))*"
                       r"(?:,\s(?:about\s|around\s|some\s|nearly\s|over\s|more than\s)?\d(?:[^.;,]|(?<=\d)[.,](?=\d))*)*"
                       r"(?:,\s(?:about\s|around\s|some\s|nearly\s|over\s|more than\s)?)?$", re.I)


# "Halls 3 to 6 host the remaining 377 exhibitors": the rest of them, a part
_REMAINING_BEFORE = re.compile(r"\bthe\s(?:remaining|other)\s" + QUALIFIED + r"$", re.I)
# "167 projects each involve more than 1 billion yuan": what each of them is worth, not the edition's total
_EACH_BEFORE = re.compile(r"\b(?:each|apiece)\s(?:(?:is|are|was|were|has|have)\s)?(?:involv\w*|worth|valued at|costs?|"
                          r"exceed\w*|tops?|with|of)\s" + QUALIFIED
                          + r"(?:RMB|CNY|USD|US\$|\$|¥)?\s?$", re.I)
# those a survey asked, some of the edition's: "a survey of 1,200 attendees found"
_SAMPLE_OF = re.compile(r"\b(?:survey|poll|questionnaire|sample|sampling)\s(?:of|among)\s" + QUALIFIED + r"$", re.I)
# the venue's own halls and floor space, told in a clause of its own: "The ... Expo Center, whose 11 halls total"
_VENUE_WHOSE = re.compile(r"\b(?:Center|Centre|venue|complex)\b,?\s(?:whose|which has|which covers)\s"
                          r"(?:[^,;.]|(?<=\d)[.,](?=\d)){0,60}$")
# "Manufacturing accounted for 656 of the projects, with investment of ...": the sentence is about a part
# (not the event they make up: "Some 1,100 companies and 26 forums make up the 2088 World ... Conference")
_PART_VERB = re.compile(r"\b(?:account(?:s|ed)? for|made up|make up|makes up)\b(?!\s(?:the|this\syear['’]s)\s(?:(?:19|20)\d\d\s)?"
                        r"(?:World|convention|conference|summit|event|expo|exhibition)\b)", re.I)
# the event itself as the subject of a share of something larger: "The World Manufacturing Convention in September
# alone accounted for 1,512 projects" (of a year's drives: the event's own count)
_EVENT_ACCOUNTS = re.compile(r"\b(?:[Cc]onvention|[Cc]onference|[Ss]ummit)\s(?:(?:in|of)\s[A-Z]?[\w-]+\s)?(?:alone\s|itself\s)?"
                             r"account(?:s|ed)? for\s(?:[^.;,\d]){0,20}$")
# the year the series began, as a clause: "since it began in 2016", "since the event started in 2018"
_SINCE_BEGAN = r"since (?:it|the (?:convention|conference|summit|event)) (?:began|started|debuted) in (?:19|20)\d\d"
_A_CUMULATIVE = re.compile(r"\b(?:a|the)\scumulative\s(?:total\sof\s)?" + QUALIFIED + "$", re.I)
_OF_THEM_THIS_EDITION = re.compile(r"^\s(?:[\w-]+\s)?(?:of them|of which|of those)\s(?:were\s)?(?:signed\s)?(?:at|during|in)\s"
                                   r"(?:this year['’]s|this|the latest|the (?:19|20)\d\d)\s(?:event|edition|convention|"
                                   r"conference|summit|session|expo)\b", re.I)
_CUMULATIVE = re.compile(r"\b(?:since (?:its|the) (?:(?:19|20)\d\d )?(?:launch|first|inception|debut|founding)|since (?:19|20)\d\d|"
                         r"(?:together with|with|and|plus|including) (?:those of |that of )?(?:its|the) (?:\w+ )?"
                         r"predecessors|"
                         r"(?:between|from) (?:19|20)\d\d (?:and|to) (?:19|20)\d\d|"
                         r"since (?:it|the (?:convention|conference|summit|event)) (?:was|were) (?:first )?(?:held|launched|"
                         r"founded|inaugurated|created|staged)|"
                         # ("has signed 1,236 projects since it began in 2016"; not "since it began on Thursday")
                         + _SINCE_BEGAN + r"\b|"
                         r"(?:previous|(?<=the )last|(?<=The )last|past) (?:\w+ ){0,4}?"
                         r"(?:conventions|editions|sessions|conferences|summits)|(?:in|over|during|for) the (?:past|last) (?:\w+ years|decade|two decades)|"
                         # ("signed 287 projects in the five years to 2052")
                         r"(?:in|over|during) the (?:\w+ )?years (?:to|through|up to) (?:19|20)\d\d\b|"
                         # (not "Eight editions later, the 2026 convention gathered 641 exhibitors": a time, not a sum)
                         r"(?:all|past|five|four|six|seven|eight) (?:\w+ )?(?:editions|conventions|sessions)(?! (?:later|on|"
                         r"ago|after)\b)|(?:nine|ten|eleven|twelve) (?:\w+ )?(?:editions|conventions)(?! (?:later|on|ago|"
                         r"after)\b)|"
                         # ("Across its 11 editions, it has now seen 568 projects signed", "Over nine editions", "across
                         # its editions")
                         r"(?:across|over|through) (?:(?:its|the|all|all its|all the) )?(?:(?:\d{1,2}|[a-z]+) )?"
                         r"(?:editions|sessions|conventions|conferences|summits)|"
                         r"(?:in|during) (?:its|the|all|all its|all the) (?:(?:\d{1,2}|[a-z]+) )?"
                         r"(?:editions|sessions|conventions|conferences|summits)|"
                         # ("taking the series' totals to over 6,000 exhibitors")
                         r"the series['’]? (?:totals?|tally|tallies)|all-time totals?|"
                         # ("cumulative signings reached 10,117 projects with the 2083 edition"; not a count of one
                         # edition's days: "cumulative signings over the four days")
                         r"cumulative (?:signings|totals?|tally|tallies)(?=(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?\b(?:editions?|"
                         r"since|history)\b)|"
                         # ("Its editions have signed a total of 4,958 projects")
                         r"(?<!one of )(?:its|all its) (?:(?:\d{1,2}|[a-z]+) )?editions|"
                         # ("Over its history the event has signed more than 1,000 projects")
                         # (not "the most in its history": a record of this edition)
                         r"(?:over|through(?:out)?|across) (?:its|the event's|the convention's|the conference's) "
                         r"(?:(?:[\w-]+ ){0,2})?history)\b", re.I)
# "so far", "to date": a running total only where the sentence speaks of the series ("has been held", "editions");
# "641 companies have so far confirmed" is this edition's count until now
_SO_FAR = re.compile(r"\b(?:so far|to date|thus far)\b", re.I)
_SERIES = re.compile(r"\b(?:held|editions?|sessions|years|since|history|conventions|conferences|summits)\b", re.I)
# "To date, the convention has brought in more than 35,000 guests": the series (not the expo: this edition's); with
# "so far" it is the edition while it runs ("The convention has drawn over 150,000 visitors so far")
_SERIES_TO_DATE = re.compile(r"\b(?:to date|thus far)\b(?:[^.;]|(?<=\d)\.(?=\d))*\bthe (?:[\w-]+ ){0,4}?(?:convention|conference|summit|event) "
                             r"has\b|\bthe (?:[\w-]+ ){0,4}?(?:convention|conference|summit|event) has\b(?:[^.;]|(?<=\d)\.(?=\d))*\b(?:to date|"
                             r"thus far)\b", re.I)  # ("To date, the World Intelligent Manufacturing Conference has drawn")
# "the largest so far", "a record to date": a comparison with earlier editions, not a running total
_RECORD = re.compile(r"\b(?:largest|biggest|highest|most|best|record|ever)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,20}?\b(?:so far|to date|since (?:its|the) "
                     r"(?:(?:19|20)\d\d )?(?:debut|launch|founding|inception|first edition|first (?:convention|conference|"
                     r"summit|event))|since (?:19|20)\d\d|"
                     + _SINCE_BEGAN + r")\b",
                     re.I)  # ("412 exhibitors, the most since its 2016 debut", "the largest since the event began in 2016")
_WORD = re.compile(r"[a-z][a-z-]*")
# (or a time: "1.68 million new energy vehicles last year" counts vehicles)
_OF_NAME = re.compile(r"\b(letters?|memorand(?:a|ums?)|agreements?|statements?|declarations?|degrees) of "
                      r"(intent|understanding|cooperation|cooperation intent|freedom)\b", re.I)
_PHRASE_END = re.compile(r"[.;:!?,()|]|\s(?:last|this|next|a) (?:year|month|week)\b|\sin (?:19|20)\d\d\b")
# (or any later number: "10 exhibition zones host 659 exhibitors"; not the 500 of "Fortune Global 500 firms")
_NEXT_COUNT = re.compile(r"\s(?:and|or|plus)\s+\d|(?<!global)(?<!fortune)(?<!top)\s\d|"
                         r"\s(?:and|or)\s[a-z]+\d")  # ("a 1,000-km range and L4 autonomous driving": range)
# What stands between a number and its noun in "51 of them were Fortune Global 500 firms", "412 are projects".
_LINK = re.compile(r"^\s*(?:or so\s+|or more\s+|or thereabouts\s+)?(?:of (?:which|them|whom|those|these)\s+)?"
                   r"(?:(?:are|were|is|was)\s+|(?:came|come|hailed|hail)\s+(?=from\b))?", re.I)  # ("of whom 124,000 came from ...")
_WORTH_WORD = re.compile(r"\b(?:worth|valued at)\b", re.I)
_STOP = frozenset("of in at on to for from by with was were is are has have had will would but as that which who "
                  "whose while this these those its their his her it than per each the a an were been be "
                  "being said says say over more nearly about along across during since after before into "
                  "through within among around toward towards until via long wide high tall ago".split())
# a verb after the counted noun ends its phrase: "journalists covered", "professors gave talks", "press made"
_VERB = re.compile(r"^(?:[a-z-]{3,}ed|gave|made|came|took|went|saw|held|drew|won|set|put|got|ran|began|brought|sold|"
                   r"bought|built|showed|shown|met|left|joined|signed|covering|featuring|including|showcasing|"
                   r"displaying|involving|spanning|attracting|totaling|totalling|worth|spoke|stood|sent|spent|"
                   r"paid|told|found|flew|grew|rose|fell|heard|taught|sought|led|kept|sat|wrote|spoken|taken|given|"
                   r"seen|drawn|grown|taking|giving|delivering|attending|shook|struck|spun|swung|hung|rode|threw|"
                   r"wore|caught|beat)$")
_SIGN = r"(?:RMB|CNY|USD|EUR|US\$|U\$|HK\$|\$|¥|€|(?-i:Yuan))"  # a currency written before its amount ("Yuan 1.05 trillion")
# what an amount of money is, said before it: "Orders of US$45 million", "Exports rose to 1.2 billion USD"
_MONEY_SUBJECT = re.compile(r"\b(?P<noun>[a-z][a-z-]{2,})\s(?:(?:is|are|was|were|has|have)\s)?(?:of|worth|valued at|totall?ing|"
                            r"reached|hit|rose to|fell to|grew to|stood at|amounted to|involves?|involving|costs?|"
                            r"exceeded|topped)\s" + qualified(r"approx\.") + r"(?:\(?(?:approx\.\s)?)?" + _SIGN + r"?\s?$|"
                            # ("signed 934 projects (CNY812.6bn)": what the projects are worth, in brackets after them)
                            r"\b\d[\d,]*\s(?P<bracketed>projects|deals|contracts|agreements)\s\(" + _SIGN + r"?\s?$", re.I)
# "Deals signed at the 2078 World Manufacturing Convention hit RMB671.8bn": the subject's head is the deals, not the
# event they were signed at
_DEALS_SIGNED_AT = re.compile(r"(?:^|[.;:]\s|--\s)(?:the\s)?(?:[\w-]+\s){0,2}?(?:deals|projects|contracts|agreements)\s"
                              r"(?:signed|inked|sealed|clinched|concluded)\s(?:at|during|on)\s(?:[^.;]|(?<=\d)[.,](?=\d)){0,120}?"
                              r"\s(?:hit|reached|totall?ed|amounted to|topped|exceeded|stood at|(?:were|are) worth|came to|"
                              r"rose to|climbed to)\s" + qualified(r"approx\.", "a total of") + _SIGN + r"?\s?$", re.I)
# "Final figures put the value of deals at the ... at 690.4 billion yuan"
_PUT_VALUE_AT = re.compile(r"\b(?:put|puts|putting|set|sets|placed?|places)\s(?:the\s)?(?:total\s|combined\s)?(?:(?:contract|deal|"
                           r"signing)\s)?value\sof\s(?:the\s)?(?:[\w-]+\s)?(?:deals|projects|contracts|agreements)\b"
                           r"(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?\sat\s" + qualified(r"approx\.") + _SIGN + r"?\s?$", re.I)
_DEALS = frozenset("project projects deal deals contract contracts agreement agreements".split())
# "seven are worth more than 10 billion yuan each": a number standing for its noun says nothing of what is worth it
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozen dozens hundreds "
                          "thousands some many several few most all both half total figure number sum tally count "
                          "amount".split())  # and words that only say "the number": "The total reached ..."
_INVESTED = re.compile(r"\b(?:put in|put up|injected|invested|committed|pledged|pledging|pledges)\s" + QUALIFIED
                       + _SIGN + r"?\s?$", re.I)

# "Investment in the 536 projects signed at the convention totals 433.3 billion yuan": the sentence's subject,
# however long its complement
_TOTAL_VALUE_TO = re.compile(r"\b(?:lift|rais|push|tak|bring|brought|took)(?:s|es|ed|ing)?\s(?:the\s)?(?:total|combined|overall)\s"
                             r"(?:(?P<investment>investment)|(?:contract\s)?value)\s(?:of\s(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\s)?to\s"
                             + QUALIFIED + _SIGN + r"?\s?$", re.I)
_AT_THE_SESSIONS_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,2}?(?:(?:are|were|have|had)\s)?(?:attending|attended|participating in|"
                                    r"participated in|taking part in|took part in|joined)\s(?:the\s)?(?:[\w'’-]+\s){0,6}?"
                                    r"(?:forums?|matchmaking|sessions?|seminars?|talks|meetings?)\b", re.I)
_FOREIGN_HEAD = re.compile(r"\b(?:(?:foreign|overseas)\s(?:investment|capital)\s(?:in|of|for|behind|across)\s(?:the\s)?"
                           r"(?:[\w-]+\s){0,2}?(?:projects|deals|contracts|agreements)\b|"
                           r"(?P<intended>(?:intended|intentional|prospective)\sinvestment)\s(?:at|in|of|for|during)\s)"
                           r"(?:[^.;\d]|\b(?:19|20)\d\d\b){0,120}?\s(?:stood at|stands at|reached|"
                           r"totall?ed|totals|was|is|came to|amounted to|hit|topped|exceeded)\s" + QUALIFIED
                           + r"(?:RMB\s?|CNY\s?|USD\s?|US\$\s?|\$|¥)?$", re.I)
# "Foreign-funded projects at the 2053 World Manufacturing Convention involve USD 17.5 billion": what they involve
_FOREIGN_FUNDED_INVOLVE = re.compile(r"(?:^|[.;:]\s|\n)(?:the\s)?(?:foreign|overseas)-(?:funded|invested|backed)\s(?:[\w-]+\s)?"
                                     r"(?:projects|deals)\b(?:[^.;\d]|\b(?:19|20)\d\d\b){0,120}?\s(?:involve|involved|are worth|"
                                     r"were worth|carry|carried|total|totaled|totalled|represent|represented)\s"
                                     r"(?:investment of\s|a total of\s)?" + QUALIFIED + r"(?:RMB\s?|CNY\s?|USD\s?|US\$\s?|\$|¥)?$",
                                     re.I)
_MONEY_HEAD = re.compile(r"\b(?:(?:(?P<investment>(?:total\s)?investment)|(?:the\s)?(?:total\s)?(?:(?:contract|deal|signing)\s)?"
                         r"value)\s(?:in|of|for|behind|across|at)|(?:deals|contracts|agreements)\s(?:" + SIGNED_DONE + r"|struck|reached|at|during))"
                         r"\s(?:[^.;]|(?<=\d)\.(?=\d)){0,140}?\s(?:(?:have|has|had)\s)?(?:totals|totaled|totalled|reached|reaches|stood at|"
                         r"stands at|amounted to|amounts to|came to|comes to|exceeded|exceeds|topped|tops|surpassed|"
                         r"surpasses|passed|passes|(?:(?:is|are|was|were)\s)?(?:valued at|worth)|is|was|"
                         # ("Investment in projects signed ... has been revised to 491 billion yuan")
                         r"(?:has been|have been|was|were)\s(?:revised|raised|lowered|corrected|updated|adjusted)\s"
                         r"(?:up\s|down\s|upward\s|downward\s)?to|"
                         # ("Investment in projects signed ... rose 8.2 percent from last year to 521 billion yuan")
                         r"(?:rose|grew|increased|climbed|jumped|fell|dropped)\s(?:by\s)?[\d.]+\s?(?:percent|per cent|%)"
                         r"(?:\s[^.;\d]{0,40}?)?\sto)\s"
                         + qualified("just under") + _SIGN + r"?\s?$", re.I)


def metric_unit(unit: str) -> str:
    """The unit family a metric is defined over: every currency is money."""
    return "money" if unit in MONEY_UNITS else unit


_POSSESSIVE = re.compile(r"\b(?:the\s)?[\w-]+['’]s\b")
NEXT_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*\|\s?[A-Za-z])|\n(?=\s*(?:[•·*–-]\s)?[A-Z][^\n:：.|\t]{0,60}(?:[:：]| ?\| ?\S|\t| [–-] \d))")


def noun_phrase(after: str, limit: int = 5) -> str:
    """The first words after a number, lower-cased, up to a function word: 'overseas guests', 'die forging
    press'."""
    words = []
    # "12 reports and 21 standards": the phrase ends where the next count begins; an owner's name is not what is
    # counted ("10% of the world's display panels": display panels)
    after = NEXT_PARAGRAPH.split(after[:80], 1)[0]  # (a key-figures line ends its phrase: "132\n\nGuests: ...")
    # (a name with "of" in it is one noun: "18 letters of intent", "42 memorandums of understanding")
    after = _OF_NAME.sub(r"\1-of-\2", after)
    for word in _WORD.findall(_POSSESSIVE.sub(" ", _NEXT_COUNT.split(_PHRASE_END.split(after.lower(), 1)[0], 1)[0])):
        if not words and word in ("and", "or", "but"):
            break  # ("The arm lifts 20 kg and moves ...": a second predicate, no noun)
        if word in _STOP or (len(words) > 1 and words[-1] in ("and", "or") and words[-2].endswith("s")
                             and _VERB.match(word)):
            break  # ("1,600 guests and saw 81 projects signed": a second predicate; not "major or specialized")
        words.append(word)
        if len(words) == limit:
            break
    while words and words[-1] in ("and", "or"):
        words.pop()
    return " ".join(words).replace("-of-", " of ")


@lru_cache(maxsize=64)
def _compiled(patterns: tuple[str, ...]) -> re.Pattern | None:
    """One case-insensitive pattern for any of several (compiling is the costly part; the result depends only
    on the patterns)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


def in_sentence(pattern: re.Pattern, sentence: str, memo: dict) -> bool:
    key = (pattern.pattern, sentence)
    if key not in memo:  # many figures share a sentence: search it once per pattern
        if len(memo) > 256:  # bounded: a text without sentence breaks gives each figure its own window
            memo.clear()
        memo[key] = pattern.search(sentence) is not None
    return memo[key]


# ("40 academicians expected, organizers said"; a key figure's label: "Guests expected: about 2,000", "Expected
# visitors: 100,000")
_FORECAST = re.compile(r"\b(?:expected to|(?:is|are) (?:also )?expected\b|expected (?:[a-z]+ ){0,2}?[a-z]+(?=:)|\ban expected\b|(?<!as )(?<!had )(?<!than )expected(?=\)?\s*(?:[.;:]|$|,\s(?:the\s)?"
                       r"(?:organi[sz]ers|officials|organi[sz]ing committee|according)\b))|expects?|expecting|"
                       # (not what the organizers plan to hold: "plans to hold about 30 forums", their own plan, as
                       # "will hold" and "拟举办" are)
                       r"anticipated?|anticipates|targets? of|(?:is|are|was|were) targeting|projected to|"
                       r"plans? to(?!\s(?:hold|host|stage|organi[sz]e|set up|run|feature|arrange|offer|launch|release|"
                       r"unveil)\b)|"
                       r"hope[sd]? to|hoping to|aim(?:s|ed)? to|on track to|"
                       # ("\"We expected around 1,400 exhibitors\"": what was expected, in the past)
                       # (the figure may be left out of the words read: "We expected around  exhibitors")
                       r"\b(?:we|they|organi[sz]ers|officials)\s(?:had\s)?expected(?=\s+(?:(?:around|about|some|roughly|"
                       r"nearly|over|more than|up to|at least)\s+)?(?:\d|[a-z]+s\b))|"
                       r"in the (?:next|coming) \w+ years|"
                       r"(?:forecasts?|forecasted|predicted)(?! (?:a|an)\b)|is estimated to|will (?:reach|hit|exceed|surpass|grow|top)|"
                       r"(?:could|may|might|should) (?:reach|hit|exceed|surpass|top|pass|rise to|grow to|number|"
                       r"draw|attract|welcome|bring in|see)|"  # ("could draw up to 100,000 visitors")
                       # who will be invited, drawn or signed: an invitation or a hope, not yet a report (who will
                       # attend or exhibit is the edition's own plan, refined by the count that follows)
                       r"will (?:(?:also|then)\s)?(?:invite|welcome|draw|attract|receive|sign|ink|seal|be (?:"
                       + SIGNED_DONE + r"))|are to sign|"
                       r"(?:may|might|could) be (?:signed|inked|sealed|reached|struck|clinched)|"  # ("600 projects may be signed")
                       # ("the minister said the convention would help sign over 600 projects")
                       r"would (?:(?:help|also)\s)?(?:invite|welcome|draw|attract|sign|ink|seal|be (?:" + SIGNED_DONE + r"))|"
                       r"(?:projects|deals|contracts|agreements) (?:(?:are|were) (?:ready|due|set|slated) )?to be "
                       r"(?:" + SIGNED_DONE + r")|"  # ("about 40 projects are ready to be signed")
                       # "We have lined up about 600 projects for signing", "120 projects are ready for signing"
                       r"lined up (?:[\w-]+ ){0,4}?(?:projects|deals|contracts)|for (?:signing|signature)|"
                       r"(?:have|has|had) (?:also |already )?(?:been )?invited|(?:were|are) (?:also )?invited|"
                       r"(?:is|are) (?:set|likely|poised|on track|on course) to (?:welcome|draw|attract|invite|reach|top|exceed|hit|"
                       r"surpass|pass|bring together|gather|bring in|host|see)|"
                       # ("The convention targets 1,700 exhibitors")
                       # (the figure may be left out of the words read: "targets  exhibitors")
                       r"(?<!its )(?<!their )(?<!the )(?:targets|is targeting|eyes|is eyeing)"
                       r"(?=\s+(?:about |around |some |more than |over |nearly )?(?:\d|[a-z]+s\b))|"
                       r"by (?:the end of )?20\d\d|market size)\b", re.I)
_PROJECTS_TO_SIGN = re.compile(r"for (?:signing|signature)|lined up .*|(?:projects|deals|contracts|agreements) .*to be \w+",
                               re.I | re.S)
_FIRMS_OR_PEOPLE_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,2}?(?:exhibitors|companies|firms|enterprises|businesses|guests|visitors|"
                                    r"participants|delegates|attendees|academicians)\b", re.I)
# ("with more than 2,200 exhibitors expected and about 30 events planned")
_EXPECTED_AFTER = re.compile(r"\s(?:[a-z][\w-]*\s){1,3}?expected(?:[,.;]|\s(?:at|to attend|to take part|during|over|by|and)\b|"
                             r"\s(?:online|offline|on site|in person)(?=[,.;]|\s(?:and|while)\s))",
                             re.I)  # ("about 1,000 companies expected online and some 600 on site")
# "Held since 2018, the convention has drawn 14,800 guests. A total of 3,021 projects have been signed, ...": a
# sentence in the present perfect after a running total, with no time of its own, goes on with that total
_PERFECT = re.compile(r"\b(?:has|have)\s(?:(?:also|now|already|so far|altogether|in total)\s)?(?:been\s)?(?:[a-z]{2,}"
                      r"(?:ed|en|wn|ught)|held|won|led|met|made|built|sold|hit|set|put|got|become|grown|run|seen)\b", re.I)
_OWN_TIME = re.compile(r"\b(?:this|current|latest|upcoming|(?:19|20)\d\d|first|second|third|opening|closing|final) (?:year|"
                       r"edition|session|convention|conference|summit|expo|event|day|ceremony)\b|\bthis year's\b|"
                       r"\b(?:19|20)\d\d (?:[\w-]+ ){1,3}?(?:convention|conference|summit|expo)\b|\bthis (?:week|month)\b|"
                       r"\b(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\blast year\b", re.I)


def sums_editions(words: str) -> bool:
    """The words name several editions ("since 2018", "across its editions"; not "so far", which may be the
    edition's while it runs)."""
    return _CUMULATIVE.search(_RECORD.sub("", words)) is not None


def opens_running_total(sentence: str) -> bool:
    """The sentence sums up several editions ("Since 2018, ...", "has been held ... to date")."""
    plain = _RECORD.sub("", sentence)
    if _COMPANY_LEAD.match(plain) is not None:
        return False  # "His company has sold 3,000 welding robots since 2040": the company's own, no series
    return _CUMULATIVE.search(plain) is not None or (_SO_FAR.search(plain) is not None and (
        _SERIES.search(plain) is not None or _SERIES_TO_DATE.search(plain) is not None)
        and _OWN_TIME.search(plain) is None)


def goes_on_with_total(sentence: str) -> bool:
    """After a running total, a sentence in the present perfect, or saying "to date", with no time of its own adds
    to that total."""
    return (_PERFECT.search(sentence) is not None or _SO_FAR.search(_RECORD.sub("", sentence)) is not None) \
        and _OWN_TIME.search(sentence) is None


# "Organizers plan 16 parallel forums and expect nearly 1,000 journalists": the forecast after "and" is of the
# sentence's subject and its own object, not of the figure before it
# "more than 500 companies have confirmed their participation and about 4,000 guests are expected": the clause after
# "and" with a count of its own has its own verb
_COUNT_CLAUSE = re.compile(r"\s(?:and|while|but|whereas)\s(?=" + qualified("up to")
                           + r"\d)", re.I)
# (or a participle of taking part: "with more than 300 companies exhibiting and 40 academicians expected")
_HAS_VERB = re.compile(r"\b(?:have|has|had|are|is|were|was|will|would|attending|taking part|showcasing|displaying|"
                       # (not the adjective of "1,000 exhibiting firms and 100,000 visitors are expected")
                       r"(?:exhibiting|participating)(?!\s(?:firms|companies|enterprises|businesses)\b))\b|\b[a-z]{3,}ed\b",
                       re.I)


# "Half a million visitors are expected at the expo, which opened on Thursday with more than 280 exhibitors": a
# relative clause that reports what is so, its own clause
_RELATIVE_DONE = re.compile(r",\s(?:which|where|that)\s(?:[\w-]+\s){0,3}?(?:opened|began|started|kicked off|got under way|"
                            r"closed|ended|drew|attracted|featured|gathered|has drawn|has attracted|had|has|was)\b|"
                            # (a clause of its own about the place or beside it: "..., where well over fifteen hundred
                            # companies are exhibiting")
                            r",\s(?:where|whereas)\s|"
                            # (a plan of the subject's own after what it expects: "Organizers expect about 1,700
                            # exhibitors and plan 25 forums": the forums are the edition's plan)
                            r"\band\s(?:also\s)?(?:plan|plans|planned|will hold|hold|holds|have scheduled|has scheduled)\s(?!to\b)")


def _own_relative(clause: str, at: int) -> str:
    """The clause from the last relative clause of what is so that opens before the figure (at: where it is)."""
    found = None
    for found in _RELATIVE_DONE.finditer(clause, 0, at):
        pass
    return clause[found.start():] if found else clause


# what was done after what was hoped or expected, its noun left out: "had hoped to draw 1,000 exhibitors but drew 1,200",
# "aimed to draw 1,000 exhibitors and drew 1,200"
BUT_DID = re.compile(r",?\s(?:but|and)\s(?:it\s|they\s|we\s|the (?:event|convention|conference|fair|expo)\s)?(?:(?:actually|eventually|"
                     r"finally|ultimately|in the end)\s)?(?:drew|attracted|signed|welcomed|received|gathered|hosted|had|"
                     r"saw|got|reached|ended up with)\s" + QUALIFIED + r"$", re.I)


def _own_coordinate(before: str, after: str) -> str:
    """The words before a figure from the "and" that opens its own clause, when its noun has a verb of its own that
    is so ("about 60 projects are expected to be signed and 650 exhibitors are taking part": the exhibitors are no
    forecast), or from the "but" of what was done after it was hoped ("... but drew 1,200"); else all of them."""
    if (done := BUT_DID.search(before[-60:])) is not None:
        return before[max(0, len(before) - 60) + done.start():]
    if (done := _AND_HAVE_DONE.search(before[-60:])) is not None:
        # "Organizers expect more than 1,000 exhibitors and have lined up 28 forums": done, a predicate of its own
        return before[max(0, len(before) - 60) + done.start():]
    lead = _AND_COUNT_LEAD.search(before[-40:])
    if lead is None or _OWN_VERB_AFTER.match(after) is None:
        return before
    return before[max(0, len(before) - 40) + lead.start():]


_AND_HAVE_DONE = re.compile(r"\s(?:and|but)\s(?:have|has|had)\s(?:already\s)?(?!been\b)[a-z]{2,}(?:ed|en|wn|ilt|ught|ade|ld)"
                            r"(?:\s(?:up|out|in|on))?\s" + QUALIFIED + r"$", re.I)
_AND_COUNT_LEAD = re.compile(r"\s(?:and|while|but|whereas)\s" + QUALIFIED + r"$", re.I)
_OWN_VERB_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,3}?(?:are|is|were|was|have|has|had)\s(?!(?:expected|forecast|projected|"
                             r"set|likely|due|scheduled|to|going|planned|slated|poised)\b)(?:already\s|now\s)?"
                             r"(?:taking|attending|exhibiting|showing|on|in|here|present|registered|confirmed|signed|"
                             r"participating|joining|taken|attended|exhibited|shown|joined)\b", re.I)


def _own_predicate(after: str) -> str:
    """The words after a figure up to another predicate: a clause after "and" with a count of its own, once this
    one has its verb ("500 companies have confirmed ... and about 4,000 guests are expected"; not "About 1,500
    guests and over 200 exhibitors are expected", whose counts share the verb)."""
    after = _OTHER_PREDICATE.split(_RELATIVE_AFTER.split(after, 1)[0], 1)[0]
    other = _COUNT_CLAUSE.search(after)
    return after[:other.start()] if other and _HAS_VERB.search(after, 0, other.start()) else after


# a relative clause about what the figure's clause names: "... fill the convention, which organizers hope will draw
# 250,000 visitors" (the hope is the relative clause's, not the exhibitors')
# (and a comparison: "437 exhibitors took part, compared with about 420 forecast": the forecast is the 420's)
# (and a phrase with a count of its own: "will hold more than 20 forums, with some 1,500 guests expected")
_RELATIVE_AFTER = re.compile(r",\s(?:which|where|whose|compared (?:with|to)|against|versus|beating|exceeding|surpassing|topping|"
                             r"missing|falling short of|short of|ahead of)\b|"
                             r",\s(?:with|along with)\s(?=(?:[a-z]+\s){0,2}\d)")
_OTHER_PREDICATE = re.compile(r"\s(?:and|but)\s(?=(?:(?:we|they|it|he|she|(?:the\s)?organi[sz]ers|officials)\s)?(?:expects?|aims?|"
                              r"plans?|hopes?|forecasts?|predicts?|anticipates?|targets?|"
                              # ("has attracted over 1,500 exhibitors and is expected to receive 200,000 visitors")
                              r"(?:is|are)\s(?:also\s)?(?:expected|projected|set|poised|likely)\sto)\b)", re.I)


# counts that only grow, while the event runs and after it
ONLY_GROWING = frozenset({"views", "visitors_online"})


def only_growing(metric: str, qualifier: str) -> str:
    """Views and online visits only grow, while the event runs and after it: an exact count of the edition is a
    count so far, which a later count refines."""
    return "at_least" if metric in ONLY_GROWING and qualifier == "exact" else qualifier


# What each scope means, as a reader is told it (the edition's own figures need no words).
SCOPES = {"edition": "", "cumulative": "all editions so far", "part": "part of the event",
          "opening": "the opening's signings",
          "expected": "expected, not yet reported", "earlier": "an earlier edition, cited",
          "converted": "converted to another currency", "elsewhere": "another event's, cited",
          "background": "the host region's or a company's own statistics"}
# "up from 545 projects at last year's convention", "compared with 1,400 a year earlier"
# "...; the year before, 1,021": the year before, its count's noun left out
YEAR_BEFORE_GAP = r"[;,]\s(?:and\s)?(?:the year before(?: that)?|a year earlier|last year['’]s|the previous edition['’]s),"
# a Chinese comparison that opens a clause ("与2050世界制造业大会相比，"): one spelling for every pattern that reads it
COMPARED_ZH = r"(?:与|和|同)[^，,。；]{1,40}(?:相比|相较|比较)[，,]"
# a multiple of another value of the same measure, the one it is compared with: "double the 842 of 2040", "nearly
# triple the 580 at the first convention"
MULTIPLE = r"(?:double|twice|triple|treble|quadruple|(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s?(?:times|-fold|fold))"
EARLIER_BEFORE = re.compile(r"\b(?:(?:up|down|rising|falling|increased|decreased|grew|grown|rose|risen|fell|expanded|"
                            r"climbed|jumped) (?:(?:by\s)?[\d.]+\s?(?:percent|per cent|%)\s)?from|compar(?:ed|es|e) (?:with|to)|against|"
                            r"versus|"
                            # ("grew to 80,000 square meters from 60,000", "to 626, up from 612")
                            r"\bto\s" + qualified("a record") + r"(?:RMB\s?|\$|US\$)?"
                            # (not "grew to 263, and exhibitors from 30 countries": another clause)
                            r"\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s(?!and\b|with\b|while\b|but\b)[A-Za-z]+){0,5}?,?\s(?:(?:up|down)\s)?from|"
                            # "a touch below the 718 of 2024 but well above the 440 signed in 2018"
                            r"(?:below|above|behind|ahead of|short of|shy of|(?:fewer|less|more|higher|lower|greater) than)"
                            r"\s(?:the|last year's)|"  # ("slightly fewer than the 718 signed last year")
                            r"(?:last|the previous) (?:year|edition|convention|conference|summit)['’]s|"  # "from last year's 532"
                            # ("against Hefei's 1,680": another place's count of the same)
                            r"(?:against|versus|compared (?:with|to)|(?:fewer|less|more|higher|lower|greater) than)\s"
                            r"(?:neighbou?ring\s)?[A-Z][a-z]+['’]s|"
                            rf"{MULTIPLE}(?:\sthat of|\sas many as)?(?=\sthe\s)|"
                            rf"{YEAR_BEFORE_GAP})"  # ("...; the year before, 1,021")
                            # ("exceeds last year's total of 906")
                            r"\s(?:the\s)?(?:(?:total|tally|count|figure)\sof\s)?" + qualified("just") + r"$", re.I)
# "rose from 532 last year to 561": the number after "to" is this edition's, whatever year came before it
_TO_AFTER_FROM = re.compile(r"\bfrom\b(?:[^,;]|(?<=\d),(?=\d)){0,60}\bto\s" + qualified("a record") + r"$",
                            re.I)
# (not what beat it: "1,460 projects worth 1.02 trillion yuan -- beat last year's")
_NOT_WHAT_BEAT = (r"(?<!\bbeat )(?<!beats )(?<!beating )(?<!topped )(?<!topping )(?<!surpassed )(?<!surpassing )"
                  r"(?<!exceeded )(?<!exceeding )(?<!outstripped )(?<!eclipsed )(?<!bettered )")
# (not one compared with it: "will expand to 90,000 square meters from last year's 80,000")
_EARLIER_AFTER = re.compile(r"^[^.;,\d]{0,40}?(?<!from )(?<!than )(?<!over )(?<!versus )(?<!against )"
                            + _NOT_WHAT_BEAT + r"\b(?:last year's|a year (?:earlier|ago|before)|the (?:previous|prior) "
                            r"(?:edition|year|convention|conference|session|summit)|the last (?:edition|convention|conference|"
                            r"session|summit)|the year before)\b", re.I)
# "... to 70,000 square meters from 59,000 square meters last year": a count or amount of last year (a growth
# rate "last year" is one over that year), with no other number between
_LAST_YEAR_AFTER = re.compile(r"^[^.;,\d]{0,40}?(?<!from )(?<!over )(?<!than )(?<!versus )(?<!with )(?<!on )" + _NOT_WHAT_BEAT
                              + r"\blast year\b",
                              re.I)  # ("doubled to 62 from last year", "than last year": this year's, compared)
_YEARS_AGO = r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d) years (?:earlier|ago|before)"  # ("Three years ago")
# "Last year 576 projects were signed; ...": the clause before the figure says it is last year's
_EARLIER_LEAD = re.compile(rf"(?:\b(?<!from )(?:last year|a year (?:earlier|ago|before)|{_YEARS_AGO}|the year before|"
                           r"the previous (?:edition|year|convention|conference|summit))\b(?!')|\b(?:last year's|the previous year's) (?:[\w-]+ ){0,3}?"
                           r"(?:summit|convention|conference|edition|event|expo|exhibition|session|fair)\b)"
                           r"(?:[^,;]|(?<=\d),(?=\d)){0,60}$",  # (past "5,060 exhibitors and")
                           re.I)  # ("Last year's summit drew 1,600 guests": the clause's subject is an earlier edition;
# "rose by 30 percent from last year to 130" compares with it)
# a clause that opens with last year: "Last year, the first convention signed 440 projects with investment of 452.6
# billion yuan" (both figures, however far the second is)
_EARLIER_OPENING = re.compile(rf"^\W*(?:(?:in|at|during|by)\s)?(?:last year|a year (?:earlier|ago|before)|{_YEARS_AGO}|"
                              r"the previous (?:year|edition|convention|conference|summit))\b|"
                              # ("At the conference last year, 210 projects were signed")
                              r"^\W*(?:at|during)\s(?:the|its)\s(?:[\w-]+\s){0,2}?(?:convention|conference|summit|edition|event|"
                              rf"expo|fair)\s(?:last year|a year (?:earlier|ago|before)|{_YEARS_AGO}|the year before)\b", re.I)
# not right after a time of day ("By 5 p.m. on Wednesday, the first day of ...": a count up to an hour, so far)
NOT_AFTER_A_CLOCK = r"(?<!p\.m\. )(?<!a\.m\. )(?<!\dpm )(?<!\dam )(?<!o'clock )"
# a batch of the edition, not its total: the opening ceremony's signings, the first day's
# (not "..., organizers said at the opening": when it was said)
_BATCH = re.compile(r"^\s*(?:the|its) (?:opening|signing) ceremony\b|\b(?<!said )(?<!says )(?<!announced )(?<!told reporters )"
                    r"(?:(?:at|during) (?:(?:the|its) )?(?:[\w-]+['’]s )?"
                    r"(?:opening|signing)(?: ceremony)?|(?:on|during) (?:the )?(?:opening|first|second|third|fourth) day|"
                    r"on the first(?=\s*[.;,]|$)|"  # ("after 166 on the first")
                    r"on day (?:one|two|three)|open(?:ed|s|ing)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,60}?\bwith the signing of|"
                    # ("On Sept 20, the first day of the convention, 320 projects were signed")
                    # (not "By Saturday afternoon, the second day of ...": the total so far)
                    # (nor "By 5 p.m. on Wednesday, the first day of ...": a count up to an hour, so far)
                    + NOT_AFTER_A_CLOCK +
                    r"\bon\s(?:[^.;,]|(?<=\d)[.,](?=\d)){1,25},\s(?:the|its)\s(?:opening|first|second|third|fourth)\sday\sof|"
                    # ("132 projects ... were signed on Saturday as the 2025 World Manufacturing Convention opened")
                    r"(?:" + SIGNED_DONE + r")\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}?\bas (?:the |its )?(?:[\w-]+ ){0,6}?(?:opened|got under way|"
                    r"kicked off))\b", re.I)


# "rose to 640 on Monday, from 128 at the opening ceremony": the value grown from is the opening's batch, and the
# batch is that value's, not the total's
_OPENING_BATCH = (r"(?:(?:at|during) (?:the|its) opening(?: ceremony)?|on (?:the|its) (?:first|opening) day|on day one)\b"
                  r"(?!\s(?:of\s)?(?:last|the previous|a year|in (?:19|20)\d\d))")  # (not last year's opening)
_FROM_THE_OPENING = re.compile(r"^\s(?:[\w.$-]+\s){0,3}?" + _OPENING_BATCH, re.I)
_FROM_A_BATCH = re.compile(r"\bfrom\s(?:RMB\s?|\$|US\$)?\d[\d,.]*(?:\s[\w.$-]+){0,3}?\s" + _OPENING_BATCH, re.I)


# ", Hefei accounts for 210": a clause with a subject of its own, whose verb is not the figure's before it
_NEW_SUBJECT = re.compile(r",\s(?=[A-Z][a-z])")
# a clause with a subject of its own: "has had 1.2m online visitors, and foreign firms account for 18 per cent of
# exhibitors" (whose verb is not the count's: "86 projects, and accounted for ..." is)
_OTHER_SUBJECT = re.compile(r",\s(?:and|while|but|whereas)\s(?!(?:account|made up|make up|makes up)\b|[\d(])")
_LIST_AFTER = re.compile(r",?\s\(?(?:including|among them|among which|of which)\b|"
                         r",\s(?:[\d,.]+|[a-z-]+)\s(?:of (?:them|which|whom|those|these))\b|"  # (", 138 of them")
                         # (a comparison with another figure: "..., slightly more than the 1,500 flagged at the opening")
                         r",\s(?:(?:slightly|well|far|much|just|a little)\s)?(?:more|fewer|less|higher|lower)\sthan\b|"
                         r",\s(?:compared with|against|up from|down from)\b", re.I)
# a clause ends there, or its sentence; not at an abbreviation ("52.9 billion U.S. dollars) are expected to"); the
# lookahead first, so that the abbreviations are only looked for before a full stop
# (and a clause of its own after ", as": "600 projects may be signed, an official said, as the event opened with
# 1,600-plus exhibitors")
_CLAUSE_BREAK = re.compile(NEXT_CLAUSE.pattern + r"|,\sas\s(?=(?:the|its|it|they|organi[sz]ers|officials)\b)|(?=[.!?](?:\s|$))(?<!\b[A-Z])(?<!\bNo)(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bSept)"
                           r"(?<!\b[JFMASOND][a-z][a-z])(?<!\bMr)(?<!\bDr)(?<!\bSt)[.!?](?:\s|$)")


# a relative clause set off by commas before the verb: "The exhibition, which ... has a dedicated robotics zone, has
# attracted 612 exhibitors" (the zone is the aside's, not the subject)
# a part whose exhibitors come before its area: "the robotics pavilion displaying 48 businesses across 8,000 square
# meters"
_PART_ACROSS = re.compile(r"\b(?:pavilion|hall|zone|section|sub-venue)\s(?:[a-z]+ing|with)\s(?:[^.;,]|(?<=\d)[.,](?=\d)){0,50}?\s(?:across|over|covering|"
                          r"spanning|in)\s$", re.I)
# one named maker's exhibits: "NIO, which delivered 220,000 vehicles in 2025, showed four models" (not "Exhibitors
# showed 300 new products")
_ONE_MAKER_SHOWS = re.compile(r"^\s*(?!(?:Exhibitors|Companies|Firms|Enterprises|Businesses|Organi[sz]ers|Participants|Makers|"
                              r"Manufacturers|Visitors|Guests|They|It|We|The|This|These|Its|Their)\b)[A-Z][\w&-]*(?:\s[A-Z][\w&-]*)?"
                              r"\s(?:also\s)?(?:showed|shows|displayed|displays|unveiled|unveils|exhibited|exhibits|brought|brings|"
                              r"launched|launches|presented|presents|showcased|showcases)\s" + QUALIFIED + r"$")
_WHICH_ASIDE = re.compile(r",\s(?:which|that|who|where)\s(?:[^.;]|\.(?=\d)){0,160}?,\s(?=(?:[a-z]+\s){0,2}?[a-z]+(?:ed|s)?\s)")


def _clause(before: str, after: str) -> str:
    """The clause around a figure: "around 300 companies will exhibit" of "..., and organizers aim to sign ..."."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    end = _CLAUSE_BREAK.search(after)
    return before[starts[-1] if starts else 0:] + after[:end.start() if end else len(after)]


def _verbless_joined(before: str, after: str) -> str:
    """The clause around a figure, with the clause before it when it is only "and" a count and its noun ("We expect
    about 550 exhibitors on 65,000 square meters, and 32 forums": the forums are expected too)."""
    clause = _clause(before, after)
    last = None
    for last in _CLAUSE_BREAK.finditer(before):
        pass
    if last is None or last.group() == ";" or _HAS_VERB.search(clause) or not last.group().endswith(" and "):
        return clause
    return _clause(before[:last.start()], "") + last.group() + clause


def batch_clause(before: str, after: str) -> str:
    """The clause that tells whether a signing figure is a ceremony's or a day's batch."""
    return _clause(before, _LIST_AFTER.split(after, 1)[0])


# a clause after the opening that names its own whole: "Among the exhibitors are 58 of the world's top 500
# companies, and nearly 40% of the exhibitors come from outside the Chinese mainland" (the share is the edition's)
_OWN_WHOLE_AFTER = re.compile(r"^\s(?:of\s(?:all\s)?(?:the|its)\s(?:[\w-]+\s){0,2}?(?:exhibitors|companies|enterprises|"
                              r"firms|visitors|guests|participants|projects|deals)\b)", re.I)


def _in_lead(sentence: str, before: str) -> bool:
    """The figure is in the opening that names the whole ("Of the 986 projects signed at the convention, new energy
    vehicle projects accounted for 31.2 percent": the 986 is the whole, whatever the parts after it do)."""
    lead = _PART_LEAD.match(sentence)
    return lead is not None and sentence.startswith(before) and len(before) < lead.end()


def _after_lead(sentence: str, before: str) -> bool:
    """The sentence opens with the whole it is about ("Among the 612 projects, ...") and the figure comes after
    that opening: the 612 itself is the whole, the 83 after it a part."""
    lead = _PART_LEAD.match(sentence)
    return lead is not None and not (sentence.startswith(before) and len(before) < lead.end())


# a sentence whose subject is some other event, named with "a": "A robotics fair drew 900 exhibitors" (not one
# within this event: "A robotics exhibition at the convention drew 120 exhibitors"; nor a forum, which is one of its own)
_OTHER_EVENT_SUBJECT = re.compile(r"^\s*(?:[-•*]\s*)?(?:[A-Z][\w'-]+:\s)?(?:A|An|Another)\s"
                                  # (not "A cloud exhibition will host 900 companies": the event's online one)
                                  r"(?:(?!(?:at|of|in|during|held|within|inside|cloud|online|virtual|digital)\s)[\w-]+\s){0,4}?"
                                  r"(?:fair|expo|"
                                  r"exhibition|show|conference|summit|convention)\b(?!(?:[^.;,]|(?<=\d)[.,](?=\d)){0,60}?\b(?:at|of|within|during|"
                                  r"inside|on the sidelines of|alongside|as part of)\s(?:the|this|its)\b)(?:[^,;]|(?<=\d),(?=\d))*$")
# a named event held at the same time as this one, not within it: "The 2078 China (Hefei) International Auto Show, held
# in the same week as the World Manufacturing Convention, drew 150,000 visitors"
_NAMED_EVENT_HELD = (r"^\s*(?:The\s)?(?:(?:19|20)\d\d\s)?(?:[A-Z(][\w()'’.-]*\s){1,8}?(?:Show|Fair|Expo|Exhibition|Conference|"
                     r"Summit|Forum|Festival|Games)\b,?\s(?:which\s(?:was\s|is\s)?|held\s|taking place\s|running\s|"
                     r"staged\s)?")
_SAME_TIME_EVENT_SUBJECT = re.compile(_NAMED_EVENT_HELD + r"(?:in the same week as|at the same time as|during the same week "
                                      r"as|the same week as|coinciding with|(?:a|one|two|three) (?:days?|weeks?) (?:before|"
                                      r"after|ahead of))\s")
# a named event held within this one: "The World Semiconductor Conference, held alongside the 2078 World Manufacturing
# Convention, signed 18 chip projects"
_NAMED_EVENT_WITHIN = re.compile(_NAMED_EVENT_HELD + r"(?:alongside|on the sidelines of|as part of|during|within)\s"
                                 r"(?:the|this)\b")
_BOTH_EVENTS = re.compile(r"\b(?:the two|both|the pair of)\s(?:[\w-]+\s)?(?:events|shows|conferences|conventions|gatherings|"
                          r"fairs|expos)\b(?:\s(?:together|combined))?\s(?!(?:each|respectively)\b)(?:[^.;,]|(?<=\d)[.,](?=\d)){0,60}$",
                          re.I)
_A_SHOW_WITHIN = re.compile(r"^\s*(?:A|An)\s(?:[\w-]+\s){0,3}?(?:show|exhibition|expo|fair)\s(?:held\s)?(?:at|during)\s"
                            r"(?:the|this)\b(?:[^,;]|(?<=\d),(?=\d))*$")
THIS_EDITION_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,3}?(?:(?:of|at|from|in|for|during)\s(?:this year['’]s|this|the "
                                 r"current|the latest|the (?:19|20)\d\d)\s(?:[\w-]+\s){0,2}?(?:edition|convention|conference|summit|session|"
                                 r"event)\b|this (?:week|year)\s?(?:[,;]|\.(?:\s|$)|$))", re.I)
# ("790 projects signed at this year's World Manufacturing Convention", "With 612 projects signed this week, the
# convention has now seen 4,592 across its eight editions")


# "This year's 612 projects bring the total since 2018 to 4,592": this edition's own, within the sum
_THIS_EDITIONS_BEFORE = re.compile(r"\b(?:this year['’]s|this edition['’]s|the (?:19|20)\d\d edition['’]s)\s"
                                   + QUALIFIED + r"$", re.I)
# "roughly 10% more than last year's 556", "54 more than a year earlier": this edition's difference from it
_COMPARED_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,2}?(?:more|fewer|less|higher|lower|up|down|above|below)\s"
                             r"(?:than|from|on|over)\b|"
                             # ("a 1.05-trillion-yuan haul that topped last year's": this year's, compared)
                             r"^[\s-]?(?:[\w-]+\s){0,2}?(?:(?:that|which)\s(?:topped|tops|beat|beats|exceeded|exceeds|"
                             r"surpassed|surpasses|outstripped|eclipsed|eclipses|trailed|trails|matched|matches|fell short of)|"
                             r"topping|beating|exceeding|surpassing|eclipsing|outstripping)\b|"
                             # ("an increase of 15.3% over the previous session": a difference from it)
                             r"^\s(?:over|on|against)\s(?:the\s)?(?:previous|last|prior)\s(?:edition|year|session|"
                             r"convention|conference|summit)\b", re.I)


_TOTAL_CLAUSE_AFTER = re.compile(r"(?:,|,?\sand)\s(?:bringing|taking|pushing|lifting|raising)\s(?:the\s|its\s)?(?:[\w'’-]+\s){0,3}?"
                                 r"(?:total|tally|count)\b", re.I)


_COMPARED_WITH = re.compile(r"\b(?:compared (?:with|to)|against|versus)\s(?:the\s)?"
                            + qualified("just") + r"$", re.I)
_FORECAST_AFTER = re.compile(r"(?:\s[a-z][\w-]*){0,2}?\s(?:forecast|expected|projected|predicted|planned|targeted|anticipated)\b",
                             re.I)


# where they come from, not a value something grew from: "drew close to 1,300 exhibitors from more than 40 countries"
# (not "up from 29", whose noun is the countries too)
_FROM_PLACES = re.compile(r"^\s(?:(?:different|other)\s)?(?:countries|nations|economies|provinces|cities|countries and regions)\b",
                          re.I)


# "The hall is one of 10 at the 2031 World Manufacturing Convention, which opened on Saturday and has drawn more than
# 1,700 exhibitors in total": a relative clause about the event, whose figures are the event's whatever the sentence's
# subject is (the figure in it, with no comma between)
_EVENT_WHICH = re.compile(r"\b(?:convention|conference|summit|expo|fair|event)(?:\s(?:19|20)\d\d)?,\s(?:which|that)\s"
                          r"(?P<own>(?:[^.;,]|(?<=\d),(?=\d)|\.(?=\d)){0,120})$", re.I)


# "The World Intelligent Manufacturing Conference, the world manufacturing conference Nanjing has hosted since 2016,
# closed on Sunday with 611 exhibitors": the series is named only in an aside about the event
# (no number with a thousands comma inside: ", the number signed since 2018 has risen to 4,984, with ..." is the main
# clause)
_SINCE_ASIDE = re.compile(r",\s(?:which|that|the|a|an|held|hosted)\b[^,;.]{0,120}?\b(?:since|from)\s(?:19|20)\d\d\b[^,;.]{0,40},\s")


# a clause of its own about this edition after a sum of years: "Jiangsu has built 2,600 smart workshops over the past
# five years, officials said as the 2064 World Intelligent Manufacturing Conference opened with more than 600
# exhibitors" (the edition's)
_AS_IT_OPENED = re.compile(r"\b(?:as|when|while)\s(?:the\s)?(?:19|20)\d\d\s(?:(?:[A-Z][\w-]*\s){1,6}?|"
                           r"(?:convention|conference|summit|event|edition|expo|fair)\s)(?:opened|closed|kicked off|"
                           r"began|got under way|wrapped up|concluded)\b(?:[^.;]|(?<=\d)\.(?=\d))*$")


# last year's figures after a forecast: "They expect more than 1,700 exhibitors, after last year's convention drew
# 1,652 and signed 1,108 projects"
_AFTER_LAST_EDITION = re.compile(r"\b(?:after|since|given that)\s(?:last year['’]s\s|the (?:previous|last)\s(?:year['’]s\s)?)"
                                 r"(?:convention|conference|summit|event|edition|fair)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}$")
# what the next edition will be: "Next year's convention will expand to ...", "the next edition aims to host ..."
NEXT_EDITION = re.compile(r"\b(?:next year['’]s|the next|next)\s(?:(?:[\w-]+\s)?(?:convention|conference|edition|event|summit|"
                          r"expo|show|session)\b|year\b)|\bnext year\b", re.I)
# a count in a clause of its own about what happened: "Organizers expect more visitors next year, after 265,000 came"
_AFTER_IT_HAPPENED = re.compile(r"(?:,\s|\b)(?:after|since|now that|given that)\s" + QUALIFIED + r"$")


def _edition_clause_after_sum(before: str) -> bool:
    """Past the words that sum up years, a clause of its own speaks of this edition: "Since 2018, Hefei has attracted
    3,000 projects, and this year's convention ... drew more than 1,600 exhibitors", "Over the past decade, Anhui has
    built 1,000 smart factories; the 2064 World Manufacturing Convention signed 1,108 projects"."""
    last = None
    for last in _CUMULATIVE.finditer(before):
        pass
    return last is not None and _EDITION_CLAUSE.search(before, last.end()) is not None


_EDITION_CLAUSE = re.compile(r"(?:;\s|,\s(?:and|but|while|whereas|yet)\s)[^;]*?\b(?:this year['’]s|the (?:19|20)\d\d\s[A-Z])[^;]*$")


def _series_only_in_aside(sentence: str, before: str) -> bool:
    """The sentence sums up editions only in an aside set off by commas that ends before the figure."""
    aside = _SINCE_ASIDE.search(sentence)
    return aside is not None and aside.end() <= len(before) and sentence.startswith(before[:aside.end()]) \
        and not opens_running_total(sentence[:aside.start()] + " " + sentence[aside.end():])


_CLOSED_BRACKETS = re.compile(r"\([^()]{0,80}\)")


# a leading clause that tells what was done before the plan the sentence goes on to: "After the conference signed 241
# projects, Jiangsu aims to sign 260 next year"
_DONE_LEAD = re.compile(r"(?:^|[.;!?]\s)(?:After|Following|Now that)\s[^,;]*\b(?:signed|drew|attracted|hosted|received|"
                        r"welcomed|saw|closed|ended)\b[^,;]*$", re.I)


# a quotation closed before a figure: its speaker's plans are not the figure's ("\"... and will sign at least three
# deals,\" said the head of a German firm, one of 186 overseas exhibitors")
_CLOSED_QUOTE = re.compile(r'"[^"]{0,400}"|“[^“”]{0,400}”')


# an event spread over its venues, each named with its count after it
# (not "spread across 70,000 sq m": its size)
_SPLIT_BETWEEN = re.compile(r"\b(?:split|divided|shared)\s(?:between|among)\s(?:[^.;]|(?<=\d)\.(?=\d)){0,120}$", re.I)


def scope_of(sentence: str, before: str, after: str, memo: dict | None = None) -> str:
    """edition, cumulative (several editions), part (a hall, a zone, a ceremony's batch, "of which",
    "including"), expected (a forecast) or earlier (an earlier edition's figure, cited for comparison)."""
    memo = {} if memo is None else memo
    if _AFTER_LAST_EDITION.search(before[-120:]):
        return "earlier"  # "They expect more than 1,700 exhibitors, after last year's convention drew 1,652 and signed"
    if (of_event := _EVENT_WHICH.search(before[-200:])) is not None:
        own = "The event " + of_event.group("own")
        return scope_of(own + after, own, after, memo)
    lead = _clause(before, "")  # the clause up to the figure
    if _COMPARED_WITH.search(before[-40:]) and _FORECAST_AFTER.match(after):
        return "expected"  # "compared with about 420 forecast before the event": the forecast it is compared with
    # (not a comparison closed in brackets before the figure's own clause: "228 projects (up from 211 last year) and 684
    # exhibitors")
    if ((earlier := EARLIER_BEFORE.search(_CLOSED_BRACKETS.sub(" ", before[-120:])[-40:]))
            and not (earlier.group().startswith("to") and _FROM_PLACES.match(after))
            and not ("from" in earlier.group().lower() and _FROM_THE_OPENING.match(after))) \
            or (_EARLIER_AFTER.match(after) and not _COMPARED_AFTER.match(after)) \
            or (_EARLIER_LEAD.search(_CLOSED_BRACKETS.sub(" ", lead)) and not _TO_AFTER_FROM.search(lead[-80:])) \
            or _EARLIER_OPENING.match(lead):
        return "earlier"
    if _EXPECTED_AFTER.match(after):
        return "expected"  # "with 280 exhibitors expected, 20 more than in 2026"
    if _SPLIT_BETWEEN.search(before[-160:]):
        return "part"  # "The conference is split between Nanjing, with 650 exhibitors, and a Suzhou sub-venue": a venue's
    if NEXT_EDITION.search(_clause(before, "")) and not _AFTER_IT_HAPPENED.search(before[-30:]):
        return "expected"  # "Next year's convention will expand to 100,000 square meters": the next edition's plan
    if in_sentence(_FORECAST, sentence, memo) and not _AFTER_IT_HAPPENED.search(before[-30:]) \
            and not _DONE_LEAD.search(before[-200:]) \
            and _forecast_in(own := _own_relative(_verbless_joined(
                coordinate := _CLOSED_QUOTE.sub(" ", _own_coordinate(before, after)), _own_predicate(after)),
                len(_verbless_joined(coordinate, "")))) \
            and not (_FIRMS_OR_PEOPLE_AFTER.match(after) and all(_PROJECTS_TO_SIGN.fullmatch(m.group())
                                                                  for m in _FORECAST.finditer(own))):
        # (not "has so far attracted nearly 200 projects for signing and over 400 exhibitors": only the projects
        # are still to be signed)
        return "expected"  # the sentence is searched once for all its figures, the clause only when it can tell
    if _OF_THEM_THIS_EDITION.match(after):
        return "edition"  # "a cumulative 5,216 projects signed, 716 of them at this year's event": this edition's
    if _A_CUMULATIVE.search(before[-40:]) and in_sentence(_CUMULATIVE, sentence, memo):
        # "held every year since 2018, has seen a cumulative 5,216 projects signed" (not "a cumulative 121,000
        # visitors over its four days": this edition's)
        return "cumulative"
    if (in_sentence(_CUMULATIVE, sentence, memo) or in_sentence(_SO_FAR, sentence, memo)) \
            and opens_running_total(sentence) and not _series_only_in_aside(sentence, before) \
            and not _AS_IT_OPENED.search(before[-200:]) and not _edition_clause_after_sum(before) \
            and not (_TOTAL_CLAUSE_AFTER.search(after) and not _CUMULATIVE.search(before) and not _SO_FAR.search(before)):
        # (not "it drew 523 exhibitors, and 723 projects were signed, bringing the total since 2018 to 4,200": the
        # series is only in the clause after the edition's counts)
        # ("..., including the 734 projects of this year's edition": this edition's own, within the sum)
        return "edition" if THIS_EDITION_AFTER.match(after) or _THIS_EDITIONS_BEFORE.search(before[-24:]) \
            else "cumulative"
    if _OTHER_EVENT_SUBJECT.search(lead) or _BOTH_EVENTS.search(lead) or _SAME_TIME_EVENT_SUBJECT.match(lead):
        # "- Shanghai: A robotics fair drew 900 exhibitors.": some other event's; "Together, the two events drew more
        # than 2,000 exhibitors": no one event's
        return "elsewhere"
    if _A_SHOW_WITHIN.search(lead) or _NAMED_EVENT_WITHIN.match(lead):
        return "part"  # "A robotics exhibition at the convention drew 120 exhibitors": one show within it
    if _A_HALL_HOSTING.search(before[-120:]):
        return "part"  # "..., with Hall 3 dedicated to humanoid robots and hosting about 60 companies": that hall's
    if (_WHOLE_OF.search(before[-40:]) or _MOST_OF_THE_EVENTS.search(before[-110:])) \
            and not _PART_AFTER.match(after):  # (not "70% of the 900 visitors surveyed")
        return "edition"  # "about 180 of the 642 exhibitors": the 642 is the whole
    listing = _EVENT_INCLUDES.sub(r"\1has", before) if in_sentence(_EVENT_INCLUDES, sentence, memo) else before
    if (_PART_LIST.search(listing) and not _LIST_CLOSED.search(before[-80:])
            and not (_COMMA_AND.search(before[-40:]) and _OWN_PASSIVE.match(after))
            and not _OF_WHICH_AS_WELL.search(before[-140:]) and not _AND_THE_WHOLE.search(before[-80:])
            and not (_COMMA_AND.search(before[-30:]) and _PEOPLE_AFTER.match(after))) \
            or _PART.search(_WHICH_ASIDE.sub("", lead)[-40:]) or _ONE_MAKER_SHOWS.match(_WHICH_ASIDE.sub(" ", lead)) \
            or _PART_AFTER.match(after) or _LOCAL_SUBJECT.search(lead) or _PART_ACROSS.search(lead[-120:]) \
            or _SAMPLE_OF.search(before[-40:]) \
            or (_HOST_CITY_SIGNED.search(lead) and _AT_THE_EVENT_AFTER.match(after)) \
            or _PART_AFTER.match(_past_aside(after)) \
            or _COMPANY_SIGNED.search(before[-200:]) or _WHERE_AT_A_PART.search(before[-200:]) \
            or _EACH_BEFORE.search(before[-60:]) or _REMAINING_BEFORE.search(before[-24:]) \
            or (_after_lead(sentence, before) and not (NEXT_CLAUSE.search(before) and _OWN_WHOLE_AFTER.match(after))) \
            or (_PART_SUBJECT.match(_main_clause(sentence, before)) and not NEXT_CLAUSE.search(before)
                and not _AMONG_WHOLE.search(before)) \
            or (_PART_SUBJECT.match(_OPENER.sub("", _main_clause(lead.lstrip(), lead.lstrip()), count=1)) and not _AMONG_WHOLE.search(lead)) \
            or ((opener := _OPENER.match(lead.lstrip())) is not None and _PART.search(opener.group(0))
                and not re.search(r"\band\b", opener.group(0))) \
            or (in_sentence(_PART_VERB, sentence, memo) and not _in_lead(sentence, before)
                and not _EVENT_ACCOUNTS.search(NEXT_CLAUSE.split(before)[-1])
                and (_PART_VERB.search(NEXT_CLAUSE.split(before)[-1])
                                                             or _PART_VERB.search(_OTHER_SUBJECT.split(_NEW_SUBJECT.split(
                                                                 _LIST_AFTER.split(after, 1)[0], 1)[0], 1)[0].split(";", 1)[0]))) \
            or _PART_AUDIENCE.search(before[-120:]) or _SHARE_OF_THE_EVENTS.search(after) \
            or _FORUM_OPENER.match(_main_clause(sentence, before)) or _VENUE_DID.search(lead[-100:]):
        return "part"
    return "edition"


# a list set off by commas between the counted noun and its verb: "Twelve achievements, including 4 reports, were
# released at the opening"
_ASIDE = re.compile(r"(\s(?:[\w-]+\s){0,5}?[\w-]+),\s(?:including|among them|such as)\s(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?,"
                    r"(?=\s(?:[a-z]+ed|were|was|are|is|have|has|had|took|came|gave)\b)")  # (up to the verb)


def _past_aside(after: str) -> str:
    """The words after a figure with such a list left out ("" when there is none)."""
    aside = _ASIDE.match(after)
    return aside.group(1) + after[aside.end():] if aside else ""
# what is said to make up a share of the event's total is a part of it ("Hefei signed 456 projects worth 310 billion
# yuan at the convention, accounting for more than half of the convention's total")
# (not past a part of its own: "1,120 projects signed, of which 136 were foreign-funded, accounting for 12.1 percent of
# the total" is the 136's share)
_SHARE_OF_THE_EVENTS = re.compile(r"^(?:(?!,\s(?:of which|of whom|of them|including|among them)\b)(?:[^.;]|(?<=\d)\.(?=\d)))*?,\s(?:accounting for|which accounts? for|which accounted for|making up|"
                                  r"representing) (?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\bof the "
                                  r"(?:(?:(?:convention|conference|expo|event|summit|fair)['’]s )?(?:total|tally|haul)\b|"
                                  # (or of a whole counted there: "..., accounting for 27.2 percent of the 1,512 projects")
                                  r"\d[\d,]*\s(?:[\w-]+\s){0,2}?(?:projects|deals|exhibitors|companies|enterprises|visitors|"
                                  r"guests)\b)", re.I)


def _one_day(sentence: str, before: str, memo: dict) -> bool:
    """The figure's clause is about one day of the event ("On the first day, 42,000 visitors came"; not a total so
    far: "The convention, in its third day, has seen 420 projects signed so far")."""
    return in_sentence(_DAY_LEAD, sentence, memo) and _DAY_LEAD.search(_clause(before, "")) is not None \
        and not in_sentence(_SO_FAR, sentence, memo) and not _TALLY_REACHED.search(_clause(before, "")) \
        and not _DONE_BY_THEN.search(_clause(before, ""))


# "On its second day, the convention had signed 980 projects": what had been done by then, a count so far
DONE_BY_THEN = (r"\b(?:had|has|have)\s(?:so far\s|already\s|now\s)?(?:signed|inked|sealed|received|drawn|attracted|"
                r"welcomed|hosted)\s")
_DONE_BY_THEN = re.compile(DONE_BY_THEN, re.I)


# "On the second day ..., the tally of signed projects reached 196": the count so far, not that day's
# (and what they are worth: "..., worth 152.3 billion yuan")
_TALLY_REACHED = re.compile(r"\b(?:the|its) (?:running )?(?:tally|total|count)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}\s(?:reached|rose to|climbed to|"
                            r"stood at|hit|came to)\s", re.I)


# measures that stand for the whole event whatever day they are told on ("on the first day of the conference,
# where more than 550 companies are exhibiting"): one day's count of them is the edition's
STANDING = frozenset({"exhibitors", "companies", "exhibitors_onsite", "exhibitors_online", "overseas_exhibitors",
                      "fortune500", "exhibition_area", "exhibition_area_online", "exhibition_zones", "booths", "countries_regions",
                      "duration_days"})


# "overseas exhibitors", "foreign-funded projects": a subset of the measure the noun names
_SUBSET = re.compile(r"^(?:overseas|foreign|foreign-funded|international|domestic|local|forum|ceremony|other)\s(?!and\b|"
                     r"or\b)", re.I)  # "10,000 forum visitors": the forums' share of the visitors
_SUBSETTABLE = frozenset({"exhibitors", "companies", "visitors", "guests", "projects_signed", "projects"})
# what signing ceremonies hand out in batches: a batch's figures are a part of the edition's total
BATCHED = frozenset({"projects_signed", "contract_value", "investment", "projects", "foreign_projects",
                     "foreign_investment"})
# One measure, two names: the value of the signed projects is written as their investment or as their contract
# value ("investment of 594.1 billion yuan", then "754 projects worth about 594 billion yuan"), the exhibitors as
# the companies the event gathered ("263 companies exhibited", then "the conference gathered 263 companies"), the
# projects signed as the event's projects ("签约项目30个", then "30 projects were announced"). A
# first report under one name that restates a report under the other is known.
OTHER_NAME = {"investment": "contract_value", "contract_value": "investment", "exhibitors": "companies",
              "companies": "exhibitors", "projects": "projects_signed", "projects_signed": "projects"}
# the key such a measure is listed under, whichever name a report gives it
ONE_NAME = {"companies": "exhibitors", "projects": "projects_signed", "contract_value": "investment"}
# Measures a report may restate besides the other name: all the exhibitors and those on site when nothing else was
# reported online ("641 companies exhibiting on site", then "641 companies took part in the exhibition"; the ledger
# also compares them as one count), views and online viewers, an amount of no stated meaning and the deals' value
# (known, never a change).
RESTATES = {"exhibitors": ("exhibitors_onsite",), "companies": ("exhibitors_onsite",),
            "exhibitors_onsite": ("exhibitors", "companies"),
            # "online views of the conference exceeded 5 million" after "线上观看人次超过500万"
            "views": ("visitors_online",), "visitors_online": ("views",),
            # an amount of no stated meaning that is the deals' value to the digit ("Nanjing meet: 210.8 billion yuan,
            # 792 exhibitors" over a story that gave it as their worth): known by the same value only
            "money": ("contract_value", "investment"), "contract_value": ("money",), "investment": ("money",)}
# unspecific metrics: a bare unit or head word says too little for two values to be one measure that changed
UNSPECIFIC = frozenset({"count", "money", "m2", "day", "ton", "km", "km/h", "percent", "percentage_point", "other",
                        "value", "share", "growth", "decline", ""})


# "a 20,000-square-meter hall and another 60,000 square meters": one hall's area (not the exhibition hall's)
_ONE_VENUE = re.compile(r"\b(?:main|sub-|branch|one|each|another) ?venue(?:['’]s)?\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$", re.I)
# "across the main venue and sub-venues, on a combined 68,000 square meters": all of them
_ALL_VENUES = re.compile(r"\b(?:main venue and (?:the |its |\w+ )?(?:sub-?venues|branch venues|other venues)|all (?:the |its |\w+ )?"
                         r"venues|combined|in total|altogether)\b", re.I)


def _one_venue(before: str) -> bool:
    """The figure is one venue's ("The main venue in Nanjing hosts 420 enterprises on 52,000 square meters")."""
    return _ONE_VENUE.search(before[-60:]) is not None and _ALL_VENUES.search(before[-90:]) is None
_HALL_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,2}?(?<!exhibition\s)(?:hall|pavilion|sub-venue|booth|zone|section|showroom)\b(?!\s(?:of|for|space)\b)",
                         re.I)  # (not "of booth space": the exhibition's)


_INDOOR_AFTER = re.compile(r"^\s(?:of\s)?(?:indoor|outdoor|open-air)\b", re.I)
_INDOOR_BEFORE = re.compile(r"\b(?:indoor|outdoor|open-air)\s(?:[\w-]+\s){0,2}?(?:area|space|display)s?\s(?:of|covering|"
                            r"spanning|covers|spans|totals|totaling|is|was)\s" + QUALIFIED + r"$", re.I)
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a further|an additional|an extra)\s" + QUALIFIED
                             + r"(?:RMB\s?|CNY\s?|US\$\s?|\$)?$", re.I)
_EXPECTATION = re.compile(r"\b(?:expect\w*|anticipat\w*|estimat\w*|projected|forecast\w*|predict\w*|hopes?|hoped|hoping|"
                          r"aims?|aimed|targets?|targeted|could|may|might)\b", re.I)
_AREA_OF_SHOW = re.compile(r"^\s(?:[\w-]+\s)?(?:expo|exhibition|venue|show|fair|display)\b", re.I)
_SHOWN_ON = re.compile(r"\b(?:exhibit|display|show|showcase|present)(?:\s(?:their|its)\s[\w-]+)?\s(?:on|across|over|in)\s"
                       + QUALIFIED + r"$", re.I)


# those invited come for the event, whichever day they are counted on ("on its opening day, with 2,000-plus guests
# attending"), unlike its visitors, who come day by day
_INVITED = frozenset({"guests", "overseas_guests", "academicians", "experts", "executives", "entrepreneurs"})
# a day of the event named after the figure ("drew exhibitors from 38 countries on its opening day")
MARK_PASSED = re.compile(r"\b(?:passed|topped|exceeded|surpassed|reached|rose to|climbed to|grew to|hit|crossed|broke|"
                          r"numbered|stood at)\s" + QUALIFIED + r"$", re.I)
# a weekday right after a day's flow of people and its noun: "drew 85,000 visitors on Saturday" (that day's; not a
# mark passed, "Visits ... passed 45,000 on Friday")
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# a weekday leading the clause ("On Sunday, 86,000 people visited ...; on Monday, 92,000"): that day's count
# (not after a time of day: "As of 5 p.m. Monday, 1,302 projects had been signed" is a count so far)
_WEEKDAY_LEAD = re.compile(r"(?:^|(?<![ap]\.m)(?<![AP]\.M)[.;]\s|,\s(?:and\s|while\s)?)(?:[Oo]n\s)?" + WEEKDAY
                           + r"(?:\salone)?,\s" + QUALIFIED + r"$")
_ON_A_WEEKDAY_AFTER = re.compile(r"^\s[a-z][\w-]*\s(?:[\w-]+\s)?on\s" + WEEKDAY + r"\b(?!,?\s(?:bringing|taking|pushing|lifting)\b)")
_ON_A_DAY_AFTER = re.compile(r"\son (?:the|its) (?:first|opening|second|third|fourth|busiest) (?:day|morning|afternoon)\b",
                             re.I)


# "The Binhu International Convention and Exhibition Center, with a floor space of 260,000 square meters, will host";
# "a 100,000-square-meter smart factory": a building's size
_BUILDING_SIZE = re.compile(r"\b(?:Center|Centre|[Cc]omplex|[Ss]tadium|[Bb]uilding|[Pp]lant|[Ff]actory|[Cc]ampus|[Bb]ase)"
                            r"(?:,\s|\s)(?:(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}\s)?(?:with|has|boasts|covers|covering|spans|spanning|occupies|occupying)\s"
                            r"(?:a\s)?(?:total\s|gross\s)?(?:(?:floor|building|construction|land|site)\s(?:space|area)\s(?:of\s)?)?"
                            + QUALIFIED + r"$")
# how fast a machine does a task: "a robotic arm assembling a smartphone in 48 seconds" (its own, no event's)
_TASK_TIMES = frozenset({"seconds", "second", "minutes", "minute", "hours", "hour"})
_IN_A_TIME = re.compile(r"\bin\s(?:just\s|only\s|under\s|less than\s|about\s|around\s)?$", re.I)
# a building's size, whatever its subject: "The venue ... has a building area of 300,000 square meters", "a gross
# floor area of" (not "12 pavilions with a total floor area of 85,000 square meters": the exhibition's)
_FLOOR_AREA_BEFORE = re.compile(r"\b(?:gross\sfloor|building|construction)\s(?:area|space)\s(?:of\s)?" + QUALIFIED
                                + r"$", re.I)
# (or whose halls it uses: "will use all 12 halls of the Binhu International Convention and Exhibition Center,
# covering 110,000 square meters")
_WHERE_IT_IS = re.compile(r"\b(?:at|in|inside|(?:halls?|pavilions?|space) of)\s(?:the\s)?[A-Z][\w'-]*\s"
                          r"(?:(?:[A-Z][\w'-]*|and|&)\s){0,6}$")


def _building_size(before: str) -> bool:
    """A building as the subject of the size, not where the show is ("Its expo, at the Nanjing International Expo
    Center, spans 50,000 square meters")."""
    found = _BUILDING_SIZE.search(before)
    return found is not None and not _WHERE_IT_IS.search(before, 0, found.start())


_BUILDING_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,2}?(?:factory|plant|campus|warehouse|workshop|headquarters|building)\b", re.I)


# "battery makers alone occupy 12,000 square meters": the space of one kind of exhibitor, a part
_KIND_ALONE_COVERS = re.compile(r"\b(?:makers|manufacturers|producers|companies|firms|enterprises|exhibitors|suppliers)\s"
                                r"alone\s(?:occupy|occupies|occupied|cover|covers|covered|take up|takes up|took up|fill|"
                                r"fills|filled|use|uses|used|span|spans|spanned)\s" + QUALIFIED + r"$", re.I)


# (a dateline may open the clause: "HEFEI -- The value of ...")
_DATELINE_FIRST = r"^\W*(?:[A-Z]{2,}[A-Z .,'/()\w-]{0,60}?\s(?:--|—|–|-)\s+)?"
_VALUE_OF_DEALS_SUBJECT = re.compile(_DATELINE_FIRST + r"(?:the\s)?(?:(?:total|combined|overall)\s)?(?:value|amount)\sof\s(?:the\s)?(?:[\w-]+\s)?"
                                    r"(?:deals|contracts|agreements|projects)\s(?:" + SIGNED_DONE + r")\b(?:[^.;]|\.(?=\d)){0,160}$", re.I)


# the deals' value revised or put at a sum: "revised the value of projects signed at ... to 221.3 billion yuan"
VALUE_REVISED_TO = re.compile(r"\b(?:revised|corrected|raised|lowered|updated|adjusted)\s(?:up\s|down\s)?the\s(?:total\s|"
                               r"combined\s)?(?:value|amount)\sof\s(?:the\s)?(?:[\w-]+\s)?(?:deals|contracts|agreements|projects)\b"
                               r"(?:[^.;]|\.(?=\d)){0,120}?\sto\s" + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$", re.I)
# the purchase deals as the clause's subject, however far from their sum
_PURCHASES_SUBJECT = re.compile(_DATELINE_FIRST + r"(?:the\s)?(?:[\w-]+\s)?"
                                r"(?:purchase|purchasing|procurement)\s(?:deals|agreements|contracts|orders)\b"
                                # (not past the investment projects named after them)
                                r"(?:(?!\b(?:projects|investment)\b)(?:[^.;]|\.(?=\d))){0,160}$", re.I)


_RATE_FROM_EARLIER = re.compile(r"^(?:\s(?:percent|per cent|percentage points?))?(?:,?\s(?:respectively|each))?,?\s(?:from|over|"
                                r"on|compared with|compared to|than)\s(?:(?:the\s|its\s)?(?:previous|prior|last)\s"
                                r"(?:edition|year|convention|conference|session|summit)|a year (?:earlier|ago|before)|"
                                r"the year before)\b", re.I)  # ("rose 3.5 percent from a year earlier")
_MAIN_VENUE_DID = re.compile(r"\bthe main venue\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}?\b(?:had |has |have )?(?:signed|inked|sealed|clinched)\s"
                             + QUALIFIED + r"$", re.I)


# projects that have entered matchmaking, not been signed (whatever the rest of the sentence signs)
_REGISTERED_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,3}?(?:have|has|had|were|are)\s(?:so far\s|already\s)?(?:been\s)?"
                               r"(?:registered|applied|signed up|enrolled|put forward|recommended)\b")
# a machine's rate: "1,200 parts per hour" (not "80,000 visitors a day" nor "a day after": a day's share of the event,
# a time)
_EVERY = re.compile(r"\bevery\s$", re.I)
_PER_TIME_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,2}?(?:(?:per|an|a|each|every)\s(?:hour|minute|second|shift)\b(?!\s(?:after|before|earlier|later|ago)\b)|"
                             r"per\s[\d,]+\s)",  # ("1,470 units per 10,000 workers": a density)
                             re.I)


def _scope(key: str, family: str, sentence: str, before: str, after: str, memo: dict) -> str:
    if in_sentence(_FROM_A_BATCH, sentence, memo):
        before, after = _FROM_A_BATCH.sub("from", before), _FROM_A_BATCH.sub("from", after)
    scope = scope_of(sentence, before, after, memo)
    if scope == "part" and key in STANDING and _NEXT_LISTED.search(after[:80]) \
            and scope_of(sentence, before, _NEXT_LISTED.split(after, 1)[0], memo) == "edition":
        # "opened with 603 exhibitors and 48 projects signed at the opening ceremony": the words after the next
        # listed count are that count's (the exhibitors are no ceremony's)
        scope = "edition"
    if scope == "part" and (key in STANDING or key in _INVITED) and (day := _ON_A_DAY_AFTER.search(after[:48])) is not None:
        # what stands for the whole event whatever day it is told on: the day makes it no part
        scope = scope_of(sentence, before, after[:day.start()], memo)
    if scope == "edition" and key not in STANDING and key not in _INVITED and (_one_day(sentence, before, memo)
                                                                              or _WEEKDAY_LEAD.search(before[-40:])):
        return "part"  # (and "On Sunday, 86,000 people visited ...; on Monday, 92,000": each that day's)
    if scope == "edition" and key in EXHIBITING and _one_venue(before):
        return "part"  # one venue's exhibitors, as its area is one venue's
    if scope == "edition" and family == "m2" and (_HALL_AFTER.match(after) or _one_venue(before)
                                                  or _KIND_ALONE_COVERS.search(before[-80:])
                                                  or _INDOOR_AFTER.match(after) or _INDOOR_BEFORE.search(before[-48:])):
        # ("The main venue's expo covers 35,000 square meters": one venue's, not all of them; "70,000 square meters of
        # indoor exhibition space": the halls', of which an outdoor area is the rest)
        return "part"
    if scope in ("edition", "earlier", "part") and family == "count" and _PER_TIME_AFTER.match(after):
        return "background"  # "The cell welds 1,200 parts per hour": a machine's rate, not a count of the event
    if scope in ("edition", "earlier", "part") and _EVERY.search(before[-8:]):
        return "background"  # "assembles a drone every 90 seconds": how often a machine does something
    if scope == "edition" and family == "m2" and (_building_size(before[-120:]) or _BUILDING_AFTER.match(after)
                                                  or _FLOOR_AREA_BEFORE.search(before[-60:])):
        return "background"  # the venue's or a plant's own size, not the exhibition's
    if scope in ("edition", "part") and family in ("m2", "count") and _VENUE_WHOSE.search(before[-100:]):
        return "background"  # "The Nanjing International Expo Center, whose 11 halls total 150,000 square meters": the venue's
    if scope == "edition" and family not in ("percent", "percentage_point") and _LAST_YEAR_AFTER.match(after):
        return "earlier"
    if scope == "edition" and key in ("visitors", "trade_visitors") and _ON_A_WEEKDAY_AFTER.match(after) \
            and not MARK_PASSED.search(before[-40:]):
        return "part"  # "drew 85,000 visitors on Saturday and 92,000 on Sunday": each that day's
    if scope == "earlier" and family in ("percent", "percentage_point") and _RATE_FROM_EARLIER.match(after):
        return "edition"  # "up 6.3 percent and 17.6 percent respectively from the previous edition": this edition's rates
    if scope == "edition" and key in BATCHED and _MAIN_VENUE_DID.search(_clause(before, "")):
        return "part"  # "the main venue in Hefei had signed 620 projects" (beside a sub-venue's): one venue's signings
    # "another 130 projects worth 98.2 billion yuan were signed": one more batch
    if scope == "edition" and key in BATCHED and _ANOTHER_BEFORE.search(before[-24:]):
        return "part"
    # the size of the expo a forecast is about is its plan ("expects over 60,000 visitors to its 50,000-square-meter
    # expo"), like how long the event lasts: known beforehand, not a forecast
    next_edition = scope == "expected" and NEXT_EDITION.search(_clause(before, "")) is not None
    if scope == "expected" and family == "m2" and _AREA_OF_SHOW.match(after) and not next_edition:
        return "edition"
    # an area the expo "will reach" is its plan, as one it "will cover" is (not one it is expected to reach); so is
    # the area those expected show their products on ("about 900 enterprises expected to exhibit on 60,000 square
    # meters")
    if scope == "expected" and family == "m2" and (not _EXPECTATION.search(_clause(before, ""))
                                                  or _SHOWN_ON.search(before[-40:])) and not next_edition:
        return "edition"
    # how long the event lasts is known beforehand: a forecast sentence does not make it a forecast (unless it is
    # the next edition's)
    if scope == "expected" and family == "day" and not next_edition:
        return "edition"
    if scope == "edition" and family == "day" and (_SESSION_DAYS.match(after) or _SESSION_RUNS.search(_clause(before, ""))):
        # "a three-day matchmaking session", "The ... robot show runs for two days", "open to the public for two days":
        # how long one session or one part of it lasts, not the event
        return "part"
    if scope == "edition" and key in BATCHED and in_sentence(_BATCH, sentence, memo) \
            and _BATCH.search(batch_clause(before, after)) \
            and not _TALLY_REACHED.search(_clause(before, "")):
        return "part"  # (in the figure's own clause: "64 projects were signed, including 28 on the opening day")
    if scope == "edition" and family == "count" and after.lower().startswith(" of the ") and key != "fortune500":
        # "656 of the projects" (a share, "40 percent of the visitors", is the edition's; "58 of the world's top 500
        # enterprises" counts those of the list at the event)
        return "part"
    if scope == "edition" and key in AUDIENCES and at_a_session(before, after):
        # "More than 500 foreign guests from 42 countries and regions, including 16 foreign ministers, attended the
        # opening ceremony": that session's audience, past asides (where they come from is the edition's countries,
        # as "Guests from 40 countries and regions attended the opening" counts them)
        return "part"
    if scope == "edition" and key in ("views", "visitors_online") and (_SESSION_STREAM.search(_clause(before, ""))
                                                                     or _WATCHED_SESSION_AFTER.match(after)):
        # "The livestream of the convention's opening ceremony drew 5 million views", "more than 1.2 million watched
        # the opening online": that session's
        return "part"
    if scope == "edition" and key in AUDIENCES and (_AT_A_SESSION.match(after) or _AT_A_SESSION.match(_past_aside(after))):
        # "About 1,200 guests attended the opening": one session's audience, not the edition's ("5,000 participants,
        # including officials and scholars, attended the opening")
        return "part"
    return scope


# (and "gathered in Nanjing on Friday for the opening of ...")
_SESSION_AHEAD = re.compile(r"^(?P<between>(?:[^.;]|(?<=\d)\.(?=\d)){0,160}?)\b(?:attended|joined|were at|(?:gathered|assembled)"
                            r"\b(?:[^.;,]){0,60}?\bfor)\s(?:the\s)?(?:opening|closing|"
                            r"main forum|plenary|keynote)(?:\s(?:ceremony|session|forum))?\b", re.I)
_FINITE = re.compile(r"\b(?:are|were|is|was|have|has|had|will|would|signed|exhibited|came|took)\b|\sand\s\d", re.I)
_SESSION_STREAM = re.compile(r"\b(?:livestream|live stream|live broadcast|broadcast|webcast)s?\s(?:of\s)?(?:the\s)?"
                             r"(?:[\w\s-]{0,60}?['’]s\s)?(?:opening|closing)\s(?:ceremony|session)|\b(?:opening|closing) "
                             r"ceremony['’]s\s(?:livestream|live stream|live broadcast|broadcast|webcast)", re.I)
_WATCHED_SESSION_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,2}?(?:watched|viewed|followed|tuned in to)\s(?:the\s)?(?:(?:live\s?"
                                   r"stream|live broadcast|broadcast|webcast)\sof\sthe\s)?(?:opening|closing)(?:\s(?:ceremony|"
                                   r"session))?\b", re.I)
AUDIENCES = frozenset({"guests", "visitors", "overseas_guests", "academicians", "journalists", "experts",
                       "entrepreneurs"})
_AT_A_SESSION = re.compile(r"^\s(?:(?!(?:attended|attending|joined|watched|were)\b|and\s(?!abroad\b|overseas\b))"
                           r"[\w-]+\s){0,6}?"
                           # ("Forty-three academicians and more than 2,100 guests from home and abroad attended the
                           # opening ceremony": both that audience)
                           r"(?:and\s(?:[\w-]+\s){0,2}?\d[\d,.]*\s(?:[\w-]+\s){0,5}?)?(?:attended|attending|joined|watched|were at|at)\s(?:the\s)?"
                           r"(?:opening|closing|main forum|plenary|keynote)(?:\s(?:ceremony|session|forum))?\b", re.I)


# Where companies come from: each country's name, the other ways news writes it after "from" and the adjectives it
# writes before "companies" ("German companies", "24 from Germany"); the companies of one country at the event are a
# count of their own, never the exhibitors', under the first name whatever the wording
NATIONS = (("Germany", (), ("German",)), ("Japan", (), ("Japanese",)),
           ("South Korea", ("Korea",), ("South Korean", "Korean")),
           ("the United States", ("the U.S.", "the US", "America"), ("American", "U.S.", "US")),
           ("Britain", ("the UK", "the United Kingdom"), ("British", "UK")), ("France", (), ("French",)),
           ("Italy", (), ("Italian",)), ("Switzerland", (), ("Swiss",)), ("the Netherlands", (), ("Dutch",)),
           ("Sweden", (), ("Swedish",)), ("Finland", (), ("Finnish",)), ("Denmark", (), ("Danish",)),
           ("Austria", (), ("Austrian",)), ("Spain", (), ("Spanish",)), ("Singapore", (), ("Singaporean",)),
           ("Israel", (), ("Israeli",)), ("Russia", (), ("Russian",)), ("India", (), ("Indian",)),
           ("Canada", (), ("Canadian",)), ("Australia", (), ("Australian",)), ("Europe", (), ("European",)),
           ("Belgium", (), ("Belgian",)), ("Norway", (), ("Norwegian",)), ("Malaysia", (), ("Malaysian",)),
           ("Thailand", (), ("Thai",)), ("Vietnam", (), ("Vietnamese",)), ("Brazil", (), ("Brazilian",)),
           ("Hungary", (), ("Hungarian",)), ("Poland", (), ("Polish",)), ("Saudi Arabia", (), ("Saudi",)),
           ("Hong Kong", (), ("Hong Kong",)), ("Taiwan", (), ("Taiwanese",)))
_NATION_OF = {word.lower(): name.removeprefix("the ") for name, spellings, adjectives in NATIONS
              for word in (name, *spellings, *adjectives)}


def _alternatives(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_NATION_COMPANIES = re.compile(r"^(?P<adj>" + _alternatives(a.lower() for _, _, adjectives in NATIONS for a in adjectives)
                               + r") (?:[\w-]+ )?(?:companies|firms|enterprises|exhibitors|businesses|manufacturers|"
                               r"makers|carmakers|automakers)\b")
FOREIGN_SHARE = "share of foreign-funded projects"  # the share of the signed projects that are foreign-funded
# the share of the signed projects that are in manufacturing ("91.4 percent are in manufacturing", "Manufacturing
# projects made up 86 percent of the deals", "其中制造业项目712个，占比90.1%")
MANUFACTURING_SHARE = "share of projects in manufacturing"
# the share of the exhibitors that come from abroad, however it is said ("about 18 percent of exhibitors came from
# outside China", "Overseas exhibitors accounted for 18 percent of the total", "境外企业占比18%")
OVERSEAS_SHARE = "share of overseas exhibitors"
OVERSEAS_SHARE_NAMED = re.compile(r"^share of (?:exhibitors|companies|enterprises|firms|exhibiting companies|businesses) "
                                  r"(?:from|in) (?:" + ABROAD + r")$", re.I)
# "The German pavilion ..., home to 58 companies": the companies of that country's pavilion
NATION_PAVILION = re.compile(r"\b(?:(?:the|a|its)\s(?P<country>" + _alternatives(a for _, _, adjectives in NATIONS for a in adjectives)
                             + r")|(?P<owner>" + _alternatives(w for name, spellings, _ in NATIONS for w in (name, *spellings))
                             + r")['’]s)\s(?:national\s)?(?:pavilion|hall|delegation)\b", re.I)  # (or "Japan's pavilion")
NATION_NAMES = _alternatives(w for name, spellings, _ in NATIONS for w in (name, *spellings))
FROM_NATION = re.compile(r"\s(?:of (?:which|them|whom|those|these)\s)?(?:(?:are|were|come|came|is|was)\s)?from\s(?P<country>"
                         + NATION_NAMES + r")\b"
                         r"(?!,?\s(?:and\s)?(?:the\s)?[A-Z])")  # (not a list: "96 come from the United States, Germany and Japan")


# "25 humanoid robot companies are showing", "27 humanoid robot makers took part": the companies of one sector, a
# measure of its own (never the exhibitors' count)
_SECTORS = (r"humanoid robot|industrial robot|service robot|robotics|robot|new energy vehicle|"
            r"electric vehicle|ev|nev|auto parts|automotive|auto|lithium battery|battery|chip|semiconductor|"
            r"integrated circuit|ai|drone|aerospace|photovoltaic|solar|display panel|machine tool|"
            r"quantum computing|quantum|software|industrial internet|new material|"
            r"hydrogen|energy storage")
_SECTOR_COMPANIES = re.compile(rf"^(?:[\w-]+ )??(?P<sector>{_SECTORS})s? "
                               r"(?:companies|firms|enterprises|businesses|manufacturers|makers|producers|startups)\b")
# "96 automotive projects have been signed so far": one sector's deals, some of the edition's
SECTOR_PROJECTS = re.compile(rf"^(?:{_SECTORS})s? projects\b", re.I)
# the sector's products named before their makers: "Humanoid robots from 27 companies are on show"
_SECTOR_FROM = re.compile(rf"\b(?P<sector>{_SECTORS})s?\s(?:from|by|(?:made|built|developed)\sby)\s" + QUALIFIED + "$", re.I)
_MAKERS = re.compile(r"^(?:companies|firms|enterprises|businesses|manufacturers|makers|producers|startups)\b")


_OF_THEM_AFTER = re.compile(rf"\s*{_OF_WHICH}\b", re.I)
# the same sectors in Chinese, longest first ("人形机器人企业38家", "近40家人形机器人企业"), named as in English
SECTORS_ZH = (("人形机器人", "humanoid robot"), ("工业机器人", "industrial robot"), ("服务机器人", "service robot"),
              ("机器人", "robot"), ("新能源汽车", "new energy vehicle"), ("汽车零部件", "auto parts"), ("汽车", "auto"),
              ("锂电池", "lithium battery"), ("动力电池", "battery"), ("电池", "battery"), ("芯片", "chip"),
              ("半导体", "semiconductor"), ("集成电路", "integrated circuit"), ("人工智能", "ai"), ("无人机", "drone"),
              ("航空航天", "aerospace"), ("光伏", "photovoltaic"), ("显示面板", "display panel"), ("机床", "machine tool"),
              ("量子", "quantum"), ("工业互联网", "industrial internet"), ("新材料", "new material"), ("氢能", "hydrogen"),
              ("储能", "energy storage"))


def sector_companies(sector: str) -> str:
    """The metric of the companies of one sector: "humanoid robot companies", "AI companies"."""
    kind = sector.lower().replace("robotics", "robot")
    return f"{kind.upper() if kind in ('ev', 'nev', 'ai') else kind} companies"



_SHARED_NATION_NOUN = re.compile(r"^\s[A-Z][a-z]+ (?:and|or) \d[\d,]* [A-Z][a-z]+ (companies|firms|enterprises|businesses|exhibitors)\b")
_IN_A_LIST = re.compile(r"\b(?:including|include[sd]?|among them|among which|of which|of them|of whom|such as)\b", re.I)


def nation_companies(country: str) -> str:
    """The metric of the companies of a country however it is written ("Korea", "the US"): "companies from South
    Korea", "companies from United States"."""
    return f"companies from {_NATION_OF[country.lower()]}"


_S_ADJECTIVES = frozenset("overseas various numerous previous famous serious us its this his less".split())


# where companies exhibit, online or on site (one list for the words at a clause's head and after a gapped "and")
ONLINE_WHERE = r"online|on the cloud|in the cloud|virtually"
ONSITE_WHERE = r"offline|on site|on-site|at the venue|in person|in the (?:exhibition )?halls|" \
    r"(?:visited|toured|filled|packed) the (?:exhibition )?(?:halls|venue)"  # ("people visited the halls")
_WHERE_LEAD = re.compile(rf"^\s*(?:(?P<online>{ONLINE_WHERE})|{ONSITE_WHERE}),\s(?:(?:[^.;,]|(?<=\d)[.,](?=\d)){{0,30}}\s)?$", re.I)


_ON_SITE_AFTER = re.compile(rf"^\s(?:[\w-]+\s){{0,2}}?(?:{ONSITE_WHERE})\b", re.I)
_WHERE_BRACKET = re.compile(rf"^\s(?:[\w-]+\s){{0,2}}?\((?:(?P<online>{ONLINE_WHERE})|{ONSITE_WHERE})\)", re.I)
_NEXT_LISTED = re.compile(r"(?:,\s|\sand\s|\sor\s)(?=\d)")
# "More than 5,000 people attended the opening ceremony in person, while 2.3 million watched the livestream": the
# figure's own clause says where they were, whatever the sentence's stream
# the clause before a figure: past the last comma, semicolon or "while"
_OWN_LEAD = re.compile(r"[,;]\s|\b(?:while|whereas|but)\s", re.I)
_IN_PERSON_LEAD = re.compile(r"\b(?:offline|on-site|onsite|in-person)\s(?:[\w-]+\s)?(?:attendance|visitors|visits|footfall|"
                             r"audiences?|turnout)\s(?:(?:has|have|had)\s)?(?:reached|hit|totaled|totalled|stood at|came to|"
                             r"was|were|of|topped|exceeded|passed)\s" + QUALIFIED + r"$|"
                             r"\b(?:and|while)\s(?:the|its)\s(?:venue|(?:exhibition\s)?halls)\s" + QUALIFIED + r"$", re.I)
_IN_PERSON_CLAUSE = re.compile(rf"^(?:(?!,\s|;\s)[^.]){{0,80}}?\b(?:{ONSITE_WHERE})\b", re.I)


_BRACKET_ASIDE = re.compile(r"\s\([^()\n]{1,40}\)(?=\s)")


def classify(unit: str, noun: str, sentence: str, before: str, after: str,
             vocabulary: tuple[Metric, ...] = VOCABULARY, memo: dict | None = None) -> tuple[str, str]:
    """(metric, scope) of a figure from its unit, the words before and after it and its sentence: a vocabulary
    key, else its normalised noun phrase, else its noun, else the unit itself. memo: a dict shared by the
    figures of one text, so that a sentence is searched once per pattern."""
    memo = {} if memo is None else memo
    family = metric_unit(unit)
    after = NEXT_PARAGRAPH.split(after[:200], 1)[0]  # nothing after a paragraph's end speaks of its figures
    phrase = noun_phrase(_LINK.sub("", after, count=1))
    # the counted noun ends at a verb after it: "40 foreign companies signed deals" counts companies, not deals
    # ("major or specialized events": an adjective before the noun is no verb)
    words = phrase.split()
    cut = next((i for i, w in enumerate(words) if i and _VERB.match(w) and words[i - 1].endswith("s")), len(words))
    if family not in ("count", "money") and words and (_VERB.match(words[0]) or (family == "other" and (
            words[0].endswith(("ed", "s")) and not words[0].endswith("ss")))):
        # "1.7 meters tall and able to carry 20 kilograms shook hands with visitors": a verb after a measure names
        # nothing
        cut = 0
    # (and at "and" after a plural: "42 academicians and executives of 33 companies" counts academicians; not
    # "overseas and domestic guests")
    cut = next((i for i, w in enumerate(words[:cut]) if i and w in ("and", "or") and words[i - 1].endswith("s")
                and words[i - 1] not in _S_ADJECTIVES), cut)
    phrase = " ".join(words[:cut])
    if family == "money":
        before = _BRACKET_ASIDE.sub("", before)  # ("1,108 projects (up 3.2%) worth CNY 1.02tn": worth what they are)
    near = before[-60:]
    if family == "money" and _FOREIGN_SUBJECT.search(before[-160:]):
        # "Foreign-funded projects at the 2021 convention carried investment of 16.9 billion U.S. dollars"
        return "foreign_investment", _scope("foreign_investment", family, sentence, before, after, memo)
    if family == "money" and _PURCHASES_SUBJECT.match(_clause(before, "")):
        # "Purchase deals reached at the 2036 World Manufacturing Convention totaled 19.1 billion yuan"
        return "purchases", _scope("purchases", family, sentence, before, after, memo)
    if family == "money" and VALUE_REVISED_TO.search(before[-200:]):
        # "Jiangsu has revised the value of projects signed at the 2084 World Intelligent Manufacturing Conference to
        # 221.3 billion yuan": the deals' value, however far the event's name puts it
        return "contract_value", _scope("contract_value", family, sentence, before, after, memo)
    if family == "money" and _VALUE_OF_DEALS_SUBJECT.match(_clause(before, "")):
        # "The value of deals signed at the World Manufacturing Convention 2031 climbed to 640.3 billion yuan": the
        # clause's subject says what the sum is, however long it is
        return "contract_value", _scope("contract_value", family, sentence, before, after, memo)
    # ("33 Japanese and 27 German companies": the noun the next count names is this one's too)
    shared = _SHARED_NATION_NOUN.match(after) if family == "count" else None
    if shared is not None:
        phrase = f"{phrase} {shared.group(1).lower()}"
    if family == "count" and (nation := _NATION_COMPANIES.match(phrase)) is not None:
        # "Twenty-two German companies are exhibiting": the companies of one country, a measure of its own
        scope = _scope("", family, sentence, before, after, memo)
        return nation_companies(nation.group("adj")), "edition" if scope == "part" else scope
    if family == "count" and (sector := _SECTOR_COMPANIES.match(phrase)
                              or (_SECTOR_FROM.search(near) if _MAKERS.match(phrase) else None)) is not None:
        scope = _scope("", family, sentence, before, after, memo)
        # (some of a list's whole are the edition's; a hall's are the hall's: "Hall 3 ... houses 120 robot companies")
        # ("some 300 exhibitors, 32 of them humanoid robot makers")
        listed = scope == "part" and (_IN_A_LIST.search(before[-80:]) is not None or _OF_THEM_AFTER.match(after) is not None)
        if scope in ("edition", "earlier") and _places_own(before, phrase, sentence, memo, after):
            scope = "background"  # "Hefei alone is home to more than 300 chip companies"
        return sector_companies(sector.group("sector")), "edition" if listed else scope
    # the words after the figure up to the next figure of a list ("held 52 forums and 481 enterprises exhibited")
    own_after = _NEXT_LISTED.split(after[:80], 1)[0]
    if family == "money" and (head := _FOREIGN_HEAD.search(before[-200:])
                              or _FOREIGN_FUNDED_INVOLVE.search(before[-200:])) is not None:
        # "Foreign investment in projects signed at this year's World Manufacturing Convention stood at $10.2bn",
        # "Intended investment at this year's World Manufacturing Convention came to 92 billion yuan": the subject,
        # however long
        key = "intended_investment" if head.groupdict().get("intended") else "foreign_investment"
        return key, _scope(key, family, sentence, before, after, memo)
    if family == "money" and _ORDERS_WORTH.search(before[-60:]) is not None:
        # "Projects ... were signed, and exhibitors took orders worth 8.6 billion yuan": the orders, not the deals
        return "orders", _scope("orders", family, sentence, before, after, memo)
    if family == "money" and _VALUE_PUT_AT.search(before[-200:]) is not None:
        # "The department has put the value of the deals signed at this year's conference in Nanjing at 67.4 billion
        # yuan": the deals' value, however long what they are is
        return "contract_value", _scope("contract_value", family, sentence, before, after, memo)
    if family == "money" and _FOREIGN_INVESTMENT_REACHED.search(before[-160:]) is not None:
        # "Overseas investment at the ... Convention reached 12.85 billion U.S. dollars": the foreign capital, however
        # far its noun stands
        return "foreign_investment", _scope("foreign_investment", family, sentence, before, after, memo)
    if family == "money" and (figure := _INVESTMENT_FIGURE_IS.search(before[-200:])) is not None:
        # "The final investment figure for projects signed at the ... Convention is 640.2 billion yuan": however long
        # what it is for
        key = "investment" if (figure.group("what") or "").lower() == "investment" else "contract_value"
        return key, _scope(key, family, sentence, before, after, memo)
    for metric in vocabulary:
        if family not in metric.units:
            continue
        nouns, befores, follows = _compiled(metric.nouns), _compiled(metric.before), _compiled(metric.follow)
        sentences = _compiled(metric.sentence)
        fits = (nouns is None and befores is None and follows is None) \
            or (nouns is not None and nouns.search(phrase) is not None) \
            or (befores is not None and befores.search(near) is not None) \
            or (follows is not None and follows.search(own_after) is not None)
        if fits and metric.key == "visitors_online" and (_IN_PERSON_CLAUSE.match(own_after)
                                                         or _IN_PERSON_LEAD.search(_OWN_LEAD.split(before[-120:])[-1])):
            continue  # (nor "..., while offline attendance reached 213,000", "... and the venue 283,000 visitors")
        if fits and metric.key == "projects_signed" and _REGISTERED_AFTER.match(own_after):
            continue  # "Some 1,400 projects have registered for matchmaking, and ... expect 1,000 of them to be signed"
        if fits and (sentences is None or in_sentence(sentences, sentence, memo)):
            scope = _scope(metric.key, family, sentence, before, after, memo)
            if scope == "edition" and metric.key in _SUBSETTABLE and _SUBSET.match(phrase):
                scope = "part"  # "the number of overseas exhibitors rose to 150": some of the exhibitors
            elif scope in ("edition", "earlier", "cumulative") and (_places_own(before, phrase, sentence, memo, after)
                                                      or (_PLACE_DID.search(_clause(before, ""))
                                                          and (_PART_OF_YEAR.search(_clause(before, ""))
                                                               or _PART_OF_YEAR.match(after)))
                                                      or _places_year(before, after, sentence, memo)):
                # "the city is home to 1,200 high-tech manufacturers", "In the first half of the year, Anhui signed
                # 1,200 investment projects": the place's own record over months, not the event's
                scope = "background"
            elif scope == "expected" and _own_record(before, phrase, _PLACE_ONLY_SUBJECT) \
                    and not in_sentence(_EVENT_WORD, sentence, memo):
                scope = "background"  # "Anhui aims to attract 1.5 trillion yuan of investment this year": its own goal
            if metric.key in EXHIBITING and ((where := _WHERE_LEAD.search(_clause(before, ""))) is not None
                                             or (where := _WHERE_BRACKET.match(after)) is not None):
                # (and "Exhibitors: 1,320 (offline) / 2,050 (online)")
                # "Online, 1,130 companies exhibited ...; offline, 628 exhibitors welcomed ...": where they exhibit
                return ("exhibitors_online" if where.group("online") else "exhibitors_onsite"), scope
            if metric.key in ("companies", "exhibitors") and _AT_THE_SESSIONS_AFTER.match(after):
                # "More than 3,000 companies are attending the convention's forums and matchmaking events": those
                # taking part in its sessions, not its exhibitors
                return "companies at forums and events", scope
            if metric.key == "exhibitors_online" and _ON_SITE_AFTER.match(after):
                # "Besides its 1,712 exhibitors on site, the cloud exhibition hosts 2,300 companies": the sentence's
                # cloud exhibition is another count's
                return "exhibitors_onsite", scope
            return metric.key, scope
    scope = _scope("", family, sentence, before, after, memo)
    if (scope in ("edition", "earlier", "cumulative") and (_own_record(before, phrase, _PLACE_SUBJECT)
                                                           or _places_residents(before, phrase)
                                                           or _in_own_words(before, after)
                                                           # ("Jiangsu added 86 provincial smart factories in 2066")
                                                           or _places_year(before, after, sentence, memo))) \
            or (scope in ("edition", "part") and noun.lower() in _TASK_TIMES
                and _IN_A_TIME.search(before[-24:]) is not None) \
            or (scope == "part" and _WORKFORCE.match(phrase) is not None) \
            or (scope == "expected" and _own_record(before, phrase, _PLACE_ONLY_SUBJECT)):
        # "Jiangsu has built 2,000 smart workshops", "Hefei's GDP exceeded", "Anhui produced 1.7 million new energy
        # vehicles last year": the host region's own (of any year), and its plans ("Anhui province has set a target
        # of 3,000 smart factories by 2067")
        scope = "background"
    elif family in ("percent", "percentage_point") and (_TARIFF_BEFORE.search(before[-80:])
                                                        or _SHARES_MOVED.search(_clause(before, "")[-120:])):
        scope = "background"  # "raised tariffs on Chinese electric vehicles to 150 percent": a country's duty
    elif family in ("percent", "percentage_point") and _OF_THE_WORLD.match(after):
        scope = "background"  # "about 30 percent of the global total": a country's share of the world, no event's
    if family in ("percent", "percentage_point"):
        metric = _share_metric(noun, near, after, before) or noun or family
        if scope == "part" and metric.startswith("share of ") and _OF_THE_WHOLE_LEAD.search(before[-250:]):
            scope = "edition"  # (the share of the whole the sentence opened with is the edition's, as "90 percent of the 902")
        elif scope == "part" and metric.startswith("share of ") and SHARE_OF_THEM.match(after):
            # "856 exhibitors, about 67 percent of them showing AI products": a share of the whole counted before,
            # whose scope is its (not "Hall 3 hosts 120 companies, 40 percent of them robot makers")
            scope = _scope("", family, sentence, before, SHARE_OF_THEM.sub(" of the total", after, count=1), memo)
        elif scope == "part" and metric.startswith("share of ") and _KIND_SUBJECT.search(before[-160:]):
            scope = "edition"  # ("Projects in strategic emerging industries accounted for 78 percent of the total")
        elif scope in ("edition", "earlier") and metric.endswith((" growth", " decline")) \
                and not in_sentence(_EVENT_WORD, sentence, memo) \
                and (_PART_OF_YEAR.match(after) or _PART_OF_YEAR.search(_clause(before, ""))):
            # "Manufacturing value-added rose 6.1 percent in the first ten months": a statistic of months, in a
            # sentence that names no event, is no event's growth
            scope = "background"
        elif scope == "part" and metric.endswith((" growth", " decline")) and _PERCENT_MORE_OF.match(after):
            scope = "edition"  # ("drew 12 percent more exhibitors than last year": this edition's growth, no share)
        return metric, scope
    if family == "money" and _CAPITAL.search(before[-60:]):
        return "registered capital", "background"  # a company's, never the event's
    if family == "money" and _REVENUE.search(before[-60:]):
        return "revenue", "background"  # "reported revenue of RMB 3.2 billion in 2058": a company's
    if family == "money" and _PRICE.search(before[-60:]):
        return "price", "background"  # "a welding arm that sells for about 300,000 yuan": a product's
    if family == "money" and _COUNTRY_SPENT.search(before[-80:]):
        return "public spending", "background"  # "the US has poured $500 billion into subsidies": a country's
    if family == "money" and _FIRM_SPENT.search(before[-80:]):
        return "company spending", "background"  # "a Changzhou textile firm, which spent 40 million yuan"
    if family == "money":
        head = _MONEY_HEAD.search(before[-200:])
        lifted = _TOTAL_VALUE_TO.search(before[-120:])  # ("The late signings lifted the total value to 486 billion yuan")
        if _INVESTED.search(near) or (head and head.group("investment")) or (lifted and lifted.group("investment")):
            return "investment", scope
        if head or lifted or _DEALS_SIGNED_AT.search(before[-200:]) or _PUT_VALUE_AT.search(before[-200:]):
            return "contract_value", scope
        subject = _MONEY_SUBJECT.search(near)
        said = (subject.group("noun") or subject.group("bracketed")).lower() if subject else ""
        if said in _DEALS:
            return "contract_value", scope  # "30 key projects worth RMB 53.63 billion": what the deals are worth
        if said in ("them", "they", "these", "those") and _WORTH_WORD.search(near):
            return "contract_value", scope  # "Dozens of them are worth more than 10 billion yuan each": the deals'
        if (not noun or noun == "value") and said not in _STOP and said not in _NUMBER_WORDS and said not in ("them", "they", "us", "we"):
            noun = said or noun
        return noun or family, scope
    # what it counts or measures, in its own words ("die forging press", not "die forging press made"), without the
    # praise that one outlet adds and another leaves out ("top-level speakers" and "speakers" are one measure)
    words = phrase.split()
    cut = next((i for i, w in enumerate(words) if i and _VERB.match(w)), len(words))
    words = words[:cut]
    while len(words) > 1 and words[0] in _PRAISE:
        words = words[1:]
    # (nor the event's own field, which one outlet names and another takes as read: "100 typical smart manufacturing
    # scenarios", then "100 typical scenarios")
    words = _OWN_FIELD.sub("", " ".join(words)).split() or words
    return " ".join(words) or noun or family, scope


# the words right before an amount: its qualifier and currency sign ("about RMB ", "US$")
_MONEY_LEAD = QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|HK\$\s?|\$)?$"
_CAPITAL = re.compile(r"\b(?:registered|paid-in|paid-up) capital (?:of\s)?" + _MONEY_LEAD, re.I)
_PRICE = re.compile(r"\b(?:sells?|sold|retails?|retailed|(?:is |are |was |were )?priced|costs?|costing)\s(?:at\s|for\s)?"
                    + qualified("under", "just under", "less than", "below", "up to") + r"(?:RMB\s?|CNY\s?|US\$\s?|HK\$\s?|\$)?$",
                    re.I)  # ("costs under 500,000 yuan")
_REVENUE = re.compile(r"\b(?:(?:reported|posted|recorded|booked|had)\s(?:annual\s|total\s)?sales\sof\s|"
                      r"(?:revenues?|turnover|(?:net\s)?profits?|sales revenue)\s(?:of\s|reached\s|hit\s|totaled\s|"
                      r"topped\s|was\s|were\s)?)" + _MONEY_LEAD, re.I)  # ("reported sales of 62 billion yuan last year")
_COUNTRY_SPENT = re.compile(r"(?:^|[,;:]\s(?:and\s|while\s|but\s)?)(?:the US|the United States|America|Washington|the EU|"
                            r"Europe|Germany|Japan|South Korea|India|Beijing|China|the (?:government|country|province|city))\s"
                            r"(?:has\s|have\s|had\s)?(?:also\s)?(?:poured|pumped|spent|invested|allocated|earmarked|committed|"
                            r"set aside|pledged)\s" + _MONEY_LEAD, re.I)
_ORDERS_WORTH = re.compile(r"\borders\s(?:worth|valued at|totall?ing|of)\s" + _MONEY_LEAD, re.I)
_FIRM_SPENT = re.compile(r"\b(?:firm|company|maker|manufacturer|plant|factory|enterprise|group),?\s(?:which|that)\s"
                         r"(?:has\s|had\s)?(?:spent|raised|earned)\s(?:[\w-]+\s){0,2}?" + _MONEY_LEAD, re.I)


# a clause whose subject is a place, not the event: "Jiangsu has built", "Anhui's auto industry now counts", "China
# is home to", "and the city is home to", "Anhui made 1.25 million new energy vehicles"
# the host region, its cities and the country, as a subject ("Anhui", "Hefei City", "the province", "China")
_HOST_PLACE = (r"(?:(?:Jiangsu|Anhui)(?: [Pp]rovince)?|(?:Hefei|Nanjing)(?: [Cc]ity)?|China|[Tt]he (?:(?:Anhui|Jiangsu|"
               r"provincial)\s)?(?:province|city|country|region|nation|capital))")


def _place_subject(verbs: str) -> re.Pattern:
    # (in a quotation too, and with "alone": "\"Hefei alone is home to more than 300 chip companies,\" ...")
    # (and in what someone said: "the governor said Jiangsu now has 3,100 smart factories")
    return re.compile(r"(?:^|--\s|[,:]\s(?:and\s)?|\b(?:said|says|noted|added|told [\w\s]{1,20}?)\s(?:that\s)?)[\"“]?"
                      r"(?:(?i:in all|so far|now|today),?\s)?"
                      # ("China's eastern Anhui province", "East China's Anhui Province")
                      r"(?:(?:[Ee]ast\s)?China['’]s\s)?(?:[Ee]astern\s|[Ee]ast\s)?" + _HOST_PLACE +
                      r"(?:\s(?:alone|itself))?"
                      # (past an aside: "Anhui province, home to plants of several carmakers, produced")
                      r"(?:,\s(?:[^,;.]|(?<=\d)\.(?=\d)){1,80}?,(?=\s(?:now\s|already\s|also\s)?(?:" + verbs + r")\s))?"
                      # (and in a relative clause: "Jiangsu, which has built 2,800 smart workshops")
                      r"(?:,\s(?:which|that)(?=\s(?:now\s|already\s|also\s)?(?:" + verbs + r")\s))?"
                      r"(?:['’]s\s(?:[\w-]+\s){1,4}?)?(?:,\s(?:now\s|already\s)?home\sto|\s?"
                      rf"(?:now\s|already\s|also\s)?(?:{verbs}))\s"
                      # (and the next item of its list: "home to more than 120 universities and 21,000 industrial
                      # enterprises")
                      r"(?:(?:built\s|" + qualified("a total of") + r")?\d[\d,.]*(?:\s(?:thousand|million|billion))?\s"
                      r"(?:[\w-]+\s){1,4}?(?:and|as well as)\s)?"
                      r"(?:built\s|" + qualified("a total of") + r")?$")


def _places_own(before: str, phrase: str, sentence: str, memo: dict, after: str = "") -> bool:
    """A count a place is the subject of: after what only a place does ("is home to", "produced"), or after
    what it has in a sentence that names no event ("Jiangsu now has 52,000 industrial enterprises") or names it only
    in another clause ("Anhui has 22,000 industrial firms, and the convention drew 1,900 exhibitors")."""
    return _own_record(before, phrase, _PLACE_ONLY_SUBJECT) \
        or ((not in_sentence(_EVENT_WORD, sentence, memo)
             or (_CLAUSE_BREAK.search(after) is not None and _EVENT_WORD.search(_clause(before, after)) is None))
            and _own_record(before, phrase, _PLACE_SUBJECT)) \
        or _places_residents(before, phrase)


def _places_residents(before: str, phrase: str) -> bool:
    """The place's own firms, cities or people by its possessive: "The city's 1,036 regulated industrial firms",
    "among the province's 16 cities"."""
    return _PLACE_POSSESSIVE.search(before[-60:]) is not None and _RESIDENTS.match(phrase) is not None


# a place's own firms, factories and people, by its possessive: "The city's 1,036 regulated industrial firms"
# ("ranking second among the province's 16 cities")
_PLACE_POSSESSIVE = re.compile(r"(?:^|[,;:]\s|--\s|\b(?:among|of|across)\s)" + _HOST_PLACE + r"['’]s\s" + QUALIFIED + r"$")
_RESIDENTS = re.compile(r"(?:[\w-]+ ){0,3}?(?:firms|companies|enterprises|manufacturers|factories|workshops|universities|"
                        r"residents|people|plants|parks|carmakers|makers|cities|counties|districts)\b")


# (what only a place does: the event's own counts never follow these verbs, so a vocabulary measure is no exception)
_PLACE_ONLY_VERBS = "is home to|boasts|built|has built|had built|owns|made|produced|produces|manufactured|manufactures|" \
    "exported|exports|turned out|turns out|rolled out|rolls out|" \
    "has set a target of|set a target of|aims to build|plans to build|will build|plans|is planning|plans to add|" \
    "aims for|aims to add|aims to attract|plans to attract|seeks to attract|targets|is targeting"
# (and what it plans to have: "Jiangsu plans 1,000 new smart factories", to draw: "Anhui aims to attract 1.5 trillion
# yuan of investment this year")
_PLACE_SUBJECT = _place_subject("has|have|had|counts|hosts|is host to|" + _PLACE_ONLY_VERBS)
_PLACE_ONLY_SUBJECT = _place_subject(_PLACE_ONLY_VERBS)
# a company's own record, not the event's: "The company, which has 30,000 employees, delivered 220,000 cars last year",
# "the firm's revenue rose 20 percent to 80 billion yuan", "BYD's Hefei plant produces 5,000 vehicles a day"
_COMPANY = (r"(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur) |(?:[Oo]ne|[Aa]n?) (?:[\w-]+ ){0,2}?)(?:company|firm|group|carmaker|"
            r"automaker|manufacturer|start-?up|maker|supplier)")  # ("One Suzhou start-up, founded in 2035, has sold 800")
_COMPANY_SUBJECT = re.compile(
    rf"(?:^\s*|[,;:]\s(?:and\s|while\s|but\s)?|--\s){_COMPANY}(?:['’]s\s(?:[\w-]+\s){{0,3}}?|[\s,])"
    # (anything between, but no saying and no event: "The company said the convention has drawn 600 exhibitors")
    r"(?:(?:(?!\b(?:said|says|told|convention|conference|summit|fair|expo|event)\b)(?:[^.;]|(?<=\d)\.(?=\d))){0,120}?\s)?"
    r"(?:(?:now|also|already|last year|this year)\s)?(?:has|had|have|employs|employed|delivered|delivers|produced|produces|"
    r"sold|sells|shipped|ships|made|makes|reported|posted|earned|exported|exports|invested|plans to invest|will invest|"
    r"(?:rose|grew|fell|increased|climbed|jumped|dropped|declined)(?:\sby|(?:\s[\d.]+\s?(?:percent|per cent|%))?\sto)?|"
    r"reached|hit|topped|(?:is|was) worth|(?:is|was) valued at)\s"
    + qualified("a total of") + r"(?:RMB\s?|CNY\s?|US\$\s?|\$)?$|"
    # a product's own specification: "The X-500 arm lifts 20 kg", "its 5G module supports 1,000 connections"
    r"(?:^\s*|[,;:]\s(?:and\s|while\s|but\s)?|--\s)(?:[Ii]ts|[Tt]heir|[Tt]he|[Tt]his|[Tt]hat)\s(?:[\w-]+\s){0,3}?(?:module|arm|"
    r"robot|machine|vehicle|truck|car|battery|chip|model|device|press|engine|drone|sensor|motor|cell|pack|crane|"
    r"excavator|printer|laser)s?\s(?:can\s)?(?:supports?|lifts?|carry|carries|runs?|reach|reaches|handles?|holds?|weighs?|"
    r"delivers?|stores?|charges?|travels?|moves?|has|have)\s" + qualified("up to") + r"$|"
    # "The plant ... cut its defect rate by 40 percent": what a firm saves (the event's own grow)
    # ("The cell cuts welding time by 35 percent")
    r"\b(?:cut|cuts|reduced|reduces|lowered|lowers|slashed|slashes)\s(?:its\s|their\s)?(?:[\w-]+\s){0,3}?by\s"
    + qualified("up to", "as much as") + r"$|"
    # "a Suzhou automation firm whose revenue grew 18 percent last year to 2.3 billion yuan"
    r"\b(?:firm|company|maker|manufacturer|supplier|group|carmaker|automaker|startup)\swhose\s(?:[\w-]+\s){0,2}?"
    r"(?:revenue|revenues|sales|output|profits?|exports|turnover|deliveries)\s(?:grew|rose|fell|increased|jumped|climbed|"
    r"dropped|declined|reached|hit|topped|totaled|totalled|was|is)\s(?:by\s)?"
    r"(?:[\d.]+\s?(?:percent|per cent|%)\s(?:(?:last|this) year\s)?to\s)?" + QUALIFIED + r"$|"
    # "NIO, which employs about 30,000 people", "the company now employs": a workforce is a company's
    r"\bemploy(?:s|ed|ing)?\s" + qualified("a total of") + r"$|"
    # "NIO said it delivered 221,970 vehicles": what only a company does, said by it
    r"\b(?:said|says)\s(?:that\s)?(?:it|they)\s(?:had\s|has\s)?(?:delivered|sold|produced|shipped|exported|manufactured|"
    r"turned out)\s" + qualified("a total of") + r"$|"
    r"(?:^|[,;:]\s|--\s)(?!(?:Anhui|Jiangsu|Hefei|Nanjing|China)['’])[A-Z][\w&-]+['’]s\s(?:[\w-]+\s){0,2}?(?:plant|factory|"
    r"factories|plants|base|facility|workforce|revenue|sales|profit|deliveries|output)\s(?:alone\s)?(?:now\s)?(?:has|had|employs|produces|produced|makes|"
    r"made|turns out|turned out|rose|grew|reached|hit|topped|totaled|totalled|was|is|of)\s"
    r"(?:(?:\w+\s)?(?:[\d.]+\s?(?:percent|per cent|%)\s)?to\s)?" + QUALIFIED + r"$")


# a sentence whose subject is a company ("His company has sold ...")
_COMPANY_LEAD = re.compile(rf"\s*{_COMPANY}(?:['’]s)?[\s,]")
_EVENT_WORD = re.compile(r"\b(?:convention|conference|summit|expo|exhibition|fair|forum|event|show)s?\b", re.I)


def _own_record(before: str, phrase: str, place_subject: re.Pattern) -> bool:
    """The clause before a figure makes it a place's or a company's own record: a place as its subject (the pattern
    given), a place's economy, a company as its subject (its staff, its sales, its plant's output), or what it
    counts is a workforce ("32,000 employees")."""
    clause = _clause(before, "")
    return place_subject.search(clause) is not None or _PLACE_ECONOMY.search(clause) is not None \
        or _COMPANY_SUBJECT.search(clause[-160:]) is not None or _WORKFORCE.match(phrase) is not None \
        or (_PATENTS.match(phrase) is not None and _HOLDS.search(clause[-60:]) is not None) \
        or _PLACE_RELATIVE.search(before[-240:]) is not None or _COMPANY_RELATIVE.search(before[-200:]) is not None \
        or _PLANT_CAPACITY.search(before[-120:]) is not None \
        or _PERSON_DID.search(clause[-60:]) is not None or _WE_OWN.search(before[-60:]) is not None \
        or _IT_HOME_TO.search(clause[-60:]) is not None or _LOCAL_TRADE.search(clause[-120:]) is not None \
        or _TEAM_OF.search(clause[-60:]) is not None \
        or (_IT_BOASTS.search(clause[-60:]) is not None
            and _A_PLACE_NAMED.search(so_far := _SENTENCE_BREAK.split(before[-240:])[-1]) is not None
            and _EVENT_WORD.search(so_far) is None)


# a team's size: "Wang Lei, 29, leads a team of 30 engineers at a Changzhou robot maker" (a company's own)
_TEAM_OF = re.compile(r"\b(?:a|the|his|her|its|their|our)\s(?:[\w-]+\s){0,2}?team\sof\s" + qualified("about") + r"$", re.I)
# "Today the Anhui capital's economy tops 1.5 trillion yuan, and it is home to 12 national-level industrial parks":
# what only a place is home to
_IT_HOME_TO = re.compile(r"(?:^|[,;:]\s(?:and\s)?)[Ii]t\s(?:is|was)\s(?:now\s|also\s)?home\sto\s" + qualified("a total of")
                         + r"$")
# what only a place does, said of "it" in a sentence that names a place and no event: "Ten years ago, the country had
# fewer than 100; today it boasts 210 of the world's 500 or so"
_IT_BOASTS = re.compile(r"\b[Ii]t\s(?:now\s|already\s|also\s)?(?:boasts|owns|has built|is home to)\s" + qualified("a total of")
                        + r"$")
_A_PLACE_NAMED = re.compile(r"\b(?:China|Jiangsu|Anhui|Hefei|Nanjing|[Tt]he (?:country|nation|province|city|region))\b")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+")
# the host city's trade while the event is on: "hotels reported occupancy of 92 percent during the convention",
# "Restaurants near the venue saw sales jump 40 percent that week" (not the event's counts)
_LOCAL_TRADE = re.compile(r"(?:^|[,;:]\s(?:and\s|while\s)?|--\s)(?:[\w'’-]+\s){0,2}?(?:hotels?|restaurants?|shops|"
                          r"retailers|stores|malls|taxis|airlines|caterers|eateries)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\s(?:occupancy(?:\srates?)?|"
                          r"sales|revenues?|bookings|takings|turnover|footfall|spending)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\s" + qualified("up to")
                          + r"$", re.I)


# "Anhui, which ranked among China's top 10 provinces for manufacturing investment last year, produced 2.5 million":
# the place is the subject past a relative clause, and its verb one only a place does
_PLACE_RELATIVE = re.compile(r"(?:^|[.;]\s|--\s)(?:(?:Jiangsu|Anhui)(?: Province)?|(?:Hefei|Nanjing)(?: City)?|China),\s"
                             # (or an apposition: "Anhui, the host province, produced 3.2 million")
                             r"(?:which|where|a (?:province|city) (?:that|which|where|of)|home to|the (?:[\w-]+\s){0,3}?"
                             r"(?:province|city|region|capital))\b(?:[^.;]|(?<=\d)\.(?=\d)){0,160}?,\s"
                             rf"(?:now\s|already\s|also\s)?(?:{_PLACE_ONLY_VERBS})\s"
                             + qualified("a total of") + r"$")


# a speaker's own firm, in the first person: "Five years ago, we had two robots", "our plant now employs 300"
_WE_OWN = re.compile(r"(?:\b[Oo]ur\s(?:factory|plant|company|firm|workshop|production line|line|team)\s(?:now\s)?(?:has|had|have|"
                     r"employs|employed|makes|made|produces|produced|turns out)|\b[Ww]e\s(?:now\s|only\s|still\s)?(?:employ|"
                     r"employed|built|make|made|produce|produced)|(?:years ago|when we (?:started|began)),\s[Ww]e\s(?:only\s)?had)\s"
                     + QUALIFIED + r"$")
# what one person did there: "Zhou said she personally visited about 80 booths" (not a count of the event)
_PERSON_DID = re.compile(r"\b(?:she|he|I)\s(?:had\s|has\s|have\s)?(?:personally\s|herself\s|himself\s|myself\s)?(?:visited|"
                         r"toured|met|talked to|spoke (?:to|with)|saw|tried|tested|walked past|stopped at)\s" + QUALIFIED + r"$")


def _open_quote(before: str) -> int:
    """Where the quotation the text ends in opened, or -1 when it ends outside one."""
    opened = max(before.rfind("\u201c"), before.rfind('"'))
    if opened < 0 or "\u201d" in before[opened:] or (before[opened] == '"' and before.count('"') % 2 == 0):
        return -1
    return opened


def _in_own_words(before: str, after: str) -> bool:
    """The figure stands in an open quotation that speaks in the first person singular and names no event: "\"About
    70 percent of the factories I visit now use some form of AI,\" a professor said" (the speaker's own)."""
    opened = _open_quote(before)
    if opened < 0:
        return False
    closed = min((i for i in (after.find("\u201d"), after.find('"')) if i >= 0), default=len(after))
    words = before[opened:] + " " + after[:closed]
    return _FIRST_PERSON.search(words) is not None and _AN_EVENT.search(words) is None


# an event a quotation speaks of, with its article ("this convention", "the show"; not the verb: "booths here show")
_AN_EVENT = re.compile(r"\b(?:the|this|that|a|an|its|our|their)\s(?:(?:[\w-]+\s){0,2}?(?:convention|conference|summit|expo|"
                       r"exhibition|fair|forum|event)s?\b|show\b)", re.I)


_FIRST_PERSON = re.compile(r"\b(?:I|my|me)\b")
_GUESSED = re.compile(r"\b(?:must be|must have been|(?:has|have)(?: got)? to be|at a guess)\s" + QUALIFIED + "$", re.I)


def guessed_in_a_quote(before: str) -> bool:
    """The figure is a guess in an open quotation: "\"There must be 2,000 companies here,\" said a visitor" (no
    count of the event's)."""
    opened = _open_quote(before)
    return opened >= 0 and _GUESSED.search(before[opened:]) is not None


# a company named, then what only a company does in a clause of its own: "Acme Robotics, which serves more than 3,000
# customers in 45 countries, unveiled ..." (not a show's: "the convention, which drew 1,600 exhibitors")
_COMPANY_RELATIVE = re.compile(r"(?:^|[.;]\s|--\s)(?!(?:The|This|That|It|Its)\b)(?:[A-Z][\w&.-]*\s){0,4}?"
                               r"(?!(?:Convention|Conference|Summit|Expo|Fair|Forum|Exhibition|Hall|Pavilion|Zone)\b)"
                               r"[A-Z][\w&.-]*,\s(?:which|that|who)\s(?:now\s|already\s|also\s)?(?:serves|supplies|employs|"
                               r"operates|sells|ships|exports|manufactures|produces|makes)\s(?:(?:[^.;,]|[.,](?=\d)){0,60}?\s(?:in|across)\s)?"
                               + QUALIFIED + r"$")
# a plant's or a maker's capacity: "BYD's local plant, which can turn out 600,000 vehicles a year", "a solar maker
# with annual capacity of 40 GW"
_PLANT_CAPACITY = re.compile(r"\b(?:plant|factory|facility|base|line|works)s?,?\s(?:which|that)\s(?:now\s|already\s)?"
                             r"(?:can|could|is able to|will be able to)\s(?:turn out|produce|make|build|assemble|churn out|"
                             r"roll out|roll off)\s" + qualified("up to") + r"$|"
                             r"\b(?:(?:annual|yearly|production|manufacturing|installed|designed)\s){1,2}capacity\s(?:of|is|was|"
                             r"reached|stands at|tops)\s" + qualified("up to") + r"$")
_WORKFORCE = re.compile(r"(?:[\w-]+ ){0,2}(?:employees|workers)\b")
# patents someone holds: "Today it has 1,200 staff and holds more than 300 patents" (a company's, as its staff are)
_PATENTS = re.compile(r"(?:[\w-]+ ){0,2}patents\b")
_HOLDS = re.compile(r"\b(?:holds|held|owns|owned|has been granted|have been granted|has obtained|has filed|has applied for|"
                    r"filed|applied for|obtained|registered)\s"
                    + qualified("a total of") + r"$")


# a market's move: "Shares of several robot makers rose by up to 5 percent on Friday" (no event's growth)
_SHARES_MOVED = re.compile(r"\b(?:shares|stocks?|share prices?|stock prices?|the (?:[\w-]+\s){0,2}?index)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\s(?:rose|"
                           r"jumped|climbed|gained|surged|soared|rallied|fell|dropped|slid|slumped|declined|lost|added|"
                           r"closed (?:up|down))\s(?:by\s)?" + qualified("up to", "as much as") + r"$", re.I)
_TARIFF_BEFORE = re.compile(r"\b(?:tariffs?|duties|duty|taxes|levies|tax rate)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\s(?:to|of|at)\s"
                            + qualified("up to") + r"$", re.I)
_OF_THE_WORLD = re.compile(r"^\s(?:of\s(?:the\s)?(?:world['’]s|global|worldwide)\b|of\sthe\sworld\b|"
                           # (or of a country's or a region's economy: "about a quarter of China's GDP")
                           r"of\s(?:China|the country|the nation|Anhui|Jiangsu|the province)['’]s\s(?:[\w-]+\s){0,2}?"
                           r"(?:GDP|economy|economic output|output|exports|population)\b|of\s(?:national|China's total)\b)", re.I)
# "Hefei's GDP exceeded 1.2 trillion yuan", "Anhui's industrial output rose to": the place's economy
_PLACE_ECONOMY = re.compile(r"\b(?:[Gg]lobal|[Ww]orld|[Ww]orldwide)\s(?:[\w-]+\s){0,2}?(?:output|GDP|trade|exports|sales|market|"
                            r"production|investment)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}$|"  # ("Global manufacturing output reached $19 trillion")
                            # ("Wuhu's GDP reached 520 billion yuan", "its auto industry output exceeded")
                            r"\b(?:(?:Jiangsu|Anhui)(?: [Pp]rovince)?|(?:Hefei|Nanjing)(?: [Cc]ity)?|" + _PROVINCE_CITIES + r"|China|[Tt]he "
                            r"(?:(?:Anhui|Jiangsu|provincial)\s)?(?:province|city|country|capital))['’]s\s(?:[\w-]+\s){0,4}?"
                            r"(?:GDP|gross domestic product|output|economy|added value|value-added|value added|exports|imports|"
                            r"foreign trade|retail sales|revenue|revenues|investment|fixed-asset investment|profits|market|"
                            r"market size|"  # ("China's smart manufacturing market could exceed 8 trillion yuan")
                            # ("Anhui's manufacturing investment rose 15.3 percent"; not "Anhui's investment at the
                            # convention")
                            r"production)\b(?:(?!\b(?:convention|conference|summit|expo|fair|event)\b)(?:[^.;,]|(?<=\d)[.,](?=\d))){0,40}$|"
                            # "the digital economy's core industries grew 9 percent": an economy's own growth
                            r"\b(?:the\s)?(?:[\w-]+\s)?economy(?:['’]s\s(?:[\w-]+\s){0,2}?industries)?\s(?:grew|rose|expanded|"
                            r"increased|climbed)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,30}$|"
                            # ("High-tech manufacturing and equipment manufacturing grew by 9.1 percent and 7.2 percent
                            # year on year": the industry's own growth)
                            r"\b(?:[\w-]+\s)?manufacturing(?:\sand\s(?:[\w-]+\s)?manufacturing)?\s(?:output\s|industries\s|"
                            r"sectors?\s)?(?:grew|rose|expanded|increased|climbed)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,30}$")
# a place as a clause's subject, at its head: "Anhui", "the province"
_PLACE_AT_HEAD = r"(?:^|--\s|[,:]\s(?:and\s)?)(?:Jiangsu|Anhui|Hefei|Nanjing|China|[Tt]he (?:province|city|country))"
# a place as the subject of a verb in the past: "Anhui signed", "the province has attracted"
# (and in a relative clause: "Anhui, which recorded GDP of 5.6 trillion yuan last year, ...")
_A_PLACE_DID = (_PLACE_AT_HEAD +
                r"(?:,\s(?:which|that)\s|\s)(?:(?:has|have|had)\s)?(?:also\s|already\s)?[a-z]+ed\s")
_PLACE_DID = re.compile(_A_PLACE_DID + qualified("a total of") + r"$")
_PART_OF_YEAR = re.compile(r"(?:^|\b)(?:(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\s)?(?:(?:in|during|over) the first (?:half|quarter|three quarters|"
                           r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months)\b|"
                           r"\bso far this year\b|\bfrom January\b)", re.I)
# "The province signed investment deals worth 1.6 trillion yuan in 2037": a place's deeds of a whole year, in a
# sentence that names no event
_PLACE_DEED = re.compile(_A_PLACE_DID + r"[^.;\d]{0,60}$")  # (its object before the figure: "signed investment deals worth")
_WHOLE_YEAR = re.compile(r"^(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:in (?:19|20)\d\d|last year|a year earlier|the previous year)\b", re.I)


# "Anhui's investment promotion drives in 2075 brought in projects worth ...": a place's own over a year, its year in
# its subject
_PLACES_YEAR_SUBJECT = re.compile(_PLACE_AT_HEAD + r"['’]s\s(?:[\w-]+\s){0,5}?(?:in\s(?:19|20)\d\d|last year|this year)\s"
                                  r"[^.;\d]{0,60}$")


def _places_year(before: str, after: str, sentence: str, memo: dict) -> bool:
    """A place's deed over a year or part of one, in a sentence that names no event (_PLACE_DEED)."""
    clause = _clause(before, "")
    return not in_sentence(_EVENT_WORD, sentence, memo) and (
        (_PLACE_DEED.search(clause) is not None
         and (_PART_OF_YEAR.match(after) is not None or _WHOLE_YEAR.match(after) is not None))
        or _PLACES_YEAR_SUBJECT.search(clause) is not None)


# ("Foreign-funded projects accounted for 136 of the 1,302 projects signed at ..., with investment of ...")
_FOREIGN_SUBJECT = re.compile(r"\b(?:foreign-funded|foreign-invested|overseas-funded) (?:projects?|deals?|agreements?)\b"
                              r"(?:\s(?:accounted for|made up|numbered)\s[\d,]+(?:\sof\s(?:the\s)?[\d,]+)?\b)?"
                              r"(?:[^.;,\d]|\b(?:19|20)\d\d\b|,\s(?=with\b|involving\b)){0,100}"
                              r"\b(?:worth|valued at|investment|value|involving|carr(?:y|ies|ied))\b[^.;,\d]{0,30}$", re.I)
# (and its adjective alone: "20 benchmark smart factories", then "20 benchmark factories")
_OWN_FIELD = re.compile(r"\b(?:smart|intelligent) manufacturing\b(?= [a-z])|(?<=[a-z] )(?:smart|intelligent)\b(?= [a-z])")
# ("50 typical application scenarios", then "50 application scenarios")
_PRAISE = frozenset("top-level top high-level leading major key senior renowned well-known prominent notable "
                    "distinguished famous big-name high-profile important influential world-class typical "
                    "representative exemplary outstanding excellent landmark".split())


_SHARE_OF = re.compile(r"^\s(?:of\s(?:all\s|the\s|them\b|those\b|these\b|which\b|whom\b|its\s|their\s)*)(?P<rest>.*)", re.I)
_CHANGE_VERB = re.compile(r"(?<!['’])\b(?P<subject>(?:[a-z][\w-]*\s){1,2}(?:of\s(?:the\s)?(?:[a-z][\w-]*\s){1,2})?)(?:grew|rose|increased|expanded|gained|climbed|"
                          # ("Exhibitors were up 11 percent"; not "... at the convention were up 12%": its noun is further)
                          # (and after an event's name: "Exhibitors at the ... Convention were up 5% year on year": the
                          # head before the place is found below)
                          r"fell|declined|dropped|decreased|slipped|slid|shrank|contracted|dipped|was up|was down|(?<=s\s)were up|"
                          r"(?<=s\s)were down|"
                          r"(?<=(?:Convention|Conference|convention|conference)\s)were (?:up|down)|went up)\b"
                          r"[^.]{0,25}$", re.I)
# what a growth is of, named after its rate ("a 3.2 percent increase in investment"), or after a rate named before it
# ("an increase of 3.2 percent in total investment"), or as the subject of "posted" ("Investment at the convention posted
# 3.2 percent growth")
_NOT_WHAT = r"(?!(?:at|in|from|on|over|for|to|during|and|with|year|compared|than)\b)"
# (one to four words, each after one space: one way to read them, so linear)
_WHAT = rf"(?P<what>{_NOT_WHAT}[a-z][\w-]*(?:\s{_NOT_WHAT}[a-z][\w-]*){{0,3}})"
_GROWTH_NOUN = r"(?:increase|rise|growth|jump|gain|decrease|decline|drop|fall)"
_GROWTH_OF_AFTER = re.compile(r"^\s?(?:year-on-year\s)?" + _GROWTH_NOUN + r"\s(?:in|of)\s"
                              r"(?:the\s)?" + _WHAT, re.I)
_GROWTH_OF_BEFORE = re.compile(r"\b" + _GROWTH_NOUN + r" of\s(?:about\s|nearly\s|over\s)?$", re.I)
_IN_AFTER = re.compile(r"^\s(?:in|of)\s(?:the\s)?" + _WHAT, re.I)
_POSTED_BEFORE = re.compile(r"(?:^|[.!?]\s)(?:The\s)?" + _WHAT.replace("[a-z]", "[A-Za-z]") + r"\s(?:at|of|in)\s(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\s"
                            r"(?:posted|recorded|registered|logged|saw|showed)\s(?:an?\s)?(?:about\s|nearly\s|over\s)?$")
# ("signed 902 projects, with investment up 3 percent": the noun the "with" clause names, no verb)
_WITH_UP = re.compile(r"\bwith\s(?:the\s|its\s|their\s)?(?:number\sof\s)?(?P<subject>(?:[a-z][\w-]*\s){1,2}?)(?:up|down)\s(?:by\s)?"
                      r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,12}$", re.I)


# (and "deals signed at the ... Convention over the past five editions total more than 3 trillion yuan")
# (said of the event: not "Anhui's foreign investment in the first half reached ...", the province's own)
_FOREIGN_INVESTMENT_REACHED = re.compile(r"(?<!['’]s\s)\b(?:foreign|overseas)\s(?:direct\s)?(?:investment|capital)\s(?:at|during)\s"
                                         r"(?:[^.;,]|(?<=\d)\.(?=\d)){0,60}?\b(?:convention|conference|summit|expo|event)\b"
                                         r"(?:[^.;,\d]){0,30}?\s(?:reached|totall?ed|came to|amounted to|hit|topped|was|stood at|"
                                         r"exceeded)\s" + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$)?$", re.I)
_SESSION_DAYS = re.compile(r"^(?:-days?)?\s(?:(?!of\s)[\w-]+\s){0,2}?(?:session|seminar|workshop|forum|roadshow|training|tour|competition|"
                           r"contest|hackathon|festival|camp)s?\b", re.I)
_SESSION_RUNS = re.compile(r"\b(?:show|session|forum|seminar|competition|contest)\s(?:runs|ran|lasts|lasted|will run|will last)"
                           r"\s(?:for\s)?$|\b(?:open|opens|opened|opening) to the public for\s$", re.I)
_INVESTMENT_FIGURE_IS = re.compile(r"\b(?:(?P<what>investment|deal value|contract value)\s(?:figure|total|tally|sum)|"
                                   r"(?:deals|contracts|agreements)\s(?:signed|inked|sealed))\b"
                                   r"(?:[^.;]|(?<=\d)\.(?=\d)){0,140}?\s(?:is|was|stands at|stood at|came to|reached|"
                                   r"totall?ed|totals?|amount to|amounted to)\s" + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$", re.I)
_VALUE_PUT_AT = re.compile(r"\b(?:put|puts|putting|pegged|pegs|placed|places|estimated|estimates)\sthe\s(?:total\s|combined\s)?"
                           r"(?:contract\s)?value\sof\s(?:the|its|their)\s(?:[\w-]+\s){0,2}?(?:deals|contracts|agreements|projects)\b"
                           r"(?:[^.;]|(?<=\d)\.(?=\d)){0,130}?\sat\s" + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$", re.I)
# the measure a growth is of, before the phrases that place it ("investment in the projects signed at ... in Hefei")
# (past what was done with it: "Investment pledged at the ... Convention rose 4.5 percent")
_HEAD_BEFORE_PLACE = re.compile(r"\b(?P<head>investment|value|exhibitors|visitors|output|sales|revenue|turnover|"
                                r"projects|deals|guests|attendance|area|trade|(?:exhibitor|visitor) (?:numbers|count)|"
                                # ("Investment signed at the 2083 World Manufacturing Convention grew"; not "investment
                                # in the projects signed at ...": the investment's)
                                r"footfall|foot traffic)\s(?:(?:pledged|committed|promised|attracted)\s|(?:(?<=investment\s)|"
                                r"(?<=value\s))(?:signed|inked|sealed|contracted)\s)?"
                                r"(?:in|of|at|for|from|by|during|to)\s", re.I)
# (or the projects signed: "Projects signed at the 2053 World Manufacturing Convention rose about 2 percent"; not what
# another head is of: "investment in the projects signed at ...")
_SIGNED_HEAD_BEFORE_PLACE = re.compile(r"(?<!\bin the )(?<!\bof the )\b(?P<head>projects|deals)\s(?:signed|inked)\s"
                                       r"(?:at|in|during)\s", re.I)


def last_match(matches):
    """The last of an iterator of matches (None when there is none)."""
    last = None
    for last in matches:
        pass
    return last


# the verb of a subject whose share a percentage gives ("Overseas exhibitors made up 15 percent")
SHARE_VERB = r"(?:made up|make up|makes up|accounted for|account for|accounts for|represented|represent|comprised|took up)"
# (and as a participle: "with trade visitors making up about 40 percent")
SHARE_PARTICIPLE = r"(?:making up|accounting for|comprising|representing|taking up)"
# a kind of exhibitor, guest or project whose share the sentence gives, of all of them: "Overseas exhibitors at the ...
# Convention accounted for 14.5 percent"
_KIND_OF_SUBJECT_SHARE = re.compile(r"\b(?P<noun>(?:overseas|foreign|international|foreign-funded|foreign-invested|private|"
                                    r"privately owned)\s(?:[a-z-]+\s)?(?:exhibitors|companies|enterprises|firms|guests|"
                                    r"visitors|projects))(?:\s(?:at|in)\s(?:the\s|this\syear['’]s\s)?(?:[\w'’-]+\s){0,6}?"
                                    r"(?:convention|conference|summit|expo|event))?\s" + SHARE_VERB + r"\s" + QUALIFIED + "$",
                                    re.I)
_WITH_KIND_SHARE = re.compile(r"\bwith\s(?:the\s)?(?P<noun>(?:[a-z][\w-]*\s){0,2}?[a-z][\w-]*s)\s" + SHARE_PARTICIPLE + r"\s"
                              + QUALIFIED + "$", re.I)
_SUBJECT_OF_SHARE = re.compile(r"(?:\b(?P<exhibiting>exhibiting|participating)\s)?\b(?P<noun>[a-z][a-z-]*s)\s" + SHARE_VERB
                               + r"\s" + qualified("just over", "just under") + "$", re.I)
_KIND_WORDS = (r"(?:the\s)?(?P<what>(?:[a-z][\w-]*)(?:\s(?!(?:were|are|was|is|and|with|at|from|signed|came|by|to|this|last|during|so|over|"
               r"related(?=\sto\b))\b)"
               r"[a-z][\w-]*){0,3}(?:\srelated\sto\s[a-z][\w-]*(?:\s[a-z][\w-]*)?)?)\b")
# what the share's members are or do: "... are in strategic emerging industries", "are showing AI products", "come
# from Jiangsu"
# (of an amount: "... is in strategic emerging industries", "... went to strategic emerging industries": in them)
_KIND_VERB = r"(?:(?:(?:are|were|is|was)\s|(?:come|came|hail|hailed)\s(?=from\b))(?P<prep>in|showing|displaying|making|" \
             r"producing|from)|(?:went|go|goes|flowed|flows)\s(?:in)?to)\s"
# the kind a share's subject names: "Projects in strategic emerging industries accounted for 78 percent of the total
# investment", "Strategic emerging industries made up ..."
_KIND_SUBJECT = re.compile(r"(?:\b(?:projects|deals|investments?)\sin\s(?P<what>(?:[a-z][\w-]*\s){0,3}?[a-z][\w-]*)|"
                           r"(?P<sector>\b(?:[a-z][\w-]*\s){0,3}?(?:industries|sectors)))\s" + SHARE_VERB + r"\s" + QUALIFIED
                           + "$", re.I)
# (past a whole written with a thousands comma: "About 30 percent of the 1,520 exhibitors ... come from outside China")
_SHARE_IN = re.compile(r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,120}?\b" + _KIND_VERB + _KIND_WORDS, re.I)
# (after "of them", the verb may be left out: "about 67 percent of them showing AI products")
_THEIR_KIND = re.compile(r"\s*(?:" + _KIND_VERB + r"|(?P<bare>showing|displaying|making|producing|show|display|make|produce|"
                         r"from|in)\s)" + _KIND_WORDS, re.I)
SHARE_OF_THEM = re.compile(r"^\s?of\s(?:all\s)?(?:them|those|these|which|whom)\b", re.I)
# the count a share of them is of, named before its number: "Exhibitors numbered 1,542, ..."
_NUMBERED_BEFORE = re.compile(r"\b(?P<noun>[A-Za-z]+s)(?:\s(?:at|in|of|to|for)\s[^.;,]{0,80}?)?\s(?:numbered|totall?ed|reached|"
                              r"stood at|came to)\s\d", re.I)
# what some of them show, in the passive: "with AI-related products shown by 39 percent of them"
_SHOWN_BY = re.compile(r"\bwith\s" + _KIND_WORDS.replace("|by|", "|by|shown|displayed|") + r"\s(?P<bare>shown|displayed)\sby\s"
                       + QUALIFIED + r"$", re.I)
# the plural a share "of them" is of: the sentence's last count before it ("856 exhibitors, about 67 percent of them")
_COUNTED_BEFORE = re.compile(r"\b\d(?:\d|[,.](?=\d))*(?:-odd|-plus|\+)?(?:\s(?:thousand|million))?\s(?:[\w-]+\s){0,2}?"
                             r"(?P<noun>[a-z]+s)\b", re.I)
# ("three quarters of deals in advanced manufacturing": the kind right after the counted noun)
_SHARE_DIRECT_IN = re.compile(r"(?:[\w-]+\s){0,2}?[a-z]+s\s(?P<prep>in)\s(?!the\b|its\b|Hall\b|hall\b)" + _KIND_WORDS, re.I)
_PERCENT_MORE_OF = re.compile(r"^\s?(?:percent|per cent|%)?\s(?P<dir>more|fewer|less)\s(?P<what>(?:[a-z][\w-]*\s){0,2}?"
                              r"[a-z][\w-]*s)\s(?:than|compared|from|over)\b", re.I)
_RATE_OF = re.compile(r"\b(?:a|an|the|its|their)\s(?P<what>(?:[a-z][\w-]*\s){0,2}?rate)\sof\s(?:about\s|around\s|nearly\s|"
                      r"over\s|more than\s)?$", re.I)
_RATE_WAS = re.compile(r"\b(?:the|its|their)\s(?P<what>(?:[a-z][\w-]*\s){0,2}?(?:share|proportion|percentage|ratio|rate)"
                       r"(?:\s(?:of|in|among)(?:\s(?!was\b|is\b|stood\b|reached\b|hit\b|came\b|rose\b|fell\b|grew\b)"
                       r"[\w'’-]+){1,6}?)?)"
                       # ("The share of foreign-funded projects at the 2068 World Manufacturing Convention was": where)
                       r"(?:\s(?:at|in|during)\s(?:this\syear['’]s|the|its)\s(?:(?:19|20)\d\d\s)?(?:[\w-]+\s){0,4}?"
                       r"(?:convention|conference|summit|expo|event|fair))?\s"
                       # ("rose 1.2 percentage points to 10.6 percent": what it came to)
                       r"(?:was|is|stood at|reached|hit|came to|(?:rose|grew|increased|climbed|edged up|fell|dropped|declined)"
                       r"(?:\s(?:by\s)?[\d.]+\s(?:percentage\s)?points?)?\sto)\s" + qualified("just over", "just under") + "$",
                       re.I)
_COUNTED = re.compile(r"^[\d,.]+\s+(?:or so\s+|or more\s+|or thereabouts\s+)?")
# a sentence that opens with the whole a share is of: "Of the 902 projects signed at the convention, 91.4 percent"
_OF_THE_WHOLE_LEAD = re.compile(r"(?:^|[.!?]\s+|\n)Of\s(?:the|its|their|all|all the)\s(?:[\d,]+\s)?(?:[\w-]+\s){0,2}?"
                                r"(?P<noun>projects|deals|contracts|agreements|exhibitors|companies|enterprises|firms|"
                                r"visitors|guests)\b[^.;!?\n]{0,120},\s"
                                # ("Of the 140 projects signed ..., 56, or 40 percent, are in ...": the share set beside
                                # the count)
                                r"(?:\d[\d,]*,\s(?:or|about|roughly|some|nearly)\s)?" + qualified() + r"$")  # "(60% of the) 900 or so"


# the companies at the event are its exhibitors: "1,655 companies exhibited, 38.5 percent of them ..."
_EXHIBITORS_WHOLE = re.compile(r"(?:(?:exhibiting|participating) )?(?:companies|enterprises|firms|businesses)")
_AI = re.compile(r"\bartificial intelligence\b")
# (and one name for new energy vehicles: "EV", "NEV", "electric vehicle", "new-energy vehicle")
_NEV = re.compile(r"\b(?:n?evs?|electric vehicles?|new[- ]energy vehicles?)\b")


def _kind(found: re.Match) -> str:
    """The kind a share is of, in lower case ("from the Yangtze River Delta": "from yangtze river delta")."""
    # (one kind, however it is written: "artificial intelligence" and "AI")
    what = found.group("what") or found.groupdict().get("sector") or ""
    # ("products related to artificial intelligence", "AI-related products": AI products)
    what = _RELATED.sub(lambda m: f"{m.group('field') or m.group('field2')} {m.group('thing') or m.group('thing2')}",
                        re.sub(r"^the\s", "", " ".join(what.lower().split())))
    return _NEV.sub("new energy vehicle", _AI.sub("ai", what))


_RELATED = re.compile(r"^(?P<thing>[a-z]+s) related to (?P<field>[a-z][\w ]*)$|^(?P<field2>[\w]+)-related (?P<thing2>[a-z]+s)$")


def _overseas(share: str) -> str:
    """One name for the share of the exhibitors from abroad, whichever words say where they come from."""
    return OVERSEAS_SHARE if OVERSEAS_SHARE_NAMED.match(share) else share


def _share_metric(noun: str, near: str, after: str, before: str = "") -> str:
    """A percentage says what it is a share or a change of: "share of exhibitors" (from "half of all exhibitors",
    "60 percent of the exhibitors"), "output growth" (from "industrial output grew 14.7 percent"). near: the words
    just before the figure; before: further back, where a growth's subject may stand before the phrases that place
    it ("investment in the projects signed at ... in Hefei grew 2.3 percent")."""
    if (more := _PERCENT_MORE_OF.match(after)) is not None and (grown := named_measure(more.group("what"))):
        # "drew 12 percent more exhibitors than last year": the exhibitors' growth
        return f"{grown} {'growth' if more.group('dir').lower() == 'more' else 'decline'}"
    if not after.lstrip().lower().startswith("of") and (kind := _WITH_KIND_SHARE.search(near)) is not None:
        # "drew 262,000 visitors, with trade visitors making up about 40 percent": the share of that kind
        return _overseas(f"share of {' '.join(kind.group('noun').lower().split())}")
    if not after.lstrip().lower().startswith("of") \
            and (subject := _KIND_OF_SUBJECT_SHARE.search(before[-200:] if before else near)) is not None:
        # "Overseas exhibitors at the 2071 World Manufacturing Convention accounted for 14.5 percent": of all of them
        return _overseas(f"share of {' '.join(subject.group('noun').lower().split())}")
    share = _SHARE_OF.match(after)
    if share and (noun == "share" or after.lstrip().lower().startswith("of")):
        words = noun_phrase(_COUNTED.sub("", share.group("rest"), count=1), 4).split()
        # up to the counted noun: "exhibitors", not "exhibitors came"
        cut = next((i for i, w in enumerate(words) if w.endswith("s") and not w.endswith("ss")), len(words) - 1)
        cut = min(cut, words.index("and") - 1) if "and" in words[1:] else cut  # ("of the global total and ranking")
        phrase = " ".join(words[:cut + 1])
        if SHARE_OF_THEM.match(after) and (counted := max((m for m in (last_match(_COUNTED_BEFORE.finditer(before[-200:] or near)),
                                                                    last_match(_NUMBERED_BEFORE.finditer(before[-200:] or near)))
                                                         if m is not None), key=lambda m: m.start(), default=None)) is not None \
                and (their := _THEIR_KIND.match(share.group("rest"))
                     or _SHOWN_BY.search((before or near)[-120:])) is not None:
            # "856 exhibitors, about 67 percent of them showing AI products", "Exhibitors numbered 1,542, with
            # AI-related products shown by 39 percent of them": a share of what the sentence counted, of the kind it
            # names
            whole = counted.group("noun").lower()
            whole = "exhibitors" if _EXHIBITORS_WHOLE.fullmatch(whole) else whole
            doing = (their.groupdict().get("prep") or their.groupdict().get("bare") or "in").lower()
            doing = {"shown": "showing", "displayed": "displaying", "show": "showing", "display": "displaying",
                     "make": "making", "produce": "producing"}.get(doing, doing)
            return _overseas(f"share of {whole} {doing} {_kind(their)}")
        if re.fullmatch(r"(?:square|sq) (?:meters|metres|m)", phrase):
            phrase = "exhibition area"  # "a third of the 80,000 square meters of exhibition space"
        if _EXHIBITORS_WHOLE.fullmatch(phrase):
            phrase = "exhibitors"  # "a third of the 620 exhibiting firms", "of the companies": the exhibitors
        phrase = re.sub(r"^(?:deals|contracts|agreements)$", "projects", phrase)  # (one measure, however named)
        # (the investment however it is written: "the total investment", "the investment signed at ...")
        phrase = re.sub(r"^(?:(?:total|combined|overall)\s)?(investment)(?:\s(?:signed|pledged|involved|attracted))?$",
                        r"\1", phrase)
        if phrase and (kind := _SHARE_IN.match(share.group("rest"))
                       or _SHARE_DIRECT_IN.match(_COUNTED.sub("", share.group("rest"), count=1))
                       or _KIND_SUBJECT.search(before[-160:] if before else near)) is not None:
            # "About 72 percent of the projects signed ... are in strategic emerging industries": the share of one kind
            phrase = f"{phrase} {(kind.groupdict().get('prep') or 'in').lower()} {_kind(kind)}"
        if phrase in ("total", "whole", "all", "overall") and (subject := _SUBJECT_OF_SHARE.search(near)) is not None:
            phrase = subject.group("noun").lower()  # "overseas exhibitors made up 15 percent of the total"
            if subject.group("exhibiting"):
                phrase = "exhibitors"  # "overseas exhibiting enterprises made up 15 percent of the total"
        return _overseas(f"share of {phrase}") if phrase else "share"
    if not noun and (whole := _OF_THE_WHOLE_LEAD.search(before[-250:] if before else near)) is not None:
        # "Of the 902 projects signed at the convention, 91.4 percent are in manufacturing": a share of the whole
        # the sentence opened with, of the kind the clause names
        phrase = re.sub(r"^(?:deals|contracts|agreements)$", "projects", whole.group("noun").lower())
        kind = _SHARE_IN.match(after[1:] if after.startswith(",") else after)
        return _overseas(f"share of {phrase} {kind.group('prep').lower()} {_kind(kind)}") \
            if kind else f"share of {phrase}"
    if (not noun or (noun in ("growth", "decline") and near.endswith(" to "))) \
            and (named := _RATE_WAS.search(before[-160:] if before else near)) is not None:
        # ("The share of foreign-funded projects rose 1.2 percentage points to 10.6 percent": the share it came to)
        # "The share of projects in strategic emerging industries was 71 percent", "The signing rate reached 92
        # percent": what the clause's subject names, all of it (the share of one kind of project is not another's)
        return " ".join(named.group("what").lower().split())
    if not noun and (named := _RATE_OF.search(near)) is not None:
        return " ".join(named.group("what").lower().split())  # "a construction rate of 77.7 percent"
    if noun in ("growth", "decline") and (named := _GROWTH_OF_AFTER.match(after)
                                          or (_GROWTH_OF_BEFORE.search(near) and _IN_AFTER.match(after))) is not None:
        # "a 3.2 percent increase in investment", "an increase of 3.2 percent in total investment": what grew, named
        # after the rate
        return f"{grown_measure(named.group('what').strip())} {noun}"
    if noun in ("growth", "decline") and (posted := _POSTED_BEFORE.search(before[-200:] if before else near)) is not None \
            and (grown := named_measure(posted.group("what"))):
        return f"{grown} {noun}"  # "Investment at the convention posted 3.2 percent growth"
    change = _CHANGE_VERB.search(near) or _WITH_UP.search(near)
    if change and noun in ("growth", "decline"):
        written = re.sub(r"^(?:the|its|their|and|but)\s", "", " ".join(change.group("subject").lower().split()))
        subject = " ".join(w for w in change.group("subject").lower().split()[-2:]
                           if w not in _STOP and w not in ("and", "but", "while", "whereas"))  # (", and visitors were down")
        if named_measure(written):
            subject = written  # ("The value of the deals rose 5 percent": the investment; else the two words before)
        if (any(w[:1].isupper() for w in change.group("subject").split()) or _EVENT_WORD.fullmatch(subject)) \
                and (head := last_match(_HEAD_BEFORE_PLACE.finditer(
                    before, max(0, len(before) - 200), len(before) - len(near) + change.start("subject") + 1))
                     or last_match(_SIGNED_HEAD_BEFORE_PLACE.finditer(
                         before, max(0, len(before) - 200), len(before) - len(near) + change.start("subject") + 1))) \
                is not None:
            # "investment in the projects signed at the convention in Hefei grew 2.3 percent": not Hefei's growth
            # (nor the fair's: "Exhibitors at the fair grew 4.5 percent")
            subject = head.group("head").lower()
        return f"{grown_measure(subject)} {noun}".strip()
    return ""


# the subject of a growth as the measure's name, so that one measure's growth has one name however it is written and
# in either language ("signed projects grew", "638 projects signed, up 4.6 percent", "签约项目…同比增长")
_GROWN = ((re.compile(r"(?:number of |total )?(?:signed |inked |sealed |contracted )?(?:projects|deals|contracts|agreements|"
                      r"signings)(?: signed| inked| sealed)?"), "projects signed"),
          (re.compile(r"(?:the )?(?:total |combined |overall )?(?:contract |contracted |deal )?(?:investment|value)"
                      r"(?: (?:of|in) (?:the )?(?:deals|projects|contracts|signed projects))?|(?:deal|contract) value"),
           "investment"),
          (re.compile(r"(?:number of )?(?:exhibitors|exhibiting (?:companies|firms|enterprises)|companies|enterprises|"
                      r"firms)|exhibitor (?:numbers|count)"), "exhibitors"),
          (re.compile(r"(?:number of )?(?:visitors|visits)|attendance|visitor (?:numbers|count)|footfall|foot traffic"),
           "visitors"),
          (re.compile(r"(?:total )?(?:exhibition |expo )?(?:area|space)"), "exhibition area"))


def measure_name(metric: str) -> str:
    """How a growth names the measure that grew: the one name of a measure with two ("investment" for
    contract_value), its words ("projects signed")."""
    return ONE_NAME.get(metric, metric).replace("_", " ")


def named_measure(subject: str) -> str:
    """The name of the measure a growth's subject words name ("signed projects" -> "projects signed"), or ""."""
    words = " ".join(subject.lower().split())
    return next((name for pattern, name in _GROWN if pattern.fullmatch(words)), "")


def grown_measure(subject: str) -> str:
    """The name of the measure a growth's subject words name, or the words as they are."""
    return named_measure(subject) or " ".join(subject.lower().split())


MINOR_RANK = 20  # a vocabulary metric of this rank or above (durations) is a minor figure


def is_forecast(sentence: str) -> bool:
    """A sentence that predicts ("the market is expected to reach ... by 2030"): its figures are not the
    edition's own."""
    return _forecast_in(sentence[:2000])


def _forecast_in(words: str) -> bool:
    """Words that predict; "by the end of 2026" only where nothing says it was reached ("had built")."""
    reached = None
    for m in _FORECAST.finditer(words):
        if not m.group().lower().startswith("by "):
            return True
        if reached is None:
            reached = _HAD_DONE.search(words) is not None
        if not reached:
            return True
    return False


# "Jiangsu had built 2,400 smart workshops by the end of 2026": a year reached, not a target
_HAD_DONE = re.compile(r"\bhad\s(?:already\s)?(?:been\s)?[a-z]{2,}(?:ed|en|wn|ilt|ught|ade|ld)\b", re.I)


def metric_ranks(vocabulary: tuple[Metric, ...] = VOCABULARY) -> dict[str, int]:
    """Importance of every vocabulary metric (lower first), the first definition of a key deciding."""
    ranks: dict[str, int] = {}
    for m in vocabulary:
        ranks.setdefault(m.key, m.rank)
    return ranks


def metric_names(vocabulary: tuple[Metric, ...] = VOCABULARY) -> dict[str, str]:
    """Display name of every vocabulary metric."""
    return {m.key: m.name for m in vocabulary}


def growth_metric(grown: str, fell: bool, vocabulary: tuple[Metric, ...] = VOCABULARY) -> str:
    """The metric of how much a measure grew or fell on an earlier edition, a measure of its own: the grown
    measure's display name (or its noun phrase) and "increase" or "decrease" ("exhibition area increase")."""
    name = next((m.name for m in vocabulary if m.key == grown), grown)
    return f"{name} {'decrease' if fell else 'increase'}"
