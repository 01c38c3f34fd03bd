"""Figures in news text: numbers with their unit, what they count, and how exact they are.

Pure functions. Every pattern is anchored at a known position or bounded, so that long runs of digits or
repeated tokens cannot cause backtracking blow-ups.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from extract.dates import MONTH_NAMES
from extract.events import ORDINALS, ZH_ORDINAL, ordinal_number
from extract.figures_zh import CJK_RUN, extract_figures_zh, table_label_metric
from extract.metrics import (ABROAD, VALUE_REVISED_TO, BUT_DID, DONE_BY_THEN, MARK_PASSED, SHARE_OF_THEM, SHARE_PARTICIPLE, SHARE_VERB, at_a_session, COMPARED_ZH, MULTIPLE, WEEKDAY, ONLINE_WHERE, ONSITE_WHERE, QUALIFIED, QUALIFIER_WORDS, SIGNED_DONE, only_growing, qualified, guessed_in_a_quote, NEXT_CLAUSE, BATCHED, EARLIER_BEFORE, YEAR_BEFORE_GAP, batch_clause, MONEY_UNITS, NEXT_PARAGRAPH, OTHER_NAME, UNSPECIFIC, VOCABULARY, Metric,
                             EXHIBITING, classify, goes_on_with_total, in_sentence, noun_phrase, opens_running_total, own_measure,
                             within_the_event, STANDING, FROM_NATION, nation_companies, sums_editions, is_forecast, OWN_MEASURES, growth_metric, grown_measure, measure_name,
                             THIS_EDITION_AFTER, AUDIENCES, NOT_AFTER_A_CLOCK, NATION_NAMES, NATION_PAVILION, FOREIGN_SHARE, MANUFACTURING_SHARE, OVERSEAS_SHARE,
                             SECTOR_PROJECTS, last_match as _last)
from extract.rawtext import LINK_HEADINGS, NEXT_STORY_LABEL
from extract.records import Figure
from extract.sentences import split_sentences
from extract.values import restates

SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "billion": 1e9, "bln": 1e9,
          "bn": 1e9, "trillion": 1e12, "tln": 1e12, "trln": 1e12, "trn": 1e12, "tn": 1e12,
          "hundred million": 1e8, "100 million": 1e8, "ten thousand": 1e4}
_SPELLED = "|".join(sorted(list(SMALL) + list(TENS) + ["hundred", "dozen"], key=len, reverse=True))

NUMBER = re.compile(
    # a currency code may be written against the number ("RMB260 billion")
    rf"(?:(?<![\w.,-])|(?<=RMB)|(?<=CNY)|(?<=USD)|(?<=EUR))(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,15}}(?:\.\d+)?)"
    # ("a quarter of a million", "three quarters of a million": a fraction of a scale, before the shares below)
    # (or a headline's "Quarter of a million visits")
    # (and "a quarter-million": the fraction joined to its scale)
    rf"|(?P<quartera>(?:(?:a|one|three)[\s-]quarters?|quarter)\sof\san?|[aA]\squarter(?=-(?:million|billion)\b))"
    rf"(?=[\s-](?:thousand|million|billion|trillion)\b)"
    rf"|(?P<frac>half|(?:a|one|two)[\s-]thirds?|(?:a|one|three)[\s-]quarters?|(?:a|one|two|three|four)[\s-]fifths?|"
    rf"(?:a|one)[\s-]tenth)(?=\sof\s(?:all\s|the\s|them\b|those\b|its\s|their\s)?"
    # (a number after it only when it counts something: "a third of the 620 exhibitors", "of the 630 registered
    # exhibitors", not "half of the 2020s")
    # ("a third of the 80,000 sq m of exhibition space")
    rf"(?!(?:the\s)?(?:year|month|week|day|century|decade|season|period|term|quarter|first|second|\d(?![\d,.]*\s(?:(?:[a-z-]+\s){{0,2}}?[a-z]+s|sq\.?\s?m)\b))))"
    # (not the numerator of a fraction: "two-thirds more valuable")
    rf"|(?P<spelled>(?:{_SPELLED})(?:-(?:{_SPELLED}))?)(?![\s-](?:thirds|quarters|fifths|tenths)\b)"
    rf"|(?P<one>an?)(?=[\s-](?:thousand|million|billion|trillion)\b)"
    rf"|(?P<halfa>half[\s-]an?)(?=[\s-](?:dozen|hundred|thousand|million|billion|trillion)\b)"  # "half a million"
    rf")(?!(?!(?:bn|mn|mln|bln|trn|trln|tn|pc|pct|k|sqm|m2|m²)\b|(?-i:[BKMbm])\b)[\w]|\.\d|,\d{{3}})",  # "3.5bn", "300K", "10pc"
    re.I,
)
_CUR_BEFORE = re.compile(r"(?:(?P<code>RMB|CNY|USD|EUR|US\$|U\.S\.\$|U\$|HK\$|\$|¥|€|Yuan)\s?)$")
# (translated 亿 and 万, "536.3 hundred million yuan", "8.6 ten thousand person-times"; not after a year)
_SCALE = re.compile(r"[\s-]?(?P<scale>(?<!\b(?:19|20)\d\d\s)(?:hundred million|100 million|ten thousand)"
                    r"(?=\s(?:yuan|RMB|renminbi|U\.?S\.? dollars|dollars|USD|CNY|person|people|visit|visitor|square|times)\b"
                    r"|[.,;)]|$)|"
                    r"thousand|million|billion|trillion|mln|bln|bn|mn|trln|trn|tln|tn|(?<=\d)k)\b"
                    # (an abbreviation's point before the currency: "80 bln. USD")
                    r"(?:(?<=ln|bn|mn|rn|tn)\.(?=\s(?:yuan|RMB|CNY|USD|U\.S\.|US|dollars|euros)\b))?|"
                    r"(?P<abbr>(?-i:[BKM]|(?<=\d)[bm]))\b", re.I)  # "367.7B yuan", "300K visitors": upper case, written against it
# ("US$5.4b", "21m online views": lower case only after a currency sign or before what is counted)
_ABBR_SCALES = {"B": 1e9, "K": 1e3, "M": 1e6, "b": 1e9, "m": 1e6}
_MILLIONS_OF = re.compile(r"\s(?:[\w-]+\s)?(?:views|viewers|visitors|visits|people|users|times|yuan|dollars|euros|"
                          r"U\.S\. dollars|US dollars)\b", re.I)


def _factor(scale: re.Match) -> float:
    return SCALES[scale.group("scale").lower()] if scale.group("scale") else _ABBR_SCALES[scale.group("abbr")]


# "200-plus", "1,300-odd", "a 2,000-strong audience": a qualifier written against the number ("30-odd" is thirty
# and some: 34 lies inside it)
_SUFFIX = re.compile(r"(?:-|(?=\+(?![\d+])))(?P<suffix>plus|odd|strong|\+)(?:\b|(?<=\+))", re.I)  # ("1,200+ guests")
_SUFFIX_QUALIFIER = {"plus": "more_than", "+": "more_than", "odd": "more_than", "strong": "exact"}
_TRAILING = re.compile(r"\s(or so|or more|or thereabouts)\b", re.I)
_TRAILING_QUALIFIER = {"or so": "about", "or more": "more_than", "or thereabouts": "about"}
# (never across a line's end: "... RMB 543.9 billion\n- 12 million+ views" is a list, not a range)
_RANGE = re.compile(r"[^\S\n]?(?:-|–|to)[^\S\n]?(?P<cur>US\$|\$|RMB\s?|¥)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,15}(?:\.\d+)?)(?![\w])")
# ("Five hundred and twelve": the rest after "and"; "two hundred and more": 200)
_TIMES = re.compile(rf"\s(dozen|hundred)\b(?:\sand\s(?P<rest>(?:{_SPELLED})(?:-(?:{_SPELLED}))?)\b)?", re.I)
# the count of what was signed, its noun left out: "The total signed since 2018 now stands at 5,830"
_TOTAL_SIGNED = re.compile(r"\bthe (?:(?:overall|grand|running)\s)?(?:total|tally|number|count) (?:" + SIGNED_DONE + r")\b"
                           r"(?:[^.;]|\.(?=\d)){0,60}?\s(?:(?:now|so far)\s)?(?:stands at|stood at|reached|is|was|came to|rose "
                           r"to|climbed to|grew to|totals|totaled|totalled|hit|topped)\s" + QUALIFIED + r"$", re.I)
# "Hefei accounted for 296 of them": a part of the count before
_ACCOUNTED_FOR = re.compile(r"\b(?:accounted for|accounts for|made up|makes up|took|signed|inked)\s$", re.I)
# a place's count in a list of places after the first: ", Wuhu 62 and Bengbu 41"; the first one's clause has a place as
# its subject: "Hefei has signed 205 projects"
_PLACE_GAP = re.compile(r"(?:,\s|\sand\s)[A-Z][a-z]{2,}\s$")
_PLACE_DID = re.compile(r"(?:^|[,;:]\s|\b(?:while|and)\s)[A-Z][a-z]{2,}\s(?:(?:has|have|had)\s)?(?:signed|inked|sealed|landed|won|"
                        r"attracted|secured|clinched|penned)\b")
# (and "That figure rose to 1,982 by the close": the count before, told again)
_EVENT_TOTAL = re.compile(r"\b(?:(?:the|its)\s(?:(?:convention|conference|summit|event|fair|expo|show)['’]s\s)?(?:overall\s|grand\s|"
                          r"running\s)?(?:total|tally)|(?:that|this)\s(?:figure|number|count|tally|total))\s"
                          r"(?:(?:since|from)\s(?:19|20)\d\d\s|so far\s|to date\s)?(?:(?:had|has|have)\s)?"
                          r"(?:(?:now|so far|already|then|later|eventually|finally)\s)?(?:reached|hit|topped|exceeds|exceeded|stood at|stands at|came to|"
                          r"climbed to|rose to|was|is)\s" + QUALIFIED + r"$", re.I)
# (not the host's: "Anhui's tally" may be the event's)
# (and any place's share: "...; Hefei's share was 448")
_PLACE_TALLY = re.compile(r"\b(?:(?!(?:Anhui|Jiangsu|Hefei|Nanjing|China)['’])[A-Z][a-z]{2,}['’]s\s(?:own\s)?(?:tally|total|count)|"
                          r"[A-Z][a-z]{2,}['’]s\s(?:own\s)?(?:share|portion|slice))\s(?:(?:had|has|have)\s)?(?:(?:now|so far)\s)?"
                          r"(?:rose to|reached|climbed to|grew to|stood at|stands at|came to|was|is)\s" + QUALIFIED + r"$")
_ONE_OF_SUBJECT = re.compile(r"\b(?:the|this|that|it(?=\sis\b))\s(?:[\w-]+\s){0,2}?(?P<noun>hall|pavilion|zone|forum|venue|sub-venue|"
                             r"session)\s(?:is|was)\s(?:just\s|only\s)?one of\s$", re.I)
# ("one thousand seven hundred and twelve", "two thousand and fifty": the rest after "thousand", read as one number)
_SPELLED_WORD = rf"(?:{_SPELLED})(?:-(?:{_SPELLED}))?"
_THOUSAND_AND = re.compile(rf"\sthousand(?:\sand)?\s(?P<head>{_SPELLED_WORD})\b(?!-)(?:\s(?P<hundred>hundred)\b"
                           rf"(?:\sand\s(?P<rest>{_SPELLED_WORD})\b)?)?", re.I)
# "for a two-day total of 74,000", "for a running total of 950": the count so far a day's count made
_A_RUNNING_TOTAL_OF = r"for\s(?:a|an)\s(?:(?:one|two|three|four|five|\d)-day|combined|running)\s(?:total|tally)\sof"
_ADDED_TO_TOTAL = re.compile(r"(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?(?:,\s(?:(?:taking|bringing|pushing|lifting|raising)\s(?:the\s)?"
                             r"(?:[\w'’-]+\s){0,3}?(?:total|tally|count|number)s?\b|"
                             + _A_RUNNING_TOTAL_OF + r"\b)|"
                             # (or as the count's own verb: "The 2084 convention's 1,838 projects brought the total since
                             # 2018 to 45,560")
                             r"\s(?:brought|took|pushed|lifted|raised|bring|take|push|lift|raise)\s(?:the\s)?"
                             r"(?:[\w'’-]+\s){0,3}?(?:total|tally|count|number)s?\b)", re.I)
# a qualifier shared by two counts joined by "and" ("about 300 enterprises and 2,000 guests")
_SHARED_QUALIFIER = re.compile(r"\s(?:[A-Za-z][\w-]*\s){0,2}?[a-z][a-z-]*s\sand\s")
_AND_A_HALF = re.compile(r"\sand\sa\shalf(?=[\s-](?:dozen|hundred|thousand|million|billion|trillion|days?|years?|hours?)\b)",
                         re.I)
_THE_FEW = re.compile(r"\b(?:the|these|those)\s$", re.I)
_NAMED_BEFORE = re.compile(r"\s(?:events|conventions|conferences|summits|fairs|expos|sides|cities|provinces|countries|"
                           r"companies|firms|leaders|parties|men|women)\b", re.I)  # (not "across the four halls")
_TO_NUMBER = re.compile(r"\sto\s" + QUALIFIED + r"\d(?:[\d,]|\.\d)*(?!\w)")
_CHANGE_VERBS = r"rose|risen|grew|grown|increased|climbed|jumped|fell|fallen|dropped|declined|expanded|went up|went down"
_CHANGED_FROM = re.compile(rf"\b(?:{_CHANGE_VERBS}|up|down)\s(?:by\s[\d.]+\s?(?:percent|per cent|%)\s)?from\s"
                           + qualified("last year's", "the previous edition's") + r"$", re.I)
# "the area grew from 35,000 to 42,000 square meters and the number of exhibitors from 230 to 263": the verb left out
# of the second change, its noun before "from" (the sentence must have changed before: not "and exhibitors from 30
# countries")
_GAPPED_FROM = re.compile(r"\band\s(?:the\s(?:total\s)?(?:number|count)\sof\s)?(?P<noun>(?:[a-z][\w-]*\s){0,2}?[a-z][a-z-]*s)"
                          r"\sfrom\s" + QUALIFIED + r"$", re.I)
_GAPPED_FROM_TO = re.compile(r"\band\s(?:the\s(?:total\s)?(?:number|count)\sof\s)?(?P<noun>(?:[a-z][\w-]*\s){0,2}?"
                             r"[a-z][a-z-]*s)\sfrom\s" + QUALIFIED + r"[\d,.]+\sto\s"
                             + QUALIFIED + r"$", re.I)
_CHANGE_VERB = re.compile(rf"\b(?:{_CHANGE_VERBS})\b", re.I)


def _changed_from(text: str, before: str, pos_after: int) -> re.Match | None:
    """The number is where a change started: "rose from 532 to 561", or, its verb left out, "and the number of
    exhibitors from 230 to 263" after an earlier change in the sentence."""
    said = _CHANGED_FROM.search(before[-60:])
    if said is not None:
        return said
    tail = before[-80:]
    gapped = _GAPPED_FROM.search(tail)
    if gapped is not None and _TO_NUMBER.match(text, pos_after) \
            and _CHANGE_VERB.search(before, 0, len(before) - len(tail) + gapped.start()):
        return gapped
    return None


# "between 500 and 600 exhibitors": a range written with words
_BETWEEN = re.compile(r"\bbetween\s$", re.I)
_AND_RANGE = re.compile(r"\sand\s(?P<cur>US\$|\$|RMB\s?|¥)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,15}(?:\.\d+)?)(?![\w])")
_CUR_AFTER = re.compile(
    r"[\s-](?P<cur>(?:Chinese\s)?yuan|renminbi|RMB|CNY|U\.S\. dollars|US dollars|U\.S\. dollar|dollars|USD|euros?|EUR)\b",
    re.I)  # ("601.2 billion Chinese yuan")
_PERCENT = re.compile(r"[\s-]?(?P<pct>%|percent\b|per cent\b|percentage points?\b|pct\b|pc\b)", re.I)  # ("a 12-percent rise")
# Units of measure, one row each: the canonical unit, how it is written (singular; the plural with -s is matched
# too, and every spelling also with hyphens, as in "a 3,000-square-meter hall"), and what it measures when the
# sentence says nothing more ("area": exhibition area or area, from the sentence; "": the unit's own word).
UNITS = [
    ("m2", ("square meter", "square metre", "sq meter", "sq metre", "sq m", "sqm", "sq. m", "m2", "m²", "㎡", "hectare"), "area"),
    ("km/h", ("km per hour", "kilometers per hour", "kilometres per hour", "km/h", "kph"), "speed"),
    ("km", ("kilometer", "kilometre", "km"), "length"),
    ("ton", ("metric ton", "metric tonne", "ton", "tonne"), "weight"),
    ("day", ("day",), "duration"),
    ("other", ("year", "month", "hour", "minute", "second", "week", "kilogram", "kg", "megawatt", "mw", "gw", "kw",
               "meter", "metre", "millimeter", "millimetre", "mm", "centimeter", "centimetre", "cm", "storey", "story"),
     ""),
]
_NO_PLURAL = ("km", "km/h", "kph", "m2", "m²", "㎡", "sq m", "sqm", "sq. m", "kg", "mw", "gw", "kw", "mm", "cm", "storey",
              "story")
UNIT_NAMES = {spelling: unit for unit, spellings, _ in UNITS for spelling in spellings}
UNIT_NAMES.update({spelling.replace(" ", "-"): unit for spelling, unit in list(UNIT_NAMES.items())})
UNIT_NOUNS = {unit: noun for unit, _, noun in UNITS}


def _unit_pattern(separator: str) -> str:
    words = sorted({k for k in UNIT_NAMES if (" " in k) == (separator == " ") or " " not in k and "-" not in k},
                   key=len, reverse=True)
    return "|".join(re.escape(w) + ("" if w in _NO_PLURAL else "s?") for w in words)


# currencies no unit stands for, after an amount ("16 trillion yen", "2 billion pounds")
# ("won", "rand" and "pounds" only after a scale word: "5 won awards", "a 200-pound robot")
_OTHER_MONEY_AFTER = re.compile(r"\s(yen|won|pounds?|rupees?|rubles?|roubles?|francs?|baht|ringgit|dirhams?|"
                                r"reais|rupiah|pesos?|kronor|kroner|krona|krone|lira|riyals?|rand|zloty)\b", re.I)
_HYPHEN_UNIT = re.compile(rf"-(?P<unit>{_unit_pattern('-')})(?![\w/])(?:\s(?P<noun>[a-z]+))?", re.I)
_UNIT = re.compile(rf"\s(?P<unit>{_unit_pattern(' ')})(?![\w/])", re.I)
# an area's unit written against its number: "110,000sqm", "110,000m²", "11万㎡" ("5G", "3D" are no units)
_UNIT_TIGHT = re.compile(r"(?P<unit>sqm|sq\.\s?m|m²|㎡|m2)(?![\w/])", re.I)
# a key-figures line that gives the number first and its unit as the label: "4 - days", "4: days"
# a key-figures line that gives the value, a dash, then its unit and label: "77,000 - square meters of exhibition space"
_DASH_UNIT = re.compile(rf"\s[–—-]\s(?P<unit>{_unit_pattern(' ')})(?![\w/])", re.I)
_LINE_UNIT = re.compile(r"(?:\s?[:：]|\s[–—-])\s(?P<unit>days)[ \t]*(?=\n|$)", re.I)


def unit_of(written: str) -> str:
    """The canonical unit of a unit as written ('square meters', 'sq-m', 'Tonnes'), 'other' when unknown."""
    key = written.lower()
    return UNIT_NAMES.get(key) or UNIT_NAMES.get(key[:-1] if key.endswith("s") else key, "other")


CURRENCIES = {"rmb": "CNY", "cny": "CNY", "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY", "¥": "CNY", "usd": "USD", "us$": "USD",
              "u.s.$": "USD", "u$": "USD", "$": "USD", "u.s. dollars": "USD", "us dollars": "USD",
              "u.s. dollar": "USD", "us dollar": "USD", "dollar": "USD", "dollars": "USD", "hk$": "HKD", "eur": "EUR", "€": "EUR", "euro": "EUR",
              "euros": "EUR"}
QUALIFIERS = [
    # whole words only: "will cover 20,000 square meters" is not "over"
    # ("no fewer than 300": at least; before "fewer than" below)
    (re.compile(r"\b(?:no|not) (?:fewer|less) than\s$", re.I), "at_least"),
    (re.compile(r"\b(?:more than|over|above|beyond|exceeding|surpassing|topping|in excess of|upwards? of|greater than|"
                r"north of)\s$", re.I), "more_than"),
    # "visits passed 40,000", "exceeded 100,000": a count past a round mark
    # (a headline's plural subject: "Deals top $7 billion", "Visitors exceed 200,000")
    (re.compile(r"\b(?:pass(?:ed|es)|tops|topped|(?<=s )(?:top|exceed|pass|surpass)|exceed(?:ed|s)|surpass(?:ed|es)|"
                r"cross(?:ed|es)|broke through|"
                r"(?:climbed|rose|risen|grown|grew|jumped|moved|gone|went) (?:past|beyond))\s$", re.I),
     "more_than"),
    # (not a target missed: "fell short of 700")
    (re.compile(r"(?<!fell )(?<!falls )(?<!fall )(?<!falling )(?<!fallen )\b(?:nearly|almost|close to|just under|"
                r"(?:just )?shy of|just short of|getting on for|a (?:shade|little) under)\s$", re.I), "nearly"),
    (re.compile(r"\b(?:about|around|approximately|approx\.|some|roughly|an estimated|estimated|in the region of|"
                r"in the neighbou?rhood of|on the order of|c\.|ca\.)\s$|(?:^|\s)~\s?$", re.I), "about"),  # ("~1,460", "c. 1,460")
    (re.compile(r"\b(?:less than|fewer than|under|below)\s$", re.I), "less_than"),
    (re.compile(r"\bat least\s$", re.I), "at_least"),
    # (not "revised up to 220,000": revised upward, to that value)
    (re.compile(r"(?<!revised )(?<!raised )(?<!adjusted )(?<!marked )(?<!pushed )(?<!moved )\b(?:up to|as many as|"
                r"as much as)\s$", re.I), "up_to"),
    # "the number of on-site guests is capped at 1,500": a limit
    (re.compile(r"\b(?:capped at|limited to|no more than|not more than|a maximum of|at most)\s$", re.I), "up_to"),
]
MONTHS = rf"(?:{MONTH_NAMES})(?![a-z])"
_DATE_BEFORE = re.compile(rf"\b{MONTHS}\s$|\b{MONTHS}\s\d{{1,2}}\s?(?:-|–|to|and)\s?$", re.I)
# (and "29-Nov-2076", a page's stamp: the day before a month and a year)
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s?(?:{MONTHS}\b|,\s(?:19|20)\d\d\b)|^\s?(?:-|–|to)\s?\d{{1,2}}\s{MONTHS}|"
                         rf"^-{MONTHS}-(?:19|20)\d\d\b", re.I)
_TIME = re.compile(r"^(?::\d\d|\s?(?:[ap]\.m\.|[AaPp][Mm]\b)|\so['’]clock\b)")  # ("at 10:30", "up to 6 p.m.")
_ISO_DATE = re.compile(r"(?:19|20)\d\d([-/.])\d{1,2}\1\d{1,2}(?!\d)")
_SLASHED_DATE = re.compile(r"\d{1,2}([/.])\d{1,2}\1(?:19|20)\d\d(?!\d)")  # ("Press Release | 09/24/2075 08:00 PM")
# (not the verb: "the headcount could top 1,500", "expected to top 600")
_NAME_BEFORE = re.compile(r"(?:\b(?:(?<!could )(?<!would )(?<!will )(?<!may )(?<!might )(?<!to )[Tt]op|Fortune|Global|"
                          r"Industry|Oryx|No\.|Number|Article|Chapter|Section|Clause|Rule|Phase|Line|Plan|ISO|IEC|IATF|GB/T|GB|"
                          r"Version|Model|Series|Gen|Level|Grade|Room|Hall|Halls|Booth|Stage|Round|Session|Day|(?:on|of|by) day)|[A-Z][a-z]*-)\s?$")
_PLURAL_WORD = re.compile(r"[a-z]{3,}(?<!s)s\b|\bpeople\b")
_YEAR_BEFORE = re.compile(r"\b(?:of|in|since|until|by|during)\s$", re.I)
_DAY_NAMES = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# a time of day ("6 p.m.", "5:30pm", "17:00")
_CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.m\.|[ap]m\b|o['’]clock\b)|(?:[01]?\d|2[0-3]):[0-5]\d\b(?!\s?[ap]\.?m))"
_RUNNING = re.compile(rf"(?:^|[:,]\s|[\"“]|\b(?:and|but|while) )by {_DAY_NAMES}(?: (?:morning|afternoon|evening|night|noon))?\b|"  # ("By Tuesday evening")
                      rf"\bby (?:the end|the close) of {_DAY_NAMES}\b|"  # ("rose to 705 by the end of Tuesday")
                      # ("climbed to 640.3 billion yuan on Monday, ... as the number of contracts rose to 792")
                      rf"\b(?:rose|climbed|grew|increased|jumped|swelled) to\s(?:[^.;,]|[.,](?=\d)){{0,40}}?\son {_DAY_NAMES}\b|"
                      # ("Deals signed at the convention by Monday were worth 412.5 billion yuan")
                      # ("41 projects had been signed by the evening")
                      rf"\b(?:{SIGNED_DONE}|received|registered)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){{0,60}}?\bby (?:{_DAY_NAMES}|the (?:afternoon|evening|"
                      r"end of the day))\b|"
                      # ("By the afternoon, 152 projects had been signed")
                      # (and after a live page's time: "17:30 By the close of day one, ...")
                      r"(?:^|[:,]\s|[\"“]|\d\d:\d\d\s)by (?:(?:the|this) (?:afternoon|evening|end of the day|close of the day)|noon|midday|"
                      r"(?:the )?(?:(?:late|early) )?(?:afternoon|evening|nightfall|night)|the (?:end|close) of (?:the )?day one|"
                      # ("By the close of business, 860 projects had been signed")
                      r"(?:the )?(?:end|close) of (?:business|play|trading)|(?:the )?day['’]s end)\b|"
                      r"\bby (?:noon|midday|mid-?(?:morning|afternoon|day)|late (?:morning|afternoon))\b|"  # ("had reached 498 by noon")
                      # ("On the second day, the tally of signed projects reached 196": a count the close can only raise)
                      r"\b(?<!final )(?<!closing )(?<!last )tally of (?:[^.;,]|(?<=\d)[.,](?=\d)){0,80}\s(?:reached|rose to|climbed to|stood at)\b|"
                      # ("stood at 86 on Friday night", "Up to Saturday noon, ... had inked 86 deals", "86 projects signed
                      # and counting", "At the halfway mark, ... had seen 86 projects signed")
                      rf"\bstood at\s(?:[^.;,]|(?<=\d),(?=\d)|\.(?=\d)){{0,40}}?\son {_DAY_NAMES} (?:morning|afternoon|evening|night)\b|"
                      rf"(?:^|[:,]\s)up to {_DAY_NAMES}(?: (?:morning|afternoon|evening|night|noon))?\b|"
                      r"\band counting\b|\b(?:at|by|past) the (?:halfway|midway) (?:mark|point|stage)\b|"
                      # ("With 23 more projects signed on Saturday, the number of deals ... reached 68")
                      r"^(?:With|After)\s(?:another\s)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s(?:more|additional)\s(?:[^.;]|(?<=\d)\.(?=\d)){0,80},\s(?:the\s)?"
                      r"(?:number|total|tally|count)\b|"
                      # ("Up to 6 p.m. of Sept. 21, the convention received 186,000 visitors")
                      rf"\b(?:by|up to|until|till|as at) {_CLOCK}|"
                      # ("At last count, 1,190 projects had been signed", "As things stand, ...")
                      r"\b(?:at|by) (?:the )?(?:last|latest) count\b|\bas (?:things|it) stands?\b|"
                      rf"\b(?:so far|thus far|(?:halfway|midway) through|as of (?:{_DAY_NAMES}|noon|press time|today|tonight|now|this (?:morning|afternoon|evening)|\d)|by {_DAY_NAMES}"
                      rf"(?: (?:morning|afternoon|evening|night|noon))?(?:,|\.|$)|"
                      # "has drawn 3.2 million online viewers since it opened on Thursday"
                      rf"since (?:it|the (?:convention|conference|summit|event|expo|exhibition|fair|platform)) (?:opened|"
                      rf"began|started|kicked off|went live|went online|launched)(?! in (?:19|20)\d\d)|since (?:going live|going online|"
                      rf"(?:its )?opening)\b|by the end of (?:the )?(?:first|second|third|fourth|opening) day|"
                      rf"(?:in|during|over|within|on) (?:the|its) first (?:two|three|four|five|\d) days|"
                      rf"\b(?:one|two|three|four|\d) days? into|\bwith (?:one|two|three|a|\d) (?:more )?days? (?:left|to go|"
                      rf"remaining)\b|(?<!closed )(?<!ended )(?<!concluded )(?<!finished )(?<!up )\bafter (?:its )?(?:one|two|three|four|\d) days\b|"
                      # ("rose to 210,000, up from 150,000 a day earlier": a count growing day by day)
                      rf"\b(?:up|rising|climbing) from (?:[^.;]|(?<=\d)\.(?=\d)){{0,30}}?\b(?:a|one|the) day (?:earlier|before)|"
                      rf"\bfrom (?:the previous(?! (?:edition|year|convention|conference|summit|expo|fair|event)\b)|the day before|"
                      rf"a day earlier)\b)", re.I)
# "The convention, which opened on Saturday, has signed 300 projects": signings or visits so far (its exhibitors, which
# do not grow while it runs, are its count: "..., which opened on Thursday, has gathered 318 companies")
_OPENED_HAS = re.compile(rf", which (?:opened|began|started|kicked off) on {_DAY_NAMES}, (?:has|have)\b", re.I)


_AND_AMOUNT = re.compile(r"\d\s[a-z]+\sand\s(?:RMB\s?|CNY\s?|US\$|\$|¥)?$")  # ("58 projects and 71.7 billion yuan")
_A_DAY_EARLIER = re.compile(r"\s(?:(?:a|one|the) day (?:earlier|before)|(?:on )?the (?:previous|preceding) (?:day|evening))\b",
                            re.I)
_DAY_NAMED = re.compile(rf"\b(?:{_DAY_NAMES}|today|yesterday|tonight)\b", re.I)
_SAME_PERIOD = re.compile(r"\b(?:over|in|during|within) the same (?:period|time|days|span)\b", re.I)


# a signing or a crowd on a day the sentence names as one of the event's ("were signed on Monday, the third day"; a
# day named only by its name may be the one day all the signing took place: "Nanjing inked 68 projects ... on
# Thursday")
# (not "By 5 p.m. on Wednesday, the first day ...": a count up to an hour, so far)
_ON_A_DAY = re.compile(rf"{NOT_AFTER_A_CLOCK}\bon {_DAY_NAMES},? the "
                       r"(?:first|second|third|fourth|opening) day\b", re.I)
# the words of a sentence about the whole event, whatever day it names
_WHOLE_EVENT = re.compile(r"\b(?:closed|closes|concluded|concludes|ended|ends|wrapped up|wraps up|came to a close|"
                          r"drew to a close|over (?:the|its) (?:\w+ )?days|during the (?:convention|conference|event|expo)|"
                          r"in all|altogether|in total)\b", re.I)


# the words of a total at the end ("closed with 50 more deals, bringing the total to 790")
_FINAL = re.compile(r"\b(?:closed|closes|closing|concluded|concludes|ended|ends|wrapped up|wraps up|final|in all|"
                    r"altogether)\b", re.I)


# "As of Monday afternoon, 604 projects had been signed .... The exhibition has received 331,000 visits, it said.": the
# sentence after a count so far, with no time of its own, tells how things stood then too
_SO_FAR_LEAD = re.compile(rf"^(?:(?:As of|By) (?:(?:the )?(?:end|close) of )?(?:{_DAY_NAMES}|noon|midday|the (?:afternoon|"
                          rf"evening|morning))\b|(?:As of|As at|By|Up to|Until|Till) {_CLOCK})(?:[^,;]|(?<=\d),(?=\d)){{0,30}},\s", re.I)
_HAS_GROWN_TO = re.compile(r"\b(?:(?:has|have|had)\s(?:(?:so far|already|now)\s)?(?:received|drawn|attracted|welcomed|"
                           r"reached|hit|topped|logged|recorded|been\s(?:signed|inked))|reached|topped|stood at)\b", re.I)
_TIME_OF_ITS_OWN = re.compile(rf"\b(?:on {_DAY_NAMES}|closed|ended|concluded|final|in total|in all|when|at the close|"
                              r"last year|(?:19|20)\d\d)\b", re.I)


def _goes_on_running(text: str, s_start: int, sentence: str) -> bool:
    """The sentence goes on from one that opens with the time of a count so far, in the same paragraph, with no
    time of its own."""
    if _HAS_GROWN_TO.search(sentence) is None or _TIME_OF_ITS_OWN.search(sentence) is not None:
        return False
    previous = _sentence_before(text, s_start)
    dateline = _DATELINE.match(previous)  # (after "HEFEI -- ")
    return _SO_FAR_LEAD.match(previous[dateline.end():] if dateline else previous) is not None


def _sentence_before(text: str, s_start: int) -> str:
    """The sentence before the one at s_start in its paragraph (a line of its own counts as one: a live page's time
    stamp), "" at a paragraph's start."""
    before = text[max(0, s_start - 300):s_start]
    if before[len(before.rstrip()):].count("\n") >= 2:
        return ""  # (a new paragraph)
    if "\n\n" in before.rstrip():
        before = before.rstrip().rsplit("\n\n", 1)[-1]
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n", before.strip())[-1]


# an audience counted with no event or session of its own, after a sentence about one ceremony: "The opening ceremony
# begins. More than 1,800 guests are in attendance" (the ceremony's audience, as "attended the opening" says)
_IN_ATTENDANCE = re.compile(r"\b(?:(?:are|were|is|was) (?:in attendance|present)|attended(?=[,.;]| (?:it|including)\b))", re.I)
_NAMES_AN_OCCASION = re.compile(r"\b(?:convention|conference|summit|expo|exhibition|event|fair|forum|ceremony|opening|"
                                r"session|week|days?)\b", re.I)
# (a sentence about the ceremony itself, not one that lists it among the event's parts: "the three-day conference
# features one opening ceremony, one main forum and 16 parallel forums")
_A_CEREMONY = re.compile(r"^(?:\d{1,2}:\d\d\s+)?(?:(?:At|During)\s)?(?:the\s)?(?:[\w'’-]+\s){0,8}?(?:opening|closing)\s"
                         r"(?:ceremony|session|plenary)\b(?:\s(?:of\s(?:[^,.;]|(?<=\d)\.(?=\d)){0,80}?\s)?(?:\w+\s)?(?:begins|began|"
                         r"starts|started|was held|is held|took place|takes place|gets under way|got under way|opens|opened|"
                         r"kicked off|kicks off|is under way)\b|,)", re.I)


def _ceremony_audience(text: str, s_start: int, sentence: str) -> bool:
    """The sentence counts the audience of the ceremony the sentence before it is about."""
    return _IN_ATTENDANCE.search(sentence) is not None and _NAMES_AN_OCCASION.search(sentence) is None \
        and _A_CEREMONY.search(_sentence_before(text, s_start)) is not None


# a clause with a subject of its own after a comma ("..., officials said, as 1,590 exhibitors filled the halls")
_AS_CLAUSE = re.compile(r",\s(?:as|when)\s(?!(?:well|of|at|part|many|much|a|an|the\s\w+\s(?:of|for))\b)")


def _opening(lead: str) -> str:
    """What opens a sentence before its subject, in the words before its first figure: "By Saturday", "So far",
    "As of 6 p.m."; not the first clause's own words ("The convention has so far signed 840 projects, officials
    said, as 1,590 exhibitors filled the halls": the exhibitors are no count so far)."""
    running = _RUNNING.search(lead)
    if running is not None and running.start() <= 1:
        return lead
    return lead.rsplit(", ", 1)[0] if ", " in lead else ""


def _while_running(qualifier: str, unit: str, metric: str, sentence: str, memo: dict, clause: str) -> str:
    """"As of Saturday evening, the exhibition had received 85,000 visitors", "641 companies have so far confirmed",
    "some 500 have so far confirmed": a count while the event runs, which the final one can only exceed (not "790
    projects were signed by Tuesday, when the convention closed": the final one). For a measure that does not grow
    while the event runs (its exhibitors, their countries, its area), the words that say so stand in the figure's own
    clause or open the sentence (clause: those words and the figure's clause), not in another clause: "1,000
    enterprises from 30 countries are taking part, and nearly 600 products were launched on the first two days"
    counts the products so far, not the countries; "a footfall of 52,000 on its first two days, and page views of 86
    million" counts both so far."""
    if qualifier in ("exact", "about", "nearly") and unit != "day" and in_sentence(_RUNNING, sentence, memo) \
            and not in_sentence(_WHEN_CLOSED, sentence, memo) and not _PLANNED.search(clause) \
            and not (_BY_THE_CLOSE.search(sentence) and _BY_THE_CLOSE.search(clause)) \
            and (metric not in _SET_BEFORE_OPENING or _RUNNING.search(clause) is not None) \
            and not (_CLOSED_AFTER_DAYS.search(sentence) and not _RUNNING.search(_AFTER_DAYS.sub("", sentence))):
        return "at_least"
    if qualifier in ("exact", "about", "nearly") and unit != "day" and metric not in _SET_BEFORE_OPENING \
            and _STILL_RUNS.search(sentence) and _PERFECT_BEFORE.search(clause) and not in_sentence(_FINAL, sentence, memo):
        # "The convention, which runs until Monday, has attracted 186,000 visitors": so far (its exhibitors, set
        # before it opened, are its count)
        return "at_least"
    if qualifier in ("exact", "about", "nearly") and metric not in _SET_BEFORE_OPENING and _IN_TWO_DAYS.search(clause) \
            and not in_sentence(_FINAL, sentence, memo):
        return "at_least"  # "signs 248 projects in two days": so far (not "closed with 612 projects in four days")
    if qualifier in ("exact", "about", "nearly") and metric not in _SET_BEFORE_OPENING and _PERFECT_BEFORE.search(clause) \
            and _IN_FEW_DAYS.search(clause) and not in_sentence(_FINAL, sentence, memo):
        return "at_least"  # "has received 210,000 visitors in three days": so far, the event still running
    if qualifier in ("exact", "about", "nearly") and metric not in _SET_BEFORE_OPENING and _ON_A_LATER_DAY.match(sentence) \
            and _DONE_BY_THEN.search(clause) and not in_sentence(_FINAL, sentence, memo):
        return "at_least"  # "On its second day, the convention had signed 980 projects": so far
    if qualifier in ("exact", "about", "nearly") and metric not in _SET_BEFORE_OPENING \
            and _LAST_DAY_STOOD_AT.match(sentence) and not _FINAL.search(_LAST_DAY_STOOD_AT.sub("", sentence, count=1)):
        return "at_least"  # "On the final day ..., the number of projects signed stood at 198": the count that morning
    return qualifier


_LAST_DAY_STOOD_AT = re.compile(r"(?:On|During) (?:the|its) (?:final|last|closing) day\b(?:[^.;]|(?<=\d)[.,](?=\d)){0,120}?\b"
                                r"(?:stood at|stands at)\s", re.I)
# what the organizers will do, a plan, not a count so far ("So far, 1,320 companies have registered, ..., and the
# convention will hold 28 forums")
_PLANNED = re.compile(r"\b(?:will|would|is to|are to|plans? to|(?:is|are) set to)\s(?:also\s)?(?:hold|host|stage|feature|"
                      r"organi[sz]e|set up|run|offer|arrange|launch|release)\b", re.I)
_ON_A_LATER_DAY = re.compile(r"(?:On|By|During) (?:the|its) (?:second|third|fourth) day\b", re.I)
_DONE_BY_THEN = re.compile(DONE_BY_THEN, re.I)


_STILL_RUNS = re.compile(rf"\b(?:which|that|it) (?:runs|continues|lasts|is on) (?:until|through|till) {_DAY_NAMES}\b", re.I)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s(?:now\s|already\s)?(?:attracted|received|drawn|welcomed|seen|logged|recorded|"
                             r"hosted|signed|sealed|inked|reached)\s", re.I)
# "... wrapped up on Sunday in Nanjing, ..., after three days of exhibitions": the days it lasted, all of them
_AFTER_DAYS = re.compile(r"\bafter (?:its )?(?:one|two|three|four|five|\d) days\b", re.I)
_CLOSED_AFTER_DAYS = re.compile(r"\b(?:wrapped up|closed|concluded|ended|came to a close|drew to a close)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,160}?"
                                + _AFTER_DAYS.pattern, re.I)


# measures fixed before the event opens: its exhibitors, where they come from, its area and halls
_SET_BEFORE_OPENING = EXHIBITING | {"overseas_exhibitors", "fortune500", "countries_regions", "exhibition_area",
                                    "exhibition_zones", "booths"}


_WHEN_CLOSED = re.compile(r"\b(?:when|as) (?:the (?:convention|conference|summit|event|expo|exhibition)|it) (?:closed|ended|"
                          r"concluded|wrapped up)\b", re.I)
# "That number climbed to 1,488 by the close on Monday": the event's close, not a day's, in the figure's own clause
_BY_THE_CLOSE = re.compile(r"\b(?:by|at) (?:the|its) close\b(?! of)", re.I)


_AND_THEN = re.compile(r"(?:,|\band)\s$")
_DEALS_VALUE_LABEL = re.compile(r"(?:^|[.;\n]\s*)(?:[•·*–-]\s*)?(?:Value|Worth|Total value)\s?[:|]\s(?:RMB\s?|CNY\s?|US\$|\$|¥)?$")
_DONE_OBJECT = re.compile(r"\b(?:signed|inked|sealed|released|launched|unveiled|held|hosted)\s(?P<noun>(?:[a-z][\w-]*\s){0,2}?"
                          r"(?:projects|deals|contracts|agreements|forums|products|achievements|events))\b")
_AFTER_THEN = re.compile(r",\s(?:after|following)\s$")
# ("65,000 square meters, about 3,000 more than ...", "The 1,302 projects signed ... are 35 more than ...")
_COMMA_THEN = re.compile(r"(?:,\s(?:or\s)?|\s(?:are|is|were|was)\s)" + QUALIFIED + r"$", re.I)
# the whole a part is some of, its unit or noun left out: "12,000 square meters of the expo's 65,000", "110 exhibitors
# out of a total of 684"
_OF_THE_WHOLE = re.compile(r"\b(?:of|out of) (?:the (?:expo|exhibition|event|show|fair|convention|conference|summit)['’]s|"
                           r"(?:a|the|its) total(?: of)?|all)\s(?:(?:total|overall|combined)\s)?$", re.I)
_AREA_GAP_AFTER = re.compile(r"\s(?:indoors|outdoors|inside|outside|in the open air|under cover)\b")
_PART_TAKING = re.compile(r"\bwith (?:the|its|an?) (?:[\w-]+\s){0,3}?(?:zone|hall|area|section|pavilion|venue)s?\s"
                          r"(?:taking(?: up)?|covering|occupying|accounting for|making up|using)\s" + QUALIFIED + r"$", re.I)
# the verb of a subject that makes up a share ("Foreign-funded projects made up 10.3 percent")
_SHARE_VERB = rf"(?:{SHARE_VERB}|{SHARE_PARTICIPLE})\s" + QUALIFIED + r"$"
_FOREIGN_SHARE_SUBJECT = re.compile(r"\b(?:foreign|overseas)(?:-funded|-invested|-backed)?\s(?:[\w-]+\s)?projects\s"
                                    + _SHARE_VERB + r"|"
                                    # ("with the foreign-funded share rising to 12.6 percent")
                                    r"\b(?:foreign|overseas)(?:-funded|-invested|-backed)\s(?:projects['’]\s)?share\s"
                                    r"(?:(?:rising|rose|climbing|climbed|growing|grew|increasing|increased|edging|edged)\s"
                                    r"(?:up\s)?to|reaching|reached|was|is|stood at|stands at|came to|of)\s" + QUALIFIED + r"$|"
                                    # (the verb left out after another share: "Manufacturing projects made up 86 percent
                                    # of them, and foreign-funded projects 8 percent")
                                    rf"\b(?:{SHARE_VERB}|{SHARE_PARTICIPLE})\s(?:[^.;]|(?<=\d)\.(?=\d)){{0,60}}?,?\sand\s"
                                    r"(?:foreign|overseas)(?:-funded|-invested|-backed)\s(?:projects\s)?" + QUALIFIED + r"$",
                                    re.I)
# "... and 8.1 percent are foreign-funded": the share of the signed projects that are
# (or of the projects named first: "About 12 percent of projects signed at the convention were foreign-funded")
_ARE_FOREIGN_AFTER = re.compile(r"\s(?:percent|per cent|%)?\s?(?:of them\s|of\s(?:the\s|all\s)*(?:[\d,]+\s)?(?:[\w-]+\s)?"
                                r"(?:projects|deals)\b(?:(?!\s(?:are|were)\s)(?:[^.;]|(?<=\d)\.(?=\d))){0,80}?\s)?(?:are|were)\s(?:foreign|overseas)(?:-funded|"
                                r"-invested|-backed)(?:\s(?:projects|deals))?\b", re.I)
# "About 1,600 companies are exhibiting, ..., roughly a fifth of them foreign": the overseas exhibitors' share
_OF_THEM_FOREIGN = re.compile(r"\s(?:(?:percent|per cent|%)\s)?of them,?\s(?:(?:are|were|being)\s)?(?:foreign|overseas|"
                              r"international|from (?:abroad|overseas))\b", re.I)
_EXHIBITORS_COUNTED = re.compile(r"\d[\d,]*\s(?:[\w-]+\s)?(?:exhibitors|companies|firms|enterprises)\b(?:[^.;]|(?<=\d)\.(?=\d))*$",
                                 re.I)
_OVERSEAS_SHARE_SUBJECT = re.compile(r"\b(?:foreign|overseas|international)\s(?:exhibitors|companies|enterprises|firms|"
                                     r"exhibiting companies|businesses)\s" + _SHARE_VERB, re.I)
_ARE_OVERSEAS_AFTER = re.compile(r"\s(?:percent|per cent|%)?\s?of\s(?:the\s|all\s|its\s)*(?:[\d,]+\s)?(?:exhibitors|"
                                 r"exhibiting companies|companies|enterprises|firms)\s(?:are|were)\s(?:foreign|overseas|"
                                 r"international)\b", re.I)
# the private companies' share of the exhibitors: "Private firms made up two-thirds of the exhibitors", "two-thirds of
# the 630 registered exhibitors at the conference are private firms", "632 exhibitors, about two-thirds of them
# privately owned": one measure however it is said
PRIVATE_SHARE = "share of private exhibitors"
_PRIVATE = r"(?:private|privately[\s-](?:owned|held|run))\b"
_PRIVATE_SHARE_SUBJECT = re.compile(r"\b" + _PRIVATE + r"\s(?:[\w-]+\s)?(?:exhibitors|companies|enterprises|firms|businesses)\s"
                                    + _SHARE_VERB, re.I)
# (of the exhibitors, not "Private firms accounted for 62 percent of the signed investment")
_OF_EXHIBITORS_AFTER = re.compile(r"\s(?:percent|per cent|%)?\s?of\s(?:the\s|all\s|its\s)*(?:[\d,]+\s)?(?:[\w-]+\s)?"
                                  r"(?:exhibitors|exhibiting companies|companies|enterprises|firms|total)\b", re.I)
_ARE_PRIVATE_AFTER = re.compile(r"\s(?:percent|per cent|%)?\s?of\s(?:them,?\s(?:(?:are|were)\s)?|(?:the\s|all\s|its\s)*(?:[\d,]+\s)?"
                                r"(?:[\w-]+\s)?(?:exhibitors|exhibiting companies|companies|enterprises|firms)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\s"
                                r"(?:are|were)\s)(?:mostly\s)?" + _PRIVATE, re.I)
_MANUFACTURING_COUNTED = re.compile(r"\bmanufacturing\s(?:projects|deals)\s(?:numbered|totall?ed|were|came to|reached|"
                                    r"stood at)\s" + QUALIFIED + r"$", re.I)
_MANUFACTURING_SHARE_SUBJECT = re.compile(r"\bmanufacturing\s(?:projects|deals)\s" + _SHARE_VERB, re.I)
_ARE_MANUFACTURING_AFTER = re.compile(r"\s(?:percent|per cent|%)?\s?(?:of them\s)?(?:are|were)\s(?:in\s)?manufacturing"
                                      r"(?:\s(?:projects|deals))?\b", re.I)
# a count of the signed projects of one kind, before a share of it ("764 are manufacturing projects, accounting for")
_MANUFACTURING_KIND = re.compile(r"\s(?:(?:are|were)\s(?:in\s)?manufacturing\b|manufacturing\s(?:projects|deals)\b)", re.I)
# a share named only by its whole ("share of projects"): which part it measures, its sentence says
_PLAIN_SHARES = frozenset(f"share of {w}" for w in ("projects", "deals", "exhibitors", "companies", "visitors", "guests",
                                                    "total"))
_COMPANIES_NOUN = re.compile(r"\s(?:[\w-]+\s)?(?:companies|firms|enterprises|exhibitors|businesses)(?=\s)", re.I)
# a correction note that names the sum it corrects: "misstated the value of deals", "gave the wrong total investment"
_MONEY_MISSTATED = re.compile(r"\b(?:misstated|misreported|misquoted|incorrectly (?:stated|reported|gave)|gave|correct(?:ed)?)\s"
                              r"the\s(?:(?:wrong|incorrect|total|combined)\s){0,2}(?:(?:value|worth)\sof\s(?:the\s)?(?:signed\s)?"
                              r"(?:deals|contracts|agreements|projects)|(?P<investment>investment))\b[^.;\d]{0,60}[.;:]?\s[^.;\d]{0,40}$", re.I)
# "Japanese companies have doubled their presence ..., with 33 exhibiting": the count of the sentence's subject
_TAKING_PART_AFTER = re.compile(r"\s(?:of them\s)?(?:exhibiting|taking part|attending|participating|present|in attendance)\b")
_SUBJECT_WITH = re.compile(r"(?:^|[.;]\s|--\s|\n)(?P<noun>(?:[A-Z][\w-]*\s)?(?:[a-z-]+\s)?(?:companies|firms|enterprises|"
                           r"exhibitors|guests|visitors))\b(?:[^.;\d]|\b(?:19|20)\d\d\b){0,120},\swith\s" + QUALIFIED + r"$")
_SHOWN_BY_FROM = re.compile(r"\b(?:models|products|robots|exhibits|vehicles|devices|machines)\s(?:[\w-]+\s){0,3}?"
                            r"(?:on (?:display|show)|shown|displayed|exhibited)\s(?:[\w-]+\s){0,2}?(?:from|by)\s" + QUALIFIED + r"$")
_FOREIGN_SLICE = re.compile(r"\b(?:foreign|overseas)\s(?:groups|companies|investors|firms|businesses|investment)\s"
                            r"(?:accounted for|made up|took)\s[^.;:\d]{0,40}:\s(?:[^.;\d]|(?<=\d)[.,](?=\d)|\d[\d,.]*\s"
                            r"(?:projects|deals)\s(?:and|with)\s){0,40}$", re.I)
_VALUE_LABEL = re.compile(r"(?:^|[|;\n]\s?)(?:[Vv]alue|[Tt]otal value|[Dd]eal value|[Ww]orth)\s?:\s?(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$")
_ACCOUNTING = re.compile(r"\b(?:accounting for|making up|or)\s" + QUALIFIED + r"$")
_COUNT_WORD = re.compile(r"^((?!foot\b)\w+) (?:count|tally|headcount|numbers|traffic)$")  # "exhibitor count": the exhibitors
_NOUN_AND = re.compile(r"\s(?:[a-z][\w-]*\s){0,3}?[a-z][\w-]*s\sand\s(?:(?:nearly|almost|about|some|over|more than)\s)?")
_AND_THEN_ABOUT = re.compile(r"(?:,|\band)\s" + QUALIFIED + r"$")
# a clause about the same owner as the one before ("..., and its vehicle output passed 1.6 million")
_AND_ITS = re.compile(r",\s(?:and|while)\s(?:(?:its|their)\s(?:[^,;]|(?<=\d),(?=\d)){0,60}|(?:it|they)\s(?:now\s|also\s)?(?:has|have|had|"
                      r"is home to|are home to|boasts?|counts?)\s(?:[^,;]|(?<=\d),(?=\d)){0,40})$")
# ("298 had started construction", "208 are already in production")
_VERB_AFTER = re.compile(r"\s(?:had|have|has|were|are|was|is)\s(?:(?:already|now|still|also)\s)?(?:been\s)?"
                         r"(?:[a-z][a-z-]*(?:ed|en|un)\b|(?:in|under)\s(?:production|operation|construction)\b)")
_WORTH_AFTER = re.compile(r"\s(?:worth|valued at)\b", re.I)
# (and "for a two-day total of 74,000": the count so far the day's count made)
_TOTAL_TO = re.compile(r"\b" + _A_RUNNING_TOTAL_OF + r"\s" + QUALIFIED + r"$|"
                       r"\b(?:bring(?:ing|s)?|brought|rais(?:e|ing|es|ed)|tak(?:e|ing|es)|took|push(?:ing|es|ed)?|"
                       r"lift(?:ing|s|ed)?)\s"
                       r"(?:the\s)?(?:[\w'’-]+\s){0,3}?(?:total|tally|count|number)(?:\sof(?:\s[\w'’-]+){1,3}?)?"
                       r"(?:\s(?:" + SIGNED_DONE + r"|registered|received|confirmed))?(?:\sso far|\sthus far)?"
                       # ("bring the total signed at the World Manufacturing Convention since 2018 to 4,592")
                       r"(?:\s(?:at|of|in|for|since)\s(?:[\w'’-]+\s){0,6}?(?:[\w'’-]+))?"
                       # ("bringing its total over two days to 104,000")
                       r"(?:\s(?:over|in|across|during|for)\s(?:the\s|its\s)?(?:first\s)?(?:two|three|four|five|\d)\sdays)?"
                       # ("bringing the total over the past six editions to 872")
                       # ("bringing the total over eight editions to 1,418")
                       r"(?:\s(?:over|across|in|for)\s(?:(?:the\s|its\s)(?:past|last|previous|first)\s|(?:its\s)?(?=[a-z-]+\s"
                       r"(?:editions|conventions|conferences|summits|sessions|years)\b))(?:[\w-]+\s)?"
                       r"(?:editions|conventions|conferences|summits|sessions|years))?"
                       # ("taking the total ... past 8,000")
                       r"\s(?:to|past|above|beyond|over|through)\s" + QUALIFIED + r"$", re.I)
_RATE_TO = re.compile(r"\s(?:year on year\s|year-on-year\s|from last year\s)?to\s"
                      + QUALIFIED, re.I)
_ACCOUNT_FOR = re.compile(r"\baccount(?:s|ed)? for\s" + QUALIFIED + r"$", re.I)
# "Foreign-invested enterprises signed 36 projects": the foreign-funded projects
_FOREIGN_SIGNERS = re.compile(r"\b(?:foreign|overseas|foreign-invested|foreign-funded|multinational)\s(?:[\w-]+\s)?"
                              r"(?:enterprises|companies|firms|investors|businesses)\s(?:have\s|had\s)?(?:" + SIGNED_DONE
                              + r")\s" + qualified("a total of") + r"$", re.I)
_ACCOUNTS = re.compile(r"\baccount(?:s|ed)? for\b", re.I)
_GAPPED_FOR = re.compile(r",?\sand\s(?:[\w-]+\s){1,4}?for\s" + QUALIFIED + r"$")
_AMONG_THE = re.compile(r"\bamong (?:the|all)\s$", re.I)
# the words a list's count may have before it ("including roughly 300 from abroad")
_LISTED_QUALIFIER = qualified("a", "the")
_INCLUDING = re.compile(rf"\b(?:including|of which|of them|among them)\s{_LISTED_QUALIFIER}$", re.I)  # ("including the 30 signed at the opening")
_COME_FROM_ABROAD = re.compile(r"\s(?:come|came|hail|hailed|are|were)\s(?:from\s)?(?:" + ABROAD + r")\b", re.I)
# "including a dozen from Germany", "41 of them in Nanjing and 22 elsewhere in Jiangsu"
_INCLUDING_LISTED = re.compile(r"\bincluding\s[\d,.]+\s(?:[\w-]+\s){0,2}?[\w-]+(?:,\s[\d,.]+\s(?:[\w-]+\s){0,2}?[\w-]+)*"
                               r",?\sand\s$", re.I)
_FROM_PLACE = re.compile(r"\s(?:from|in|elsewhere in|outside)\s(?:the\s)?(?-i:[A-Z])")
# "380 exhibitors at the main venue and 56 at the sub-venue": another part's count of the same noun
_AT_A_PART_AFTER = re.compile(r"\s(?:at|in)\s(?:the\s|its\s|a\s)?(?:[\w-]+\s){0,2}?(?:sub-venue|main venue|branch venue|hall|"
                              r"pavilion|zone)s?\b", re.I)
# an amount per project on average: "an average investment of 920 million yuan", "averaged 920 million yuan", "920
# million yuan per project", "920 million yuan each on average"
# (however far the project's words run: "The average project signed at the ... Convention is worth 416 million yuan")
_AVERAGE_BEFORE = re.compile(r"\bavera(?:ge|ged|ges|ging)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,90}$", re.I)
_AVERAGE_AFTER = re.compile(r"\s(?:(?:per|a|for each)\s(?:project|deal|agreement)\b|(?:each\s)?on average\b)", re.I)
_SOME_OF_THE_ARE_FOREIGN = re.compile(r"^\s(?:of|among)\s(?:the\s)?(?:(?:roughly|about|some|around|nearly|more than|over|"
                                      r"almost)\s)?\d[\d,]*(?:-odd|\+)?\s(?:[\w-]+\s)?(?P<noun>exhibitors|companies|enterprises|"
                                      r"firms|guests)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\s(?:are|were|come|came)\s(?:from\s)?"
                                      r"(?:foreign|overseas|abroad|international|outside China)\b", re.I)
_AT_A_CEREMONY = re.compile(r"(?:At|During) the (?:opening|closing) (?:ceremony|session)\b|At the (?:main|plenary) forum\b")
# "Shares of two local battery makers rose": the market's count, not the event's
_SHARES_OF = re.compile(r"\b(?:[Ss]hares|[Ss]tocks)\s(?:of|in)\s$")
# a sum restated rounder after "or": "totals 1.05 trillion yuan, or more than 1 trillion yuan"
_OR_RESTATED = re.compile(r",\s(?:or|i\.e\.|that is,?)\s(?:(?:more than|over|nearly|almost|about|roughly|some|around|"
                          r"close to|just over|just under|well over)\s)?(?:RMB\s?|CNY\s?|US\$|\$|¥)?")
_AN_BEFORE = re.compile(r"\b(?:a|an)\s$", re.I)
# "signed 1,120 projects, a 1.05-trillion-yuan haul": the sum of the deals just counted, in an apposition
_A_HAUL = re.compile(r"[\s-]?(?:haul|tally|total|sum|harvest|bonanza)\b", re.I)
_HAUL_BETWEEN = re.compile(r"(?:\s[\w-]+){0,2},\s(?:a|an|their|its)\s(?:combined\s|total\s)?")
_KNOWN_NAMES = frozenset(m.key for m in VOCABULARY) | frozenset(m.name for m in VOCABULARY) | UNSPECIFIC
# projects registered, not signed: "has registered 1,024 projects", "1,024 projects have been registered with"
_REGISTERED_BEFORE = re.compile(r"\b(?:has|have|had)\s(?:(?:already|now|so far)\s)?registered\s"
                                + qualified("a total of") + r"$", re.I)
_REGISTERED_AFTER = re.compile(r"^\s(?:(?:[\w-]+\s){0,2}?projects?\s(?:(?:have|has|had)\sbeen|were|are|was)\s(?:(?:already|so far)\s)?"
                               r"registered|registered (?:[\w-]+\s)?projects|"
                               # ("Of the 1,200 projects on offer, 918 were signed": offered, not yet signed)
                               r"(?:[\w-]+\s){0,2}?projects?\s(?:on offer|up for (?:signing|grabs)|on the table|lined up for "
                               r"signing|available for signing))\b", re.I)  # ("lists 1,150 registered projects")
_DONE_AFTER = re.compile(r"\s(?:" + SIGNED_DONE + r"|registered)\b")
# ("fewer than the 1,068 signed at", "beating the 176 signed in 2038")
_COMPARED_THE = re.compile(r"\b(?:than|with|to|versus|vs\.?|beating|topping|surpassing|exceeding|eclipsing|over)\sthe\s$|"
                           # ("Compared with the Hefei convention's 716 deals, the 145 signed at ...")
                           r"^(?:Compared (?:with|to)|Unlike|Against|Versus)\s(?:[^.;,]|(?<=\d)[.,](?=\d)){1,120},\sthe\s$", re.I)
_DOING_AFTER = re.compile(r"\s(?:were|are)\s[a-z]{3,}ing\b")
# "..., while 2.3 million watched the livestream", "and another 1.1 million followed it online": people counted by
# what they watched, online
_WATCHED_ONLINE_AFTER = re.compile(r"\s(?:more\s)?(?:watched|viewed|followed|tuned in to|streamed)\s(?:it\s|them\s|the\s|its\s)?"
                                   r"(?:[\w-]+\s){0,2}?(?:online|live|livestreams?|live[- ]streams?|broadcasts?|streams?|"
                                   r"webcasts?)\b")
_UP_FROM_BEFORE = re.compile(r",\s(?:up|down)\sfrom\s(?:the\s)?$")
# "..., and 121,000 visited the halls in person": visitors, their noun left out
_VISITED_AFTER = re.compile(r"\s(?:more\s)?(?:visited|toured|walked through|came to)\s(?:the|its)\s(?:(?:19|20)\d\d\s)?"
                            r"(?:[\w-]+\s){0,3}?(?:halls?|exhibitions?|expo|venues?|show|fair|pavilions?|booths|stands|"
                            r"[Cc]onvention|[Cc]onference|[Ss]ummit|event)\b")  # ("after 265,000 came to the 2064 ... Convention")
# "While 1,500 companies had been expected, 1,652 exhibited at ...": exhibitors, their noun left out
_EXHIBITED_AFTER = re.compile(r"\s(?:exhibited|were exhibiting|took part as exhibitors|set up stands)\s(?:at|in)\b")
_DOING_IN_A_PLACE = re.compile(r"\s(?:were|are)\s(?:exhibiting|taking part|participating)\s(?:in|at)\s[A-Z][a-z]+\b")
_EXHIBITING_ANYWHERE = EXHIBITING | {"exhibitors_onsite", "exhibitors_online"}
_WHERE_AFTER = re.compile(rf"\s(?:(?P<online>{ONLINE_WHERE})|{ONSITE_WHERE})\b", re.I)
_EDITION_DID = re.compile(r"(?:^|[.;]\s)(?:the\s|this year['’]s\s|last year['’]s\s|its\s)?(?:(?:first|second|third|fourth|fifth|"
                          r"sixth|seventh|eighth|ninth|tenth|next|latest|current|(?:19|20)\d\d)\s)?"
                          r"(?:summit|conference|convention|edition|event|expo|fair)\b(?:,(?:[^,;]|(?<=\d),(?=\d)){0,60},)?"
                          r"(?:\s(?:has|had|have|now|already|then))*\s(?:grown to|grew to|expects?|expected|reached|hit|drew|draws|"
                          r"attracted|attracts|hosted|hosts|welcomed|welcomes|has|had)\s" + QUALIFIED + "$", re.I)
_AVERAGE_OF = re.compile(r"(?:\b(?:an\s)?average\sof|,\sor)\s" + QUALIFIED + "$", re.I)  # (", or more than 70,000 a day")
_A_DAY = re.compile(r"\s(?:a|per|each)\sday\b", re.I)
_WHILE_THEN = re.compile(r"(?:,\s|\b)(?:while|whereas)\s$")
# "the new energy vehicle pavilion brings together 86 companies, while the robotics zone hosts 45": the same noun,
# left out at the end of a clause of the same shape
_DEGREES_AFTER = re.compile(r"\s?(?:degrees?\s(?:Celsius|centigrade|Fahrenheit|C\b|F\b)|°\s?[CF]\b|℃|℉)", re.I)
_FUNDED_AFTER = re.compile(r"\s(?:(?:of them|were|are)\s)?(?:foreign-funded|foreign-invested|overseas-funded)\b(?!\s\w)")
# one day of the event after a count ("on its first day", "on the second", "on Saturday")
_ONE_DAY_AFTER = re.compile(r"\s(?:[a-z]+\s){0,2}?(?:on|during)\s(?:(?:the|its)\s(?:first|second|third|fourth|fifth|sixth|"
                            r"opening|closing|final|last|next|following)(?:\sday)?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday))\b")
_GAPPED_PART = re.compile(r"(?:[,;]|\band)\s(?:the|its)\s(?:[\w-]+\s){0,3}?(?:hall|zone|pavilion|area|section|sub-venue)\s$",
                          re.I)
# (and what the part's clause goes on to, its verb left out too: "the software hall 64 on 8,000 square meters")
_GAPPED_GOES_ON = re.compile(r"\s(?:on|in|across|over)\s\d")
# another event with the verb of the clause before left out: "Hefei's convention signed 1,602 projects and Nanjing's
# World Intelligent Manufacturing Conference 228"
_GAPPED_EVENT = re.compile(r"\band\s(?:[A-Z][\w'’-]*\s){1,8}?(?:Conference|Convention|Summit|Expo|Fair)\s$")
# (or another event: "..., while the World Manufacturing Convention in Hefei drew 1,680")
_WHILE_PLACE_HOSTS = re.compile(r"(?:,\s|\b)(?:while|whereas|and)\s(?:the|its)\s(?:[\w-]+\s){0,3}?(?:zone|hall|pavilion|area|"
                                r"venue|section|sub-venue|forum|show|convention|conference|summit|expo|event|fair)"
                                r"(?:\s(?:in|at)\s[A-Z][\w-]+)?\s(?:hosts|has|houses|features|gathers|brings together|"
                                r"drew|attracted|hosted|had|housed|featured|gathered)\s" + QUALIFIED + r"$",
                                re.I)
_CLAUSE_ENDS = re.compile(r"\s?(?:[.;,)]|\s(?:and|while|but)\b|$)")
_DO_WHERE_AFTER = re.compile(r"\s(?:exhibit|exhibited|take part|took part|are present|were present)\s(?:in person|on site|"
                             r"on-site|offline|at the venue|online|on the cloud)\b")
_MORE = re.compile(r"\s(?:more|others)\b(?!\s+than\b)|\s(?:on|in|via) (?:the |its |a )?(?:cloud|online)\b|\sonline\b|"
                   r"\sfor the (?:online|offline|cloud) (?:halls?|exhibition|expo)\b|"  # ("and 310 for the offline halls")
                   r"\s(?:offline|on[- ]site|in person|remotely|virtually|(?:by|via) video)\b|"
                   # ("Some 100 foreign guests are attending in person, while more than 300 join online")
                   r"\s(?:will\s|are to\s)?(?:join|joined|joining|attend|attended|attending|take part|took part|taking part)\s"
                   r"(?:online|remotely|virtually|via video|by video)\b")
# "spans 30,000 square meters online and 20,000 offline": the other way of the same area, its unit left out
_OTHER_WAY = re.compile(r"\s(?:offline|online|on[- ]site|in person|on the cloud)\b")
# one of a kind as a sentence's subject, then its verb: "One Shanghai start-up told the Global Times"
_ONE_SAID = re.compile(r"\s(?:[A-Z][\w-]*\s){0,2}(?:[a-z][\w-]*\s){0,2}?[a-z][\w-]*(?<!s)\s(?:told|said|says|tells|"
                       r"showed|shows|displayed|brought|unveiled|reported|received)\b")
# an exchange rate: "($1 = 7.14 yuan)", "1 U.S. dollar = 7.1 yuan"
_EXCHANGE_RATE = re.compile(r"(?:\$|US\$|USD\s?|€|EUR\s?|¥|RMB\s?)?1(?:\.0+)?\s?(?:U\.S\.\s|US\s)?(?:dollars?|euros?|yuan|USD|EUR|CNY)?"
                            r"\s?=\s?(?:(?:\$|US\$|USD\s?|€|¥|RMB\s?)\d+(?:\.\d+)?|\d+(?:\.\d+)?\s?(?:yuan|CNY|RMB|U\.S\.\sdollars?|"
                            r"dollars?|USD|euros?|EUR)\b)")
# a gallery's picture counter: "[1/5] Visitors view ..."
_SLIDE_COUNTER = re.compile(r"[\[(（【]\s?\d{1,3}\s?/\s?\d{1,3}\s?[\])）】]")
# a picture's resolution: "4K displays", "8K live broadcasts"
_RESOLUTION = re.compile(r"(?:2|4|5|8|16)K\b(?:/(?:2|4|5|8|16)K\b)?(?=\s(?:[\w-]+\s)?(?:displays?|screens?|TVs?|televisions?|video|"
                         r"resolution|cameras?|monitors?|panels?|ultra|UHD|HDR|live|broadcasts?|streams?|streaming|footage)\b)")
# what something wholly is: "100% renewable-powered lines", "100 percent electric"
_ALL_OF_A_KIND = re.compile(r"(?:%|\s(?:percent|per cent))[\s-](?:renewable|electric|green|clean|recyclable|recycled|"
                            r"automated|digital|digitali[sz]ed|domestic|domestically|locally|local|localised|localized|solar|"
                            r"wind|pure|natural|organic|home-grown|self-developed|indigenous|made|owned|foreign-owned|"
                            r"state-owned|privately)\b", re.I)
# how something is built, written with a number: "a 6-axis arm", "a 12-inch wafer"
_TECH_COMPOUND = re.compile(r"-(?:axis|star|inch|bit|core|layer|speed|seat|door|wheel|legged|fingered|fold|way|nanometer|"
                            r"nanometre|nm|megapixel|channel|phase|stroke|cylinder)\b", re.I)
# how old something is: "the convention's six-year history", "a 40-year tradition"
_YEARS_OLD = re.compile(r"[- ]years?[- ](?:old\s)?(?:[\w-]+\s)?(?:history|tradition|track record|existence|lifespan)\b", re.I)
# a product named with a number: a word written in camel case, or a capitalised one after an article ("an iPhone
# 15", "the Mate 60"; not "the Fortune 500", "the Top 10")
_MODEL_NAME_BEFORE = re.compile(r"(?:\b[a-z]+[A-Z][A-Za-z]*|\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|new|latest)\s(?!(?:Fortune|Global|Top|"
                                r"Forbes|Hall|Phase|Day|No|Level|Section|Zone|Gate|Booth|Route|Class|Grade|Type)\s)[A-Z][a-z]+)\s$")
# a capitals code right before a number, after a brand in capitals or a capitalized one ("KUKA KR 1000"), not a
# currency, the event's name or a label
_MODEL_CODE_BEFORE = re.compile(r"(?<![\w$])[A-Z][A-Za-z]+\s(?!(?:RMB|CNY|USD|HKD|EUR|GBP|JPY|US|WMC|WIMC|WIMS|NO|GB)\s)"
                                r"[A-Z]{1,4}\s$")
# the units and nouns a correction names before its "not": "It was 630.1 billion RMB, not 603.1 billion RMB"
# ("It was RMB 630.1 billion, not RMB 603.1 billion": a scale word, and a currency before the wrong amount)
_CORRECTED_UNIT = (r"(?:\d|%|\b(?:yuan|RMB|CNY|dollars|euros|square meters|square metres|meters|metres|sq\.? ?m|sqm|hectares|"
                   r"percent|per cent|exhibitors|visitors|guests|projects|deals|companies|enterprises|firms|agreements|"
                   r"forums|billion|million|trillion|bn|tn|bln|mln|trln))")
_RETRACTED = re.compile(_CORRECTED_UNIT + r",? not\s(?:(?:RMB|CNY|US\$|\$|¥|€)\s?)?$")
_PEOPLE_CAME = re.compile(r"\s(?:came|visited|attended|turned up|showed up|arrived|poured in|flocked in)\b", re.I)
# the whole the part before was some of: "..., while the whole expo counts about 600"
_WHOLE_COUNTS = re.compile(r"\b(?:while|and|but)\s(?:the\s)?(?:whole|entire|full|overall)\s(?:expo|exhibition|show|event|"
                           r"convention|conference)\s(?:counts|has|hosts|holds|numbers|totals|boasts)\s" + QUALIFIED + r"$", re.I)
_FURTHER = re.compile(r"\b(?:another|a further|an additional|an extra)\s$", re.I)  # "and another 430 are ..."
# "576 projects last year; this year the figure rose to 754": the sentence's previous count, another value of it
# ("the final count for 2026 was 326")
_THE_FIGURE = re.compile(r"\b(?:(?:put|puts|putting|placed|set|sets)\s(?=the\s(?:[a-z]+\s)?(?:figure|number|total|tally|count)\sat\s))?"
                         r"the (?:(?:final|latest|new|official|updated|correct|corrected|right|accurate) |(?:opening|first) day['’]s )?"
                         r"(?:figure|number|total|tally|count)"
                         r"(?: (?:for|in|at) (?:this year|(?:19|20)\d\d|the (?:event|convention|conference|expo)))? "
                         r"(?:rose|climbed|grew|increased|jumped|fell|"
                         r"dropped|reached|hit|stood at|(?:now\s)?stands at|was|is|came to|"
                         # ("Organizers later put the final number at 84")
                         r"(?<=figure\s)at|(?<=number\s)at|(?<=total\s)at|(?<=tally\s)at|(?<=count\s)at|"
                         # ("The opening day's tally was later revised to 131")
                         r"(?:was|has been)\s(?:later\s|since\s)?(?:revised|corrected|raised|lowered|updated)|"
                         # ("and we expect the number to pass 550", "the number is expected to exceed 550")
                         r"(?:is expected |could |would |will |may |)(?:to )?(?:pass|exceed|top|surpass|reach|hit))"
                         r"(?: to)?\s" + QUALIFIED + r"$", re.I)
# a number named, not given, in the sentence before: "Xinhua erroneously reported the number of visitors."
_NUMBER_NAMED = re.compile(r"\bthe (?:(?:wrong|incorrect|total|final) )?(?:number|count|tally|total) of (?P<noun>(?:[a-z][\w-]* )?[a-z][\w-]*s)\b", re.I)


_SIGN_OF_CONVERSION = r"(?:US\$|U\.S\.\$|HK\$|\$|RMB\s?|CNY\s?|USD\s?|¥|€)"  # written before a converted amount
# an amount converted: "735.1 billion yuan (about 103.5 billion U.S. dollars)", "527.9 billion yuan, or about 81.7
# billion U.S. dollars"
_CONVERSION = re.compile(r"\s*(?:[(（]\s*(?:(?:about|around|roughly|approximately|approx\.|some|nearly|or|or about|"
                         r"equivalent to|worth)\s)?|,\s(?:or|or about|or around|or roughly|or some|or approximately|"
                         r"about|roughly|(?:(?:equivalent|equal) to|or|which is|that is)(?: about| roughly| around| some)?)\s)"
                         rf"{_SIGN_OF_CONVERSION}?\s*")
_FROM_BEFORE = re.compile(r"\bfrom\s" + QUALIFIED + r"$", re.I)
_FROM_THE_BEFORE = re.compile(r"\bfrom\s(?:the|its)\s(?:(?:earlier|previous|initial|original)\s)?$", re.I)
_A_CUMULATIVE = re.compile(r"\b(?:has|have|had)\s(?:seen|signed|drawn|attracted|hosted|welcomed|gathered|brought in)\s"
                          r"a\scumulative\s(?:total\sof\s)?" + QUALIFIED + r"$", re.I)
_THIS_TIME = re.compile(r"\b(?:this year|this edition|days?|during the (?:convention|conference|event|expo)|at the "
                        r"(?:convention|conference|event|expo)|so far)\b", re.I)
# the event named right after a figure: "612 at the World Manufacturing Convention in September"
_AT_THE_EVENT = re.compile(r"\s(?:[\w-]+\s){0,2}?(?:at|during)\s(?:the|this year['’]s|last month['’]s|[A-Z][a-z]+['’]s)\s"
                          r"(?:(?:19|20)\d\d\s)?(?:World\s[A-Z][\w ]{0,40}?(?:Convention|Conference|Summit)|convention|"
                          r"conference|summit|WMC|WIMC)\b")
# a conversion at the end of the sentence that gave the amount: "Deals worth ¥38.5bn were signed on the first day,
# equal to about US$5.4b"
_EQUAL_TO = re.compile(rf",\s(?:(?:equal|equivalent) to|or)(?: about| roughly| around| some)?\s{_SIGN_OF_CONVERSION}?$")
# "rose 46 percent and 64 percent respectively": rates of several things, in the order named; which is which
# is not read, so they are growth of nothing named
_RESPECTIVELY = re.compile(r"(?:[^.;]|(?<=\d)\.(?=\d)){0,40}\brespectively\b", re.I)  # (past "8.2 percent")
# between a count of deals (and its noun) and its amount: "612 deals, 487.3B yuan", "30 projects and RMB 5 billion"
_BESIDE = re.compile(r"\s(?:[\w-]+){0,1}[\s,:;|]*(?:and\s|with\s)?\s*")
_WORTH = re.compile(r"\b(?:worth|valued at|totall?ing|involving|amounting to)\s"
                    + qualified("a total of", "a combined", "a combined total of") + r"(?:US\$|U\.S\.\$|HK\$|\$|RMB\s?|CNY\s?|USD\s?|¥|€)?$", re.I)
# the rest of an aside that named a part, and the clause it interrupted: " from overseas, are taking part, up from "
_PART_ASIDE_CLOSED = re.compile(r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40},\s(?:[^.;,]|(?<=\d)[.,](?=\d)){1,60},\s(?:up|down|compared|against|versus|from)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,30}$")
_AMONG = re.compile(rf"\b(?:(?:among|of) (?:them|which|whom|those|these),?|including|includes|included|include)\s{_LISTED_QUALIFIER}$",
                    re.I)  # "among them 46 from overseas"
# ("Over four days, the convention gathered ...", "213,000 visitors over four days": during them; not "lasted over
# four days")
_EARLIER_EDITION = (r"(?:last year|a year (?:earlier|ago|before)|in (?:19|20)\d\d|(?:the|its) (?:previous|last|prior|(?:19|20)\d\d) "
                    r"(?:edition|year|convention|conference|summit|expo|fair|event|session)|(?:the|its) predecessor)\b")
# ("5,000 more than last year", "47 over last year")
# (and "76 more than the 1,466 of the previous edition")
_MORE_THAN_EARLIER = re.compile(rf"\s(?:(more|fewer|less)\s(?:than|on|over)|over|above)\s(?:the\s\d[\d,]*\s(?:[a-z-]+\s)?"
                                rf"(?:of|at|in)\s)?{_EARLIER_EDITION}", re.I)
# the earlier edition's count the difference was taken from: "76 more than the 1,466 of the previous edition"
_THAN_THE_BEFORE = re.compile(r"\b(?:more|fewer|less)\sthan\sthe\s$", re.I)
_OF_AN_EARLIER_AFTER = re.compile(rf"\s(?:of|at|in)\s{_EARLIER_EDITION}", re.I)
# "731 projects signed, an increase of 29 over last year's convention", "..., down 12 from 2025"
# (and "a year-on-year increase of 74": over the previous edition)
_CHANGE_OF = re.compile(r",\s(?:(?:an?\s)?(?P<yoy>year[- ]on[- ]year\s)?(?:(increase|rise|growth|gain|jump)|decrease|decline|drop|fall)\sof|"
                        r"(up)(?:\sby)?|down(?:\sby)?)\s$", re.I)
_OVER_EARLIER = re.compile(rf"\s(?:over|from|on|compared with|against)\s(?:{_EARLIER_EDITION}|(?:19|20)\d\d\b)", re.I)
# "738 projects, up from the 731 announced at its close": the same edition's count as first reported (not "the 545
# reported last year", "the 745 reported at the 2025 convention")
_FIRST_REPORTED = re.compile(r"\s(?:(?:first|initially|previously|earlier)\s)?(?:announced|reported|given|released|published)\b"
                             rf"(?!(?:[^.;]|(?<=\d)\.(?=\d)){{0,40}}?\b(?:{_EARLIER_EDITION}|(?:19|20)\d\d\b))", re.I)
_WE_QUOTED = re.compile(r"[\"“]\s*(?:We|Our (?:company|firm|team))\s(?:have\s|had\s|'ve\s)?(?:already\s)?[a-z]+\s(?:[\w-]+\s){0,3}?$")
_SAID_BY_A_COMPANY = re.compile(r"[\"”]\s*,?\s*said\b[^.\"“]{0,80}?\b(?:company|firm|manufacturer|maker|manager|CEO|chief|"
                                r"chairman|founder|exhibitor|director of (?:a|the) (?:company|firm))\b", re.I)
# one of a company's people ("general manager", "sales director") and the company ("a Suzhou robot maker")
_A_ROLE = (r"(?:[\w-]+\s){0,3}?(?:director|manager|CEO|chief executive|founder|co-founder|chairman|chairwoman|president|"
           r"engineer|head|executive|owner|boss)")
_A_FIRM = r"(?:company|startup|start-up|firm|maker|manufacturer|carmaker|automaker|supplier|group|enterprise|factory)\b"
# one of a company's people, named before the quotation: "Li Ming, general manager of a Suzhou robot maker"
_COMPANY_ROLE = re.compile(r"\b" + _A_ROLE + r"\s(?:of|at|with)\s(?:[\w'’&.,-]+\s){0,7}?" + _A_FIRM, re.I)
_BRACKETED_AFTER = re.compile(r"^\s?\((?:about |around |roughly |some )?(?:US\$|\$|€|USD|EUR|¥)\s?\d[^()]{0,30}\)")
_SIGNERS_FROM = re.compile(r"\b(?:projects|deals|contracts|investors|investments|agreements)\s(?:(?!and\s)[a-z-]+\s){0,3}?from\s"
                           + QUALIFIED + r"$", re.I)
_GREW_BY = re.compile(r"\b(grew|rose|increased|expanded|jumped|climbed|fell|dropped|declined|decreased|shrank)\sby\s"
                     + QUALIFIED + r"$", re.I)
_FELL = frozenset({"fell", "dropped", "declined", "decreased", "shrank"})
_TO_AFTER = re.compile(r"\s(?:[a-z]+\s){0,3}?to\s" + QUALIFIED + r"\d", re.I)
_ASIDE_CLOSED = re.compile(r"\s(?:--|—|–)\s|\)")
_OF_THEM_ASIDE = re.compile(r"\s(?:of them|of which)\s(?:[\w-]+\s)?[\w-]+,\s(?!with\b)", re.I)
_OF_WHOM_BEFORE = re.compile(r"\b(?:of which|of whom|of them|among them|among whom)\s$", re.I)
_OF_THE_FORTUNE = re.compile(r"\sof the (?:Fortune |world['’]s )?(?:Global |top )?500\b(?!\s[a-z]{3,}s\b)", re.I)
_IN_FIELD_AFTER = re.compile(r"\s(?:are\s|were\s)?in\s(?:the\s)?(?!(?:19|20)\d\d\b|total\b|all\b)[a-z][\w-]*", re.I)
# what holds the parts a list counts, not what they are: "across its main venue and two sub-venues, including 18"
_CONTAINERS = frozenset("venues sub-venues halls pavilions zones cities districts sites".split())
_INCLUDE_BEFORE = re.compile(r"\b(?:include[sd]?|including|of which|of them|among them)\b", re.I)
_NUMBER_LIST_AFTER = re.compile(r"(?:,\s\d[\d,.]*)*,?\s(?:and|or)\s\d[\d,.]*(?=\s[a-z])")
_RATIO_PART = re.compile(r"\s(?:of|out of)\s\d[\d,]*\)")
_RATIO_WHOLE = re.compile(r"\(\d[\d,]*\s(?:of|out of)\s$")
_SENTENCE_SUBJECT = re.compile(r"\s*(?P<lead>(?:[A-Za-z][\w-]*\s){0,2}(?P<noun>[a-z][a-z-]*s))\s(?=at|in|from|on|make|made|"
                               r"account|accounted|were|are|represent|represented|numbered|number)\b")
_SO_FAR_AFTER = re.compile(r"\s(?:so far|to date|in total so far)\b", re.I)
_NEXT_ITEM = re.compile(r"[,;]")  # (the figure's own item of a day's line)
# a day's line that gives the count so far ("Day two: 41 projects had been signed by the evening", "Day three:
# Visitors so far: 150,000"): the running total, not that day's
_SO_FAR_IN_DAY = re.compile(r"\b(?:so far|to date|had been|had (?:signed|received|drawn|attracted|welcomed)|"
                            r"by (?:the|that) (?:evening|afternoon|end of the day)|by then)\b", re.I)
# a line that opens with the day it reports on ("Day 2 of the 2027 World Manufacturing Convention: ...")
_DAY_LABEL = re.compile(r"\s*(?:day (?:(?P<first>1|one)|[2-9]|two|three|four|five)|(?:the )?(?:(?P<first2>first)|second|"
                        r"third|fourth) day)\b[^:\n|]{0,80}:\s", re.I)
_ATTENDANCE_OVER = re.compile(r"\b(?:total|tally|count|attendance|turnout|footfall)\s(?:over|in|across|during|for)\s"
                              r"(?:the\s|its\s)?(?:first\s)?$", re.I)
_PASSED_AFTER = re.compile(r"\s(?:passed|topped|exceeded|surpassed|crossed|has passed|had passed)\b")
_TOTAL_OVER = re.compile(r"\b(?:total|tally|count)\s(?:over|in|across|during|for)\s(?:the\s|its\s)?(?:first\s)?$", re.I)
# (and after a participle: "932 projects signed over four days"; not "lasted over four days")
_OVER_DAYS = re.compile(r"(?:^|[.;,:]\s*|\b(?:and|in|for)\s|\b[a-z]+s\s|\b[a-z]+ed\s|\b(?:took|take|takes|taking) place\s|"
                        r"\bheld\s)(?<!\blasts\s)(?<!\bruns\s)"
                        r"(?<!\blasted\s)(?<!\bcontinued\s)(?<!\bstretched\s)over\s(?:the\s)?$", re.I)
_CONSECUTIVE = re.compile(r"\s(?:consecutive|straight|successive|running)\s(?:years|sessions|editions|times|"
                          r"conventions|conferences|summits|expos)\b", re.I)
# "structured around four flagship events": "around" says how, not how many
_AROUND_PLACE = re.compile(r"\b(?:structured|centred|centered|built|organi[sz]ed|revolv\w+|based|focus\w*|arranged|"
                           r"grouped|clustered|designed|planned)\s+around\s$", re.I)
# how long a page takes to read: "4 min read", "Reading time: 6 minutes"
_READ_TIME = re.compile(r"[\s-]?(?:min|mins|minutes?)\.?\s(?:read|reading)\b", re.I)
_READ_TIME_BEFORE = re.compile(r"\b(?:reading time|read time|time to read)\s*[:：]?\s*(?:about\s)?$", re.I)
# an advert's line: "Sponsored: Earn 5% cashback"
_AD_LINE = re.compile(r"[ \t]*(?:Sponsored|Advertisement|Promoted|Partner content|Paid content|Ad)\s*[:|–-]", re.I)
# a market quote: a name, a price and its signed change ("SSE Composite 3,245.67 +0.5%", "CSI 300 4,012.55 -1.2%")
_QUOTE = re.compile(r"[^|\n]{0,40}?\d[\d,]*\.\d+\s?[+\-−]\s?\d+(?:\.\d+)?%\s*")


def _in_a_quote(text: str, at: int) -> bool:
    """The number at that offset is in a market quote: the part of its line between bars ("Hefei 28°C | SSE
    Composite 3,245.67 +0.5%") that holds nothing else."""
    left = max(text.rfind("\n", max(0, at - 60), at), text.rfind("|", max(0, at - 60), at))
    if left < 0 and at >= 60:
        return False
    ends = [i for i in (text.find("\n", at, at + 60), text.find("|", at, at + 60)) if i >= 0]
    right = min(ends) if ends else (len(text) if len(text) - at <= 60 else -1)
    return right >= 0 and _QUOTE.fullmatch(text, left + 1, right) is not None


# an age: "Hefei convention turns 49", "the average age of the engineers was about 31"
_AVERAGE_AGE = re.compile(r"\b(?:average|median|mean)\sages?\b[^.;\d]{0,60}?\b(?:was|is|were|are|of|at|stood at)\s"
                          r"(?:about\s|around\s|roughly\s|just\s)?(?:over\s|under\s)?$", re.I)
_TURNS_BEFORE = re.compile(r"\b(?:turns|turned|turning|aged|at age)\s$", re.I)
_AGE_END = re.compile(r"\s*(?:$|[.,;:!?)\]]|\s(?:this|on|in|years?|today|next|as|with|and)\b)")
_TELEPHONE = re.compile(r"(?<![\w.,])\+?\d{1,4}(?:-\d{1,4}){1,2}-\d{5,}(?!\w)|(?<![\w.,-])0\d{2,3}-\d{7,8}(?!\w)")
_TOOK_BEFORE = re.compile(r"\b(?:(?:took|takes|take|taking)\s(?:us|them|him|her|me|the team)|spent|spends|spend|spending)\s$", re.I)
# how far a place is, in time: "a 15-minute ride from the railway station"
_TRAVEL_AFTER = re.compile(r"(?:['’]s?)?\s(?:ride|drive|walk|trip|journey|commute|flight|train ride|taxi ride|subway ride|"
                           r"metro ride|away\b|by (?:car|metro|subway|train|taxi|bus|high-speed rail|air)\b)", re.I)
_APART = re.compile(r"\s(?:apart|away)\b|\s(?:to the )?(?:north|south|east|west)(?:east|west)? of\b", re.I)
_PER_BEFORE = re.compile(r"(?<![\w-])per\s$", re.I)
_WITHIN = re.compile(r"\bwithin\s$", re.I)
# "in the first eight months", "the last five years" (not "will last four days": a verb)
_GREW_IN = re.compile(r"\b(?:tripled|doubled|quadrupled|halved|grown|grew|rose|risen|increased|jumped|soared|fallen|fell|"
                      r"dropped|expanded|shrunk|shrank)\b[^.;\d]{0,30}\s(?:in|over|within)\s$", re.I)
_PERIOD_BEFORE = re.compile(r"\b(?:first|past|(?<!\bwill )(?<!\band )(?<!\bto )(?<!\bwould )(?<!\bwhich )last|next|"
                            r"previous|recent|coming)\s$", re.I)
# a wire or release dateline before a story's first sentence ("HEFEI, Sept. 20 (Xinhua) -- ", "NANJING, China, Nov.
# 27, 2025 /PRNewswire/ -- ", "HEFEI -- ")
# (or an outlet's name: "(ECNS) -- ", "Jiangsu Now -- ")
# (not a label's line: "Exhibitors — 905")
_DATELINE = re.compile(r"\s*(?:[A-Z]{2,}[A-Z .'/-]*(?:,[^\n]{0,80}?)?\s(?:--|—|–)\s+|"
                       r"(?:\((?:[A-Z][\w'.]*\s?){1,4}\)|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s(?:--|—|–)\s+(?=[A-Z(“\"]))")
# a correction: "An earlier version of this story said the expo had 563 exhibitors. The correct number is 536."
# (after a label, "Correction: ", or none)
# a correction note under a story, or on top of it
_CORRECTION_NOTE = re.compile(r"\b(?:correction|clarification)\s?[:：]|\ban earlier version of this (?:story|article|report)\b",
                              re.I)
_RETRACTION = re.compile(r"^(?:(?:correction|clarification|editor['’]?s note|update)\s?[:：-]\s*)?(?:an?\s|the\s)?"
                         r"(?:(?:earlier|previous|original|yesterday['’]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s"
                         # ("A previous version said 1,118 projects were signed")
                         r"(?:version(?:\s(?:of\s)?(?:this\s|the\s)?(?:story|article|report|release|dispatch))?|"
                         r"(?:this\s|the\s)?(?:story|article|report|release|dispatch)|(?:stories|articles|reports|dispatches))|"
                         # ("A story on Sept. 23 about the convention gave ...")
                         r"(?:story|article|report|dispatch)\s(?:on|of|from|published on|dated)\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|"
                         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b(?:[^.;]|(?<=\d)\.(?=\d)){0,90}?\b(?:said|stated|reported|gave|put|misstated|"
                         r"incorrectly|wrongly|erroneously|(?:was|were) (?:incorrect|wrong|inaccurate|mistaken|in error))\b", re.I)
# what a story told, taken back by the sentence after it: "A story on the convention gave the number of projects
# signed as 812. The correct number is 821."
_TOLD_BEFORE = re.compile(r"^(?:(?:correction|clarification)\s?[:：-]\s*)?(?:an?|the)\s(?:story|article|report|dispatch)\s"
                          r"(?:on|about)\b(?:[^.;]|(?<=\d)\.(?=\d)|\.(?=\s\d)){0,100}?\b(?:said|stated|reported|gave|put|misstated)\b", re.I)
_CORRECT_NEXT = re.compile(r"\s*(?:the (?:correct|right|accurate|actual) (?:number|figure|total|count|tally|amount|area)|"
                           r"it (?:is|was|should be|should have been))\b", re.I)
# a sentence that revises or corrects a count: its value is meant as a change of what was said
_REVISION = re.compile(r"\b(?:revised|corrected|correction|amended|(?:updated|changed) to correct|should (?:have )?read|the correct (?:number|figure|"
                       r"total|count)|updated (?:count|figure|tally|total)|(?:has|have) since (?:said|put|given|confirmed))\b|"
                       + _CORRECTED_UNIT + r",? not (?:(?:RMB|CNY|US\$|\$|¥|€)\s?)?[\d,.]+\b|"
                       r"\bnot [\d,.]+ as (?:previously |earlier |first )?(?:reported|stated|said|published)", re.I)
_CORRECT_IS = re.compile(r"\b(?:has|have|had)\s(?:since\s|now\s)?(?:put|set|revised|corrected|updated)\s(?:the\s|that\s)?"
                         r"(?:figure|number|total|count|tally)\s(?:at|to)\s$|"  # ("Organizers have since put the figure at")
                         r"(?:\bthe (?:correct|right|accurate) (?:number|figure|total|count|tally|amount|value) |"
                         # ("misstated ... as 560; it is 650", "put ... at 548; the final count was 556")
                         r"[;,]\s(?:it|the (?:(?:final|actual|updated|latest)\s)?(?:figure|number|total|count|tally))\s)"
                         r"(?:is|was|should be|should have been)\s$|"
                         r"[;,]\s(?:it|they)\s(?:has|have|had|drew)\s$", re.I)  # ("does not have 1,000 exhibitors; it has 612")
# a count denied: "Contrary to some reports, the conference does not have 1,000 exhibitors"
_DENIED = re.compile(r"^contrary to (?:some |earlier |media |online )?reports,\s(?:[^.;]|(?<=\d)[.,](?=\d)){0,80}?\b(?:does|do|did|"
                     r"is|are|was|were)\s(?:not|n't)\b", re.I)
# "An earlier version ... misstated the number of projects signed. It was 807, not 870.": the count the sentence
# before names, given back without its noun
_MISSTATED_VERB = (r"\b(?:misstated|misreported|misquoted|(?:gave|reported|stated) (?:the )?(?:wrong|incorrect)|"
                   r"(?:incorrectly|wrongly|erroneously) (?:gave|reported|stated)|"
                   # ("An earlier version of this article gave the number of visitors as 16,000. It was 160,000.")
                   r"(?:earlier|previous|original) version\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:gave|put|reported|stated|listed))\s(?:the\s)?")
_MISSTATED = re.compile(_MISSTATED_VERB + r"(?:total\s)?"
                        r"(?:number|count|tally) of (?P<noun>(?:[a-z][\w-]* ){0,2}?[a-z][\w-]*s)(?: (?P<done>[a-z]+ed)\b)?",
                        re.I)
# "..., followed by Japan with 33": another country's companies, counted as the ones before were
_NATION_WITH = re.compile(r"\b(?:followed by|then|and|while|with)\s(?:the\s)?(?P<country>" + NATION_NAMES + r")\s"
                          r"(?:with|at|on)\s$")
# "Germany sent the largest group, 41 companies", "Japan brought 33 firms": the country the companies came from
_NATION_SENT = re.compile(r"(?:^|[,;]\s|\band\s|\.\s)(?:the\s)?(?P<country>" + NATION_NAMES + r")\s(?:sent|brought|fielded)\s"
                          # ("Germany sent the largest foreign delegation to the 2075 World Manufacturing Convention, with 41")
                          r"(?:(?:the|its)\s(?:[\w-]+\s){0,2}?(?:group|contingent|delegation|number)(?:\s(?:to|at)\s(?:the\s)?"
                          r"(?:(?:19|20)\d\d\s)?(?:[A-Z][\w-]*\s){1,5}?(?:[Cc]onvention|[Cc]onference|[Ss]ummit|[Ee]xpo))?,?\s(?:of\s|with\s)?)?"
                          r"(?:some\s|about\s|around\s|nearly\s|more than\s|over\s)?$")
# "Projects worth 66.8 billion yuan were signed ... There were 54 of them.": what the sentence before spoke of
_THERE_WERE = re.compile(r"\s*There (?:were|are)\s(?:(?:a total of|in all)\s)?", re.I)
_OF_THEM_AFTER = re.compile(r"\s(?:of them|in all|in total)\b(?:\sin all\b)?")
_COUNTED_PLURAL = re.compile(r"\b(?:projects|deals|agreements|contracts|exhibitors|companies|enterprises|firms|guests|"
                             r"visitors|forums|academicians)\b", re.I)
# "... misstated the total investment of the projects signed. It was 630.1 billion yuan, not ...": that sum
_MISSTATED_MONEY = re.compile(_MISSTATED_VERB + r"(?P<what>(?:[\w-]+\s){0,2}?(?:investment|value|amount|sales|turnover))\b",
                              re.I)
_IT_WAS = re.compile(r"\s*(?:it|the (?:correct |right |actual )?(?:number|figure|count|total))\s(?:was|is|should have been|"
                     r"should be)\s(?:(?:actually|in fact)\s)?", re.I)
_POPULATION_BEFORE = re.compile(r"\b(?:(?:city|town|province|country|nation|metropolis|population) of|home to)\s"
                                + QUALIFIED + r"$", re.I)
_RESIDENTS_AFTER = re.compile(r"(?:\s(?:million|billion|thousand))?\s(?:people|residents|inhabitants|citizens)\b", re.I)
_AGE_AFTER = re.compile(r"[- ]old\b", re.I)
_LISTICLE = frozenset("things takeaways reasons facts lessons highlights questions tips moments ways numbers figures "
                      "points trends keywords photos pictures snapshots stories".split())
_SHOWS_COUNTED = re.compile(r"\s(?:[a-z]+\s)?(?:shows|fairs|expos|trade shows)\b|\s(?:tech|trade|industry|business|major|big|"
                            r"manufacturing|industrial)\s(?:events|shows|fairs|expos)\b", re.I)
_PERIODS = frozenset({"quarters", "months", "weeks", "years", "decades", "days", "halves"})
_WERE_SIGNED_AFTER = re.compile(r"\s(?:were|have been|had been|have now been|are being)\s(?:already\s|finally\s)?(?:"
                                + SIGNED_DONE + r")\b")
_SIGNED_BARE = re.compile(r"\b(?:" + SIGNED_DONE + r"|to sign|to ink)\s"
                          + qualified("a total of") + r"$", re.I)  # ("The 2021 edition signed 703.", "expects to sign about 600")
_OF_THE_SIGNED = re.compile(r"\s(?:" + SIGNED_DONE + r")\b")
_OF_A_TOP_LIST = re.compile(r"\sof\s(?:the\s)?(?:(?:China['’]s|Chinese|world['’]s)\stop|Fortune\s(?:Global\s)?)\s?500\b", re.I)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.;]|,\s|$|\s(?:in|on|at|during|this|last|that|by|so far|before|until|over)\b|"
                            r"\s(?:and|but|while)\s(?:also\s)?(?:drew|drawn|hosted|welcomed|attracted|gathered|had)\b)")
_YEAR_BEFORE_GAP = re.compile(rf"{YEAR_BEFORE_GAP}\s{QUALIFIED}$", re.I)
_DAYS_TOTAL = re.compile(r"\s(?:total|tally|count|haul|footfall|attendance|turnout)\b", re.I)
_EXPECT_TO_PASS = re.compile(r"\b(?:expects?|expected|hopes?|aims?|plans?)\s(?:it\s|the (?:number|total|count)\s)?to\s"
                             r"(?:pass|exceed|top|surpass|reach|hit|cross)\s" + QUALIFIED + r"$", re.I)
# an amount's bound after a bare count: "and 12 more than 10 billion yuan", "and 40 under 100 million yuan"
# (or its currency before it: "and 12 more than RMB 10 billion")
_WORTH_BOUND_AFTER = re.compile(r"\s(?:more than|over|above|under|less than|below|top|exceed|surpass)\s(?:(?:RMB\s?|CNY\s?|US\$|\$|¥)?\d[\d,.]*\s"
                                r"(?:(?:thousand|million|billion|trillion|mln|bln|bn|trln|tn)\s)?(?:yuan|RMB|U\.S\. dollars|dollars)\b|"
                                r"(?:RMB\s?|CNY\s?|US\$|\$|¥)\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|mln|bln|bn|trln|tn))?\b)",
                                re.I)
# ("..., the event drew about 100 exhibitors. The 2072 ... Conference, opening on Thursday, expects 430.")
_EXPECTS_BARE = re.compile(r"\b(?:expects|is expecting|anticipates|is anticipating)\s" + QUALIFIED + r"$", re.I)
_IN_YEAR_GAP = re.compile(rf"[;,]\s(?:and\s)?(?:in|for) (?:19|20)\d\d,\s{QUALIFIED}$", re.I)  # ("..., and in 2022, 596")
# an interview's turns: "Q:" and "A:", or the speakers' names ("GT: And guests?" / "Liu: More than 1,100 have
# registered.")
_SPEAKER = r"(?:Q|A|[A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20}){0,2})\s?[:：]"
_ANSWER = re.compile(r"\s*" + _SPEAKER)
_QUESTION = re.compile(r"\s*(?:Q\s?[:：]|" + _SPEAKER + r"[^\n]{0,200}\?\s*$)")
_HOW_MANY = re.compile(r"\bhow many (?P<noun>(?:[a-z][\w-]* )?[a-z][a-z-]*s)\b|"
                       r"^\s*" + _SPEAKER + r"\s(?:and|what about|how about) (?:the )?(?P<also>(?:[a-z][\w-]* )?[a-z][a-z-]*s)\?",
                       re.I | re.M)
_NUMBER_DONE = re.compile(r"\bthe (?:total |overall )?number (?:" + SIGNED_DONE + r"|registered|exhibiting)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?"
                          r"\b(?:(?:has|have|had)\s)?(?:risen|rose|grown|grew|reached|hit|climbed|come|came|stood|stands)\s"
                          r"(?:to|at)\s" + QUALIFIED + r"$", re.I)
_THAN_LAST_YEARS = re.compile(r"\b(?:than|from|on|over|below|above|double|twice|triple|half)\s(?:last year['’]s|"
                              # ("nearly double the 2018 edition's 640")
                              r"the previous edition['’]s|(?:the|its)\s(?:19|20)\d\d(?:\s(?:edition|convention|"
                              r"conference|summit|event)['’]s)?)\s" + QUALIFIED + r"$", re.I)
_OUT_OF_ALL = re.compile(rf"(?:,\sof|\bout of) (?:a total of |the |all )?{QUALIFIED}$", re.I)  # ("..., out of 612 in all")
# a multiple of another value of the same count: "double the 842 of 2040", "three times the 580 of the first edition"
_TIMES_THE = re.compile(rf"\b{MULTIPLE}\s(?:that of\s|as many as\s)?the\s$", re.I)
_RATE_FROM = re.compile(r"\b(?:up|down|rising|falling)\s(?:by\s)?[\d.]+\s?(?:percent|per cent|%)\sfrom\s(?:the\s)?$", re.I)
# words before a bare number that make it another value of the count the sentence gave last, each read in a window
# of that many characters before the number:
# a quoted name a number word closes: "the 'new three' industries", "the “big four” makers"
_QUOTED_NAME_BEFORE = re.compile(r"(?:^|[\s(])['‘“\"](?:[A-Za-z-]+\s){0,2}$")
_QUOTE_CLOSES = re.compile(r"['’”\"]")
_BY_A_COUNT_AFTER = re.compile(r"\s(?:by|according to)\s(?:one|another|some|its own|their own|an?\s(?:early|unofficial|"
                               r"official|separate|later))\s(?:count|estimate|tally|reckoning)\b", re.I)
_WITH_PLACE_ACCOUNTING = re.compile(r"\bwith\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s(?:alone\s)?(?:accounting for|making up|"
                                    r"contributing)\s" + QUALIFIED + r"$")
_SAME_COUNT_CUES = (
    (_EXPECT_TO_PASS, 40),  # "the number is 856 as of this morning, and we expect to pass 1,000 by the close"
    (_YEAR_BEFORE_GAP, 30),  # "Last year's fair signed 712 projects; the year before, 1,021"
    (_IN_YEAR_GAP, 30),  # "in 2021 it signed 568 projects, and in 2022, 596"
    (_NUMBER_DONE, 100),  # "With 790 projects signed ..., the number signed since 2018 has risen to 4,984"
    (_THAN_LAST_YEARS, 50),  # "about 610 exhibitors, roughly 10% more than last year's 556"
    (_OUT_OF_ALL, 30),  # "86 foreign-invested projects, out of 612 in all"
    (_TIMES_THE, 40),  # "1,684 companies ..., nearly triple the 580 at the first convention in 2018"
    (_RATE_FROM, 40),  # "786 exhibitors, up 12 percent from 702"
    (BUT_DID, 60),  # "had hoped to draw 1,000 exhibitors, but it drew 1,200"
    (_WITH_PLACE_ACCOUNTING, 50),  # "signed 156 of the 212 projects, with Nanjing alone accounting for 64"
)
# the same count of this edition after an earlier one's, its noun left out: "this year's has 310", "and this year, 589"
_THIS_YEARS_NOUN = r"(?:edition|convention|conference|summit|event|one|fair|expo)(?:\sin\s[A-Z][a-z]+)?"  # (", in Hefei")
_THIS_YEARS_VERB = (r"(?:has|had|drew|drawn|draws|attracted|attracts|saw|signed|counts|gathered|is|was|were|are|numbered|"
                    r"stood at|stands at|reached|rose to|grew to|climbed to|came to|totaled|totalled|hosted|welcomed|"
                    r"received|(?:did|fared) better,? with)")
_THIS_YEARS = re.compile(r"[,;]\s(?:and\s|but\s|while\s)?this year(?:['’]s)?(?:\s" + _THIS_YEARS_NOUN + r")?,?\s"
                         r"(?:(?:it|there|they|the (?:number|figure|total|count|tally))\s)?(?:" + _THIS_YEARS_VERB + r"\s)?"
                         + qualified("just") + r"$", re.I)
# (or opening a sentence after one that gave an earlier edition's count: "This year's convention in Hefei did better,
# with 934", "This year there were 1,684")
_THIS_YEARS_OPENS = re.compile(r"(?:^|[.!?]\s|\n)(?:[A-Z][\w -]{0,30},\s)?(?:But\s|And\s)?[Tt]his year(?:['’]s\s"
                               + _THIS_YEARS_NOUN + r"|,?(?=\s(?:there|it)\s))\s(?:(?:there|it)\s)?(?:has\s|had\s)?"
                               + _THIS_YEARS_VERB + r"\s" + qualified("just") + r"$")
_COUNT_IN = re.compile(r"\b(?:over|more than|nearly|almost|upwards? of|pass(?:es|ed)?|top(?:s|ped)?|exceed(?:s|ed)?|"
                       r"surpass(?:es|ed)?|hits?)\s[\d,.]+(?:\s(?:thousand|million))?\s(?:[\w-]+\s){0,2}?"
                       r"[a-z]{3,}s\s(?:in|within)\s(?:just\s|only\s)?$", re.I)
_IN_FEW_DAYS = re.compile(r"\b(?:in|within|over) (?:just |only )?(?:its |the )?(?:first )?(?:two|three|2|3) days\b", re.I)
_IN_TWO_DAYS = re.compile(r"\b(?:in|within) (?:just |only )?(?:two|2) days\b", re.I)
# (an amount too: "orders for 300 units worth 60 million yuan in two days")
_EXACT_COUNT_IN = re.compile(r"\b(?:\d[\d,.]*(?:[km]\b|bn\b)?(?:\s(?:thousand|million|billion))?\s(?:[\w-]+\s){0,2}?(?:[a-z]{3,}s|yuan)|"
                             # (a headline's count without its noun: "Conference attracts 80,000 in two days")
                             r"\d{1,3}(?:,\d{3})+|\d{4,})\s(?:in|within)\s(?:just\s|only\s)?$", re.I)
_LASTED_FOR = re.compile(r"\b(?:ran|runs|run|running|lasted|lasts|last|lasting|spanned|spans|span|spanning|continued)"
                         r"(?:\sfor)?\s(?:a\s(?:full\s)?|the\sfull\s|just\s|only\s)?$", re.I)
_COMPARED_WITH = re.compile(r"[^.;\d]{0,40}?\b(?:against|up from|down from|compared with|compared to|versus|vs\.?|"
                            r"beat|beating|topped|topping|over|than)\s(?:last year['’]s\s|the\s(?:previous|prior)\s"
                            r"(?:year['’]s\s|edition['’]s\s))?(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?", re.I)
_INVESTORS_IN = re.compile(r"\b(?:investors|capital|investment)\s(?:in|from)\s" + QUALIFIED + r"$", re.I)
_TO_A_REVISED_COUNT = re.compile(r"\s(?:to|up to)\s[\d,.]+\s(?:in|after|according to|under)\s(?:the|a|its)\s(?:final|revised|updated|latest|"
                                 r"official|corrected)\s(?:tally|count|figures?|report|statistics|data|numbers)\b", re.I)
_FOR_A_TOTAL = re.compile(r",?\s(?:for|to)\s(?:a|an)\s(?:(?:new|grand|combined|overall)\s)?(?:total|tally)\sof\s" + QUALIFIED + r"$",
                          re.I)
# a count added to one already made ("added 22 exhibitors"): how many more, not the count
_ADDED_BEFORE = re.compile(r"\b(?:added|adds|adding|gained|picked up)\s(?:another\s|a further\s|an extra\s)?" + QUALIFIED + r"$",
                           re.I)
_ADDED_MEASURES = frozenset({"exhibitors", "companies", "guests", "visitors", "academicians", "countries_regions"})
_A_CROWD = 20000  # attendees of this many are the visitors (an event's invited guests number a few thousand)
# a sentence that opens on the figure before it: "That's up 4.5% from last year's event."
_THATS_UP = re.compile(r"\s*(?:That|This|It)(?:['’]s|\sis|\swas)\s(?:up|down)\s(?:by\s|about\s|nearly\s|some\s)?$")
_INTO = re.compile(r"\sinto\b", re.I)  # "Two days into the convention": how far into it, not how long it lasts
_WHEN_AFTER = re.compile(r"\s(?:before|ahead of|after|prior to|earlier|later|ago|to go|left|away|on(?=[,;.])|"
                         r"(?:to|through|up to) (?:19|20)\d\d)\b", re.I)  # ("one day to go", "the five years to 2052")
# "Mate 60 Pro", "Series 7 Ultra": a product's name
_NAME_AFTER = re.compile(r"^\s?(?:Pro|Max|Plus|Ultra|Mini|Lite|Air|Series|Edition|GT|EV|SE)\b")
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_FURNITURE_LABELS = frozenset({"share", "shares", "comment", "comments", "like", "likes", "view", "views", "read", "reads",
                               "favorites", "favourites", "reposts", "retweets", "replies"})
_FURNITURE_AFTER = re.compile(r"^[ \t](?:views?|reads?|comments?|likes?|shares?)\b", re.I)
_VIEWS_COUNTED_BEFORE = re.compile(r"\b(?:drew|drawn|draws|attracted|received|got|garnered|topped|reached|hit|exceeded|"
                                  r"surpassed|logged|recorded|racked up|passed|of|over|more than|nearly|about|some|"
                                  r"around|almost)\s$", re.I)
_CURRENCY_BEFORE = re.compile(r"\b(?P<cur>yuan|renminbi|RMB|CNY|U\.S\. dollars?|US dollars?|dollars?|USD|euros?|EUR)\b"
                              r"(?:[^.;]|(?<=\d)\.(?=\d)){0,120}$", re.I)
# "118 of those", "51 of them"; "412 are manufacturing projects", "37 were Fortune Global 500 firms".
_PRONOUN_ONE = re.compile(r"\b(?:this|that|each|every|which|any|no|the|another|other|Formula)\s$", re.I)
_PART_OF = re.compile(r"^\s(?:of (?:which|them|whom|those|these))\b")
# a line of a key-figures box: "Projects signed at opening: 132", "Guests: nearly 5,000"
# ("Exhibitors | 326", a table's row, its cells kept apart by a bar, a tab or a dash)
# (and with the event's name after it: "Projects signed at the 2061 World Intelligent Manufacturing Conference: 112")
_LABEL = re.compile(r"\s*(?:[•·*–-]\s*)?(?:[012]?\d:[0-5]\d\s+)?(?P<noun>(?![AQ]\b)[A-Z][\w-]*(?: (?:[\w-]+|&)){0,5}?)"
                    r"(?:\s(?:at|of|for)\s(?:the\s)?(?:(?:19|20)\d\d\s)?(?:[A-Z][\w-]*\s?){1,6})?"
                    # (a count's scale in brackets: "Visitors (thousand): 262")
                    r"(?:\s\((?:in\s)?(?:thousands?|millions?|mln|'000|000s)\))?(?:\s?[:|]\s|\t\s*| [–—-] )"
                    + QUALIFIED)
# a line of a list with its label and number only: "Visitors 150k"
_BARE_LABEL = re.compile(r"\s*(?:[•·*–-]\s*)?(?:[012]?\d:[0-5]\d\s+)?(?P<noun>[A-Z][a-z-]*(?: (?:[a-z-]+|&)){0,3}) ")
# a label that says when its count was taken: that day's ("Visitors today: 58,000"), or so far ("Visitors to date:")
_LABEL_WHEN = re.compile(r"\s(?:(?P<day>today|yesterday|on day (?:one|two|three|four|five|\d))|(?P<so_far>to date|so far|"
                         r"thus far))$")
# "recorded a footfall of 312,000", "page views of 120 million": the measure named before "of"
_NOUN_OF = re.compile(r"\b(?P<noun>footfall|attendance|turnout|viewership|(?:online |livestream )?audience|page views|"
                      r"online views|visitor flow|(?:online |on-site |offline )?visits|visitor numbers|attendees)"
                      r"\sof\s" + QUALIFIED + r"$",
                      re.I)
_ONLINE_SUBJECT = re.compile(r"\b(?:online|cloud|virtual|digital) (?:platform|exhibition|expo|hall|venue)s?\b", re.I)
_ONLINE_CLAUSE = re.compile(r"\b(?:online|viewership|live[- ]?streams?|cloud|views|viewers)\b", re.I)
_PLACE_WITH = re.compile(r"(?:,|\band)\s(?:followed by\s|then\s)?(?:[A-Z][\w'-]+\s){0,1}[A-Z][\w'-]+,?\swith\s$")  # (", followed by Suzhou with 31")
_PLACE_COMMA_WITH = re.compile(r"(?<![\w'-])(?:[A-Z][\w'-]+\s)?[A-Z][\w'-]+,\swith\s$")
_PLACE_FOLLOWED_WITH = re.compile(r",\s(?:followed by|then|ahead of)\s(?:[A-Z][\w'-]+\s){1,2}with\s$")
_ENDS_LINE = re.compile(r"[ \t]*\n")
_ROW_LABEL = re.compile(r"\s*(?:[A-Za-z][\w' -]{0,40}(?:\([\w .$-]{1,24}\)\s*)?|[\u4e00-\u9fff][\u4e00-\u9fff（）()]{0,20}\s*)")  # ("参展企业（家）")
_YEAR_CELL = re.compile(r"\s*((?:19|20)\d\d)年?\s*")
_COUNT_CELL = re.compile(r"\s*" + QUALIFIED + r"(?:\d{1,3}(?:,\d{3})*|\d{4,7})\+?\s*", re.I)
_DECIMAL_CELL = re.compile(r"\s*\d{1,4}\.\d{1,2}\s*")
_TENS_OF_THOUSANDS = re.compile(r"[（(]万(?:人次|人|次)?[）)]\s*$")
_TABLE_LINE = 300  # a table's row is a short line: no longer one is read as one


def _line_at(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the line around pos, looked for no further than a table's row is long."""
    found = text.rfind("\n", max(0, pos - _TABLE_LINE), pos)
    start = found + 1 if found >= 0 else max(0, pos - _TABLE_LINE)  # (never further back than that)
    end = text.find("\n", pos, pos + _TABLE_LINE)
    return start, (min(len(text), pos + _TABLE_LINE) if end < 0 else end)


def _separator(line: str) -> str:
    """What keeps a table row's cells apart: bars ("| Exhibitors | 652 |"), or tabs, as a table copied from a page
    gives it ("参展企业（家）\t856"); "" for a line of no table."""
    return "|" if line.count("|") >= 2 else "\t" if "\t" in line.strip() else ""


def _in_cells(text: str, start: int) -> bool:
    """A cell's edge stands just before the number."""
    return any(edge in text[max(0, start - 12):start] for edge in ("|", "\t"))


def _cells(line: str) -> list[str]:
    sep = _separator(line)
    return line.strip().strip("|").split("|") if sep == "|" else line.strip().split("\t") if sep else []


def _table_cell(text: str, start: int, decimals: bool = False) -> tuple[str, int, int] | None:
    """A value in a table's row, its cells kept apart by bars ("| Exhibitors | 652 | 641 |"): the row's label and
    the year of its column and the header's latest when a header row above names years ("| Measure | 2025 | 2026 |";
    0 without one); None when the value is in no such row. decimals: the row's cells may have decimals (an amount
    whose label gives its unit)."""
    line_start, line_end = _line_at(text, start)
    if line_start and text[line_start - 1] != "\n":
        return None  # a line longer than a row
    cells = _cells(text[line_start:line_end])
    sep = _separator(text[line_start:line_end])
    index = text.count(sep, line_start, start) - (1 if text[line_start:start].lstrip().startswith("|") else 0) if sep else 0
    if len(cells) >= 2 and 1 <= index < len(cells) and _YEAR_CELL.fullmatch(cells[0]) \
            and (_COUNT_CELL.fullmatch(cells[index]) or (decimals and _DECIMAL_CELL.fullmatch(cells[index]))):
        return _year_row_cell(text, line_start, cells, index)
    # (a label in words, a whole count in its own cell: not a ticker's price, "| HD | THE HOME DEPOT INC. | 225.86 |")
    if len(cells) < 2 or index < 1 or index >= len(cells) or not _ROW_LABEL.fullmatch(cells[0]) \
            or not re.search(r"[a-z]{2}|[\u4e00-\u9fff]{2}", cells[0]) \
            or not (_COUNT_CELL.fullmatch(cells[index]) or ((decimals or _TENS_OF_THOUSANDS.search(cells[0]))
                                                           and _DECIMAL_CELL.fullmatch(cells[index]))):
        return None  # (a count in tens of thousands may have decimals: "| 参观人次（万） | 56.2 |")
    above = line_start
    for _ in range(8):  # the rows above, up to a header of years
        if above <= 0:
            break
        row_start, _end = _line_at(text, above - 1)
        if not text[row_start:above - 1].strip():  # (rows may stand a blank line apart)
            above = row_start
            continue
        row = _cells(text[row_start:above - 1])
        if len(row) != len(cells):
            break
        if all(_YEAR_CELL.fullmatch(c) for c in row[1:]):
            years = [int(_YEAR_CELL.fullmatch(c).group(1)) for c in row[1:]]
            return cells[0].strip(), years[index - 1] if index <= len(years) else 0, max(years)
        above = row_start
    return cells[0].strip(), 0, 0


def _year_row_cell(text: str, line_start: int, cells: list[str], index: int) -> tuple[str, int, int] | None:
    """A value in a table whose rows are years ("| Year | Exhibitors | Guests |", then "| 2026 | 276 | 2,150 |"): its
    column's label from the header row above, its row's year and the latest year of the rows around it."""
    years = [int(_YEAR_CELL.fullmatch(cells[0]).group(1))]
    label = ""
    above = line_start
    for _ in range(12):  # up to the header, a few rows up
        if above <= 0:
            break
        row_start, _end = _line_at(text, above - 1)
        row = _cells(text[row_start:above - 1])
        if len(row) != len(cells):
            break
        if _YEAR_CELL.fullmatch(row[0]):
            years.append(int(_YEAR_CELL.fullmatch(row[0]).group(1)))
        elif _ROW_LABEL.fullmatch(row[index]) and re.search(r"[a-z]{2}|[\u4e00-\u9fff]{2}", row[index], re.I):
            label = row[index].strip()
            break
        else:
            break
        above = row_start
    below = text.find("\n", line_start)
    for _ in range(12):  # the later rows
        if below < 0:
            break
        row_end = text.find("\n", below + 1)
        row = _cells(text[below + 1:row_end if row_end >= 0 else len(text)][:_TABLE_LINE])
        if len(row) != len(cells) or not _YEAR_CELL.fullmatch(row[0]):
            break
        years.append(int(_YEAR_CELL.fullmatch(row[0]).group(1)))
        below = row_end
    return (label, years[0], max(years)) if label else None


_MULTIPLIER = re.compile(r"\stimes\s(?:as|more|larger|bigger|higher|greater|that|the)\b", re.I)
# a count written against its noun in the singular, before what it describes: "a 790-deal haul", "a 600-exhibitor show"
_HYPHEN_COUNT = re.compile(r"-(deal|project|contract|agreement|exhibitor|company|enterprise|firm|guest|visitor|delegate|"
                           r"participant|forum|country|booth|academician|speaker|pavilion|hall|zone)\s[a-z]", re.I)
_PLURAL_OF = {"company": "companies", "country": "countries"}
# between a count and the amount it is worth: "95 are foreign-funded, with investment of 16.6 billion"
# ("numbered 42, with 3.3 billion U.S. dollars of investment")
_WITH_BARE = re.compile(r"[^.;\d]{0,40}\b(?:with|carrying|bringing|involving)\s$")
_OF_INVESTMENT_AFTER = re.compile(r"\s(?:of|in)\s(?:(?:contracted|agreed|committed|pledged)\s)?(?:foreign\s)?(?:investment|capital)\b")
_WITH_TOTAL = re.compile(r"[^.;\d]{0,40}\bwith\s(?:a\s)?(?:total|combined|overall)\s(?:investment|value)\b[^.;\d]{0,20}$", re.I)
_WITH_AMOUNT = re.compile(r"[^.;\d]{0,40}\b(?:worth|valued at|with (?:a |an )?(?:total |combined )?(?:investment|value)"
                          r"(?: of)?|investment of|involving)\s[^.;\d]{0,20}$", re.I)
# "Overseas firms make up 86 of the 500-plus exhibitors": the subject is counted (a measure of its own only: "Chip
# firms make up about 90 of the 415 exhibitors" are some of the exhibitors)
# (or one country's: "Japanese companies numbered 48 among the 1,642 exhibitors")
_MAKE_UP = re.compile(r"(?:\b(?:overseas|foreign|international|fortune)\b|(?-i:\b[A-Z][a-z]+(?:ese|ian|an|ish|ch|i)\s"
                      r"(?:companies|firms|enterprises|exhibitors|businesses)\b))[^.;,\d]{0,40}\b(?:(?:make|makes|made) up|"
                      r"account(?:s|ed)? for|numbered|totall?ed)\s" + QUALIFIED + r"$", re.I)
# "projects signed had reached 480 and visitors to its expo 140,000": the verb left out of the second clause
# ("and visitors to the expo, 612,000"; "revised to 1,712, and visitors to 612,000": the verb left out)
# the second of two named before, its count's noun left out: "the former signed 1,108 projects in Hefei, the latter 136"
_THE_LATTER = re.compile(r"[,;]\s(?:and\s|while\s|whereas\s)?the (?:latter|second|other)\s$", re.I)
_GAPPED = re.compile(r"\band (?:[A-Za-z][\w-]* ){0,2}?(?P<noun>(?:(?:[A-Z][a-z-]+|U\.S\.) )?[a-z][a-z-]*s)(?: (?:to|at|of|in|on|for) [^,.;\d]{0,40}| to)?\s$")
# "Delegates to the conference, 2,180 in all, wrapped up ...": the count of the sentence's subject
# a clause's head ("; 236,000 had come", ", and 236,000 had come") and a verb of arriving after a count left bare
_CLAUSE_HEAD = re.compile(r"(?:;|[,;]\s(?:and|but|while|whereas))\s(?:some\s|about\s|nearly\s|more than\s|over\s)?$")
_HAD_COME = re.compile(r"\s(?:had|have|has)\s(?:already\s)?(?:come|arrived|visited|attended|turned up|passed through|"
                       r"come through|registered|signed up|been signed)\b")
_IN_ALL = re.compile(r"\s(?:in all|in total|all told|altogether)\b", re.I)
_AMONG_SESSION_GUESTS_AFTER = re.compile(r"\s(?:[\w-]+\s)?(?:were|are)\s(?:also\s)?among\s(?:the\s)?(?:[\w-]+\s){0,2}?"
                                         r"[\d,]+\s(?:[\w-]+\s)?(?:guests|participants|attendees)\s(?:at|attending)\s"
                                         r"(?:the|its)\s(?:opening|opening ceremony|main forum|closing ceremony)\b")
_DAYS_TO_GO = re.compile(r"\s(?:still\s)?(?:to go|left|remaining)\b|\sin\s*$")
_PUT_OFF_BY = re.compile(r"\b(?:pushed back|postponed|delayed|brought forward|moved(?: up| back)?|put off)\sby\s$", re.I)
_OWN_SUFFIX = re.compile(r"(?:-odd|-plus|\+)$")
_DESIGNATED_SIZE = re.compile(r"\s(?:[\w-]+\s){0,4}?(?:above|of|over)\s(?:the\s|a\s)?designated\ssize\b", re.I)
_CLAUSE_OPENS = re.compile(r"[;:]\s$")
_TOTAL_CLAUSE_AFTER = re.compile(r"\s(?:(?:were|was|have been|had been|has been)\s(?:[a-z]+ed\s)?)?"
                                 r"(?:in all|in total|all told|altogether)\b", re.I)
_SUBJECT_APPOSITIVE = re.compile(r"(?:^|[.;]\s|--\s|\n)(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]hese|[Tt]hose)\s)?(?P<noun>(?:[A-Za-z][\w-]*(?:['’]s)? )?[A-Za-z][a-z-]*s)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,100},\s"
                                 + QUALIFIED + "$")  # ("The conference's exhibitors, some 600 in all, ...")
# ("Some 812.05 billion yuan worth of projects, 986 in all, were signed")
_WORTH_OF_APPOSITIVE = re.compile(r"\bworth of (?:[\w-]+\s){0,2}?(?P<noun>[a-z][a-z-]*s),\s$", re.I)
# labels inside one sentence: "Visitors: about 30,000 expected daily; exhibitors: 580; forums: 24"
_INLINE_LABEL = re.compile(r"(?:[;；:]|\s\|)\s(?P<noun>[A-Za-z][a-z-]*(?: [a-z-]+){0,3})\s?:\s"
                           + QUALIFIED + r"$")
# a row of years after a label: "Projects signed at the convention: 2037: 1,152; 2038: 612; 2039: 648" (each its
# year's count of the label's noun)
# (or a line each: "Projects signed, by year:\n2039: 655\n2040: 671")
_YEAR_ROW = re.compile(r"(?:^|[.!?]\s|\n|(?:--|—|–)\s)(?P<noun>[A-Z][a-z-]*(?: (?!signed\b|inked\b|sealed\b)[a-z-]+){0,2})"
                       r"(?:\s(?P<done>signed|inked|sealed))?(?:\s(?:at|in|of|for)\s[^:：\n;.]{0,60})?"
                       r"(?:,?\sby\syear)?[:：]\s(?:(?:19|20)\d\d\s?[:：]\s?\d[\d,.]*(?:[;,]\s|\s*\n)){0,12}"
                       r"(?:19|20)\d\d\s?[:：]\s$")
# the same with a comma: "The final tally: exhibitors, 1,263; countries and regions, 41; projects signed, 612."
_INLINE_COMMA_LABEL = re.compile(r"(?P<sep>[;；:])\s(?!(?:the|a|an|as|of|in|on|at|by|since|with|last|this|that|and|but)\b)"
                                 r"(?P<noun>[A-Za-z][a-z-]*(?: (?!(?:year|years|day|days|before|after|earlier|ago|today)\b)"
                                 r"[a-z-]+){0,3}),\s" + QUALIFIED + r"$")


def _comma_label(before: str, text: str, pos: int) -> re.Match | None:
    """A label and its number in a list whose items a semicolon parts: the label after one, or the first label
    after a colon with a semicolon after its number."""
    found = _INLINE_COMMA_LABEL.search(before)
    end = _LIST_ITEM_END.match(text, pos) if found else None
    if end is None or (found.group("sep") == ":" and ";" not in end.group(0) and "；" not in end.group(0)):
        return None
    return found


_LABELS = (_LABEL, _BARE_LABEL, _INLINE_LABEL, _INLINE_COMMA_LABEL)
_NUMBER_OF_LABEL = re.compile(r"(?:(?:the\s)?total\s)?number\sof\s(?=\S)")
_WHERE_LABELS = {"online": "online", "on the cloud": "online", "offline": "offline", "on site": "offline",
                 "at the venue": "offline"}
_LIST_ITEM_END = re.compile(r"\s*(?:[;；]|\.(?:\s|$)|$)")
_FOREIGN_AFTER = re.compile(r"^\s(?:of (?:which|them|whom|those|these)\s|of the (?:[^.;,]|(?<=\d),(?=\d)|\.(?=\d)){0,80}?\s(?=are|were))?"
                            r"(?:(?:are|were|is|was|being)\s)?(?:foreign-funded|"
                            r"foreign-invested|overseas-funded|foreign|(?:funded|invested|financed) by (?:foreign|overseas)"
                            r"(?: investors| companies| firms| capital)?)\b", re.I)
_FROM_ABROAD = re.compile(r"^\s(?:of (?:which|them|whom|those|these)\s)?(?:(?:are|were|come|came|is|was)\s)?(?:from "
                          r"(?:" + ABROAD + r")|foreign|overseas|international)\b", re.I)
_AT_THE_VENUE = re.compile(r"^\s(?:of (?:which|them|those|these)\s)?(?:(?:are|were|exhibit(?:ed|ing)?)\s)?(?:at the venue|"
                           r"on[- ]site|offline|in person)\b", re.I)
# "Of the signed projects, 156 are foreign-funded": the counted noun comes first
# ("Of the 544 projects signed at September's convention, 306 ...": the whole may say where it was counted)
_ANTECEDENT = re.compile(r"\b(?:of|among) (?:the|these|those|its|all|all the) (?:(?:convention|conference|summit|event|"
                         r"expo|fair)['’]s )?(?:[\d,.]+ )?(?P<noun>(?:[a-z][\w-]* ){0,2}?[a-z][\w-]*s)"
                         r"(?: (?:" + SIGNED_DONE + r"|struck|registered|announced|exhibited|displayed|on show|at|"
                         r"in|during|from)\b"
                         r"(?:[^,.;\d]|\b(?:19|20)\d\d\b){0,90})?,\s"  # (a year may name the edition)
                         # (or a place's share of it: "..., Nanjing took 48")
                         r"(?:(?:[A-Z][\w'-]+\s){1,2}(?:took|led with|had|accounted for|won|secured|got|landed)\s)?$",
                         re.I)
# "overseas exhibitors account for about 16 percent of the 1,130 on show": the whole of what the subject is a share of
_SHARE_SUBJECT = re.compile(r"\b(?P<noun>[a-z][a-z-]*s) (?:(?:now|also|alone|together) )?(?:account(?:s|ed)? for|"
                            r"ma(?:k|d)e up|represent(?:s|ed)?) " + qualified("just")
                            + r"\d[\d.]* ?(?:percent|per cent|%) of (?:the|all|all the) $", re.I)
# "Visitors to the venue topped 220,000", "Overseas guests numbered about 1,200": the subject, then a verb of amount
_SUBJECT_VERB = re.compile(
    r"(?<!['’])\b(?P<noun>(?:(?!(?:[Tt]he|[Ii]ts|[Tt]heir|[Ww]ith|[Aa]nd|[Ww]hile|[Aa]s|of|in|at|for|on|to|from|by)\s)"
    r"[A-Za-z][\w-]* )?"
    # (not a verb's helper: "the number signed since 2018 has grown to 4,984")
    r"(?:(?:exhibiting|participating) )?(?!(?:has|was|is|does)\b)[A-Za-z][a-z-]*s|"
    r"[Aa]ttendance|"
    r"[Tt]urnout|[Ff]ootfall|[Ff]oot traffic|"
    # ("The exhibitor count came to 626", "the headcount could top 1,500")
    r"(?:[Ee]xhibitor|[Vv]isitor|[Gg]uest|[Dd]elegate|[Pp]articipant|[Aa]ttendee|[Pp]roject|[Dd]eal) (?:count|tally|headcount)|"
    r"[Vv]isitor traffic|"  # ("Visitor traffic at the expo topped 50,000")
    r"[Hh]eadcount|"
    r"(?:[Oo]nline |[Ll]ivestream |[Gg]lobal )?(?:audience|viewership))"  # ("The online audience passed 5 million")
    r"(?: (?:amount|quantity|volume))?"  # (translated: "The signed projects amount ... reached 136")
    # ("Deals inked on the first day of the convention numbered 220")
    r"(?: (?P<done>" + SIGNED_DONE + r"|struck|concluded|finali[sz]ed|registered|exhibited|displayed|"
    r"received|recorded))?"
    # ("the academicians present numbered 45")
    # (and "Guests attending the opening ceremony numbered 1,200", "Academicians of the Chinese Academy of Sciences and
    # the Chinese Academy of Engineering attending the conference numbered 42": of a body named in capitals first)
    r"(?: of (?:the )?[A-Z](?:[^.;,]|(?<=\d)[.,](?=\d)){0,80}?(?= (?:present|attending|exhibiting|participating|taking part|in attendance)\b))?"
    r"(?: (?:present|attending|exhibiting|participating|taking part|in attendance|on site)(?= )(?: the (?:[^.;,]|(?<=\d)[.,](?=\d)){0,80}?)?)?"
    r"(?: (?:to|at|from|of|in|for|on|during|over|by) (?:[^.;,]|(?<=\d)[.,](?=\d)){0,80}?)?"
    # (past a list between dashes: "Projects in the 'new three' industries -- new energy vehicles, lithium batteries and
    # photovoltaics -- numbered 412")
    r"(?: ?(?:--|—|–) ?[^.;\d—–]{1,100}? ?(?:--|—|–))?"
    # ("Projects worth over 10 billion yuan each numbered 12")
    r"(?: (?:worth|valued at|involving|with investment of) (?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}?(?: each| apiece)?)?"
    # ("Exhibitors this year totaled 1,130", "Visitors so far numbered 62,000")
    r"(?: this year| last year| so far| to date| thus far| now| currently)?"
    # ("Signed projects at this year's convention, held Sept. 20-22, number 573")
    r"(?:, (?:held|staged|hosted|which|that|the)\b(?:[^,;]|(?<=\d),(?=\d)){0,60},)?(?: alone)? (?:(?:had|have|has|had already|have already|"
    r"has already|could|may|might|would|will|should|(?:is|are) (?:expected|set|likely) to) )?"
    r"(?:topped|top|reached|reach|exceeded|exceed|surpassed|passed|hit|numbered|number|numbering|totaled|totalled|"
    r"(?<=s )were|"  # (translated: "the participated enterprises were 1792")
    r"totals?|"
    r"stood at|stands at|amounted to|came to|took the (?:lion['’]s|largest|biggest) share at|"
    r"topped out at|peaked at|settled at|ended up at|finished at|tallied|stand at|"  # ("Exhibitors topped out at 626")
    r"clocked in at|clocked up|chalked up|racked up|notched up|"  # ("Visitor numbers clocked in at 96,000")
    # ("Exhibitor numbers have climbed past 620")
    r"(?:climbed|rose|risen|grown|grew|jumped|moved|gone|went) (?:past|above|beyond)|"
    r"rose to|climbed to|grew to|grown to|increased to|accounted for|accounts? for|made up|makes? up|"
    # ("Projects signed at the conference fell to 193 from 198 last year")
    r"fell to|dropped to|declined to|decreased to|slipped to|dipped to|shrank to|"
    # (a headline's "Deal count revised to 991", without its "was")
    r"(?:revised|corrected|raised|lowered|updated|adjusted)(?: up| down| upward| downward)? to|"
    # ("Exhibitors increased by 70 to 1,130": the growth, then the count)
    # ("Online visits have nearly doubled from last year to 31 million")
    r"(?:nearly |almost |more than |roughly )?(?:doubled|tripled|trebled|quadrupled|halved)(?: (?:from|on|over) [^.;,\d]{1,30}?)? to|"
    r"(?:rose|grew|increased|climbed|jumped|expanded|fell|dropped|declined|shrank) by(?: [\d,.]+(?: [a-z]+)?| (?:a |one[ -])?"
    r"(?:half|third|quarter|fifth|tenth))? to|"  # ("Visitor numbers grew by a third to 283,000")
    r"(?:rose|grew|increased|climbed|jumped|expanded|fell|dropped|declined) by|"
    # ("with exhibitors rising to 610 from 580 last year")
    r"rising to|climbing to|growing to|increasing to|jumping to|"
    r"totaling|totalling|reaching|topping|exceeding|"  # ("with exhibitors totaling 1,240")
    # ("Exhibitors were up 12% at 1,236")
    r"(?:were|was|are|is)\s(?:up|down)\s[\d.]+\s?(?:percent|per cent|%)\s(?:year on year,?\s|year-on-year,?\s|"
    r"(?:on|from|over) (?:last year|a year (?:earlier|ago)|the previous edition),?\s)?(?:at|to)|"
    r"(?:(?:is|was|are|were|remains|remained)\s)?(?:unchanged|steady)\sat|remain(?:s|ed)?\sat|"
    # ("Foreign-funded projects ... nearly doubled to 95")
    + QUALIFIED + r"(?:doubled|tripled|trebled|quadrupled) to|"
    # ("Visitors rose 20 percent to 168,000", "rose 3.2 percent from last year's convention, to 1,108")
    r"(?:rose|grew|increased|climbed|jumped|fell|dropped)\s(?:by\s)?" + QUALIFIED + r"[\d.]+\s?(?:percent|per cent|%)\s?"
    r"(?:,?\s?(?:year on year|year-on-year|from (?:last year(?:['’]s (?:convention|conference|summit|edition|event|fair))?|"
    r"a year (?:earlier|ago)|the previous (?:edition|convention|conference|summit|event|session)))\s?)?,?\sto|"
    # ("Visitor numbers were revised up to 220,000")
    r"(?:was|were|has been|have been)\s(?:later\s|since\s|then\s|now\s)?(?:revised|corrected|raised|lowered|updated|"
    r"adjusted)\s(?:up\s|down\s|upward\s|downward\s)?to)\s"
    # ("Projects signed ... hit a new high of 228")
    + qualified("a record", "in the region of", r"an? (?:new |record |all-time )?(?:high|record) of") + r"$")
# "the number of signed projects was 755"; "revised the number of visitors to its expo to 131,000": the counted
# noun stands before the number
_NUMBER_OF = re.compile(
    r"\bthe (?:total |final )?(?:number|count|tally) of (?P<noun>(?:fortune (?:global )?500 )?(?:[a-z][\w-]* ){0,2}?"
    r"[a-z][\w-]*s)(?: |(?=,\s))"
    r"(?:(?P<done>[a-z]+ed) |(?:attending|exhibiting|participating|taking part|present|on site|online) )?"
    r"(?:this (?:year|time)(?=,\s)|this (?:year|time)\s)?"  # ("The number of exhibitors this year, 437, is a record")
    # ("the number of projects signed at the 2022 convention should have read 628", "The number of academicians
    # attending rose to 28")
    r"(?:(?:to|at|for|of|in|on|during|since|over|across) (?:[^.;,]|(?<=\d)[.,](?=\d)){0,90}?(?:\s(?=should|was|is|were|has|had|stood|reached|hit|rose|climbed|"
    r"grew|topped|totall?ed|exceeded|peaked|--|—|–)|(?=,\s)))?"
    r"(?:(?:had|has|have)\s(?:already\s)?)?"  # ("the number of deals signed had reached 41")
    r"(?:(?:to|at|for|of|in|on|since|over|across) (?:[^,.;\d]|(?<=\s)(?:19|20)\d\d\b){0,60}?(?<=\s)to|"
    r"(?:is|was|are|were|remains|remained|stays|stayed|held|holds)\s(?:(?:roughly|largely|broadly|little|almost|nearly)\s)?"
    r"(?:unchanged|steady|flat|changed|stable)\sat|remain(?:s|ed)?\sat|came in at|"  # ("is unchanged at 790", "held steady at")
    r"(?:is|was|are|were) (?:estimated|put|pegged|reckoned) at|"  # ("The number of visitors is estimated at")
    r"to|was|is|stood at|(?:now\s|currently\s)?stands at|reached|hit|should read|should be|"
    r"should have read|(?:was|were|has been|have been)\s(?:later\s|since\s|then\s|now\s)?(?:revised|corrected|raised|"
    r"lowered|updated|adjusted)\s(?:up\s|down\s|upward\s|downward\s)?to|"
    r"rose to|came to|climbed to|grew to|increased to|doubled to|tripled to|jumped to|surged to|soared to|fell to|"
    # ("expect the number of signed projects to exceed last year's 671": an earlier year's count of the same)
    r"(?:to\s)?(?:exceed|exceeded|surpass|surpassed|beat|top|topped|outstrip|outstripped)\s(?:last|the previous) year['’]s|"
    r"dropped to|totaled|totalled|topped|exceeded|(?:is|was|are|were|will be) (?:capped at|limited to)|"
    r"topped out at|peaked at|settled at|ended up at|finished at|"
    # ("The number of projects signed at the ... Convention has grown from 196 in 2018 to 1,210 this year")
    r"(?:grown|grew|risen|rose|climbed|increased|jumped|fallen|fell|dropped|gone|went)\sfrom(?:\s[\d,.]+"
    r"(?:\s(?:in|at|for)\s(?:the\s)?(?:[^,.;\d]{0,30}?\s)?(?:19|20)\d\d)?\sto)?|"
    r",\s(?:which|that)\s(?:is|was|stands at|stood at|came to|totals|totaled|totalled)|"  # ("..., which is 658,000, not")
    r"--|—|–|,)\s"  # ("The number of countries represented at the convention -- 52 -- was a record", "..., 52, was")
    r"(?:(?:a|an) (?:new |all-time )?(?:record(?: high)?|high)(?: of)?\s)?"  # ("hit a record 608", "a record high of")
    + qualified("beyond", "above", "in the region of") + "$", re.I)
# "The exhibitor count at the convention, at 1,568, was down", "deal count hits 1,115", "the visitor tally was 96,000"
_COUNT_IS = re.compile(r"\b(?P<noun>(?:exhibitor|visitor|guest|delegate|participant|attendee|project|deal|contract|"
                       r"signing) (?:count|tally|headcount|numbers)|(?-i:[Aa])ttendance|(?-i:[Tt])urnout|(?-i:[Ff])ootfall|"
                       r"(?-i:[Vv])isits)(?: (?:at|of|for|in) (?:[^.;]|(?<=\d)\.(?=\d)){0,80}?)?,?\s"
                       r"(?:(?:now\s|so far\s|finally\s)?(?:was|is|hits?|stood at|stands at)|at|"
                       # ("Visits were roughly flat at 283,000", "Attendance held steady at ...", "came in at")
                       r"(?:(?:was|were|is|are|held|holds|remained|stayed)\s(?:(?:roughly|largely|broadly|little|almost)\s)?"
                       r"(?:flat|steady|unchanged|changed|stable)|came in) at|"
                       # ("Visitor numbers ... came in just shy of 300,000": its hedge in place of "at")
                       r"came in(?=\s(?:just|a shade|a little|slightly|well|shy|north|upwards|in excess)\b))\s" + QUALIFIED + r"$", re.I)
# "1,568 to be exact": the same count as the rounder one before it
_TO_BE_EXACT = re.compile(r",?\s(?:to be (?:exact|precise)|precisely|exactly)\b", re.I)  # (", to be exact")
_TARGET_OF = re.compile(r"(?:\b(?:target|goal)\s(?:of|is|was|had been|stands at|was set at|is set at)|"
                        r"\b(?:had\s|have\s|has\s)?(?:hoped|aimed|wished)\sfor)\s" + QUALIFIED + r"$", re.I)
# "short of the 50 organizers had hoped for": a count hoped for, whose noun is the count's before it, not the hopers
_HOPED_BY_AFTER = re.compile(r"\s(?:the\s)?(?:organi[sz]ers|officials|planners|they|we|the\s(?:city|province|organi[sz]ing "
                             r"committee))\s(?:had\s|have\s|has\s)?(?:hoped|aimed|planned|budgeted|wanted|expected|targeted)"
                             r"(?:\sfor)?\b", re.I)
_PLANNED_FOR = re.compile(r"\b(?:had\s|have\s|has\s)?(?:planned|budgeted|prepared|braced)\sfor\s" + QUALIFIED + r"$", re.I)
_WHOSE_COUNT = re.compile(r"\b(?:the\s)?(?:(?P<day>opening\sday|first\sday|second\sday|day\sone|previous\sday|opening)|last\s"
                          r"year|previous\sedition|last\sedition|(?:19|20)\d\d)['’]s\s(?:(?:total|tally|count)\sof\s)?"
                          + QUALIFIED + r"$", re.I)
# "562,000 (on-site) / 12.8 million (online)": two values of one row, each where it was counted
_SLASH_SIBLING = re.compile(rf"\s?\((?:{ONLINE_WHERE}|{ONSITE_WHERE}|onsite)\)\s?(?:/|,?\sand|,)\s?", re.I)  # (or "and")
_ONLINE_BRACKET = re.compile(rf"\s?\((?:{ONLINE_WHERE})\)", re.I)
_SCALED = re.compile(r"[a-zA-Z万亿千]")  # (a count written with a scale: "1.7k", "2.5 million", "1.2万")
_A_YEAR_AFTER = re.compile(r"\s(?:a|per|each|every)\s(?:year|month|week)\b", re.I)
_EACH_WORTH = re.compile(r"\s(?:worth|valued at|involving|with investment of)\s[^;]{0,40}?\s(?:each|apiece)\b")
# "Organizers put the final count of visitors to the 2017 summit at 91,000"
# ("An earlier report gave the number of Fortune Global 500 companies at the conference as 31")
_YEAR_IN_BRACKETS = re.compile(r"[(（](?:19|20)\d\d:\s?$")
_AFTER_ON = re.compile(r"\b(?:after|following|besides|plus)\s$", re.I)
_ON_A_WEEKDAY = re.compile(r"\son\s" + WEEKDAY + r"\b")
_ON_THE_DAY = re.compile(r"\s(?:on|at|during)\s(?:the\s)?(?:first|opening|previous|second|day)\b", re.I)


def _line_start(text: str, at: int, reach: int) -> int:
    """Where the line of position at starts, looking back at most reach characters (a longer line is no row)."""
    found = text.rfind("\n", max(0, at - reach), at)
    return found + 1 if found >= 0 else max(0, at - reach)


def _table_label(row_start: str) -> str:
    """The words of a row's label: "| 总投资（亿元） | " -> "总投资（亿元）"."""
    return row_start.strip(" \t|*•-:：")


# the unit and scale a Chinese label gives in brackets ("" for a count, whose noun the label gives)
_ZH_LABEL_UNITS = {"亿元": ("CNY", 1e8), "万元": ("CNY", 1e4), "元": ("CNY", 1.0), "亿美元": ("USD", 1e8),
                   "万美元": ("USD", 1e4), "万平方米": ("m2", 1e4), "平方米": ("m2", 1.0), "万人次": ("", 1e4),
                   "万人": ("", 1e4), "万次": ("", 1e4), "万": ("", 1e4)}
# a unit in brackets after a label's words: "(billion yuan)", "(in square meters)", "（亿元）"
_UNIT_IN_BRACKETS = (r"\((?:in\s)?(?:(?:(?P<scale>thousand|million|billion|trillion|mln|bln|bn|trln)\s)?"
                     r"(?:(?P<cur>yuan|RMB|CNY|U\.S\. dollars|US dollars|USD|dollars)|(?P<unit>square (?:meters|metres)|sq m|"
                     r"days))|(?P<alone>thousands?|millions?|mln|'000|000s))\)")  # (a count's scale alone: "Visitors (million)")
_ZH_UNIT_IN_BRACKETS = r"[（(](?P<zh>" + "|".join(_ZH_LABEL_UNITS) + r")[）)]"
# a row whose label gives the unit, its value after a colon or in a later cell (past other columns)
_UNIT_LABEL = re.compile(r"^[\s|*•-]*[A-Za-z][^|:()\n]{0,50}?\s?" + _UNIT_IN_BRACKETS
                         + r"\s?[:|\t]\s?(?:\|\s?)?(?:[\d.,]{1,20}\s?[|\t]\s?)*$", re.I | re.M)
_UNIT_LABEL_ZH = re.compile(r"^[\s|*•-]*[\u4e00-\u9fff][^|:()（）\n]{0,20}?" + _ZH_UNIT_IN_BRACKETS
                            + r"\s?[:：|\t]\s?(?:\|\s?)?(?:[\d.,]{1,20}\s?[|\t]\s?)*$", re.M)  # (cells apart by bars or tabs)
# a table column's header that gives the unit ("Investment (bn yuan)", "总投资（亿元）")
_HEADER_UNIT = re.compile(r"(?:" + _UNIT_IN_BRACKETS + r"|" + _ZH_UNIT_IN_BRACKETS + r")\s*$", re.I)


_BRACKETS_AT_END = re.compile(r"\s*\([^()]{0,30}\)$")


def _bracket_unit(label: re.Match) -> tuple[str, float]:
    """The unit and the factor to its base that a label's brackets give ("" for a Chinese count's scale alone)."""
    if label.groupdict().get("zh"):
        return _ZH_LABEL_UNITS[label.group("zh")]
    if label.group("alone"):
        return "", 1e6 if label.group("alone").lower().startswith(("million", "mln")) else 1e3
    unit = unit_of(label.group("unit")) if label.group("unit") else CURRENCIES.get(label.group("cur").lower(), "other")
    return unit, SCALES[label.group("scale").lower()] if label.group("scale") else 1.0


# "Visitors (128,000) and exhibitors (612)": the count in brackets after its noun
# ("Exhibitors (1,712)", "projects signed (986)")
_PAREN_NOUN = re.compile(r"\b(?P<noun>[A-Za-z][a-z-]*s)(?:\s(?P<done>" + SIGNED_DONE + r"))?\s\($")
# ("The number of projects signed at the 2053 conference (71) was a record, and the exhibitor count (702) ...")
_NUMBER_OF_PAREN = re.compile(r"\bthe (?:total |final )?(?:number|count|tally) of (?P<noun>(?:[a-z][\w-]* ){0,2}?[a-z][\w-]*s)\b"
                              r"(?: (?P<done>" + SIGNED_DONE + r")\b)?[^().;]{0,90}?\s\($|"
                              r"\b(?:the|its) (?P<counted>[a-z]+) (?:count|tally|headcount)\s\($", re.I)
# "but its exhibitors, 702, were more specialized": the count set off by commas after what it counts
_COMMA_APPOSITIVE = re.compile(r"\b(?:its|their|the|[a-z]+['’]s) (?P<noun>(?:[a-z][\w-]* )?[a-z][\w-]*s),\s$", re.I)
_APPOSITIVE_CLOSE = re.compile(r",\s(?:were|was|are|is|numbered|had|have)\b")
# "more than 1,600 guests participated, of which overseas guests were over 300": the kind the clause names, then
# its count
_OF_WHICH_KIND = re.compile(r"\b(?:of which|of whom|among which|among whom|among them)\s(?P<noun>(?:[a-z][\w-]*\s){0,2}?"
                            r"[a-z][\w-]*s)\s(?:were|was|are|is|numbered|number|totall?ed|reached)\s" + QUALIFIED + "$")
# "a 30 percent rise in exhibitors to 650": the count a change came to
_CHANGE_IN = re.compile(r"\b(?:rise|increase|growth|jump|drop|fall|decline)\sin\s(?:the\snumber\sof\s)?"
                        r"(?P<noun>(?:[a-z][\w-]*\s){0,2}?[a-z][\w-]*s),?\sto\s" + QUALIFIED + r"$",  # (", to 1,108")
                        re.I)
# "had grown from 100 exhibitors at its first edition in 2016 to about 260 this year": the count it came to
_FROM_TO = re.compile(r"\bfrom\s[\d,.]+\s(?P<noun>(?:[a-z][\w-]*\s)?[a-z][\w-]*s)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\sto\s"
                      + QUALIFIED + r"$", re.I)
# "Exhibitors rose from last year's 532 to 561", "The number of exhibitors rose by 5 percent from 532 last year to 561":
# the subject counts both numbers (the first an earlier edition's)
_ROSE_FROM = re.compile(r"\b(?:the (?:total |final )?(?:number|count|tally) of )?(?P<noun>(?:[A-Za-z][\w-]* )?[A-Za-z][a-z-]*s)\s"
                        # (past where they were signed: "The number of projects signed at the World Manufacturing
                        # Convention has grown from 400-odd in 2018 to more than 1,400")
                        # (or where they exhibit: "The number of exhibitors at the 2089 World ... Conference rose from")
                        r"(?:(?:(?:signed|inked)\s)?(?:at|during|in)\s(?:[^.;,\d]|\b(?:19|20)\d\d\b){1,60}?\s)?"
                        r"(?:(?:has|have) )?(?:rose|grew|grown|increased|climbed|jumped|fell|dropped|declined|went up|"
                        r"went down|expanded)\s(?:(?:every|each) year,?\s|steadily,?\s)?"
                        r"(?:by\s[\d.]+\s?(?:percent|per cent|%)\s)?from\s"
                        + qualified("last year's", "the previous edition's") + r"(?:[\d,.]+(?:-odd|-plus|\+)?(?:\s(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}?)?\sto\s"
                        + qualified("a record") + r")?$", re.I)
# "Exhibitors rose to 626 from 612", "The number of exhibitors increased to 626, up from 612 a year earlier": the
# subject counts the number after "from" too (an earlier edition's)
_ROSE_TO_FROM = re.compile(r"\b(?:the (?:total |final )?(?:number|count|tally) of )?(?P<noun>(?:[A-Za-z][\w-]* )?[A-Za-z][a-z-]*s)\s"
                           r"(?:(?:has|have)\s)?(?:rose|risen|rising|grew|grown|growing|increased|increasing|climbed|climbing|"
                           r"jumped|fell|fallen|dropped|declined|went up|went down|expanded)\s(?:(?:by\s)?[\d.]+\s?(?:percent|per cent|%)\s)?to\s"
                           + qualified("a record")
                           # ("rose to 705 by the end of Tuesday from 654 the day before")
                           + r"[\d,.]+(?:\s(?!and\b|with\b|while\b|but\b)[A-Za-z]+){0,5}?,?\s(?:(?:up|down)\s)?from\s"
                           + QUALIFIED + "$", re.I)
# "Exhibitors at the 2025 convention, at 652, were a record": the count set off after its noun
# ("three times as many overseas exhibitors as in 2025, at 96": the exhibitors, not "times" or "as")
_AT_APPOSITIVE = re.compile(r"\b(?!(?:times|was|has|this|its|is|as)\b)(?P<noun>(?:(?:overseas|foreign|international) )?"
                            r"(?:(?:exhibiting|participating) )?"
                            r"[A-Za-z][a-z-]*s)"
                            r"(?:\s(?:at|of|in|for|to|as)\s(?:[^.;,]|(?<=\d)[.,](?=\d)){0,80}?)?,\sat\s"
                            + QUALIFIED + r"$")
_OPEN_BRACKET = re.compile(r"[(（]\s?" + QUALIFIED + r"$", re.I)
_FROM_ABROAD_IN = re.compile(r"\sfrom (?:" + ABROAD + r")\b", re.I)
# "the final tally puts the guests at 4,720 and the aggregate investment at ...": the noun between "puts" and "at"
_PUT_VERB = r"(?:put|puts|putting|placed|places|estimate|estimates|estimated)"
_PUTS_NOUN_AT = re.compile(r"\b" + _PUT_VERB + r"\s(?:(?:[^.;]|(?<=\d)\.(?=\d)){0,50}?\band\s)?(?:the\s)?(?:number of\s)?"
                           r"(?P<noun>(?:[a-z][\w-]*\s){0,2}?[a-z][\w-]*s(?:\s(?:signed|inked|sealed))?)"
                           # ("now put visits to the 2053 World Manufacturing Convention at 271,300")
                           r"(?:\s(?:to|at|for|during)\s(?:the|this|its)\s(?:[^.;\d]|\b(?:19|20)\d\d\b){0,80}?)?\sat\s"
                           + QUALIFIED + r"$", re.I)
_PUT_AT = re.compile(r"\b(?:" + _PUT_VERB + r"\s(?P<at>)|(?:gave|gives|listed|lists|"
                     r"reported|stated|cited|quoted|misstated|misreported|misquoted)\s)(?:the\s)?(?:total\s|final\s)?(?:number|count|tally) of "
                     r"(?P<noun>(?:[\w-]+ ){0,3}?[a-z][\w-]*s)\b(?:(?!\b(?:number|count|tally) of\b)(?:[^.;]|(?<=\d)\.(?=\d))){0,80}?\s(?(at)at|as)\s"
                     + QUALIFIED + r"$", re.I)
# "..., with total signings at 1,903": a noun and its count, with no verb between
_WITH_NOUN_AT = re.compile(r"\b(?:with|and)\s(?:the\s)?(?:(?:total|overall|final|combined)\s)?"
                           r"(?P<noun>(?!(?:a|an|the|its|their|all|some|about|around|over)\s)(?:[a-z][\w-]*\s)?[a-z][\w-]*s)"
                           r"(?:\s(?:signed|inked|sealed))?\sat\s" + QUALIFIED + r"$", re.I)
# the verb left out of a second clause: "put the number of signed projects at 164, ..., and the number of visitors at
# 145,600"
_GAPPED_PUT_AT = re.compile(r"\b" + _PUT_VERB + r"\s(?:the\s)?(?:total\s|final\s)?"
                            r"(?:number|count|tally) of\b(?:[^.;]|(?<=\d)\.(?=\d)){0,160}?,?\sand\s(?:the\s)?(?:total\s|final\s)?"
                            r"(?:number|count|tally) of (?P<noun>(?:[\w-]+ ){0,3}?[a-z][\w-]*s)\sat\s" + QUALIFIED + r"$", re.I)
# "have revised the number of signed projects up to 862": the count revised
# (and "revised the visitor count to 294,000": the count word after what it counts)
_REVISED_TO = re.compile(r"\b(?:revised|raised|lowered|adjusted|updated|corrected|increased|cut)\s(?:the\s|its\s|their\s)?(?:total\s|final\s)?"
                         r"(?:(?:number|count|tally) of (?P<noun>(?:[\w-]+ ){0,3}?[a-z][\w-]*s)\b|"
                         r"(?P<counted>(?!foot\b)[a-z]+) (?:count|tally|headcount))(?:\s(?:up|upward|down|downward))?"
                         # (past where it was counted and what it was: "raised the number of projects signed at the
                         # ... Convention from 1,538 to 1,541")
                         r"(?:\s(?:signed\s)?(?:at|for|of)\s(?:[^.;\d]|\b(?:19|20)\d\d\b){0,80}?)?(?:\sfrom\s[\d,.]+)?"
                         r"\sto\s" + QUALIFIED + r"$", re.I)
_ESTIMATED_AT = re.compile(r"\bestimat(?:e|es|ed|ing)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?\sat\s" + QUALIFIED + r"$", re.I)
# "the previous five conventions", "all six editions": editions counted, not a figure of one
_EDITIONS_COUNTED = re.compile(r"\b(?:previous|past|last|first|all|recent|the|its|these|those)\s$", re.I)
_EDITION_NOUNS = frozenset("editions conventions sessions summits conferences expos predecessors".split())
_EDITIONS_ALWAYS = frozenset("editions conventions predecessors".split())
_HELD_BEFORE = re.compile(r"\b(?:held|staged|hosted|organi[sz]ed|convened|run)\s$", re.I)
_COUNTED_AS = re.compile(r"^\s(?:are|were)\s(?!(?:funded|invested|financed|backed) by\b)(?!(?:in|from|for|on|at)\s)"
                         r"(?:[\w-]+\s){0,4}?(?:[a-z]+s|people|staff)\b",
                         re.I)  # (not "88 were funded by foreign investors": who funded them; nor "412 are in new energy
# vehicles": where they are)
MAX_SENTENCE = 1000
# "over half of all exhibitors": a share, as a percentage
FRACTIONS = {"half": 50.0, "third": 100 / 3, "thirds": 200 / 3, "quarter": 25.0, "quarters": 75.0, "fifth": 20.0,
             "tenth": 10.0}
_NUMERATORS = {"two": 2, "three": 3, "four": 4}  # "two-fifths", "three fifths"
_CONTEXT = re.compile(r"[A-Za-z%$¥€²\u3400-\u9fff]")
# "212 of the 695 projects", "68 of the Fortune Global 500 companies", "51 of the world's top 500 firms", "52 of
# China's top 500 enterprises"
_OF_THE = re.compile(r"\s(?:of|among) (?:(?:the|these|those|its|their) |(?=China['’]s top 500 ))"
                     # ("14 of its 16 parallel forums": the whole's noun after its adjectives)
                     r"(?:[\d,.]+ (?:[a-z]+ (?=[a-z]+s\b)){0,2}|(?:Fortune |world[’']s |China['’]s )?(?:Global |top )?500 )?"
                     r"(?:(?:signed|inked|contracted) )?"  # ("701 of its 902 signed projects")
                     r"(?P<noun>(?:(?:exhibiting|participating) )?[a-z]{3,}s)\b")
# "Exhibitors include 39 Fortune Global 500 firms": the list's whole is the exhibitors, its subject
_EXHIBITORS_INCLUDE = re.compile(r"\b(?:exhibitors|exhibiting (?:companies|firms|enterprises|businesses))\s(?:also\s)?"
                                 r"(?:include|included|includes)\s(?:[\w-]+\s){0,3}$", re.I)
# a sentence about the projects the sentence before counted: "They involve", "Together they are worth", "The deals carry"
_THEY_OPEN = re.compile(r"\s*(?:together,?\s)?(?:they|these (?:projects|deals)|the (?:projects|deals))\s(?:together\s)?"
                        r"(?:involve|involved|carry|carried|have|had|are|were|represent|represented|account)\b", re.I)
_AMONG_THEM_OPENS = re.compile(r"\s*(?:of|among) (?:them|these|those)\b", re.I)
# "... facilitated 695 projects. Of them, 147 were signed on site.": the sentence before counted the whole
_LINE_HEAD = re.compile(r"\s*(?:\d{1,2}[.)]\s+|[-•*·]\s*)?")  # a list item's number or bullet
_COLON_LABEL = re.compile(r"\s?(?::|\|)\s+(?:the |their |its )?(?P<label>[A-Za-z][\w'’-]*(?: [\w'’-]+){0,6})")
_LAST_EDITION_DREW = re.compile(r"\blast year['’]s (?:convention|conference|summit|event|edition|fair) (?:drew|attracted|had|"
                                r"hosted|gathered|welcomed)\s" + QUALIFIED + r"$")
# another day's count after a semicolon, its noun left out ("On Sunday, 86,000 people visited ...; on Monday, 92,000.")
_ANOTHER_DAY_LEAD = re.compile(rf"[;,]\s(?:and\s|while\s)?(?:on\s)?(?:{_DAY_NAMES}|the (?:first|second|third|fourth|last|final) "
                               r"day|day (?:one|two|three|four)),\s$", re.I)
_HAS_BARE = re.compile(r"\b(?:has|had|drew|draws|attracted|attracts|hosts|hosted|features|featured|gathered|gathers|"
                       # (what the count came to: "... were signed, organizers said. The final figure was 1,388.")
                       r"(?:the|its)\s(?:final|official|latest|revised|actual|exact)\s(?:figure|tally|count|number|total)\s"
                       r"(?:was|is|stood at|stands at|came to|reached)|"
                       # (a plan: "The 2052 conference, which opens on Thursday, will host around 650.")
                       r"(?:will|is set to|is expected to|expects to) (?:have|draw|attract|host|feature|gather|welcome))\s"
                       + QUALIFIED + r"$", re.I)
_BARE_END = re.compile(r"\s*(?:[.;]|$)")
# "seven in ten exhibitors", "one in eight came from abroad", "three out of every four deals": a share
_N_IN_D = re.compile(r"\s(?:in|out of)\s(?:every\s)?(?P<d>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
                     # (of the event's own: not "one in every eight industrial robots sold in China")
                     r"(?=\s(?:(?!of\b)[\w-]+\s){0,2}?(?:exhibitors|visitors|companies|firms|enterprises|deals|projects|"
                     r"contracts|agreements|guests|participants|attendees|buyers|delegates)\b|"
                     r"\s(?:were|are|was|is|came|come|had|have|said|say|reported|showed|signed)\b|"
                     r"\sof\s(?:them|those|these)\b)", re.I)  # ("540 exhibitors, about one in five of them from overseas")
_ONE_IN = re.compile(r"\b(?:one|1) (?:in|out of) (?:every )?$", re.I)
_OF_THEM_LEAD = re.compile(r"(?:^|[.;]\s)(?:of|among) (?:them|these|those|the \d[\d,]*),\s$", re.I)  # ("Of the 634, 30 ...")
_PHONE = re.compile(r"^[\d\s()+-]{7,}$")
_STOP = frozenset("of in at on to for from by with was were is are has have had will would but as that "
                  "which who whose while this these those its their his her it than per each over across during "
                  "within after before through since until into along around among amongst".split())
_PLURAL_IRREGULAR = frozenset("people staff personnel children equipment media police delegates memoranda".split())
_NOT_NOUN = frozenset("was has is its this thus plus across as us yes his hers ours yours themselves itself ourselves "
                     "yourselves".split())  # ("another 600 present themselves online")
# Context words that say what an amount of money is (first match in the sentence, nearest the number).
MONEY_NOUNS = [("value added", "value added"), ("added value", "value added"),
               ("contract amount", "contract amount"), ("contract value", "contract amount"),
               ("contracted", "contract amount"), ("investment", "investment"), ("invest", "investment"),
               ("funds", "funds"), ("fund", "funds"), ("turnover", "turnover"), ("sales", "sales"),
               ("revenue", "revenue"), ("output", "output"), ("trade volume", "trade"), ("worth", "value"),
               ("value", "value"), ("deals", "value"), ("contracts", "value")]  # ("On-site deals ... totaled 5.8 billion yuan")


def spelled_value(word: str) -> int | None:
    """The value of 'twenty', 'twenty-five', 'hundred', 'dozen'."""
    word = word.lower()
    if word in SMALL:
        return SMALL[word]
    if word in TENS:
        return TENS[word]
    if word == "hundred":
        return 100
    if word == "dozen":
        return 12
    if "-" in word:
        a, b = word.split("-", 1)
        if a in TENS and b in SMALL and 0 < SMALL[b] < 10:
            return TENS[a] + SMALL[b]
    return None


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def _qualifier(before: str) -> str:
    tail = before[-25:]
    for pattern, name in QUALIFIERS:
        if pattern.search(tail):
            return "exact" if name == "about" and _AROUND_PLACE.search(before[-40:]) else name
    return "exact"


# an abbreviation in the plural counts what it stands for ("9 MOUs were inked", "30 SMEs")
_ACRONYMS = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,4}s")


# "at 312 and 265.4 billion yuan respectively": values listed in the order their measures were named
_VALUES_RESPECTIVELY = re.compile(r"(?:(?:US\$|\$|RMB\s?|¥)?\d[\d,.]*%?(?:\s[a-z]+){0,3}(?:,\s|,?\sand\s)){1,5}"
                                  r"(?:US\$|\$|RMB\s?|¥)?\d[\d,.]*%?(?:\s[a-z]+){0,3},?\srespectively\b", re.I)
_SUBJECT_ITEMS = re.compile(r",\s(?:and\s)?|\sand\s")
_NOT_A_SUBJECT = re.compile(r"(?:at|on|in|during|by|over|after|according|as|with|for|last|this|of)\b", re.I)
_NUMBER_OF_ITEM = re.compile(r"\b(?:numbers?|counts?|tall(?:y|ies)) of (?:the )?(?:[a-z][\w-]* )?([a-z][\w-]*s)\b", re.I)


def _respective_list(text: str, s_start: int, start: int) -> tuple[str, int, int] | None:
    """Of a value in a list ending in "respectively": the sentence's words before the list, the value's place in
    it and the list's length; None when the value is in no such list."""
    if "respectively" not in text[start:start + 160].lower():
        return None
    window = max(s_start, start - 200)
    listed = next((m for m in _VALUES_RESPECTIVELY.finditer(text, window, min(len(text), start + 160))
                   if m.start() <= start < m.end()), None)
    if listed is None:
        return None
    values = re.findall(r"\d[\d,.]*", text[listed.start():listed.end()])
    place = len(re.findall(r"\d[\d,.]*", text[listed.start():start]))
    subject = re.split(r"[:;]|\s(?:--|—|–)\s", text[max(s_start, listed.start() - 200):listed.start()])[-1]
    return (subject, place, len(values)) if place < len(values) else None


def _respective_item(subject: str, place: int, size: int) -> str:
    """The words of the subject in a value's place of a list ending in "respectively" ("projects and investment
    grew 2.7 percent and 3.2 percent, respectively": "investment" for 3.2), or "" (nor a long clause's words)."""
    subject = _GROWTH_VERB_AT_END.sub("", subject.rstrip())
    items = [i.strip() for i in _SUBJECT_ITEMS.split(subject) if i.strip()]
    while len(items) > size and _NOT_A_SUBJECT.match(items[0]):
        items.pop(0)  # ("At the convention, projects and investment grew ...")
    if len(items) != size or len(items[place].split()) > 6:
        return ""
    return re.sub(r"^(?:the|its|their)\s", "", items[place], flags=re.I)


# "..., up 1.8 percent and 2.3 percent respectively": rates of the figures before, not of a listed subject
_UP_BEFORE_LIST = re.compile(r",\s(?:up|down|rising|growing|increasing|an increase of|a rise of)(?:\sby)?\s*$", re.I)


# between two rates of one list ("2.7 percent and 3.2 percent")
_RATE_THEN = re.compile(r",?\s(?:and\s)?")
# a growth's verb at the end of its subject's words ("... and total investment grew by")
_GROWTH_VERB_AT_END = re.compile(r"\s(?:grew|rose|increased|climbed|expanded|jumped|were up|was up|went up)(?:\s(?:by|about|"
                                 r"around|nearly|some))*\s*$", re.I)


def _respective_noun(text: str, s_start: int, start: int) -> str:
    """The noun a bare number of a list of values ending in "respectively" counts: the one named in its place in the
    sentence's list of subjects ("The number of projects signed and the total investment involved both set records,
    at 312 and 265.4 billion yuan respectively": projects); empty when the subjects are not a list of that length."""
    if "respectively" not in text[start:start + 160].lower():
        return ""
    window = max(s_start, start - 200)
    listed = next((m for m in _VALUES_RESPECTIVELY.finditer(text, window, min(len(text), start + 160))
                   if m.start() <= start < m.end()), None)
    if listed is None:
        return ""
    values = re.findall(r"\d[\d,.]*", text[listed.start():listed.end()])
    if _count_noun(re.split(r"\d[\d,.]*", text[listed.start():listed.end()])[-1]):
        return ""  # ("signed 880, 734 and 612 projects respectively": the values name their noun)
    place = len(re.findall(r"\d[\d,.]*", text[listed.start():start]))
    subject = re.split(r"[:;]|\s(?:--|—|–)\s", text[max(s_start, listed.start() - 200):listed.start()])[-1]
    items = [i.strip() for i in _SUBJECT_ITEMS.split(subject) if i.strip()]
    while items and _NOT_A_SUBJECT.fullmatch(items[-1]):
        items.pop()  # ("..., at 312 and 265.4 billion yuan respectively")
    while len(items) > len(values) and _NOT_A_SUBJECT.match(items[0]):
        items.pop(0)  # ("At the convention, exhibitors and visitors numbered ...")
    if len(items) < len(values) or place >= len(values):
        return ""
    item = items[len(items) - len(values) + place]
    if (named := _NUMBER_OF_ITEM.search(item)) is not None:
        return named.group(1).lower()
    return _count_noun(item)


def _count_noun(after: str) -> str:
    """The counted noun in the words after a number: '24 Chinese and foreign academicians' -> academicians."""
    # (a key-figures line ends at its line: "Projects signed: 132\n\nGuests: ...")
    # (and at a bar between fields: "Exhibitors: 626 | Visitors: 186,000")
    words = re.findall(r"[A-Za-z][A-Za-z'-]*|[,.;:()|]", NEXT_PARAGRAPH.split(after[:80], 1)[0])
    for i, word in enumerate(words[:6]):
        low = word.lower()
        if low in _STOP or not word[0].isalpha() or (i == 0 and low == "and") or low in SMALL or low in TENS:
            # ("one main venue and five sub-venues": the next number counts the next noun)
            return ""  # ("reached 480 and visitors to its expo 140,000": the next clause's noun)
        if _ACRONYMS.fullmatch(word):
            return low  # "9 MOUs", "30 SMEs"
        if low in _PLURAL_IRREGULAR or (low.endswith("s") and len(low) > 3 and low not in _NOT_NOUN
                                        and not low.endswith(("ss", "ous"))):  # not "previous", "various"
            return low
    return ""


_INVESTMENT_IN_DEALS = re.compile(r"\binvestments? (?:in|of|for) (?:the )?(?:[\w-]+ )?(?:deals|contracts)\b")


# the events' long names, which would push the words of an amount out of the window it is looked for in ("Total
# investment in projects signed at the 2089 World Intelligent Manufacturing Conference hit 271.4 billion yuan")
_LONG_EVENT_NAME = re.compile(r"\b(?:(?:19|20)\d\d\s)?World\s(?:Intelligent\s)?Manufacturing\s(?:Conference|Convention|Summit)"
                              r"(?:\s(?:19|20)\d\d)?")


def _money_noun(sentence_before: str) -> str:
    window = _LONG_EVENT_NAME.sub("event", sentence_before[-200:])[-80:].lower()
    best = ("", -1, "")
    for key, noun in MONEY_NOUNS:
        pos = window.rfind(key)
        while pos > 0 and (window[pos - 1].isalpha() or window[pos - 1] == "-"):
            pos = window.rfind(key, 0, pos)  # (a word of its own: not the "fund" of "foreign-funded")
        if pos > best[1]:
            best = (noun, pos, key)
    if best[2] in ("deals", "contracts") and _INVESTMENT_IN_DEALS.search(window):
        return "investment"  # "revised the investment in deals inked at the convention to 473.2 billion yuan"
    return best[0]


_PART_THEN_RATE = re.compile(r"\d[\d,]*\s(?:[\w-]+\s){0,2}?(?:of|out of)\s(?:them|those|these|all|the\s[^,;.]{1,80}),?\s"
                             r"(?:or|that is|i\.e\.,?)\s(?:(?:about|nearly|some|almost|roughly|around|over|more than)\s)?$", re.I)


def _percent_noun(sentence_before: str, after: str) -> str:
    if re.match(r"^\s(?:of (?:them|the|all|those))", after, re.I):
        return "share"
    if _PART_THEN_RATE.search(sentence_before[-100:]):
        return "share"  # "made up 1,288 of them, or 80.4 percent": what part of the whole they are
    # "460 exhibitors, 15 percent more than last year"
    # (and "80,000 square meters, about 14 percent larger than last year's")
    if re.match(r"^\s(?:more|higher|greater|larger|bigger|up)\s(?:than|from|on|over)\b", after, re.I):
        return "growth"
    # ("5 percent over last year", "6 percent above the 2025 level")
    if re.match(r"^\s(?:over|above)\s(?:last|the previous|the prior|a year|(?:the\s)?(?:19|20)\d\d)\b", after, re.I):
        return "growth"
    if re.match(r"^\s(?:fewer|less|lower|smaller|down)\s(?:than|from|on)\b", after, re.I):
        return "decline"
    # "168,000 visitors, a 20% increase", "a 3.2 percent year-on-year increase"
    if re.match(r"^\s(?:(?:year-on-year|y-o-y|yoy|annual)\s)?(?:increase|rise|growth|jump|gain|hike)\b", after, re.I):
        return "growth"
    if re.match(r"^\s(?:(?:year-on-year|y-o-y|yoy|annual)\s)?(?:decrease|drop|decline|fall)\b", after, re.I):
        return "decline"
    # (not "made up 1,288 of them, or 80.4 percent": a share)
    if re.search(r"(grew|growth|increase[ds]?|rose|rise|(?<!made )(?<!make )(?<!makes )(?<!making )up|expanded|gain(?:ed)?|climbed|jump(?:ed)?|surge[ds]?|soared|"
                 r"hike)\b[^.]{0,25}$",
                 sentence_before[-60:], re.I):
        return "growth"
    if re.search(r"(fell|fall|decline[ds]?|drop(?:ped)?|down|decrease[ds]?|slipped|slid|shrank|shrunk|contracted|dipped|"
                 r"eased)\b[^.]{0,25}$", sentence_before[-60:], re.I):
        return "decline"
    return ""


def _area_noun(sentence: str) -> str:
    return "exhibition area" if re.search(r"exhibit|expo|show|hall|display|pavilion|\bfloor (?:space|area)\b", sentence, re.I) \
        else "area"


def _is_excluded(text: str, start: int, end: int, digits: str | None) -> bool:
    before, after = text[max(0, start - 30):start], text[end:end + 30]
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after) or _TIME.match(after) or _ORDINAL_AFTER.match(after):
        return True
    if digits and (_ISO_DATE.match(text, start) or _SLASHED_DATE.match(text, start)):
        return True  # "2023-09-28", "2023/9/28", "09/24/2075": a date, not a range or a count
    if before.endswith(":") and re.match(r"^\d\d", text[start:end]):
        return True
    if _HALLS_RANGE_BEFORE.search(before) or _ZONE_OFFSET_BEFORE.search(before):
        return True  # "Halls 3 to 6": the last hall's name; "4:12 PM GMT+8": a time zone
    if _SPENT_BEFORE.search(before) and _SPAN_AFTER.match(after):
        return True  # "Our reporters spent three days at the conference": someone's time, not the event's length
    if _NAME_BEFORE.search(before) or _NAME_AFTER.match(after):
        return True
    if _FURNITURE_AFTER.match(after) and not _VIEWS_COUNTED_BEFORE.search(before):
        return True  # a page's counter, "1,284 views" (not "livestreams drew 12000000 views")
    if re.match(r"\+[A-Z](?![A-Za-z])", after):
        return True  # the "1+N" policy system: a name
    if text[start:end] == "24" and after.startswith("/7") or text[start:end] == "7" and before.endswith("24/"):
        return True  # "24/7 service": always, not how many
    if _POPULATION_BEFORE.search(before) and _RESIDENTS_AFTER.match(after):
        return True  # "a city of 10 million people", "home to 8 million residents": how many live there
    if re.search(r"\bday\s$", before, re.I) and (not digits or len(digits) == 1):
        return True  # "day one signings", "Day 2": the day's name
    if not digits and text[start:end].lower() == "one" and re.match(r"\s[\w-]+['’]s\b", after):
        return True  # "one company's deals": whose, not how many
    if digits and _LIST_MARKER.match(text, end) and (start == 0 or _LINE_OPENS_HERE.search(text, max(0, start - 8), start)):
        return True  # "2. 1,642 exhibitors": a numbered list's marker, not a count
    if _N_YEAR_ADJECTIVE.match(after) and (not digits or len(digits) <= 2):
        return True  # "five-year tally", "a 10-year lease": how long something runs, no figure of the event's
    if _KEPT_BEFORE.search(before) and _AWAY_AFTER.match(after + text[end + 30:end + 60]):
        return True  # "COVID-19 kept 300 guests away": those who did not come, no count of the event's
    if _THE_N_LARGEST.match(after) and re.search(r"\bthe\s$", before, re.I) and (not digits or len(digits) <= 2):
        return True  # "The ten largest projects signed at the convention are worth ...": which ones, not how many
    if _IF_CLAUSE.search(text, max(0, start - 130), start):
        return True  # "If the convention signs 1,000 projects, it will be hailed": a supposition, no report
    if not digits and text[start:end].lower() == "one" and _ONE_AGENT_AFTER.match(after):
        return True  # "One local carmaker alone employs 60,000 workers": which one, not how many
    if not digits and _PRONOUN_ONE.search(before) and text[start:end].lower() == "one":
        return True  # "this one", "each one": a pronoun, not a count
    if digits and _PHONE.match(text[max(0, start - 6):end + 6].strip()) and len(digits.replace(",", "")) >= 7:
        return True
    return False


_HALLS_RANGE_BEFORE = re.compile(r"\bHalls\s\d{1,2}\s?(?:to|-|–|and|through)\s?$")
_N_YEAR_ADJECTIVE = re.compile(r"-years?\s(?!old\b)[a-z]", re.I)
_KEPT_BEFORE = re.compile(r"\b(?:kept|keeps|keep|keeping|prevented|stopped|barred)\s(?:some\s|about\s|around\s|nearly\s|"
                          r"more than\s|over\s)?$", re.I)
_AWAY_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,3}?(?:away|from (?:attending|coming|travel(?:l)?ing|joining))\b", re.I)
_ZONE_OFFSET_BEFORE = re.compile(r"\b(?:GMT|UTC)\s?[+-]$")
_SPENT_BEFORE = re.compile(r"\b(?:spent|spend|spends|spending|took|takes|needed|needs)\s(?:about\s|nearly\s|some\s)?$", re.I)
_SPAN_AFTER = re.compile(r"[\s-](?:days?|hours?|weeks?|months?)\b")
_LIST_MARKER = re.compile(r"[.)]\s")
_LINE_OPENS_HERE = re.compile(r"(?:^|\n)[ \t]*$")
# a conditional clause up to the figure: "If the convention signs 1,000 projects", "even if 800 companies come"
_IF_CLAUSE = re.compile(r"(?:^|[.!?;:]\s+|,\s|\b(?:and|but|even)\s|--\s)[Ii]f\s[^,;.!?]{0,120}$")
# one of those who act, named in the singular: "One local carmaker alone ...", "one exhibitor, a robot maker, said"
_ONE_AGENT_AFTER = re.compile(r"\s(?:[\w-]+\s){0,3}?(?:company|firm|carmaker|automaker|manufacturer|startup|maker|supplier|"
                              r"enterprise|exhibitor|visitor|official|executive|analyst|buyer|investor|engineer|worker|"
                              r"delegate|guest|participant)\b(?!-)")
_EVENT_BEFORE = re.compile(r"\b(?:WMC|WIMC|WIMS|convention|conference|summit|expo|fair|forum)\s$", re.I)


# a count written without its thousands comma, as translated releases often do: "more than 2000 guests", "about 2000
# domestic and foreign guests" (not "in 2000", "since 2018 ...")
_COUNTED_PEOPLE_AFTER = re.compile(r"\s(?:[a-z-]+\s(?:and\s)?){0,3}?(?:companies|firms|enterprises|businesses|projects|deals|people|"
                                   r"guests|exhibitors|visitors|buyers|delegates|participants|attendees|experts|"
                                   r"representatives|businesses|products)\b")
_COUNT_QUALIFIER_BEFORE = re.compile(r"\b(?:" + "|".join(QUALIFIER_WORDS) + r")\s$", re.I)
_COUNTING_VERB_BEFORE = re.compile(r"\b(?:with|drew|draws|attracted|attracts|hosted|hosts|had|has|welcomed|received|"
                                   r"gathered|signed|signs|inked|numbered|totall?ed|reached|topped|a total of)\s$", re.I)


def _is_year(digits: str, after: str, before: str = "") -> bool:
    if not re.fullmatch(r"(?:19|20)\d\d", digits) or _UNIT.match(after) or _SCALE.match(after):
        return False
    if (_COUNT_QUALIFIER_BEFORE.search(before[-14:]) or _COUNTING_VERB_BEFORE.search(before[-16:])) \
            and (_COUNTED_PEOPLE_AFTER.match(after) or _COUNTED_AFTER.match(after)):
        # "more than 2000 guests", "more than 2000 inquiries" (not "an increase of 76 projects over 2019"), "closed
        # with 2012 exhibitors", "hosted 2046 enterprises"
        return False
    if _SUFFIX.match(after):
        return False  # "2000-plus guests", "2000+ guests": no year is written so
    if _AMOUNT_VERB_BEFORE.search(before[-14:]) and _CLAUSE_ENDS_AFTER.match(after):
        return False  # "The number of exhibitors reached 2036.", "... amount reached 1946, and": a count, not a year
    if _YEAR_BEFORE.search(before[-8:]) or 2010 <= int(digits) <= 2060 or _DAY_OF_MONTH_BEFORE.search(before[-16:]) \
            or _EDITION_AFTER.match(after):
        # "since 2018 projects signed ...", "the 2019 exhibitors", "2025 projects signed: 714", "Photo taken on
        # Sept. 21, 2041 shows visitors ..."
        return True
    # ("2000 guests", "2000 domestic and foreign guests", "built 2000 smart workshops")
    return not (_COUNTED_PEOPLE_AFTER.match(after) or _COUNTED_AFTER.match(after))


_AMOUNT_VERB_BEFORE = re.compile(r"\b(?:reached|totaled|totalled|numbered|stood at|came to|rose to|topped|hit)\s$")
_CLAUSE_ENDS_AFTER = re.compile(r"(?:[,;]\s|\.(?:\s|$)|$)")
# ("The 2066 edition opens on Saturday", "its 2070 convention": a year before what it names)
_EDITION_AFTER = re.compile(r"\s(?:edition|convention|conference|summit|expo|event|session|fair)\b", re.I)
_DAY_OF_MONTH_BEFORE = re.compile(rf"\b{MONTH_NAMES}\s\d{{1,2}},?\s$")
# what a number that could be a year counts when it is no year: a plural noun right after it, an adjective or two
# between ("2000 smart workshops", "1980 inquiries")
_COUNTED_AFTER = re.compile(r"\s(?:[a-z][a-z-]+\s){0,2}?[a-z][a-z-]+(?:s|ies)\b(?!\s(?:of|in)\s(?:19|20)\d\d)")


# a list of links to other stories under its heading, to the next blank line: their headlines are no figures of this
# one ("Related:\n2025 World Manufacturing Convention signs 735 projects ...")
_LINK_LIST = re.compile(rf"(?im)^[ \t]*(?:(?:{LINK_HEADINGS}|related|read more|read also|see also)"
                        # (a blank line may follow the heading: "Most Popular\n\n1 China's 12 new high-speed lines")
                        r"[ \t]*(?:[:：]?[ \t]*\n(?:[ \t]*\n)?(?:[^\n]+\n?)*"
                        # (and more headlines after blank lines: short lines that end no sentence)
                        r"(?:[ \t]*\n(?=[^\n]{1,120}(?:\n|$))(?![^\n]*[.。!?！？]['\"”’]?[ \t]*(?:\n|$))[^\n]+\n?)*|"
                        r"[:：][ \t]*[^\n]+)|"  # (or one line's)
                        rf"(?:{NEXT_STORY_LABEL})[ \t]*[:：][ \t]*[^\n]+)")


# a release's closing section about a place or a company ("About Anhui Province", "About Acme Robotics"; not one about
# the event itself, "About the World Manufacturing Convention")
_ABOUT_HEADING = re.compile(r"(?m)^[ \t]*(?:About|ABOUT)\s(?P<name>[A-Z][^\n.:]{1,60}?)[ \t]*:?[ \t]*$")
_EVENT_NAMED = re.compile(r"\b(?:convention|conference|summit|expo|exhibition|fair|WMC|WIMC|WIMS)\b", re.I)


def _in_about_section(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures of a release's "About ..." section on a place or a company are its own (background): the
    section runs from its heading to the next such heading or the end."""
    if not figures:
        return figures
    starts = [(m.start(), not _EVENT_NAMED.search(m.group("name"))) for m in _ABOUT_HEADING.finditer(text)]
    if not starts:
        return figures
    out, i, other = [], 0, False
    for f in sorted(figures, key=lambda f: f.start):  # (one sweep: the figures and the headings in text order)
        while i < len(starts) and starts[i][0] <= f.start:
            other = starts[i][1]
            i += 1
        if other and f.scope in ("edition", "part", "earlier", "cumulative"):
            f = replace(f, scope="background")
        out.append(f)
    return out


def _under_running_heading(text: str, figures: list[Figure]) -> list[Figure]:
    """The lines of a list under a heading that says the event is still running ("... after two days:",
    "Figures so far:") count so far, like a sentence that says so (not the measures that do not grow while it runs:
    its exhibitors, their countries, its area)."""
    out, headings = [], {}
    for f in figures:
        if f.scope == "edition" and f.unit != "day" and f.qualifier in ("exact", "about", "nearly") \
                and f.metric not in _SET_BEFORE_OPENING:
            line_start = text.rfind("\n", max(0, f.start - 200), f.start) + 1
            if line_start and line_start not in headings:
                headings[line_start] = _running_heading(text, line_start)
            if line_start and headings[line_start]:
                f = replace(f, qualifier="at_least")
        out.append(f)
    return out


def _running_heading(text: str, line_start: int) -> bool:
    """Whether the list a line belongs to (up to eight short lines up) stands under a heading ending in a colon
    whose words say the event is still running."""
    end = line_start - 1
    for _ in range(9):
        begin = text.rfind("\n", max(0, end - 120), end) + 1
        line = text[begin:end].strip()
        if line.endswith((":", "：")):
            return _RUNNING.search(line) is not None
        if len(line) > 80 or begin == 0 and end - begin >= 120:
            return False
        if begin == 0:
            return False
        end = begin - 1
    return False


def _reported(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures the story reports: not those in lists of links to other stories, nor those in a question ("Q: I
    understand 800 projects have been signed?" reports nothing; the answer's "the number is 856" has still taken
    the question's noun)."""
    blocks = [m.span() for m in _LINK_LIST.finditer(text)] if "\n" in text else []
    figures = [f for f in figures if not f.sentence.rstrip(" \"”’）)").endswith(("?", "？"))]
    if not blocks:
        return figures
    return [f for f in figures if not any(a <= f.start < b for a, b in blocks)]


_FULL_WIDTH_POINT = re.compile(r"(?<=\d)．(?=\d)")


def _a_companys_words(text: str, figures: list[Figure]) -> list[Figure]:
    """What "we" did, in the words of someone who works for a company: "\"We brought 15 products here and have
    already received orders worth 80 million yuan,\" said Li Na, sales director of a Hefei robotics startup" is that
    company's share of the event (a part), not the event's."""
    out = []
    for f in figures:
        if f.scope == "edition" and f.sentence[:1] in "\"“" and (quote_end := _QUOTE_END.search(f.sentence, 1)) is not None \
                and _OUR.search(f.sentence, 0, quote_end.start()) and _A_COMPANYS_SPEAKER.match(f.sentence, quote_end.end()) \
                and (at := text.find(f.sentence, max(0, f.start - len(f.sentence)), f.end + len(f.sentence))) >= 0 \
                and f.start - at < quote_end.start():
            f = replace(f, scope="part")
        out.append(f)
    return out


_QUOTE_END = re.compile(r"[,.!?]?[\"”]")
_OUR = re.compile(r"\b(?:we|our|us)\b", re.I)
_A_COMPANYS_SPEAKER = re.compile(r"\s(?:(?:said|says|added)\s|told\s(?:[\w-]+\s){1,3}?)(?:[A-Z][\w'-]*\s?){1,3},\s(?:a\s|an\s|the\s)?"
                                 + _A_ROLE + r"\sof\s(?:a|an|the|his|her)\s(?:[\w-]+\s){0,4}?" + _A_FIRM + r"|"
                                 # ("..., said Anna Rossi, an Italian exhibitor": an exhibitor speaks for its company)
                                 r"\s(?:(?:said|says|added)\s|told\s(?:[\w-]+\s){1,3}?)(?:[A-Z][\w'-]*\s?){1,3},\s(?:a|an|one)\s"
                                 r"(?:[\w-]+\s){0,3}?(?:exhibitor|buyer)\b")


def extract_figures(text: str, vocabulary: tuple[Metric, ...] = VOCABULARY, *, edition: int = 0, first_year: int = 0,
                    cited: Callable[[list[Figure]], list[Figure]] | None = None) -> list[Figure]:
    """Return every figure of a text, English or Chinese, in order, with what it measures (a metric of the
    vocabulary). edition: the edition the text is about, when known; a figure whose clause is dated an earlier
    year is then that year's (scope earlier). first_year: the year of the event's first edition, when known; an
    ordinal then dates a clause as a year does ("At the ninth conference, ..."). cited: gives the figures of another
    event the text cites their scope (elsewhere) before a smaller figure is taken for a part of a larger one (so
    another event's 812 projects make no part of this one's 161).

    The host city's aside ("in Hefei, capital of east China's Anhui Province, ...") is read as if it were not
    there, so that the words around it stay as near each other as they are without it; so are the extra spaces of a
    run of them ("1.23 trillion  yuan") or between Chinese and a number ("签约项目 1420 个"); an event's abbreviation
    is read as its name, "inked", "sealed" or "clinched" as "signed", "upwards of" as "more than" and "with a total
    value of" or "totaling" before an amount as "worth"; a thin space between groups of digits is read as a thousands
    comma ("1\u202f388"), a no-break space as a space, a curly apostrophe as a straight one, and a line broken inside
    a sentence (the next line going on in lower case) as one line; each figure's offsets, words and sentence are those
    of the text as written."""
    read = _WRAPPED.sub(" ", _ODD_SPACE.sub(" ", _THIN_SEPARATOR.sub(",", text))).translate(_STRAIGHT)  # (one for one)
    edits = [(m.start(m.lastgroup), m.end(m.lastgroup), _read_as(m, read)) for m in _READ_WITHOUT.finditer(read)]
    if not edits and read == text:
        return _extract_figures(text, vocabulary, edition=edition, first_year=first_year, cited=cited)
    parts, starts, shifts, kept, shift = [], [], [], 0, 0
    for a, b, instead in edits:  # (an aside's words hold no number, nor do spaces or a name: nothing is lost)
        parts.append(read[kept:a])
        parts.append(instead)
        shift += (b - a) - len(instead)
        starts.append(a - shift + (b - a))  # where the text after the edit starts in the copy
        shifts.append(shift)
        kept = b
    parts.append(read[kept:])
    short = "".join(parts)

    def written(at: int) -> int:
        i = bisect_right(starts, at)  # (the edits before it, found by halving: linear in the text overall)
        return at + (shifts[i - 1] if i else 0)

    def in_the_text(f: Figure) -> Figure:
        at = short.find(f.sentence, max(0, f.start - len(f.sentence)), f.start + len(f.sentence))
        sentence = text[written(at):written(at + len(f.sentence) - 1) + 1] if at >= 0 and f.sentence else f.sentence
        start, end = written(f.start), written(f.end - 1) + 1
        return replace(f, surface=text[start:end], start=start, end=end, sentence=sentence)

    def cited_in_the_text(figures: list[Figure]) -> list[Figure]:
        judged = cited([in_the_text(f) for f in figures])
        return [replace(j, surface=f.surface, start=f.start, end=f.end, sentence=f.sentence)
                for f, j in zip(figures, judged)]

    return [in_the_text(f) for f in _extract_figures(short, vocabulary, edition=edition, first_year=first_year,
                                                     cited=cited_in_the_text if cited else None)]


# the host city's aside: "Hefei, capital of east China's Anhui Province, ...", "Nanjing, Jiangsu province, ..." (with
# its closing comma; before a sentence's end without it)
_PLACE_ASIDE = (r"(?:Hefei|Nanjing|HEFEI|NANJING)(?P<aside>,\s(?:(?:the\s)?(?:provincial\s)?capital(?:\scity)?\sof\s)?"
                r"(?:(?:east|eastern)\s)?(?:China['’]s\s)?(?:(?:east|eastern)\s)?(?:Anhui|Jiangsu)(?:\s[Pp]rovince)?"
                r"(?:,(?=\s)|(?=[.;:])))")
# the events' abbreviations, with the year of an edition either side: "the 2073 WIMC", "WMC 2072", "WIMS" (not one
# in brackets after the name it stands for: "World Manufacturing Convention (WMC)")
_ABBREVIATION = r"(?P<name>(?<![(（\w-])(?:(?:19|20)\d\d\s)?(?:WIMC|WMC|WIMS)(?:\s(?:19|20)\d\d)?(?![\w)）-]))"
_NAMES = {"WIMC": "World Intelligent Manufacturing Conference", "WMC": "World Manufacturing Convention",
          "WIMS": "World Intelligent Manufacturing Summit"}
# the verbs that sign deals and the words of "more than" that other stories use, read as the plain ones: "inked",
# "sealed", "clinched", "penned" as "signed"; "upwards of", "in excess of", "north of" as "more than"
_PLAIN_WORDS = (r"\b(?:(?P<signed>(?:[Ii]nk|[Ss]eal|[Cc]linch|[Pp]enn)ed)|(?P<signs>[Ii]nks|[Ss]eals|[Cc]linches)|"
                r"(?P<more>(?:[Uu]pwards?|[Ii]n excess|[Nn]orth) of)|"
                # (and what deals are worth, before an amount: "with a total value of 81 billion yuan", "totaling
                # RMB 1.31 trillion")
                r"(?P<worth>with a (?:total |combined )?value of|totall?ing|amounting to)(?=\s(?:(?:about|around|some|"
                r"nearly|almost|over|more than|roughly|approximately)\s)?(?:(?:RMB|CNY|US\$|\$|¥|€)\s?\d|\d[\d,.]*\s"
                r"(?:(?:thousand|million|billion|trillion|mln|bln|bn|tn)\s)?(?:yuan|RMB|U\.S\. dollars|US dollars|dollars|"
                r"euros)\b)))\b")
_PLAIN = {"signed": "signed", "signs": "signs", "more": "more than", "worth": "worth"}
_DETERMINED = re.compile(r"(?:\b(?:the|its|this|that|a|an)|\w['’]s?)\s$", re.I)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
# a space set between Chinese and a number, as some sites do ("签约项目 1420 个，总投资 1.31 万亿元")
_SPACED_CHINESE = r"(?P<spaced> )(?:(?<=[\u4e00-\u9fff] )(?=\d)|(?<=[\d%] )(?=[\u4e00-\u9fff]))"
# what is read as if it were not there (the named group of a match): the host city's aside, the spaces after the
# first of a run of them and a space between Chinese and a number; and what is read as written out: an event's
# abbreviation as its name, another word for a plain one
# (no look-behind tried at every character: a literal first, so that one pass over a page stays cheap)
_READ_WITHOUT = re.compile(r" (?P<spaces> +)|" + _SPACED_CHINESE + "|" + _PLACE_ASIDE + "|" + _ABBREVIATION + "|"
                           + _PLAIN_WORDS)


def _read_as(found: re.Match, text: str) -> str:
    """What an edit of the read copy puts in place of its match: nothing for an aside or spaces, an event's name,
    its year first and an article before it, for its abbreviation ("At WMC 2072," read "At the 2072 World
    Manufacturing Convention,")."""
    if found.lastgroup in _PLAIN:
        plain = _PLAIN[found.lastgroup]
        return plain.capitalize() if found.group(found.lastgroup)[0].isupper() else plain
    if found.lastgroup != "name":
        return ""
    words = found.group("name").split()
    year = next((w for w in words if w.isdigit()), "")
    named = _NAMES[next(w for w in words if not w.isdigit())]
    if _DETERMINED.search(text, max(0, found.start() - 6), found.start()):
        article = ""
    else:
        article = "The " if _SENTENCE_OPENS.search(text, max(0, found.start() - 3), found.start()) else "the "
    return f"{article}{year} {named}" if year else f"{article}{named}"


_THIN_SEPARATOR = re.compile(r"(?<=\d)[\u2009\u202f](?=\d{3}\b)")
# a no-break or narrow space is read as a space ("1,655\u00a0exhibitors"), a curly apostrophe as a straight one
# ("Anhui\u2019s pavilion")
_ODD_SPACE = re.compile(r"[\u00a0\u2002-\u200a\u202f\u205f]")
_STRAIGHT = str.maketrans("\u2018\u2019", "''")
# a line broken inside a sentence, the next line going on in lower case: "A total of 1,655\ncompanies exhibited"
_WRAPPED = re.compile(r"(?<=[A-Za-z0-9,;%])\n(?=[a-z])")


def _extract_figures(text: str, vocabulary: tuple[Metric, ...], *, edition: int, first_year: int,
                     cited: Callable[[list[Figure]], list[Figure]] | None) -> list[Figure]:
    # a full-width decimal point between digits ("１．１３万亿元") is a decimal point (one character for one, so
    # every offset stays)
    text = _FULL_WIDTH_POINT.sub(".", text)
    english = _in_about_section(text, _under_running_heading(text, _reported(text, _came_to(text, _a_companys_words(
        text, _batches_added(text, _rate_to_an_amount(text, _extract_english(text, vocabulary))))))))
    if CJK_RUN.search(text) is None:
        dated = dated_elsewhere(english, edition, first_year)
    else:
        chinese = _reported(text, extract_figures_zh(text, vocabulary))
        # one sweep over both lists in text order: an English reading that overlaps a Chinese one gives way to it
        merged, i = list(chinese), 0
        for figure in english:
            while i < len(chinese) and chinese[i].end <= figure.start:
                i += 1
            if i < len(chinese) and chinese[i].start < figure.end:
                continue
            merged.append(figure)
        dated = dated_elsewhere(_without_translations(text, sorted(merged, key=lambda f: (f.start, f.end))), edition,
                                first_year)
    parts = smaller_are_parts(cited(dated) if cited else dated, vocabulary, text)
    return _site_and_exhibition_area(text, opening_batches(text, parts))


# (or their verb: "58 projects exceed 1 billion yuan each", "58 projects are worth more than 1 billion yuan each")
_WORTH_EACH_AFTER = re.compile(r"\s(?:[\w-]+\s)?(?:projects|deals|contracts)\s(?:(?:(?:are|were|each)\s)?(?:(?:each\s)?(?:worth|valued at)|"
                               r"with investment of)\s(?:at least|over|more than|above|upwards of|no less than|not less than)|"
                               r"(?:each\s)?(?:exceed|exceeds|exceeded|exceeding|top|tops|topped|topping|surpass|surpassed|surpassing))\s"
                               r"(?:RMB\s?|CNY\s?|US\$|\$|¥)?"
                               r"\d[\d,.]*\s(?:(?:million|billion|bln|bn)\s)?(?:yuan|U\.S\. dollars|dollars)?\s?(?:each|apiece)\b",
                               re.I)
_LINED_UP = r"(?:lined up|planned|in the pipeline|shortlisted|on the list|slated|earmarked|prepared)"
_LINED_UP_AFTER = re.compile(r"\s(?:[\w-]+\s)?(?:projects|deals)\s" + _LINED_UP + r"\b")
_OF_THOSE_LINED_UP = re.compile(r"\bOf the \d[\d,]*\s(?:[\w-]+\s)?(?:projects|deals)\s" + _LINED_UP + r"\b[^,;]*,\s$")
_OF_THOSE_EXPECTED_SIGNED = re.compile(r"\sof\s(?:the|its)\s(?:[\w-]+\s)?(?:projects|deals)\s(?:expected|planned|lined up|due)\b"
                                       r"[^.;,]{0,80}?\s(?:were|have been|had been)\s(?:signed|inked|sealed)\b")
_SIGNED_AFTER = re.compile(r"\s(?:were|have been|had been|was)\s(?:signed|inked|sealed)\b")
_THE_N_LARGEST = re.compile(r"\s(?:largest|biggest|leading|most valuable|highest-value)\b", re.I)
_BARE_LINE = re.compile(r"(?:about |around |some |over |more than |nearly )?\d[\d,.]*\s(?:square meters|square metres|sq m|sqm|m2)\.?")
_EVENT_NEAR = re.compile(r"\b(?:Convention|Conference|Summit|Expo|convention|conference|summit|expo)\b")
# a batch added to an earlier one: "32 products debuted on Saturday, adding to the 108 debuts on Friday"
_ADDING_TO = re.compile(r",\s(?:adding to|on top of|in addition to)\s(?:the\s|its\s)?$", re.I)


def _batches_added(text: str, figures: list[Figure]) -> list[Figure]:
    """A count said to add to an earlier count of the same measure is a batch, and so is the one it adds to: neither
    is the edition's whole."""
    out = list(figures)
    for i in range(1, len(out)):
        added, earlier = out[i - 1], out[i]
        if added.unit == earlier.unit == "count" and added.metric == earlier.metric and added.sentence == earlier.sentence \
                and added.scope == earlier.scope == "edition" and 0 < earlier.start - added.end < 160 \
                and _ADDING_TO.search(text, max(added.end, earlier.start - 30), earlier.start):
            out[i - 1], out[i] = replace(added, scope="part"), replace(earlier, scope="part")
    return out


# between a rate and the amount it took a sum to: "rose 2.8% this year to 690.4 billion yuan"
_RATE_TO_AMOUNT = re.compile(r"(?:\s(?:this year|year on year|year-on-year|from (?:a year earlier|last year|the previous edition)))?"
                      r",?\sto\s(?:RMB\s?|CNY\s?|US\$\s?|\$|¥)?$", re.I)


def _rate_to_an_amount(text: str, figures: list[Figure]) -> list[Figure]:
    """A rate of growth the sum after it was taken to is the growth of that sum's measure, the deals' value
    ("Deals rose 2.8% this year to 690.4 billion yuan": the investment's growth, and the deals' value), whatever its
    subject counted."""
    out = list(figures)
    for i in range(len(out) - 1):
        rate, amount = out[i], out[i + 1]
        if rate.unit == "percent" and rate.metric.endswith((" growth", " decline", "growth", "decline")) \
                and amount.unit in MONEY_UNITS and amount.sentence == rate.sentence and amount.scope == rate.scope \
                and 0 < amount.start - rate.end < 40 and _RATE_TO_AMOUNT.search(text, rate.end, amount.start) \
                and amount.metric in ("contract_value", "investment", *UNSPECIFIC):
            measure = "contract_value" if amount.metric in UNSPECIFIC else amount.metric
            out[i] = replace(rate, metric=f"{measure_name(measure)} {'decline' if rate.metric.endswith('decline') else 'growth'}")
            out[i + 1] = replace(amount, metric=measure)
    return out


# the exhibition's area after a larger total of which it is some: "covers a total area of 150,000 square meters, of
# which the exhibition area is 110,000 square meters", "总面积15万平方米，其中展览面积11万平方米"
_OF_WHICH_EXHIBITION = re.compile(r"(?:[^.;。；]{0,20}?,\s(?:of which|including|with)\s(?:the\s)?(?:indoor\s)?(?:exhibition|expo)\s"
                                  r"(?:area|space)\s(?:is|was|of|covers|covering|at|takes up|taking up)?\s?|"
                                  r"[^。；;]{0,6}[，,]\s*其中(?:室内)?展览面积(?:为|达到?|约|超过|逾)?)"
                                  r"(?:about\s|around\s|over\s|more than\s|nearly\s|some\s)?$", re.I)


def _site_and_exhibition_area(text: str, figures: list[Figure]) -> list[Figure]:
    """A total area of which the exhibition's is some is the site's (`total area`), and the exhibition's the
    edition's exhibition area (it was a part of the other)."""
    out = list(figures)
    for i in range(1, len(out)):
        total, shown = out[i - 1], out[i]
        if total.unit == shown.unit == "m2" and total.sentence == shown.sentence and total.scope == "edition" \
                and shown.scope == "part" and shown.metric == total.metric == "exhibition_area" \
                and shown.start - total.end < 80 and _OF_WHICH_EXHIBITION.match(text, total.end, shown.start):
            out[i - 1] = replace(total, metric="total area")
            out[i] = replace(shown, scope="edition")
    return out


_GROWING_AT = re.compile(r"(?:[^.;\d]|\b(?:19|20)\d\d\b){0,40}?,?\s(?:growing|rising|expanding|increasing|up)\s(?:at\s|by\s)?(?:an annual\s|a rate of\s|"
                         r"an average of\s)?(?:about\s|around\s|nearly\s|some\s|roughly\s|more than\s|over\s)?")


def _came_to(text: str, figures: list[Figure]) -> list[Figure]:
    """A count or an amount that a background rate came to is background too: "China's exports of new energy
    vehicles rose 18 percent in the first eight months to 2.4 million units" (the country's, not the edition's)."""
    out: list[Figure] = []
    for f in figures:
        before = out[-1] if out else None
        if before is not None and before.scope == "background" and before.unit in ("percent", "percentage_point") \
                and f.scope in ("edition", "part", "earlier") and f.sentence == before.sentence \
                and 0 <= f.start - before.end <= 80 and _CAME_TO.fullmatch(text, before.end, f.start):
            f = replace(f, scope="background")
        elif before is not None and before.scope == "background" and f.unit == "percent" \
                and f.scope in ("edition", "expected") and f.sentence == before.sentence \
                and 0 <= f.start - before.end <= 60 and _GROWING_AT.fullmatch(text, before.end, f.start):
            # "China's humanoid robot market could reach 75 billion yuan by 2070, growing at about 45 percent a year":
            # the growth of what the figure before measured
            f = replace(f, scope="background")
        out.append(f)
    return out


_CAME_TO = re.compile(r"[^.;,\d]{0,60}?\bto\s" + QUALIFIED + r"(?:RMB\s?|CNY\s?|US\$\s?|\$)?")


_TRANSLATION_BETWEEN = re.compile(r"[^\S\n]?(?:[^\S\n]?[A-Za-z-]+){0,3}[^\S\n]?[(（][^()（）]{0,12}$")


def _without_translations(text: str, figures: list[Figure]) -> list[Figure]:
    """Without a figure that repeats the one before it in brackets in the other language: "drew 263 exhibitors
    (263家参展企业)" is one figure."""
    out: list[Figure] = []
    for f in figures:
        before = out[-1] if out else None
        if before is not None and before.value == f.value and before.unit == f.unit and before.metric == f.metric \
                and (CJK_RUN.search(before.surface) is None) != (CJK_RUN.search(f.surface) is None) \
                and 0 <= f.start - before.end <= 40 and _TRANSLATION_BETWEEN.fullmatch(text, before.end, f.start):
            continue
        out.append(f)
    return out


# the signings of the opening (its ceremony, its first day): "At the opening ceremony, 132 projects were signed",
# "其中开幕式签约126个", "over 100 projects on day one"
_OPENING = re.compile(r"\bopening\b|\bopened\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}\bwith the signing\b|\b(?:first|1st) day\b|\bday one\b|"
                      r"\bas (?:the |its )?(?:[\w-]+ ){0,6}?(?:opened|got under way|kicked off)\b|"
                      # (not "开幕以来", "开幕两天来": since the opening, so far)
                      r"开幕(?!以来|[一二两三四五六七八九十\d]{1,2}天(?:以)?来)|首日|第一天", re.I)
_OPENING_AFTER = re.compile(r"\s(?:[\w-]+\s){0,3}?(?:at|on|during)\s(?:the\s|its\s)?(?:opening|first day|day one|"
                            r"first(?=\s*[.;,]|$))\b",
                            re.I)  # ("including 132 signed at the opening")
_SOME_OF = re.compile(r"其中|\b(?:of (?:them|which)|including|among them)\b")
_AFTER_END = re.compile(r"(?<!\b[A-Z])[.!?;。！？；](?:\s|$)|[。！？；\n]")  # (not "U.S. dollars")
_SENTENCE_END = re.compile(r"[.!?;。！？；]\s*(?=[^.!?;。！？；]*$)")


# "At the ceremony, 512 projects ... have been signed": the ceremony an earlier sentence named
_AT_THE_CEREMONY = re.compile(r"\b(?:at|during) the ceremony\b", re.I)
_CEREMONY_NAMED = re.compile(r"\b(opening|closing|signing|award|awards) ceremony\b", re.I)


def _at_the_opening_ceremony(text: str, figure: Figure) -> bool:
    """The figure's sentence places it "at the ceremony", and the ceremony named last before it is the opening's."""
    start = figure.start - len(_SENTENCE_END.split(text[max(0, figure.start - 200):figure.start])[-1])
    if not _AT_THE_CEREMONY.search(text, start, figure.start):
        return False
    named = None
    for named in _CEREMONY_NAMED.finditer(text, max(0, start - 600), start):
        pass
    return named is not None and named.group(1).lower() == "opening"


def opening_batches(text: str, figures: list[Figure]) -> list[Figure]:
    """A part that the words just before it (since the sentence's previous figure) place at the opening is the
    opening's batch (scope opening), a measure that a later report can refine or contradict; so is the amount the
    sentence gives right after such a batch ("132 projects ... with a total investment of 152.6 billion yuan"). The
    foreign-funded projects among a count so far are counted so far too."""
    out: list[Figure] = []
    for figure in figures:
        previous = out[-1] if out and out[-1].sentence == figure.sentence else None
        # (and in the next sentence: "... were signed at the opening. Among them, 28 were foreign-funded")
        if figure.metric == "foreign_projects" and ((
                previous is not None and previous.scope == "opening"
                and (_SOME_OF.search(text, previous.end, figure.start) or _PART_OF.match(text[figure.end:figure.end + 16])))
                or (previous is None and out and out[-1].scope == "opening" and _AMONG_THEM_OPENS.match(figure.sentence))):
            figure = replace(figure, scope="opening")  # the foreign-funded ones among the opening's batch
        elif figure.metric == "foreign_investment" and figure.scope in ("edition", "part") and previous is not None \
                and previous.metric == "foreign_projects" and previous.scope == "opening":
            figure = replace(figure, scope="opening")  # "其中外资项目21个，投资额31.2亿美元": what those involve
        elif figure.metric == "foreign_projects" and figure.scope == "edition" and previous is None and out \
                and out[-1].scope == "edition" and out[-1].qualifier == "at_least" and out[-1].metric in BATCHED \
                and figure.qualifier in ("exact", "about", "nearly") and _AMONG_THEM_OPENS.match(figure.sentence):
            # "By Monday evening, 583 projects had been signed .... Among them, 61 were foreign-funded projects":
            # the foreign-funded ones so far, which the final count can only exceed
            figure = replace(figure, qualifier="at_least")
        elif figure.scope in ("edition", "part") and figure.metric in BATCHED and _at_the_opening_ceremony(text, figure):
            figure = replace(figure, scope="opening")
        elif figure.scope == "edition" and figure.metric in BATCHED and figure.qualifier == "at_least" \
                and _on_the_opening_day(text, figure):
            figure = replace(figure, scope="opening")  # "... opened on Friday. By the afternoon, 152 projects had been"
        elif figure.scope == "part" and figure.metric in BATCHED \
                and not _WE_QUOTED.search(text, max(0, figure.start - 60), figure.start):  # (a company's own deals)
            before = _SENTENCE_END.split(text[max(0, figure.start - 200):figure.start])[-1]
            window = before[max(0, len(before) - (figure.start - previous.end)):] if previous else before
            if _OPENING.search(window) or _OPENING_AFTER.match(text, figure.end) \
                    or _OPENING.search(batch_clause(before, _AFTER_END.split(text[figure.end:figure.end + 160], 1)[0])) \
                    or (previous is not None and previous.scope == "opening" and previous.unit != figure.unit) \
                    or (previous is None and out and out[-1].scope == "opening" and out[-1].unit == "count"
                        and figure.unit in MONEY_UNITS and _THEY_OPEN.match(figure.sentence)):
                figure = replace(figure, scope="opening")  # (the next sentence's "They involve ... 25.6 billion yuan")
        out.append(figure)
    return out


_ONES_AFTER = re.compile(r"\s(?:[\w-]+\s){0,2}?(?P<ones>ones)\b")
_LIST_OPENER = re.compile(r"\b(?:including|included|includes|include|of which|of whom|among them|among which)\b", re.I)
_PEOPLE = (AUDIENCES - OWN_MEASURES) | {"executives", "buyers"}  # (kinds of people a count of people may list)
_COUNT_KINDS = (("companies", EXHIBITING),
                ("people", frozenset({"guests", "visitors", "participants", "experts", "speakers", "delegates"})),
                ("projects", frozenset({"projects_signed", "projects"})), ("online", frozenset({"visitors_online", "views"})))


_GATHERINGS = frozenset({"forums", "sub_forums", "supporting_activities", "matchmaking"})  # (counts of events held)


def _kind_of_count(metric: str) -> str:
    """What a whole counts, companies, people or projects ("" for other measures)."""
    return next((kind for kind, metrics in _COUNT_KINDS if metric in metrics), "")


def _list_whole(figures: list[Figure], text: str, s_start: int, start: int) -> Figure | None:
    """The count a list in the figure's sentence is of: the last figure of the sentence before the list's opening
    word ("2,900 guests, including 21 academicians": the 2,900), None when there is no list or no count before it."""
    opener = None
    for opener in _LIST_OPENER.finditer(text, max(s_start, start - 300), start):
        pass
    if opener is None:
        return None
    return next((f for f in reversed(figures[-6:]) if s_start <= f.start and f.end <= opener.start()
                 and f.unit == "count"), None)


_BY_DAYTIME = re.compile(rf"\W*by (?:(?:the|this) (?:afternoon|evening|end of the day|close of the day)|noon|midday|"
                         r"(?:the )?(?:end|close) of (?:business|play|trading)|(?:the )?day['’]s end|"
                         rf"(?P<day>{_DAY_NAMES}) (?:afternoon|evening|noon|night))\b", re.I)
_OPENED_ON = re.compile(rf"\b(?:opened|opens|kicked off|got under way)\b(?:(?:[^.;]|(?<=\d)\.(?=\d)){{0,80}}?\bon (?P<day>{_DAY_NAMES}))?", re.I)


def _on_the_opening_day(text: str, figure: Figure) -> bool:
    """A count so far whose sentence opens with a time of the day the sentence before says the event opened: "...
    opened in Hefei on Friday. By the afternoon, 152 projects had been signed": the first day's signings."""
    by = _BY_DAYTIME.match(figure.sentence)
    at = text.find(figure.sentence, max(0, figure.start - len(figure.sentence)), figure.end + len(figure.sentence))
    if by is None or at < 0:
        return False
    opened = _OPENED_ON.search(_SENTENCE_END.split(text[max(0, at - 240):at].rstrip(), 1)[0][-240:])
    return opened is not None and (by.group("day") is None
                                   or (opened.group("day") or "").lower() == by.group("day").lower())


# measures whose smaller later value in one text is some of them, not another total of the edition
_WHOLE_FAMILIES = ("count", "money", "m2")


def smaller_are_parts(figures: list[Figure], vocabulary: tuple[Metric, ...], text: str = "") -> list[Figure]:
    """In one text, an edition's figure well below an earlier figure of the same measure and unit is a part of
    it: "430 projects worth RMB 447 billion ... 61 of the deals, in chips and displays, total RMB 88 billion";
    "invest 735.1 billion yuan in 638 projects. These include a 220-billion-yuan plant"; and so is what such a part
    of the projects is worth, right after it ("Hefei's 182 projects were worth 210 billion yuan")."""
    # forums lump kinds of session together ("15 sub-forums and 2 matchmaking sessions"): siblings, not parts
    keys = {m.key for m in vocabulary if m.units[0] in _WHOLE_FAMILIES and m.key != "forums"}
    largest: dict[tuple[str, str], float] = {}
    out = []
    for figure in figures:
        # (another event's figure cited is no part of this one's: event)
        key = (figure.event, min(figure.metric, OTHER_NAME.get(figure.metric, figure.metric)), figure.unit)
        if figure.scope == "edition" and figure.metric in keys and figure.qualifier not in ("at_least", "up_to"):
            # (an earlier year's figure, scope earlier, is no whole of this edition's)
            if figure.value < 0.9 * largest.get(key, 0.0) or (
                    figure.unit in MONEY_UNITS and out and out[-1].scope == "part" and figures[len(out) - 1].scope == "edition"
                    and out[-1].metric in ("projects_signed", "projects") and out[-1].sentence == figure.sentence
                    and 0 <= figure.start - out[-1].end < 40 and _WORTH_BETWEEN.fullmatch(text, out[-1].end, figure.start)):
                figure = replace(figure, scope="part")
            else:
                largest[key] = max(largest.get(key, 0.0), figure.value)
        out.append(figure)
    return out


_WORTH_BETWEEN = re.compile(r"\s(?:[a-z-]+\s){0,2}?(?:(?:were|are|was|is)\s)?(?:worth|valued at)\s(?:a total of\s|a combined\s)?"
                            r"(?:RMB\s?|CNY\s?|US\$|\$|¥)?", re.I)


def _extract_english(text: str, vocabulary: tuple[Metric, ...] = VOCABULARY) -> list[Figure]:
    figures: list[Figure] = []
    memo: dict = {}
    keys = {m.key for m in vocabulary}
    spans = split_sentences(text)
    si = 0
    carried: dict[int, bool] = {}  # per sentence: does it go on with a running total begun before it
    retracted = None  # the last figure a correction takes back ("An earlier version of this story said ...")
    withdrawn: dict[tuple[float, str], int] = {}  # counts a correction note takes back, and where the note's sentence starts
    lead_in = (-1, "")  # the current sentence's start and its words before its first figure
    for m in NUMBER.finditer(text):
        start, end = m.span()
        while si < len(spans) - 1 and spans[si][1] <= start:
            si += 1
        s_start, s_end = spans[si] if spans else (0, len(text))
        dateline = _DATELINE.match(text, s_start, min(s_end, s_start + 120))
        if dateline and dateline.end() <= start:
            s_start = dateline.end()  # "HEFEI -- The main forum drew 800 guests": the sentence begins after it
        # a sentence longer than MAX_SENTENCE (no punctuation at all) is cut around the figure
        sentence = text[max(s_start, start - MAX_SENTENCE // 2):min(s_end, start + MAX_SENTENCE // 2)]
        # bounded windows: slicing from the sentence start would be quadratic on sentence-less input
        before, after = text[max(s_start, start - 200):start], text[end:min(len(text), end + 120)]
        digits, spelled, frac = m.group("digits"), m.group("spelled"), m.group("frac")
        if frac:
            if re.search(r"(?:\b(?:first|second|last|latter|former|other)\s|\w-)$", text[max(0, start - 12):start],
                         re.I):
                continue  # "the first half of the year", "one-half": a period or a name, not a share
            figures.append(_share(text, start, end, frac, spans[si] if spans else (0, len(text)), vocabulary, memo))
            continue
        if (digits or spelled) and (in_every := _N_IN_D.match(text, end)) is not None \
                and (n := _num(digits) if digits else spelled_value(spelled)) is not None \
                and 0 < n < (d := _num(in_every.group("d")) if in_every.group("d").isdigit()
                             else spelled_value(in_every.group("d")) or 0):
            # "seven in ten exhibitors", "one in eight came from abroad": a share, as a percentage
            figures.append(_share(text, start, in_every.end(), "", spans[si] if spans else (0, len(text)), vocabulary,
                                  memo, value=float(f"{100 * n / d:.12g}")))
            continue
        if not _CONTEXT.search(text, max(0, start - 40), min(len(text), end + 40)) \
                and not (_in_cells(text, start) and _table_cell(text, start, decimals=True) is not None):
            # no word, currency or percent sign nearby: nothing can make this number a figure (but a table's row
            # far below its header: "| 2026 | 276 | 2,150 |", "| 2075 | 1,512 | 612.4 |" under "Investment (bln yuan)")
            continue
        if figures and start < figures[-1].end:
            continue  # part of the previous figure (a range's second end)
        if _is_excluded(text, start, end, digits):
            continue
        if digits and _TO_A_REVISED_COUNT.match(text, end) and _changed_from(text, before, end) is not None:
            continue  # "rose from 1,538 to 1,541 in the final tally": the value the revision leaves, no report of its own
        if _CONSECUTIVE.match(text, end):
            continue  # "for five consecutive years", "5 straight sessions": how many editions, not a figure of one
        halfa = m.group("halfa")
        quartera = m.group("quartera")
        value = _num(digits) if digits else 1 if m.group("one") else 0.5 if halfa else \
            (0.75 if quartera.lower().startswith("three") else 0.25) if quartera else spelled_value(spelled)
        if value is None:
            continue
        cur = _CUR_BEFORE.search(before[-6:])
        unit, noun, pos = "", "", end
        and_half = _AND_A_HALF.match(text, pos) if (digits or spelled) and not halfa else None
        if and_half:  # "one and a half million", "two and a half days"
            value, pos = value + 0.5, and_half.end()
        times = _TIMES.match(text, pos) if (spelled and value < 20) or halfa else None
        if times:  # "two dozen", "three hundred"
            value *= 12 if times.group(1).lower() == "dozen" else 100
            rest = spelled_value(times.group("rest")) if times.group("rest") else None
            if rest and rest < 100 and times.group(1).lower() == "hundred":
                value += rest
            pos, digits = times.end(), str(int(value))  # read on as the number it is
            after = text[pos:min(len(text), pos + 120)]
        thousand = _THOUSAND_AND.match(text, pos) if spelled and value < 1000 else None
        if thousand and (head := spelled_value(thousand.group("head"))) is not None and head < 100:
            rest = spelled_value(thousand.group("rest")) if thousand.group("rest") else 0
            if thousand.group("hundred") and head < 10 and rest is not None and rest < 100:
                value, pos = value * 1000 + head * 100 + rest, thousand.end()
            elif not thousand.group("hundred"):
                value, pos = value * 1000 + head, thousand.end("head")
            digits = str(int(value)) if value >= 1000 else digits  # (read on as the number it is)
            after = text[pos:min(len(text), pos + 120)]
        scale = _SCALE.match(text, pos)
        if scale and scale.group("abbr") in ("b", "m") and cur is None \
                and (scale.group("abbr") == "b" or not _MILLIONS_OF.match(text, scale.end())):
            continue  # ("Hall 5b", "a 12m press": a name, or metres; not "21m online views")
        if scale:
            value *= _factor(scale)
            pos = scale.end()
        suffix = _SUFFIX.match(text, pos) if digits or scale else None  # (and "a thousand-plus firms")
        if suffix:
            pos = suffix.end()
            if not scale:
                scale = _SCALE.match(text, pos)  # "50-odd billion yuan"
                if scale:
                    value *= _factor(scale)
                    pos = scale.end()
        second = None
        rng = None if suffix else (_RANGE.match(text, pos) or (_AND_RANGE.match(text, pos) if _BETWEEN.search(before[-9:])
                                                               else None))
        if rng and "to" in rng.group(0)[:4] and _changed_from(text, before, pos):
            rng = None  # "rose from 532 to 561": two values, the earlier and the later, no range
        # "in the first eight months of 2024 to 1.2 million units": a year, then where something rose to
        if rng and (digits or spelled) and not _DATE_BEFORE.search(before[-20:]) and not _GREW_BY.search(before[-24:]) \
                and not (re.fullmatch(r"(?:19|20)\d\d", digits or "") and _YEAR_BEFORE.search(before[-8:])):
            second = (_num(rng.group("num")), rng)
        if second:
            pos2 = second[1].end()
            scale2 = _SCALE.match(text, pos2)
            factor = _factor(scale2) if scale2 else 1
            if scale2:
                pos2 = scale2.end()
                if not scale:
                    value *= factor
            second = (second[0] * factor, pos2)
            pos_after = pos2
        else:
            pos_after = pos
        if digits and not second and not cur and (_is_year(digits, text[end:end + 40], before) or (
                _EVENT_BEFORE.search(before[-24:]) and re.fullmatch(r"(?:19|20)\d\d", digits))):
            continue  # (after the event's name a year is its edition: "WMC 2025 guests", "WIMC 2024 deals")
        if digits and "-" in text[max(0, start - 8):end + 2] and _inside(_TELEPHONE, text, start, end, 24, 24):
            continue  # "Tel: 86-10-63074000": a telephone number
        if (digits or spelled) and _AVERAGE_AGE.search(before[-100:]):
            continue  # "the average age of the engineers on the stands was about 31": an age, no figure
        if (digits or spelled) and _TURNS_BEFORE.search(before[-12:]) and _AGE_END.match(text, end):
            continue  # "Hefei convention turns 49": an age, no figure
        if (digits or spelled) and (_READ_TIME.match(text, end) or _READ_TIME_BEFORE.search(before[-24:])):
            continue  # "4 min read", "Reading time: 5 minutes": how long the page takes to read
        if digits and ((text.rfind("\n", max(0, start - 120), start) >= 0 or start < 120)
                       and _AD_LINE.match(text, _line_start(text, start, 120)) or _in_a_quote(text, start)):
            continue  # "Sponsored: Earn 5% cashback", "SSE Composite 3,245.67 +0.5%": an advert, a market quote
        if digits and _PER_BEFORE.search(before[-5:]):
            continue  # "1,470 robots per 10,000 workers": what a rate is counted against, no figure
        if (digits or spelled) and _DEGREES_AFTER.match(text, end):
            continue  # "Temperatures dropped to 2 degrees Celsius": the weather, no figure
        if digits and len(digits) >= 11 and digits.isdigit() and not scale and not cur:
            continue  # "The timestamp 1758520800000 marks ...": an id or a stamp; no count is written so
        if digits and _inside(_EXCHANGE_RATE, text, start, start + 1, 16, end - start + 23):
            continue  # "($1 = 7.14 yuan)": the rate a story converted at, no sum of anything
        if digits and _inside(_SLIDE_COUNTER, text, start, start + 1, 5, end - start + 5):
            continue  # "[1/5] Visitors view ...": a gallery's picture counter
        if digits and _RESOLUTION.match(text, start):
            continue  # "4K displays", "8K live broadcasts": a picture's resolution, no count
        if digits and text.startswith(("100%", "100 percent", "100 per cent"), start) and _ALL_OF_A_KIND.match(text, end):
            continue  # "100% renewable-powered lines", "100 percent electric": what something is, no share of anything
        if (digits or spelled) and _YEARS_OLD.match(text, end):
            continue  # "the convention's six-year history": an age, no figure
        if spelled and _QUOTED_NAME_BEFORE.search(before[-24:]) and _QUOTE_CLOSES.match(text, end):
            continue  # "the 'new three' industries": a number word in a quoted name, no count
        if (digits or spelled) and _TECH_COMPOUND.match(text, end):
            continue  # "a 6-axis arm", "a seven-axis arm", "a 5-star hotel", "a 12-inch wafer": how something is built,
            # not a count
        if digits and len(digits) <= 3 and _MODEL_NAME_BEFORE.search(before[-30:]):
            continue  # "an iPhone 15 running ...", "The Mate 60 phones": a product's name
        if digits and not cur and len(digits) <= 4 and "," not in digits and _MODEL_CODE_BEFORE.search(before[-24:]):
            continue  # "a KUKA KR 1000 titan", "an ABB IRB 6700": a model's code
        if _RETRACTED.search(before[-20:]):
            if digits and figures and figures[-1].qualifier == "corrected" and figures[-1].unit == "count" \
                    and _CORRECTION_NOTE.search(text, max(0, start - 400), start):
                # (nor is a count where the story, uncorrected above its correction note, still says it: "... closed
                # with 1,363 projects signed. Correction: ... It was 1,336, not 1,363.")
                key = (_num(digits), figures[-1].metric)
                withdrawn[key] = max(withdrawn.get(key, 0), s_start)
            continue  # "should read 563, not 536", "42.1 billion yuan, not 41.2 billion as previously reported"
        if cur:
            unit = CURRENCIES.get(cur.group("code").lower(), "other")
            start = start - len(cur.group(0))
            # what comes before the figure is what comes before its sign ("accounted for RMB 378.5 billion" reads as
            # "accounted for 378.5 billion yuan")
            before = before[:len(before) - len(cur.group(0))]
        look = pos_after  # where the unit is read: after the number, or after the one it rose to
        if digits and not second and not cur and not scale and not suffix and _changed_from(text, before, pos_after) \
                and (later := _TO_NUMBER.match(text, pos_after)) is not None:
            # "grew from 35,000 to 42,000 square meters", "rose from 1.2 to 1.5 billion yuan": the first number is
            # in the unit and scale of the second
            look = later.end()
            if (later_scale := _SCALE.match(text, look)) is not None and later_scale.group("abbr") not in ("b", "m"):
                value *= _factor(later_scale)
                look = later_scale.end()
        cur_after = _CUR_AFTER.match(text, look)
        pct = _PERCENT.match(text, look)
        hyph = _HYPHEN_UNIT.match(text, look) if look == pos_after else None
        unit_m = _UNIT.match(text, look) or _LINE_UNIT.match(text, look) or _UNIT_TIGHT.match(text, look) \
            or (_DASH_UNIT.match(text, look) if start == 0 or text[start - 1] == "\n" else None)
        end_pos = pos_after
        if not unit and cur_after:
            unit = CURRENCIES.get(cur_after.group("cur").lower(), "other")
            end_pos = cur_after.end() if look == pos_after else pos_after
        elif not unit and pct:
            unit = "percentage_point" if pct.group("pct").lower().startswith("percentage") else "percent"
            end_pos = pct.end() if look == pos_after else pos_after
        elif not unit and hyph and (hyph.group("unit")[0].isupper() or (hyph.group("noun") or "").lower() == "plan"):
            continue  # "Five-Year Plan": part of a name
        elif not unit and (hyph or unit_m):
            found = hyph or unit_m
            raw = found.group("unit")
            unit = unit_of(raw)
            if raw.lower().startswith("hectare"):
                value *= 10000  # ("held on 6 hectares of exhibition space": 60,000 square meters)
            if hyph and hyph.group("noun"):
                noun, end_pos = hyph.group("noun").lower(), hyph.start("noun") - 1
            else:
                end_pos = found.end() if look == pos_after else pos_after
            measured = UNIT_NOUNS.get(unit, "")
            if measured == "area":
                noun = _area_noun(_with_subject(text, spans, si, sentence))  # (an answer's: its question's)

            elif measured:
                noun = measured
            elif unit == "other" and not hyph:
                noun = raw.lower()
            if unit == "day" and re.search(r"\bafter\s$", before[-8:], re.I) \
                    and (re.fullmatch(r"\W*after\s", before[-40:].split("\n")[-1].lstrip(" -•*"), re.I)
                         or text.startswith(":", end_pos)):
                continue  # "After two days, the expo had drawn ...", "... after two days:": a time so far
            if unit in ("other", "day") and _PERIOD_BEFORE.search(before[-12:]):
                continue  # "in the first eight months", "over the past five years": a period, not a figure
            if unit == "other" and raw.lower().startswith(("year", "month", "week")) and _GREW_IN.search(before[-50:]):
                continue  # "Our output per worker has tripled in three years": how long the change took
            if (unit == "day" or raw.lower().startswith(("year", "month", "week", "hour", "minute", "second"))) \
                    and _WITHIN.search(before[-12:]):
                continue  # "within five years": a time limit, not a figure
            if unit == "day" and (_COUNT_IN.search(before[-40:]) or (
                    _EXACT_COUNT_IN.search(before[-40:]) and (value < 3 or _PERFECT_BEFORE.search(before[-100:]))
                    and not in_sentence(_FINAL, sentence, memo))):
                # "over 60,000 visitors in two days", "signs 248 projects in two days": a count still growing, and the
                # days it has taken so far, not how long the event lasts (an exact count "in three days" when it
                # closes gives its length)
                continue
            if (unit == "day" or raw.lower().startswith(("year", "month", "week"))) and _TOOK_BEFORE.search(before[-16:]):
                continue  # "It took us two years", "We spent three years on it": how long a job took, no figure
            if raw.lower().startswith(("minute", "hour")) and _TRAVEL_AFTER.match(text, end_pos):
                continue  # "a 15-minute ride from the railway station": how far a place is, in time
            if unit == "km" and _APART.match(text, end_pos):
                continue  # "Nanjing and Hefei, 170 kilometers apart": how far one place is from another
            if unit == "day" and value >= 1000:
                continue  # "WIMC 2023 day two": a year before a day's name, no duration
            if unit == "day" and _A_YEAR_AFTER.match(text, end_pos):
                continue  # "open 24/7, 365 days a year": how often, not how long the event lasts
            if unit == "day" and _DAYS_TO_GO.match(text, end_pos):
                continue  # "with one day still to go", "Two days in" (a headline): how far along, not how long
            if unit == "other" and raw.lower().startswith(("week", "month")) and _PUT_OFF_BY.search(before[-30:]):
                continue  # "pushed back by one week": a change of dates, no figure of the event
            if unit == "day" and _TOTAL_OVER.search(before[-40:]) and re.match(r"\s+to\s", text[end_pos:end_pos + 5]):
                continue  # "bringing its total over two days to 104,000": the days so far, not how long it lasts
            if unit == "day" and _ATTENDANCE_OVER.search(before[-40:]) and _PASSED_AFTER.match(text, end_pos):
                continue  # "as total attendance over three days passed 230,000": the days so far, not how long it lasts
            if unit == "day" and _DAYS_TOTAL.match(text, end_pos):
                continue  # "bringing its two-day total to 76,000": the days a count so far took, not how long it lasts
            if raw.lower().startswith("year") and (_AGE_AFTER.match(text, end_pos) or _YEARS_OF.match(text, end_pos)):
                continue  # "a 54-year-old engineer": an age; "Eight years of the convention": how long it has run
            if (unit == "day" or raw.lower().startswith(("year", "month", "week", "hour", "minute"))) \
                    and (_WHEN_AFTER.match(text, end_pos) or _INTO.match(text, end_pos)) \
                    and not (unit == "day" and _LASTED_FOR.search(before[-24:])):
                # "six days before the event opens": when something happened, not how long (not "ran for five days
                # after organizers added a day": how long, and why)
                continue
        if not unit and (other_money := _OTHER_MONEY_AFTER.match(text, pos_after)) is not None \
                and (scale or other_money.group(1).lower() not in ("won", "rand", "pound", "pounds")):
            continue  # "about 16 trillion yen": money in a currency the product does not measure, not the yuan before it
        if not unit and scale and _CURRENCY_BEFORE.search(before) \
                and not _count_noun(text[pos_after:pos_after + 80]):
            # "In yuan terms, deals totaling 12.4 billion": the currency was named earlier in the sentence
            unit = CURRENCIES.get(_CURRENCY_BEFORE.search(before).group("cur").lower(), "other")
        labelled_row = False  # a row whose label gives the unit, whose columns may be years
        if not unit and digits and not scale and (labelled := _UNIT_LABEL.search(
                text, _line_start(text, start, 90), start)) is not None:
            labelled_row = True
            # a row whose label gives the unit: "Investment (billion yuan): 168.5", "| Exhibition area (square
            # meters) | 80,000 |"
            unit, times = _bracket_unit(labelled)
            value *= times
        unit_label_metric = ""  # what a Chinese row's label that gives the unit says the amount is
        if not unit and digits and not scale and (labelled := _UNIT_LABEL_ZH.search(
                text, _line_start(text, start, 60), start)) is not None:
            # a Chinese row whose label gives the unit or the scale: "| 总投资（亿元） | 7318 |", "| 参观人次（万） | 56.2 |"
            labelled_row = True
            unit, times = _bracket_unit(labelled)
            value *= times
            if unit:  # (a count's noun is the row's label, read below)
                unit_label_metric = table_label_metric(_table_label(labelled.group(0)), unit)
        if not unit and digits and not scale and not labelled_row and _in_cells(text, start) \
                and (column := _table_cell(text, start, decimals=True)) is not None \
                and (header := _HEADER_UNIT.search(column[0])) is not None:
            # a column whose header gives the unit: "| Year | Investment (bn yuan) |", "| 届次 | 总投资（亿元） |"
            labelled_row = True
            unit, times = _bracket_unit(header)
            value *= times
            if unit and header.group("zh"):  # (what the Chinese label says the amount is)
                unit_label_metric = table_label_metric(column[0], unit)
        if not unit and digits and figures and figures[-1].sentence == sentence and figures[-1].unit == "m2" \
                and _AND_THEN.search(before[-6:]) and _OTHER_WAY.match(text, pos_after):
            unit, noun = figures[-1].unit, figures[-1].noun
        if not unit and digits and figures and figures[-1].sentence == sentence and figures[-1].unit in ("m2", "ton", "km") \
                and re.search(r"\bfrom\s$", before[-6:]) and EARLIER_BEFORE.search(before[-60:]) \
                and figures[-1].value / 3 <= value <= figures[-1].value * 3 and not _count_noun(text[pos_after:pos_after + 80]):
            unit, noun = figures[-1].unit, figures[-1].noun  # "has grown to 60,000 square meters from 45,000"
        of_the_whole = digits and _OF_THE_WHOLE.search(before[-48:]) is not None
        if of_the_whole and not unit and figures and figures[-1].sentence == sentence \
                and figures[-1].unit in ("m2", "ton", "km", "count") and figures[-1].noun \
                and figures[-1].value < value and _CLAUSE_ENDS.match(text, pos_after):
            unit, noun = figures[-1].unit, figures[-1].noun  # "12,000 square meters of the expo's 65,000"
        # "covers 50,000 square meters, 5,000 more than last year", "280 exhibitors, 20 more than in 2026": how much the
        # figure before it grew, in its unit
        change_of = _CHANGE_OF.search(before[-30:]) if figures and before.endswith(" ") else None
        delta_of = figures[-1] if (digits or spelled) and figures and figures[-1].sentence == sentence and figures[-1].noun \
            and figures[-1].unit in ("count", "m2") and unit in ("", figures[-1].unit) \
            and start - figures[-1].end < 100 and (
                _COMMA_THEN.search(before[-30:]) and _MORE_THAN_EARLIER.match(text, end_pos if unit else pos_after)
                or change_of is not None and (_OVER_EARLIER.match(text, end_pos if unit else pos_after)
                                              or (change_of.group("yoy") and _BARE_END.match(text, end_pos if unit else pos_after)))) \
            else None
        if delta_of is not None:
            unit = delta_of.unit
            noun = ("increase" if change_of.group(2) or change_of.group(3) else "decrease") if change_of is not None \
                else "decrease" if (_MORE_THAN_EARLIER.match(text, end_pos if end_pos > pos_after else pos_after)
                                    .group(1) or "").lower() in ("fewer", "less") else "increase"
        # "2. 594.6 billion yuan: their total investment", "640: projects signed": a number heading its line, what it
        # counts after the colon
        heading = _COLON_LABEL.match(text, end_pos if unit else pos_after) \
            if _LINE_HEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start) else None
        if unit in MONEY_UNITS and not noun:
            noun = _money_noun(before) or (_money_noun(heading.group("label")) if heading else "")
            if not noun and si and _IT_WAS.fullmatch(text, s_start, start) \
                    and (misstated := _MISSTATED_MONEY.search(text, spans[si - 1][0], spans[si - 1][1])) is not None:
                noun = _money_noun(misstated.group("what"))  # "... misstated the total investment. It was 630.1 billion"
        elif unit in ("percent", "percentage_point"):
            noun = _percent_noun(before, text[end_pos:end_pos + 30])
        lead = ""  # the counted noun when it stands before the number
        earlier_column = False
        place_part = False  # one of a list of places' counts
        total_of = None  # the count whose total this one is ("The total since 2018 now exceeds 8,200")
        if ((labelled_row and unit) or (digits and _in_cells(text, start))) \
                and (cell := _table_cell(text, start, decimals=True)) is not None:
            earlier_column = cell[1] < cell[2]  # "| 总投资（亿元） | 8201.3 | 8664 |": the earlier year's column
        label_metric = ""  # what a Chinese table row's label counts
        antecedent = None  # "Of the signed projects, 156 ...": that noun names a whole, the figure a part of it
        of_whole = None  # the figure "of them" refers to
        of_all = False  # a count of a list's members among all the event's exhibitors ("88 of the exhibitors are ...")
        label_when = None  # "Visitors today: 58,000", "Visitors to date: 172,000": when a label's count was taken
        ratio = False  # "(128 of 634)": a count and its whole in brackets after a share
        nation_next = None  # "..., followed by 27 from Germany": another country's companies
        if delta_of is not None:
            lead = f"{delta_of.noun} {noun}"  # ("exhibitors increase")
        # the sentence's previous figure: "another 430", "up from 545", "300 of them" count what it counts
        previous = figures[-1] if figures and figures[-1].sentence == sentence else None
        if previous is not None and previous.noun in ("increase", "decrease") and len(figures) > 1 \
                and figures[-2].sentence == sentence and figures[-2].unit == previous.unit and figures[-2].noun \
                and EARLIER_BEFORE.search(before[-40:]):
            previous = figures[-2]  # "978 projects, 41 more than last year's 937": the grown count's, not the growth's
        further = _FURTHER.search(before[-20:]) is not None
        echo = False  # the same count as the previous figure, an earlier value of it
        them = False  # "There were 54 of them": the whole the sentence before spoke of
        restated = None  # the count of the sentence before that "the figure" names
        gives_back = False  # "It was 160,000." after a sentence that says an earlier version misstated the count
        sibling = None  # another part of the same whole as the previous figure
        # a bare count in brackets after one with its noun in brackets: "new energy vehicles (186 companies),
        # integrated circuits (94)"
        paren_sibling = previous if digits and previous is not None and previous.unit == "count" \
            and text.startswith(")", pos_after) and text[start - 1] == "(" and start - previous.end < 80 \
            and text[max(0, previous.start - 1)] == "(" \
            and ((previous.noun and previous.noun in text[previous.end:text.find(")", previous.end, previous.end + 40)])
                 or (not previous.noun and previous.scope == "part" and text.startswith(")", previous.end))) else None
        among = None  # where the figure this one is the whole of is ("Twelve chip deals were among the 230 inked")
        gapped_forecast = False  # the clause leaves out the verb of a forecast before it
        row_label = ""  # the label of a row of years the figure is in
        # some of the edition's count, by what the words around the number say: "Projects worth over 10 billion yuan
        # each numbered 12", "the opening day's 152"
        one_part = False
        whole_after_part: Figure | None = None
        written = _SUFFIX_QUALIFIER[suffix.group("suffix").lower()] if suffix else ""
        if not unit and digits and previous is not None and previous.unit == "m2" and start - previous.end < 60 \
                and (_AND_THEN.search(before[-6:]) and _AREA_GAP_AFTER.match(text, pos_after)
                     or _PART_TAKING.search(before[-60:])):
            # "60,000 square meters indoors and 20,000 outdoors", "..., with the outdoor zone taking 6,000": the
            # area's unit, left out
            unit = "m2"
        if not unit:
            if spelled and value <= 10 and _THE_FEW.search(before[-8:]) and _NAMED_BEFORE.match(text, pos_after):
                continue  # "the two events are seen as a pair": things already named, not counted here
            # (a row's value ends its line: the next row's label is not what it counts)
            line_start = max(s_start, text.rfind("\n", max(0, start - 60), start) + 1)
            noun = "" if _ENDS_LINE.match(text, pos_after) and start - line_start < 60 \
                and (_LABEL.fullmatch(text, line_start, start) or _BARE_LABEL.fullmatch(text, line_start, start)) \
                else "" if text.startswith("-", pos_after) and _HYPHEN_COUNT.match(text, pos_after) \
                else _count_noun(text[pos_after:pos_after + 80])  # (not "six-pavilion expo features": see below)
            if not noun and heading is not None and (noun := _count_noun(" " + heading.group("label"))):
                lead = heading.group("label").lower()
            if digits and (_COME_FROM_ABROAD.match(text, pos_after)
                           or (_FROM_ABROAD_IN.match(text, pos_after) and _AND_THEN.search(before[-6:]))) \
                    and figures and figures[-1].unit == "count" \
                    and figures[-1].noun and start - figures[-1].end < 300:
                # "... about 580 companies. Of these, roughly 80 come from abroad", "1,684 exhibitors, 298 from overseas":
                # the overseas ones among them
                noun, lead = figures[-1].noun, "overseas exhibitors" if figures[-1].metric in EXHIBITING \
                    else f"overseas {figures[-1].noun}"
            if digits and _HOPED_BY_AFTER.match(text, pos_after) and figures and figures[-1].unit == "count" \
                    and figures[-1].noun and start - figures[-1].end < 200:
                noun, lead, gapped_forecast = figures[-1].noun, figures[-1].noun, True  # ("the 50 organizers had hoped for")
            if noun in ("person-times", "people-times"):
                # visits counted as Chinese counts them (人次): online ones when the clause speaks of watching online
                clause = re.split(r"[,;]\s", before)[-1]
                noun = lead = "online visits" if _ONLINE_CLAUSE.search(clause) else "visits"
            elif noun in ("visits", "visitors") and not lead \
                    and _ONLINE_SUBJECT.search(re.split(r"[,;]\s", before)[-1]):
                noun = lead = f"online {noun}"  # "..., while its online platform logged 36 million visits"
            if not noun and (digits or spelled) and (hyphened := _HYPHEN_COUNT.match(text, pos_after)):
                noun = lead = _PLURAL_OF.get(hyphened.group(1).lower(), hyphened.group(1).lower() + "s")  # "a 790-deal haul"
            if not noun and digits and (later := _TO_NUMBER.match(text, pos_after)) \
                    and (changed := _changed_from(text, before, pos_after)) is not None:
                # "grew from 400 to 532 exhibitors"; "..., and the number of exhibitors from 230 to 263"
                noun = changed.group("noun").lower() if changed.re is _GAPPED_FROM \
                    else _count_noun(text[later.end():later.end() + 80])
            if noun == "times" and _MULTIPLIER.match(text, pos_after):
                continue  # "three times as many exhibitors": how many times, not a count
            if noun in _PERIODS and _PERIOD_BEFORE.search(before[-12:]):
                continue  # "in the first three quarters": a period, not a count
            if _ONE_IN.search(before[-16:]):
                continue  # "one in every ten vehicles made in China": a ratio, not a count
            if not noun and written and suffix.group("suffix").lower() == "strong":
                noun = noun_phrase(text[pos_after:pos_after + 40], 1)  # "a 2,000-strong audience"
            if digits and _VISITED_AFTER.match(text, pos_after):
                noun = lead = "visitors"  # "..., and 121,000 visited the halls in person": not a count of halls
            elif digits and _EXHIBITED_AFTER.match(text, pos_after):
                noun = lead = "exhibitors"
            elif digits and _UP_FROM_BEFORE.search(before[-24:]) and text.startswith((",", ";", ")"), pos_after) \
                    and previous is not None and previous.unit == "count" and previous.noun \
                    and start - previous.end < 40:
                # "hosted 846 exhibitors, up from 812, and 172,000 visitors": last year's exhibitors, not visitors
                noun = lead = previous.noun
            of_the = _OF_THE.match(text, pos_after) if not _MAKE_UP.search(before[-80:]) \
                and not (_THAN_THE_BEFORE.search(before[-20:]) and _OF_AN_EARLIER_AFTER.match(text, pos_after)) else None
            # ("Foreign firms make up 64 of the 410 exhibitors": the subject is what is counted)
            listed_as = _COUNTED_AS.match(text[of_the.end():of_the.end() + 80]) if of_the else None
            if not noun and of_the and (digits or value >= 2) and listed_as is not None and "500" in listed_as.group(0):
                # "88 of the exhibitors are Fortune Global 500 companies": those of the list, a count of its own
                noun, lead = "companies", re.sub(r"^\s(?:are|were)\s", "", listed_as.group(0)).lower()
                of_all = True
            elif not noun and of_the and (digits or value >= 2):  # "Sixty-one of the deals" (not "one of the")
                noun = lead = of_the.group("noun").lower()
                if "500" in of_the.group(0):  # those of the list at the event: a count of its own, no part
                    lead = re.sub(r"^\s(?:of|among) (?:the |these |those |its |their )?", "", of_the.group(0)).lower()
                else:
                    antecedent = of_the  # a part of the whole it names
            if noun in _PERIODS and _WHEN_AFTER.match(text, pos_after + len(noun) + 1):
                continue  # "Two decades ago": when, not how many
            if value == 1 and not digits and noun \
                    and re.match(rf"\s[a-z][a-z-]*[^s\W]\s{re.escape(noun)}\b", text[pos_after:pos_after + 60]):
                continue  # "one company signs a deal": one of something, its verb taken for a plural noun
            if value == 1 and not digits and text.startswith("One ", start) \
                    and _ONE_SAID.match(text[pos_after:pos_after + 80]):
                continue  # "One Shanghai start-up told the Global Times ...": one of them speaking, not a count
            if value == 1 and not digits and re.match(r"\s[a-z]+\s(?:every|each|per|an?)\s", text[pos_after:pos_after + 30]):
                continue  # "one car every 52 seconds": a rate, not a count
            if noun in _LISTICLE and value <= 20:
                continue  # "Here are five things to know", "10 numbers from the convention": how a story is told
            if spelled and value <= 5 and _SHOWS_COUNTED.match(text, pos_after):
                continue  # "Two shows open in Hefei", "Nanjing hosts two tech events": shows, none of them a measure
            if noun in _EDITIONS_ALWAYS and value <= 20:
                continue  # "a look back at six conventions": editions of the event, counted
            if noun == "times" and value <= 20 and _HELD_BEFORE.search(before[-24:]):
                continue  # "the convention has been held eight times": editions too
            if noun in _EDITION_NOUNS and (_EDITIONS_COUNTED.search(before[-12:])
                                           or re.match(r"\s(?:previous|past|earlier|last)\s", text[pos_after:pos_after + 12])):
                continue
            # (the whole "of them" refers to: the edition's count, or a batch of signings)
            spelled_part = bool(spelled and value >= 2 and before.endswith(", ")
                                and (of := _PART_OF.match(text[pos_after:pos_after + 16]))
                                and re.match(r"\s[a-z]", text[pos_after + of.end():pos_after + of.end() + 2]))
            # (not "two dozen of them Fortune Global 500 firms": a measure that names itself)
            counted = next((f for f in reversed(figures[-4:]) if f.unit == "count" and f.noun
                            and (f.scope == "edition" or (f.scope == "part" and (f.metric in BATCHED or (
                                spelled_part and f.sentence == sentence))))),
                           None) if figures and not noun and (digits or value >= 10 or spelled_part) else None
            # "Of them, 62 ...", and a sentence that opens with "Sixty-two of them were signed at the opening"
            # or sets them aside: "six models, three of them debuting"
            of_them = (_OF_THEM_LEAD.search(text, max(0, start - 24), start) if digits else None)\
                or (_PART_OF.match(text[pos_after:pos_after + 16]) if start == s_start or spelled_part
                    # (not a subject that names a measure of its own: "foreign-funded projects accounted for 126 of
                    # them", as "... for 126 of the 1,538 projects")
                    or (_ACCOUNTED_FOR.search(before[-30:]) and not _MAKE_UP.search(before[-80:])) else None) \
                if counted is not None and start - counted.end < 400 else None
            if of_them is not None:
                noun = lead = counted.noun
                antecedent, of_whole = of_them, counted
            if not noun and digits and (respective := _respective_noun(text, s_start, start)):
                noun = lead = respective  # "Exhibitors and visitors numbered 1,500 and 300,000, respectively"
            if not noun and digits and _TOTAL_SIGNED.search(before[-120:]):
                noun, lead = "projects", "projects signed"  # "The total signed since 2018 now stands at 5,830"
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _PLACE_GAP.search(before[-30:]) and _CLAUSE_ENDS.match(text, pos_after) \
                    and _PLACE_DID.search(text[s_start:previous.start]) is not None:
                # "Hefei has signed 205 projects, Wuhu 62 and Bengbu 41": the same count, each place's
                noun, lead, place_part = previous.noun, previous.noun, True
                if figures and figures[-1] is previous and previous.scope == "edition":
                    figures[-1] = replace(previous, scope="part")  # (and the first place's too)
            counted_before = previous if previous is not None else figures[-1] if figures and start - figures[-1].end < 300 \
                else None
            if not noun and digits and counted_before is not None and counted_before.unit == "count" and counted_before.noun \
                    and _EVENT_TOTAL.search(before[-80:]):
                # "Hefei has signed 205 projects, ..., while the convention's total had reached 688", "... with 1,068
                # projects signed. The total since 2018 now exceeds 8,200": of the same noun
                noun = counted_before.noun
                lead = noun + (" signed" if counted_before.metric == "projects_signed" else "")
                total_of = counted_before
            elif not noun and digits and counted_before is not None and counted_before.unit == "count" \
                    and counted_before.noun and _PLACE_TALLY.search(before[-60:]):
                # "... with 1,032 projects signed. Wuhu's tally rose to 66.": that place's part of the same count
                noun, lead, place_part, total_of = counted_before.noun, counted_before.noun, True, counted_before
            if not noun and digits and (one_of := _ONE_OF_SUBJECT.search(before[-80:])) is not None:
                noun = lead = one_of.group("noun").lower() + "s"  # "The hall is one of 10 at the convention": halls
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _IN_ALL.match(text, pos_after) and start - previous.end < 200 \
                    and (done := _last(_DONE_OBJECT.finditer(text, previous.end, start))) is not None:
                # "Investors from 22 countries signed foreign-funded projects at the convention, 142 in all": what the
                # verb between did, not the count before it
                noun, lead = done.group("noun").lower().split()[-1], done.group("noun").lower()
            if not noun and digits and _CLAUSE_OPENS.search(before[-3:]) and _TOTAL_CLAUSE_AFTER.match(text, pos_after) \
                    and (counted_at := _recent(figures, sentence, "count", named=True, scope="part")) is not None \
                    and figures[counted_at].value < value:
                # "Thirty-eight of the projects ... are worth more than 5 billion yuan apiece; 1,903 were signed in
                # all": the whole the part was counted out of
                noun, lead, whole_after_part = figures[counted_at].noun, figures[counted_at].noun, figures[counted_at]
            # (a fraction or a word of a scale: "have passed a quarter of a million", "topped half a million")
            if not noun and (digits or ((halfa or quartera) and scale)):
                antecedent = _ANTECEDENT.search(before[-140:])
                named = antecedent or _NUMBER_OF.search(before[-140:]) or _SUBJECT_VERB.search(before[-180:]) \
                    or _PUT_AT.search(before[-130:]) or _PUTS_NOUN_AT.search(before[-80:]) \
                    or _WITH_NOUN_AT.search(before[-60:]) \
                    or _GAPPED_PUT_AT.search(before[-200:]) \
                    or _REVISED_TO.search(before[-130:]) \
                    or (_LABEL.fullmatch(text, s_start, start) if start - s_start < 110 and value >= 2 else None) \
                    or (_BARE_LABEL.fullmatch(text, line_start, start) if start - line_start < 40 and value >= 2
                        and (_ENDS_LINE.match(text, pos_after) or (pos_after + 4 >= len(text)
                                                                   and not text[pos_after:].strip())) else None) \
                    or _INLINE_LABEL.search(before[-60:]) or _YEAR_ROW.search(text, max(0, start - 200), start) \
                    or _comma_label(before[-60:], text, pos_after) \
                    or ((_SUBJECT_APPOSITIVE.search(before[-140:]) or _WORTH_OF_APPOSITIVE.search(before[-80:]))
                        if _IN_ALL.match(text, pos_after) else None) \
                    or (_GAPPED.search(before[-80:]) if previous is not None else None) \
                    or (_PAREN_NOUN.search(before[-40:]) if text.startswith(")", pos_after) and paren_sibling is None
                        else None) \
                    or (_NUMBER_OF_PAREN.search(before[-140:]) if text.startswith(")", pos_after) else None) \
                    or (_COMMA_APPOSITIVE.search(before[-60:]) if _APPOSITIVE_CLOSE.match(text, pos_after) else None) \
                    or _CHANGE_IN.search(before[-80:]) or _AT_APPOSITIVE.search(before[-140:]) \
                    or _FROM_TO.search(before[-120:]) or _ROSE_FROM.search(before[-120:]) \
                    or _GAPPED_FROM_TO.search(before[-120:]) \
                    or _ROSE_TO_FROM.search(before[-120:]) or _NOUN_OF.search(before[-60:]) \
                    or _SHARE_SUBJECT.search(before[-100:]) or _OF_WHICH_KIND.search(before[-80:]) \
                    or _COUNT_IS.search(before[-140:])
                # "Among the exhibitors, 23 are Fortune Global 500 companies": what follows the verb is counted
                if named and not (antecedent is not None and _COUNTED_AS.match(after)):
                    lead = _COUNT_WORD.sub(r"\1s", (named.group("noun") or f"{named.group('counted')} count").lower())
                    lead = "participants" if lead == "headcount" else lead
                    if named.re in _LABELS and (label_when := _LABEL_WHEN.search(lead)):
                        lead = lead[:label_when.start()]
                    if named.re in _LABELS and (number_of := _NUMBER_OF_LABEL.match(lead)):
                        lead = lead[number_of.end():]  # "Number of exhibitors: 1,542": the exhibitors
                    if (named.re in _LABELS or named.re is _PAREN_NOUN) and lead in _FURNITURE_LABELS:
                        continue  # "Share: 56 | Comments: 12", "Comments (3)": the page's counters, not the event's
                    if named.re is _INLINE_COMMA_LABEL and lead in _WHERE_LABELS and previous is not None \
                            and previous.unit == "count" and previous.noun:
                        # "Offline, 1,263 companies exhibited; online, 2,240": the same noun, counted where they are
                        lead = f"{_WHERE_LABELS[lead]} exhibitors" if previous.metric in EXHIBITING \
                            else f"{_WHERE_LABELS[lead]} {previous.noun}"
                    noun = lead.split()[-1]
                    if named.re is _YEAR_ROW:
                        row_label = named.group(0)  # (a row on a line of its own: its label says what it counts)
                    one_part = named.re is _SUBJECT_VERB and _EACH_WORTH.search(named.group(0)) is not None
                    if named.groupdict().get("done"):
                        lead += " " + named.group("done").lower()  # "the number of projects signed": signed ones
                    if _FROM_ABROAD_IN.search(named.group(0)) and not lead.startswith(("overseas", "foreign")):
                        lead = "overseas " + lead  # "Exhibitors from abroad number 140": the overseas exhibitors
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _OPEN_BRACKET.search(before[-16:]) and _FROM_ABROAD_IN.match(text, pos_after):
                # "580 exhibitors (about 80 from overseas)": the overseas ones among them
                noun, lead = previous.noun, f"overseas {previous.noun}"
            if not noun and digits and _GAPPED_FOR.search(before[-60:]) and in_sentence(_ACCOUNTS, sentence, memo) \
                    and (part_at := _recent(figures, sentence, "count", named=True, scope="part")) is not None:
                # "Advanced manufacturing accounted for 712 of the 790 deals, and new energy vehicles for 190": the
                # verb left out, the count is of the same as the part before
                noun = lead = figures[part_at].noun
            if not noun and digits and _IN_FIELD_AFTER.match(text, pos_after) \
                    and (counted_at := _recent(figures, sentence, "count", named=True)) is not None \
                    and (_INCLUDE_BEFORE.search(before[-80:]) or (previous is not None and previous.scope == "part")
                         # (past a share set beside the part: "56, or 40 percent, are in AI, while 38 are in ...")
                         or (previous is not None and previous.unit == "percent" and figures[counted_at].scope == "part")):
                # "The 640 projects include 312 in advanced manufacturing, 188 in new energy vehicles and 140 in
                # other sectors": some of the count before, by field
                if figures[counted_at].noun in _CONTAINERS:
                    # ("140 projects signed across its main venue and two sub-venues, including 18 in Suzhou": of the
                    # deals, not of the venues they were signed in)
                    counted_at = next((i for i in range(counted_at - 1, max(-1, counted_at - 4), -1)
                                       if figures[i].sentence == sentence and figures[i].metric in BATCHED
                                       and figures[i].unit == "count"), counted_at)
                noun = lead = figures[counted_at].noun
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _OF_WHOM_BEFORE.search(before[-16:]) and _FROM_ABROAD.match(text[pos_after:pos_after + 60]):
                # "Participants numbered 5,200, of whom 1,300 were international": the overseas ones among them
                noun, lead = previous.noun, f"overseas {previous.noun}"
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and previous.metric.startswith("companies from ") and FROM_NATION.match(text, pos_after):
                noun, lead = previous.noun, previous.noun  # "Japanese companies number 31, followed by 27 from Germany"
                nation_next = FROM_NATION.match(text, pos_after)
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and (previous.metric.startswith("companies from ") or previous.metric in EXHIBITING) \
                    and (nation_next := _NATION_WITH.search(before[-60:])) is not None:
                noun, lead = previous.noun, previous.noun  # "Germany sent 41 companies, followed by Japan with 33"
            if not noun and digits and _TAKING_PART_AFTER.match(text, pos_after) \
                    and (subject := _SUBJECT_WITH.search(before[-160:])) is not None:
                # "Japanese companies have doubled their presence at the convention, with 33 exhibiting": the subject
                noun, lead = subject.group("noun").split()[-1].lower(), subject.group("noun").lower()
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _IN_ALL.match(text, pos_after):
                noun, lead = previous.noun, previous.noun  # "Hall 5 alone hosted 120 exhibitors ..., which has 640 in all"
            if not noun and (digits or spelled) and _OF_THE_FORTUNE.match(text, pos_after):
                noun, lead = "companies", "fortune global 500 companies"  # "86 of the Fortune Global 500 sent ..."
            if not noun and digits and (listed := _NUMBER_LIST_AFTER.match(text, pos_after)) is not None \
                    and (listed_noun := _count_noun(text[listed.end():listed.end() + 80])):
                noun = lead = listed_noun  # "signed 880, 734 and 612 projects respectively": each counts projects
            if not noun and digits and _WORTH_AFTER.match(text, pos_after) \
                    and (counted_at := _recent(figures, sentence, "count", named=True)) is not None:
                # "Hefei High-tech Zone signed 23 projects worth 45.6 billion yuan, and Baohe District signed 12 worth
                # 18.2 billion yuan": the count before names what these are
                noun = lead = figures[counted_at].noun
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _FOR_A_TOTAL.search(before[-40:]):
                noun = lead = previous.noun  # "added 22 exhibitors after its opening, for a total of 672": the same
            if not noun and digits and previous is not None and _TOTAL_TO.search(before[-120:]) \
                    and (counted_at := _recent(figures, sentence, "count", named=True)) is not None:
                # "48,000 visitors came, bringing the total so far to 93,000"; "723 projects worth 543.9 billion yuan
                # were signed, bringing the total since 2018 to 4,200": the count before, past its amount
                noun = lead = figures[counted_at].noun
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _THIS_YEARS.search(before[-60:]):
                noun, lead = previous.noun, previous.noun  # "Last year's edition drew 263 companies; this year's has 310"
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _LAST_EDITION_DREW.search(before[-60:]):
                noun, lead = previous.noun, previous.noun  # "expect more than 1,700 exhibitors, after last year's convention drew 1,652"
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _ANOTHER_DAY_LEAD.search(before[-40:]) and _BARE_END.match(text, pos_after):
                noun, lead = previous.noun, previous.noun  # "On Sunday, 86,000 people visited; on Monday, 92,000."
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _THE_LATTER.search(before[-40:]):
                noun, lead = previous.noun, previous.noun  # "the former signed 1,108 projects, the latter 136"
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _CLAUSE_HEAD.search(before[-12:]) and _HAD_COME.match(text, pos_after):
                # "300,000 visitors were expected; 236,000 had come by Monday evening": the count before, its noun left
                # out at the head of a clause of its own
                noun, lead = previous.noun, previous.noun
            if not noun and digits and previous is None and figures and figures[-1].unit == "count" \
                    and figures[-1].noun and start - figures[-1].end < 120 \
                    and _THIS_YEARS_OPENS.search(before[-60:]):
                # "In 2018 it drew 600 exhibitors. Twenty editions on, this year's event gathered 1,534": the
                # earlier edition's count of the sentence before, as this year's
                noun = lead = figures[-1].noun
            if not noun and digits and figures and figures[-1].unit == "count" \
                    and (previous is None or ";" in text[figures[-1].end:start]) \
                    and figures[-1].noun and start - figures[-1].end < 300 and _HAS_BARE.search(before[-40:]) \
                    and _BARE_END.match(text, pos_after):
                # "The summit drew about 300 exhibitors a year. The 2044 conference, which opened on Saturday, has
                # 612.", "... holds 156 exhibitors; the robotics hall has 98.": the count before, its noun left out
                noun = lead = figures[-1].noun
            if not noun and digits and figures and figures[-1].unit == "count" and figures[-1].noun \
                    and start - figures[-1].end < 200 and _TARGET_OF.search(before[-40:]):
                # "\"We have signed more than 500 projects so far. Our target is 650.\"", "beating its target of 650":
                # the target for the count named last
                noun, lead, gapped_forecast = figures[-1].noun, figures[-1].noun, True
            if not noun and digits and previous is None and (_EXPECT_TO_PASS.search(before[-40:])
                                                               or (_EXPECTS_BARE.search(before[-30:])
                                                                   and _NO_NOUN_AFTER.match(text, pos_after))) \
                    and (counted := next((f for f in reversed(figures[-4:]) if f.unit == "count" and f.noun
                                          and f.scope != "background" and start - f.end < 300), None)) is not None:
                # "By Saturday noon, 620 projects had been signed. ... \"We expect to pass 900 by the close\"": a
                # forecast of the count a sentence before gave
                noun, lead, gapped_forecast = counted.noun, counted.noun, True
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _PLANNED_FOR.search(before[-40:]):
                # "some 180,000 visits, a figure that organizers, who had planned for 150,000, ...": the same count,
                # as it was planned
                noun, lead, gapped_forecast = previous.noun, previous.noun, True
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and (whose := _WHOSE_COUNT.search(before[-50:])) is not None:
                # "486, which, combined with the opening day's 152, already exceeds last year's total of 906": the same
                # count, of another day or year
                noun, lead = previous.noun, previous.noun
                one_part = whose.group("day") is not None  # (the opening's, when the day is the first)
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _SLASH_SIBLING.fullmatch(text, previous.end, start):
                # "Visitors: 562,000 (on-site) / 12.8 million (online)": the same noun, counted where they were
                noun = previous.noun
                lead = f"online {noun}" if _ONLINE_BRACKET.match(text, pos_after) else noun
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _SO_FAR_AFTER.match(text, pos_after):
                noun, lead = previous.noun, previous.noun  # "58,000 visitors, 104,000 so far": the same, counted so far
            if not noun and digits and (subject := _SENTENCE_SUBJECT.match(text, s_start, start)) is not None and (
                    (text[start - 1:start] == "(" and _RATIO_PART.match(text, pos_after))
                    or (text.startswith(")", pos_after) and _RATIO_WHOLE.search(before[-24:]))):
                # "Overseas exhibitors ... make up about one-fifth of the total (128 of 634)": the subject's count,
                # then the whole's, named by the subject's noun
                ratio = True
                noun = subject.group("noun").lower()
                lead = subject.group("lead").lower() if _RATIO_PART.match(text, pos_after) else noun
            if not noun and (digits or spelled) and si and _ANSWER.match(sentence) \
                    and (asked := _HOW_MANY.search(text, spans[si - 1][0], min(spans[si - 1][1], spans[si - 1][0] + 200))):
                # "Q: How many exhibitors will there be? A: We expect 300", "Q: And the forums? A: Twenty-four."
                noun = lead = (asked.group("noun") or asked.group("also")).lower()
            if not noun and digits and _OF_THE_SIGNED.match(text, pos_after) \
                    and re.search(r"\b(?:of|among|including|besides|plus|excluding|with) the\s$", before[-14:], re.I):
                # "the biggest of the 138 signed at the opening", "Including the 1,086 signed this year", "the largest
                # group among the 1,302 signed": of the projects signed
                noun, lead = "projects", "projects signed"
            if not noun and digits and _OF_A_TOP_LIST.match(text, pos_after):
                noun = "companies"  # "... and 120 of China's top 500.": companies on that list
            if not noun and digits and _SIGNED_BARE.search(before[-40:]) and _NO_NOUN_AFTER.match(text, pos_after):
                noun, lead = "projects", "projects signed"  # "The 2021 edition signed 703.": signings count projects
            if not noun and digits and _WERE_SIGNED_AFTER.match(text, pos_after) and previous is not None \
                    and previous.sentence == sentence and previous.noun in ("projects", "deals", "contracts", "agreements"):
                # "Some 1,200 projects were registered for matchmaking, and 918 were signed": the projects signed
                noun, lead = "projects", "projects signed"
            if not noun and digits and _THAN_THE_BEFORE.search(before[-20:]) and _OF_AN_EARLIER_AFTER.match(text, pos_after) \
                    and (grown := next((f for f in reversed(figures[-3:]) if f.sentence == sentence and f.unit == "count"
                                        and f.noun and not f.metric.endswith((" increase", " decrease"))), None)):
                noun = lead = grown.noun  # "1,542 exhibitors, 76 more than the 1,466 of the previous edition": exhibitors
            if not noun and digits and (any(cue.search(before[-window:]) for cue, window in _SAME_COUNT_CUES)
                                        or _BY_A_COUNT_AFTER.match(text, pos_after)) \
                    and (counted_at := _recent(figures, sentence, "count", named=True)) is not None:
                # (the sentence's last count, another value of it: "More than 1,300 projects ..., about 1,400 by one
                # count")
                noun = lead = figures[counted_at].noun
            if not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and (_AND_THEN.search(before[-6:]) or _AFTER_THEN.search(before[-12:])) \
                    and _ON_A_WEEKDAY.match(text, pos_after):
                # "85,000 visitors on Saturday and 92,000 on Sunday", "72,000 visitors on Saturday, ..., after 61,000 on
                # Friday": another day's
                noun = lead = previous.noun
            if not noun and digits and _AFTER_ON.search(before[-8:]) and _ON_THE_DAY.match(text, pos_after) \
                    and (counted_at := _recent(figures, sentence, "count", named=True)) is not None:
                noun = lead = figures[counted_at].noun  # "Another 110 projects ... after 166 on the first"
            if not noun and digits and previous is not None and previous.unit == "count" and _MORE.match(text, pos_after):
                # "462 companies are exhibiting at the venue, and 1,260 more on the cloud platform", "and 1,400 on
                # the cloud platform": more of the same noun, counted by where they are
                further = True
            if not noun and digits and previous is not None and previous.unit == "count" \
                    and (previous.scope == "part" or previous.metric.startswith("companies from ")) \
                    and _AND_THEN.search(before[-6:]) and (_VERB_AFTER.match(text, pos_after)
                                                           or _FROM_PLACE.match(text, pos_after)
                                                           or _AT_A_PART_AFTER.match(text, pos_after)):
                # "397 of them had been registered and 298 had started construction", "a dozen from Italy and 30
                # from Japan"
                sibling = previous
            elif not noun and digits and previous is not None and previous.unit == "count" and previous.scope == "part" \
                    and _PLACE_WITH.search(before[-40:]):
                sibling = previous  # "followed by Chuzhou with 48 projects and Bengbu with 41": another place's
            elif not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and previous.sentence == sentence and _PLACE_WITH.search(before[-40:]) \
                    and _PLACE_COMMA_WITH.search(text, max(s_start, previous.start - 40), previous.start):
                # "Hefei, with 470 projects, and Wuhu, with 208, led the signings": each place's, the first too
                sibling = previous
                noun, lead = previous.noun, previous.noun
                figures[-1] = replace(previous, scope="part")
            elif not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and previous.sentence == sentence and _PLACE_FOLLOWED_WITH.search(before[-40:]):
                # "Hefei signed 412 projects, followed by Wuhu with 86": places ranked, each one's a part
                sibling = previous
                noun, lead = previous.noun, previous.noun
                figures[-1] = replace(previous, scope="part")
            elif not noun and digits and _AND_THEN.search(before[-6:]) and _WORTH_BOUND_AFTER.match(text, pos_after) \
                    and (counted_at := _recent(figures, sentence, "count", named=True)) is not None \
                    and figures[counted_at].scope == "part":
                # "Of them, 186 are worth more than 1 billion yuan each, and 12 more than 10 billion yuan": another
                # group of the same whole, by what each is worth
                sibling = figures[counted_at]
            elif paren_sibling is not None:
                # "new energy vehicles (186 companies), integrated circuits (94) and robotics (72)": more of the
                # same noun, each a group's; the first is a group's too
                sibling = previous
                figures[-1] = replace(previous, scope="part")
            elif not noun and digits and _AMONG_THE.search(before[-12:]) and _DONE_AFTER.match(text, pos_after) \
                    and (among := _recent(figures, sentence, "count", named=True)) is not None:
                # "67 foreign-funded projects were among the 589 signed"
                noun, lead = figures[among].noun, figures[among].noun
            elif not noun and digits and value >= 2 and _COMPARED_THE.search(before[-160:]) \
                    and _DONE_AFTER.match(text, pos_after):
                noun, lead = "projects", "projects signed"  # "far fewer than the 1,068 signed at ...": signings
            elif not noun and digits and _AMONG.search(before[-24:]) and _FROM_ABROAD_IN.match(text, pos_after) \
                    and (whole := _recent(figures, sentence, "count", named=True)) is not None:
                # "The 586 exhibiting companies included 86 from abroad": the overseas ones among them
                noun, lead = figures[whole].noun, "overseas exhibitors" if figures[whole].metric in EXHIBITING \
                    else f"overseas {figures[whole].noun}"
            elif not noun and (_DONE_AFTER.match(text, pos_after) or _FROM_PLACE.match(text, pos_after)) \
                    and (whole := _recent(figures, sentence, "count", named=True) if _INCLUDING.search(before[-24:])
                         # (and the next of a list: "..., including 212 foreign-funded ones and 74 from Fortune Global
                         # 500 companies": of the whole before the list)
                         else _listed_whole_before(figures, sentence, start - len(listed.group(0)))
                         if (listed := _INCLUDING_LISTED.search(before[-80:])) is not None else None) is not None:
                # "608 projects worth 495.2 billion yuan were signed, including 132 signed at the opening": some of
                # what the count before counts
                noun, lead = figures[whole].noun, figures[whole].noun
            elif not noun and digits and _WATCHED_ONLINE_AFTER.match(text, pos_after):
                noun, lead = "viewers", "online viewers"  # "..., while 2.3 million watched the livestream"
            elif not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and (_AND_THEN.search(before[-6:]) or _WHILE_THEN.search(before[-8:])) \
                    and (_DOING_AFTER.match(text, pos_after) or _DO_WHERE_AFTER.match(text, pos_after)):
                # "1,326 companies had joined its cloud exhibition, and 430 were exhibiting at the venue", "1,560
                # companies online, while 1,130 exhibit in person": the same noun, counted by what the verb says
                noun, lead = previous.noun, previous.noun
                if previous.metric == "exhibitors_online" and _DOING_IN_A_PLACE.match(text, pos_after):
                    # ("Its online exhibition has 1,020 companies, while 548 are exhibiting in Nanjing": on site)
                    lead = "on-site exhibitors"
            elif not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _WHILE_PLACE_HOSTS.search(before[-80:]) and _CLAUSE_ENDS.match(text, pos_after):
                noun, lead = previous.noun, previous.noun  # ("..., while the robotics zone hosts 45.")
            elif not noun and digits and previous is not None and previous.unit == "count" \
                    and previous.metric in ("projects_signed", "projects") and _FUNDED_AFTER.match(text, pos_after):
                noun, lead = "projects", "foreign-funded projects"  # "735 projects, 72 foreign-funded, ...": of them
            elif not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and previous.scope == "part" and start - previous.end < 80 and _AND_THEN.search(before[-6:]) \
                    and _ONE_DAY_AFTER.match(text, pos_after) and _ONE_DAY_AFTER.match(text, previous.end) \
                    and ".\n" not in text[previous.end:start]:
                # "85,000 visitors on its first day and 92,000 on the second": another day's count of the same, its
                # noun and "day" left out
                noun, lead, sibling = previous.noun, previous.noun, previous
            elif not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and previous.scope == "part" and _GAPPED_PART.search(before[-60:]) \
                    and _CLAUSE_ENDS.match(text, pos_after):
                # "the smart manufacturing hall hosts 230 companies, the new energy vehicle hall 95 and the
                # semiconductor hall 104": another part's count of the same, its verb and noun left out
                noun, lead, sibling = previous.noun, previous.noun, previous
            elif not noun and digits and _GAPPED_PART.search(before[-60:]) and _GAPPED_GOES_ON.match(text, pos_after) \
                    and (counted_at := _recent(figures, sentence, "count", named=True)) is not None \
                    and figures[counted_at].scope == "part":
                # "The robot hall hosts 96 exhibitors on 12,000 square meters; the software hall 64 on 8,000 square
                # meters": the count, past the area the clause before gave
                noun, lead, sibling = figures[counted_at].noun, figures[counted_at].noun, figures[counted_at]
            elif not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and previous.sentence == sentence and _GAPPED_EVENT.search(before[-120:]) \
                    and _CLAUSE_ENDS.match(text, pos_after):
                noun, lead = previous.noun, previous.noun  # another event's count of the same, its verb left out
            elif not noun and digits and previous is not None and previous.unit == "count" \
                    and (counted := previous.noun or _named_count_noun(figures, sentence)) \
                    and previous.metric in _EXHIBITING_ANYWHERE \
                    and (_AND_THEN_ABOUT.search(before[-24:]) or (before.endswith(": ") and start - previous.end < 20)) \
                    and (where := _WHERE_AFTER.match(text, pos_after)) is not None:
                # "1,126 companies are exhibiting online, and 628 in the halls": the same noun, where the clause says
                # (and, in a forecast, "about 1,000 companies expected online and some 600 on site", forecast too)
                # (or the whole's noun: "1,655 exhibitors, 1,200 of them on site and 455 online")
                noun, lead = counted, "online exhibitors" if where.group("online") else "on-site exhibitors"
                gapped_forecast = previous.scope == "expected"
            elif not noun and digits and value >= 10 and _EDITION_DID.search(before[-100:]) and _CLAUSE_ENDS.match(text, pos_after) \
                    and (told := next((f for f in reversed(figures[-4:]) if f.unit == "count" and f.noun
                                       and start - f.end < 400 and "\n\n" not in text[f.end:start]), None)) is not None:
                # "... it drew about 100 exhibitors. The third summit, in 2018, had grown to 200.": an edition as the
                # subject of a bare count goes on counting what the story counted just before
                noun, lead = told.noun, told.noun
            elif not noun and digits and _AVERAGE_OF.search(before[-30:]) and _A_DAY.match(text, pos_after) \
                    and (whole := _recent(figures, sentence, "count", named=True)) is not None:
                # "118,000 visits over three days, an average of about 39,000 a day": the same count per day
                noun = lead = f"{figures[whole].noun} per day"
            if not noun and digits and previous is not None and previous.unit in MONEY_UNITS and len(figures) > 1 \
                    and figures[-2].sentence == sentence and figures[-2].unit == "count" and figures[-2].noun \
                    and EARLIER_BEFORE.search(before[-40:]) and _WORTH.search(text, figures[-2].end, previous.start):
                # "they signed 735, worth 628.4 billion yuan, up from 716 last year": the count's earlier value, past
                # what the count is worth
                previous = figures[-2]
            elif not noun and digits and previous is not None and previous.unit == "percent" \
                    and previous.metric.endswith((" growth", " decline")) and len(figures) > 1 \
                    and figures[-2].sentence == sentence and figures[-2].unit == "count" and figures[-2].noun \
                    and EARLIER_BEFORE.search(before[-40:]):
                # "signed 1,561 projects this year, only 1.5 percent more than the 1,538 of 2076": the count's earlier
                # value, past the rate it grew by
                previous = figures[-2]
            echo = bool(not noun and previous is not None and previous.unit == "count"
                        and ((digits and (EARLIER_BEFORE.search(before[-40:]) or further or _THE_FIGURE.search(before[-50:])
                                          # ("signed 1,561 projects, after 1,538 in 2076 and 1,512 in 2075")
                                          or (_AFTER_BEFORE.search(before[-12:]) and _IN_A_YEAR.match(text, pos_after))))
                             # ("25 humanoid robot companies ..., compared with eight in 2025")
                             or (spelled and EARLIER_BEFORE.search(before[-24:]))))
            if echo and len(figures) > 1 and figures[-2].sentence == sentence and figures[-2].unit == "count" \
                    and _AMONG.search(text, max(0, previous.start - 30), previous.start) \
                    and _PART_ASIDE_CLOSED.match(text, previous.end, start):
                # "More than 1,600 enterprises, including over 400 from overseas, are taking part, up from 1,538
                # last year": the aside closed, the comparison is the whole's
                previous = figures[-2]
            if echo:  # "612, up from 545": the same count, an earlier value
                # (of a count whose noun the sentence left out: "58 are Fortune Global 500 companies, up from 53")
                noun = lead = previous.noun or previous.metric.replace("_", " ").split()[-1]
            elif not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _TO_BE_EXACT.match(text, pos_after):
                noun = lead = previous.noun  # "Nearly 1,600 exhibitors - 1,568 to be exact -": the same count
            elif not noun and digits and retracted is not None and _CORRECT_IS.search(before[-60:]):
                noun, lead = retracted.noun, retracted.noun  # "The correct number is 536": of what was taken back
            elif not noun and digits and si and _IT_WAS.fullmatch(text, s_start, start) \
                    and (misstated := _MISSTATED.search(text, spans[si - 1][0], spans[si - 1][1])) is not None:
                # "... misstated the number of projects signed. It was 807, not 870."
                noun, gives_back = misstated.group("noun").lower(), True
                lead = f"{noun} {misstated.group('done').lower()}" if misstated.group("done") else noun
            elif not noun and digits and si and _THERE_WERE.fullmatch(text, s_start, start) \
                    and _OF_THEM_AFTER.match(text, pos_after) \
                    and (told_of := _COUNTED_PLURAL.search(text, spans[si - 1][0], spans[si - 1][1])) is not None:
                # "Projects worth 66.8 billion yuan were signed. There were 54 of them.": the projects' count
                noun = lead = told_of.group(0).lower()
                if re.search(r"\b(?:signed|inked|sealed)\b", text[told_of.end():spans[si - 1][1]]):
                    lead = f"{noun} signed"
                them = True
            elif not noun and digits and _AND_THEN.search(before[-6:]) and _THIS_YEAR_AFTER.match(text, pos_after) \
                    and ((previous is not None and previous.unit == "count" and previous.noun)
                         or (counted_at := _recent(figures, sentence, "count", named=True)) is not None):
                # "drew 652 exhibitors in 2025 and 641 this year": the same count, this year's (also past an amount:
                # "287 projects in the five years to 2052, worth about 230 billion yuan, and 63 this year")
                restated = previous if previous is not None and previous.unit == "count" and previous.noun \
                    else figures[counted_at]
                noun, lead = restated.noun, restated.noun
            elif not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and (previous.scope == "earlier" or _NOUN_IN_A_YEAR.match(text, previous.end)) \
                    and _AND_THEN.search(before[-6:]) and _IN_A_YEAR.match(text, pos_after):
                # "compared with 702 last year and 640 in 2023": another earlier year's count of the same
                noun, lead = previous.noun, previous.noun
            elif not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and _YEAR_IN_BRACKETS.search(before[-10:]):
                # "Exhibitors: 1,236 (2025: 1,102)": the same count, the year's in brackets
                restated = previous
                noun, lead = previous.noun, previous.noun
                earlier_column = True
            elif not noun and digits and previous is None and figures and figures[-1].unit == "count" \
                    and figures[-1].noun and start - figures[-1].end < 200 and further and _PEOPLE_CAME.match(text, pos_after):
                # "On its first day, the convention received 62,000 visitors. On Sunday, another 71,000 came.": more
                # of those the sentence before counted
                noun, lead = figures[-1].noun, figures[-1].noun
            elif not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and previous.scope == "part" and (_NEXT_PLACE.fullmatch(text, previous.end, start)
                                                      or _NEXT_VENUE_WITH.fullmatch(text, previous.end, start)):
                # "Of the 275 projects signed, Nanjing got 92, Suzhou 61 and Wuxi 38": each place's count of the same
                noun, lead = previous.noun, previous.noun
            elif not noun and digits and previous is not None and previous.unit == "count" and previous.noun \
                    and previous.scope == "part" and _WHOLE_COUNTS.search(before[-40:]):
                # "Hall 5 alone holds 110 exhibitors, while the whole expo counts about 600": the whole's count of them
                noun, lead = previous.noun, previous.noun
            elif not noun and digits and previous is None and figures and figures[-1].unit == "count" \
                    and start - figures[-1].end < 300 and _THE_FIGURE.search(before[-50:]):
                # "Last year, 735 projects were signed. This year, the figure rose to 790.": the last sentence's count
                restated = figures[-1]
                noun, lead = restated.noun, restated.noun
            elif not noun and digits and _THE_FIGURE.search(before[-50:]) \
                    and (told := _last(_NUMBER_NAMED.finditer(text, max(0, s_start - 300), s_start))) is not None:
                # "Xinhua misstated the number of visitors. The correct figure is 268,000": that number's noun
                noun = lead = told.group("noun").lower()
            if not noun and digits and sibling is None and (cell := _table_cell(text, start)) is not None:
                lead = cell[0].lower()  # "| Exhibitors | 652 | 641 |": the row's label
                if not CJK_RUN.search(lead):
                    lead = _BRACKETS_AT_END.sub("", lead) or lead  # (without its scale: "| Online views (million) |")
                noun = lead.split()[-1]
                earlier_column = cell[1] < cell[2]  # a column of an earlier year than the table's latest
                label_metric = table_label_metric(lead) if CJK_RUN.search(lead) else ""  # ("| 参展企业（家） | 586 |")
            if noun or sibling is not None:
                unit = "count"
            elif digits and ((written or _qualifier(before)) != "exact" or _PART_OF.match(after) or _COUNTED_AS.match(after)
                             or re.search(r"(?:total of|of which|of whom|among them|among which|including)\s$", before)):
                unit = "count"
            else:
                continue
        trailing = _TRAILING.match(text, pos_after)  # "1,000 or so visitors", "50 or more projects"
        qualifier = written or (_TRAILING_QUALIFIER[trailing.group(1).lower()] if trailing else "") \
            or _qualifier(text[max(0, start - 40):start])
        if qualifier == "exact" and previous is not None and previous.unit == unit \
                and previous.qualifier in ("about", "more_than", "nearly") and _SHARED_QUALIFIER.fullmatch(text, previous.end, start) \
                and not _OWN_SUFFIX.search(previous.surface):  # ("1,150-odd exhibitors and 30 forums": the 30 is exact)
            qualifier = previous.qualifier  # "about 300 enterprises and 2,000 guests": both about
        if unit == "day" and qualifier == "more_than" and _OVER_DAYS.search(text[max(0, start - 40):start]):
            qualifier = "exact"  # "Over four days, the convention gathered ...": during them, not more than
        if qualifier == "up_to" and _REVISED_TO.search(text[max(0, start - 130):start]):
            qualifier = "exact"  # "revised the number of signed projects up to 862": upward, to that value
        if qualifier == "exact" and _ESTIMATED_AT.search(text[max(0, start - 130):start]):
            qualifier = "about"  # "Organizers estimate the number of visitors at 200,000": an estimate
        following = text[end_pos:min(len(text), end_pos + 160)]
        # (what follows an amount's conversion in brackets says what it is: "CN¥41.2 billion ($5.8 billion) of
        # investment")
        told = _BRACKETED_AFTER.sub("", following, count=1) if unit in MONEY_UNITS else following
        if them:
            told = " " + told[_OF_THEM_AFTER.match(told).end():]  # (all of them, not some)
        if unit == "count" and previous is not None and previous.unit == "count" and previous.noun \
                and (ones := _ONES_AFTER.match(told)) is not None:
            # "734 projects were signed, including 120 foreign-funded ones": the noun the count before named
            told = f"{told[:ones.start('ones')]}{previous.noun}{told[ones.end('ones'):]}"
        words_before = text[max(s_start, start - 200):start]
        # ("Manufacturing projects made up 1,288 of them, or 80.4 percent": its share, named as if it read "made up
        # 80.4 percent of them")
        part_then = _PART_THEN_RATE.search(words_before) if unit == "percent" and noun == "share" else None
        if unit == "percent" and si > 0 and start - s_start < 40 and SHARE_OF_THEM.match(following):
            # "... has 1,600 exhibitors. Nearly 40 percent of them show AI products": of what the sentence before
            # counted
            a, b = spans[si - 1]
            words_before = f"{text[max(a, b - 240):b]} {words_before}"
        metric, scope = classify(unit, noun, row_label + _with_subject(text, spans, si, sentence), words_before,
                                 f" {lead} {told.lstrip(' ')}" if lead else told, vocabulary, memo)
        if gapped_forecast:
            scope = "expected"
        if _SHARES_OF.search(before[-12:]) or (scope != "background" and guessed_in_a_quote(text[max(s_start, start - 200):start])):
            # "Shares of two local battery makers rose ...": a market's, not the event's; "\"There must be 2,000
            # companies here,\" said a visitor": a guess
            scope = "background"
        if (of_all or of_the_whole) and scope == "part":
            scope = "edition"  # (whatever the sentence opened with: "Of the 1,120 projects, ..., and 88 of the exhibitors")
        if of_whole is not None and metric == of_whole.noun and of_whole.metric in BATCHED:
            metric = of_whole.metric  # "1,120 projects signed ... Of those, 26 came out of the forum": signed ones too
        if one_part and scope == "edition":
            scope = "part"
        if unit == "count" and _LINED_UP_AFTER.match(text, end_pos):
            metric, scope = "projects lined up", "edition"  # "260 projects lined up for the conference": not signed yet
        elif unit == "count" and (_OF_THOSE_LINED_UP.search(before[-200:]) and _SIGNED_AFTER.match(text, end_pos)
                                  or _OF_THOSE_EXPECTED_SIGNED.match(text, end_pos)):
            # (and "Some 1,100 of the projects expected at the ... Convention were signed in its first two days")
            # "Of the 260 projects lined up for the conference, 241 were signed": the edition's signings
            metric, scope = "projects_signed", "edition"
        if unit == "count" and scope == "edition" and metric in BATCHED and _WORTH_EACH_AFTER.match(text, end_pos):
            scope = "part"  # "Forty-nine projects worth at least 10 billion yuan apiece were signed": one size class
        if label_metric or unit_label_metric:
            metric = label_metric or unit_label_metric
        if unit == "m2" and metric == "area" and scope == "edition" and _BARE_LINE.fullmatch(sentence.strip()) \
                and _EVENT_NEAR.search(text, max(0, start - 200), min(len(text), end + 200)):
            # "255 projects. 190,000 visitors. 70,000 square meters. The ... Conference by the numbers.": a line of the
            # event's figures, its area the exhibition's
            metric = "exhibition_area"
        if unit in MONEY_UNITS and metric in UNSPECIFIC and figures and figures[-1].metric in ("projects_signed", "projects") \
                and figures[-1].scope == scope and start - figures[-1].end < 40 and _DEALS_VALUE_LABEL.search(before[-30:]):
            metric = "contract_value"  # "Deals: 228. Value: 61.4 billion yuan.": what the deals are worth
        if delta_of is not None:
            # a growth of its own, never the measure it grew
            metric = growth_metric(delta_of.metric, noun == "decrease", vocabulary)
            scope = "edition" if delta_of.scope == "expected" else delta_of.scope
        if scope == "edition" and si and _ANSWER.match(sentence) and _QUESTION.match(text, *spans[si - 1]) \
                and is_forecast(text[spans[si - 1][0]:min(spans[si - 1][1], spans[si - 1][0] + 200)]) \
                and not NEXT_CLAUSE.search(before):
            scope = "expected"  # "Q: How many projects do you expect to sign? A: Around 600": the forecast asked for
        if scope == "edition" and (quoted := _WE_QUOTED.search(before[-60:])) is not None \
                and (_SAID_BY_A_COMPANY.search(following)
                     or _COMPANY_ROLE.search(text, max(0, (opened := start - len(before[-60:]) + quoted.start()) - 240),
                                             opened)):
            # "\"We have signed 12 agreements in two days,\" said ..., sales manager of a Suzhou firm"; "For Li Ming,
            # general manager of a robot maker, ... \"We signed three deals worth 120 million yuan,\" he said"
            scope = "part"
        if unit != "percent" and unit != "percentage_point" and _GREW_BY.search(before[-24:]) \
                and _TO_AFTER.match(text, end_pos) and not metric.endswith(("increase", "decrease")):
            # "The expo's footprint grew by 10,000 square meters to 80,000 square meters": the growth, not the area
            metric = growth_metric(metric, _GREW_BY.search(before[-24:]).group(1).lower() in _FELL, vocabulary)
        if nation_next is None and metric in EXHIBITING and (sent := _NATION_SENT.search(before[-160:])) is not None:
            nation_next = sent  # "Germany sent the largest group, 41 companies": Germany's companies
        elif nation_next is None and metric in EXHIBITING and scope == "part" \
                and (pavilion := _last(NATION_PAVILION.finditer(before[-160:]))) is not None:
            nation_next = pavilion  # "The German pavilion ..., home to 58 companies": Germany's companies (the nearest)
        if nation_next is not None:
            country = nation_next.groupdict().get("country") or nation_next.groupdict().get("owner")
            metric, scope = nation_companies(country), "edition"
        if ratio and scope == "part":
            scope = "edition"  # (the share's own count and its whole are the edition's: what it is a share of)
        if scope == "edition" and metric not in STANDING and (day_label := _DAY_LABEL.match(sentence)) \
                and not _SO_FAR_AFTER.match(following) \
                and not _SO_FAR_IN_DAY.search(_NEXT_ITEM.split(before)[-1] + _NEXT_ITEM.split(following, maxsplit=1)[0]):
            # "Day 2 of the convention: 58,000 visitors; 86 projects signed": that day's (the first day's signings
            # are the opening's)
            scope = "opening" if metric in BATCHED and (day_label.group("first") or day_label.group("first2")) else "part"
        if earlier_column or (scope == "edition" and digits and (changed := _changed_from(text, before, pos_after))
                              is not None and changed.re is _GAPPED_FROM):
            scope = "earlier"  # (and "..., and the number of exhibitors from 230 to 263": where the change started)
        elif scope == "earlier" and (_A_DAY_EARLIER.match(following) or echo and _FIRST_REPORTED.match(following)):
            # "rose to 705 by Tuesday from 654 the day before": the same edition's count, one day before
            scope, qualifier = "edition", "at_least"
        elif scope == "edition" and (metric in BATCHED or metric == "visitors") \
                and in_sentence(_ON_A_DAY, sentence, memo) and not in_sentence(_WHOLE_EVENT, sentence, memo) \
                and _ON_A_DAY.search(NEXT_CLAUSE.split(before[-160:])[-1] + text[start:end_pos]
                                     + NEXT_CLAUSE.split(following, 1)[0]) is not None \
                and not (qualifier in ("more_than", "at_least") and MARK_PASSED.search(before[-40:])):
            # (not a mark the running count passed that day: "Foot traffic ... passed 200,000 on Monday, the third day")
            scope = "part"  # "220 projects were signed on Monday, the third day": that day's batch
        if scope == "edition" and _goes_on(text, spans, si, carried):
            scope = "cumulative"
        if (total := _TOTAL_TO.search(before[-120:])) is not None and qualifier == "exact" \
                and re.search(r"\s(?:past|above|beyond|over)\s\S*$", total.group(0)):
            qualifier = "more_than"  # "taking the total ... past 8,000"
        if scope in ("part", "edition", "cumulative") and total is not None and sums_editions(total.group(0)):
            scope = "cumulative"  # "This year's 612 projects bring the total signed since 2018 to 4,592"
        elif scope in ("part", "edition") and _TOTAL_TO.search(before[-120:]):
            scope = "edition"  # "sealed 22 projects on the second day, bringing the total so far to 35 projects"
            if qualifier in ("exact", "about") and not in_sentence(_FINAL, sentence, memo):
                # a total while the event runs, which the final one can only exceed (not "... closed with 50 more
                # deals, bringing the total to 790")
                qualifier = "at_least"
        elif scope == "edition" and (added := _ADDED_TO_TOTAL.match(following)) \
                and not sums_editions(following[added.end() - 8:added.end() + 80]) \
                and not VALUE_REVISED_TO.search(before[-200:]):
            # (nor a revised whole: "revised the value of projects signed ... to 221.3 billion yuan after three late
            # agreements, bringing the number of projects to 285")
            # (not "640 projects were signed this year, bringing the total since 2018 to 4,648": the edition's)
            scope = "part"  # "Day three added 40 deals, taking the tally to 510": the 40 is one more batch
        elif unit in MONEY_UNITS and scope in ("part", "edition") and previous is not None and previous.unit == "count" \
                and previous.scope == "edition" and previous.qualifier == "at_least" \
                and previous.metric in ("projects_signed", "projects") \
                and _TOTAL_TO.search(text, max(s_start, previous.start - 120), previous.start) \
                and _WITH_AMOUNT.match(text, previous.end, start):
            # "..., bringing the number of projects sealed so far to 381, with combined investment of 318.4 billion
            # yuan": what the total so far is worth, so far
            scope, qualifier = "edition", "at_least" if qualifier in ("exact", "about") else qualifier
        elif scope == "cumulative" and _ADDED_TO_TOTAL.match(following) and not opens_running_total(text[s_start:end_pos]):
            # "closed with 634 exhibitors and 97 projects signed, taking the series' totals to over 6,000 exhibitors":
            # this edition's, which the series' totals after them add up
            scope = "edition"
        if lead_in[0] != s_start:
            lead_in = (s_start, text[s_start:min(start, s_start + 200)])  # the sentence before its first figure
        # the words of a count so far count in the figure's own clause, or before the sentence's first figure ("By
        # Saturday, 61,000 people had visited, and 31 deals had been signed"), not in another clause ("Foot traffic
        # hit 60,000 on its first two days, while 410 exhibitors filled the halls")
        own_clause = _opening(lead_in[1]) + " " + _AS_CLAUSE.split(NEXT_CLAUSE.split(before)[-1])[-1] \
            + text[start:end_pos] + NEXT_CLAUSE.split(following, 1)[0]
        if scope == "edition" and label_when is not None:
            if label_when.group("day") and metric not in STANDING:
                scope = "part"  # one day's
            elif label_when.group("so_far"):
                qualifier = "at_least"  # a count while the event runs
        if scope == "edition":
            qualifier = only_growing(metric, qualifier)
        if scope in ("edition", "part") and qualifier in ("exact", "about") and metric in AUDIENCES \
                and (audience := next((f for f in reversed(figures[-3:]) if f.sentence == sentence
                                       and f.metric != "countries_regions"), None)) is not None \
                and audience.scope == "part" and audience.metric in AUDIENCES \
                and start - audience.end < 200 and _INCLUDING.search(text, audience.end, start) \
                and at_a_session(text[max(0, audience.start - 200):audience.start], text[audience.end:audience.end + 200]):
            # "More than 1,200 guests attended the opening ..., including 40 academicians": the edition had at least
            # those, as "Over 1,200 guests, including 40 academicians, attended the opening" says
            qualifier = "at_least"
        if scope == "edition":
            qualifier = _while_running(qualifier, unit, metric, sentence, memo, own_clause)
            if qualifier in ("exact", "about", "nearly") and unit != "day" and metric not in _SET_BEFORE_OPENING \
                    and _goes_on_running(text, s_start, sentence):
                qualifier = "at_least"
            if qualifier in ("exact", "about", "nearly") and (metric in BATCHED or metric == "visitors") \
                    and in_sentence(_OPENED_HAS, sentence, memo):
                qualifier = "at_least"
            if qualifier in ("exact", "about", "nearly") and unit != "day" and figures \
                    and figures[-1].sentence != sentence and in_sentence(_SAME_PERIOD, sentence, memo) \
                    and in_sentence(_RUNNING, figures[-1].sentence, memo):
                qualifier = "at_least"  # "... on the first two days. Visitors numbered 96,000 over the same period."
            if qualifier in ("exact", "about", "nearly") and metric in BATCHED and figures \
                    and figures[-1].sentence != sentence and figures[-1].qualifier == "at_least" \
                    and figures[-1].metric in BATCHED and figures[-1].scope == "edition" \
                    and start - figures[-1].end < 300 and in_sentence(_RUNNING, figures[-1].sentence, memo) \
                    and not in_sentence(_FINAL, sentence, memo) and not _DAY_NAMED.search(sentence):
                # "By Monday afternoon 498 projects had been signed. ... foreign-invested projects alone reached 52":
                # the signings of the same moment, which the final count can only exceed
                qualifier = "at_least"
        if sibling is not None:
            metric, scope = sibling.metric, "part"
        elif antecedent and not (unit == "count" and _OF_THOSE_EXPECTED_SIGNED.match(text, end_pos)):
            scope = "part"  # "of the signed projects, 156 ...": a part of a whole
        elif echo:
            metric = metric if further else previous.metric
        elif restated is not None:
            metric = restated.metric
        elif unit in MONEY_UNITS and metric in UNSPECIFIC and previous is not None and previous.unit == unit \
                and previous.sentence == sentence and _OR_RESTATED.fullmatch(text, previous.end, start):
            # "totals 1.05 trillion yuan, or more than 1 trillion yuan for a third year running": the same sum, rounded
            metric, scope = previous.metric, previous.scope
        elif unit in MONEY_UNITS and metric in UNSPECIFIC and previous is not None and previous.unit == unit \
                and previous.sentence == sentence and previous.metric not in UNSPECIFIC \
                and _TOTAL_TO.search(text, previous.end, start):
            # "Deals ... topped 600 billion yuan, bringing the total since 2018 to well over 6 trillion yuan": the
            # same measure summed (its scope is the sum's own)
            metric = previous.metric
        elif unit in MONEY_UNITS and metric in UNSPECIFIC and previous is not None \
                and previous.metric in ("projects_signed", "projects") and previous.unit == "count" \
                and _A_HAUL.match(following) and _HAUL_BETWEEN.fullmatch(text, previous.end, start):
            # "signed 1,120 projects, a 1.05-trillion-yuan haul": what the deals are worth, set beside their count
            metric, scope = "contract_value", previous.scope
        elif unit in MONEY_UNITS and metric in UNSPECIFIC and ("-" in text[max(start, end_pos - 12):end_pos] or (
                _AN_BEFORE.search(before[-4:]) and noun_phrase(following, 3) not in _KNOWN_NAMES)):
            metric = noun_phrase(following) or metric  # "a 12-billion-yuan battery plant", "a 5 billion yuan expansion"
        elif unit in MONEY_UNITS and metric in ("investment", "contract_value", "money") \
                and (counted := next((f for f in reversed(figures[-3:]) if f.unit == "count"), None)) is not None \
                and counted.metric == "foreign_projects" and start - counted.end < 160 \
                and _THOSE_PROJECTS.search(text, max(s_start, start - 80), start):
            # "Foreign firms signed 226 projects, up 6 percent .... Total investment in those projects hit $14.4
            # billion": what the foreign-funded ones are worth
            metric, scope = "foreign_investment", counted.scope
        elif previous is None:
            said = next((f for f in reversed(figures[-3:]) if f.scope != "converted"), None) \
                if metric in ("growth", "decline") else None
            if said is not None and said.unit != "percent" \
                    and said.scope in ("edition", "part") and start - said.end < 240 \
                    and _THATS_UP.match(text, s_start, start):
                # "Investors pledged 640.2 billion yuan ($90 billion) .... That's up 4.5% from last year's event.":
                # the growth of the figure the sentence before ended on (not of its conversion)
                metric, scope = f"{measure_name(said.metric)} {metric}", said.scope
        elif unit in MONEY_UNITS and metric in UNSPECIFIC and previous.metric in ("projects_signed", "projects") \
                and (_WORTH.search(before[-30:]) or _BESIDE.fullmatch(text, previous.end, start)
                     or _VALUE_LABEL.search(before[-16:])):  # ("Deals: 1,512 | Value: 612.4 bln yuan")
            # "Sixty-one of the deals, worth 88 billion yuan"; "612 deals, 487.3B yuan" in a headline
            metric, scope = "contract_value", previous.scope
        elif unit in MONEY_UNITS and metric in UNSPECIFIC and previous.metric == "foreign_projects" \
                and _BESIDE.fullmatch(text, previous.end, start) and len(figures) > 1 \
                and figures[-2].sentence == sentence and figures[-2].metric in ("projects_signed", "projects") \
                and _BESIDE.fullmatch(text, figures[-2].end, previous.start):
            # "735 projects, 72 foreign-funded, 628.4 billion yuan": a list of the deals' figures, their value last
            metric, scope = "contract_value", figures[-2].scope
        elif unit in MONEY_UNITS and previous.unit == "count" and previous.metric == "foreign_projects" \
                and (_WORTH.search(before[-30:]) or _WITH_AMOUNT.match(text, previous.end, start)
                     or (_WITH_BARE.match(text, previous.end, start) and _OF_INVESTMENT_AFTER.match(text, end_pos))) \
                and not _ASIDE_CLOSED.search(text, previous.end, start) \
                and not _OF_THEM_ASIDE.match(text, previous.end) \
                and not (unit == "CNY" and _WITH_TOTAL.match(text, previous.end, start) and _OF_WHOM_BEFORE.search(
                    text, max(0, previous.start - 16), previous.start)):
            # (nor the yuan of a total after "of which": "1,538 projects were signed, of which 126 are foreign-funded,
            # with total investment of 640.2 billion yuan" are the whole's)
            # (not after an aside that closed: "640 projects were signed -- 68 of them foreign-funded -- with
            # investment topping 594 billion yuan", "signed 1,388 projects, 86 of them foreign-funded, worth a combined
            # 1.23 trillion yuan" are the whole's)
            # "35 foreign-funded projects worth $4.6 billion", "95 are foreign-funded, with investment of 16.6
            # billion U.S. dollars": what the foreign-funded projects are worth, a measure of its own
            metric, scope = "foreign_investment", previous.scope
        elif unit in MONEY_UNITS and scope == "edition" and previous.unit == "count" \
                and previous.scope == "part" and previous.metric in ("projects_signed", "projects") \
                and (_WORTH.search(before[-30:]) or _WITH_AMOUNT.match(text, previous.end, start)):
            # "of them 35 projects worth 4.6 billion yuan", "Wuhu signed 68 projects with total investment of 86.5
            # billion yuan": what those projects are worth
            scope = "part"
        elif unit in MONEY_UNITS and scope == "edition" and previous.unit == "count" \
                and previous.scope == "part" and previous.metric in ("projects_signed", "projects") \
                and _WORTH_BOUND_AFTER.match(text, previous.end) and start - previous.end < 24:
            # "..., and 12 more than 10 billion yuan": the bound each of those is worth
            metric, scope = "contract_value" if metric in UNSPECIFIC else metric, "part"
        elif unit in MONEY_UNITS and metric in UNSPECIFIC and previous.unit == "count" and previous.scope == "part" \
                and previous.metric in ("projects_signed", "projects") and _ACCOUNT_FOR.search(before[-30:]):
            # "of which 341 advanced manufacturing projects accounted for 378.5 billion yuan": of the whole's amount
            whole_at = _recent(figures, sentence, unit, scope="edition", back=4)
            metric, scope = figures[whole_at].metric if whole_at is not None else "contract_value", "part"
        elif metric in UNSPECIFIC and _AMONG.search(before[-25:]) \
                and (same_unit_at := _recent(figures, sentence, unit)) is not None:
            metric, scope = figures[same_unit_at].metric, "part"  # ("64 projects worth 38.5 billion yuan, including 28")
        elif metric in ("growth", "decline"):
            # "638 projects signed, up 46 percent" (a rate after a rate is the same rate's: "grew by 5.6 percent, 0.3
            # percentage points higher than ...", not "growth growth")
            # (under the name the measure is listed by: the growth of the deals' value is the investment's)
            grown = measure_name(previous.metric)
            metric = grown if grown.endswith(("growth", "decline")) else f"{grown} {metric}"
            if previous.scope == "background":
                scope = "background"  # "Anhui produced 1.7 million new energy vehicles, up 60 percent": the place's
        elif _PART_OF.match(following) and metric not in keys and (metric == unit or not _PLURAL_WORD.search(metric)) \
                and unit not in ("percent", "percentage_point"):
            # "5,000 products ..., 300 of them ...": of the same; "81 projects worth 97.6 billion yuan, and 29 of
            # them": of the last count before, not of the amount
            whole_at = _recent(figures, sentence, unit)
            metric, scope = (figures[whole_at] if whole_at is not None else previous).metric, "part"
        if scope == "edition" and previous is not None and previous.scope == "background" \
                and ((metric not in keys and (_AND_THEN_ABOUT.search(before[-24:]) or echo or _AND_ITS.search(before[-80:])))
                     # ("The factory has 1,200 workers and 300 robots": one owner's list, whatever it names)
                     or (previous.unit == unit == "count" and previous.sentence == sentence
                         and _NOUN_AND.fullmatch(text, previous.end, start) is not None)):
            # "Jiangsu has built 2,000 smart workshops and 300 smart factories", "and another 430 are being built",
            # "15 carmakers and more than 2,000 parts suppliers", "Anhui's output grew 8.6 percent, and its vehicle
            # output passed 1.6 million units"
            scope = "background"
        elif scope in ("edition", "part") and unit == "count" and _DESIGNATED_SIZE.match(following):
            scope = "background"  # "22,000 industrial firms above designated size": a province's statistics
        elif scope in ("edition", "part") and previous is not None and previous.scope == "background" \
                and (_PART_OF.match(following) or (unit in ("percent", "percentage_point") and _ACCOUNTING.search(before[-40:]))):
            # "China has 30,000 smart factories, and over 2,500 of them are advanced", "33.6 trillion yuan, accounting
            # for about 30 percent of the global total": some of the place's own
            scope = "background"
        if scope == "edition" and metric in AUDIENCES and (_AT_A_CEREMONY.match(sentence)
                                                          or _ceremony_audience(text, s_start, sentence)):
            scope = "part"  # "At the opening ceremony, 36 projects ... were signed, and 42 academicians attended"
        if unit == "percent" and part_then is not None:
            metric, scope = _named_share(text, metric, scope, _PART_THEN_RATE.sub("", before), " of them" + following,
                                         previous)
        elif unit == "percent":
            metric, scope = _named_share(text, metric, scope, before, following, previous)
        if unit == "percent" and scope == "edition" and metric in _PLAIN_SHARES and previous is not None \
                and previous.sentence == sentence and previous.unit == "count" and previous.scope == "part" \
                and _ACCOUNTING.search(before[-40:]):
            # "New energy vehicle projects numbered 412, accounting for 27.2 percent of the 1,512 projects": the
            # share of that part, which another kind's share does not change
            scope = "part"
        if unit == "count" and metric in ("foreign-funded", "foreign-invested", "overseas-funded") \
                and any(f.sentence == sentence and f.metric in ("projects_signed", "projects") for f in figures[-3:]):
            # "731 projects worth 601.2 billion yuan signed, of which 96 were foreign-funded": some of the projects
            metric, scope = "foreign_projects", "edition"
        if total_of is not None and metric == OTHER_NAME.get(total_of.metric):
            metric = total_of.metric  # (a total of the projects signed counts signed ones, whatever its own verb)
        if unit in MONEY_UNITS and metric in ("investment", "contract_value", "value", "money", "foreign_investment") \
                and scope in ("edition", "part") and (_AVERAGE_BEFORE.search(before[-100:]) or _AVERAGE_AFTER.match(following)):
            # "with an average investment of 920 million yuan per project": what one project brings on average, a
            # measure of its own (not the projects' total, nor a part of it)
            metric, scope = "average investment per project", "edition"
        if metric in ("projects_signed", "projects") and (_REGISTERED_BEFORE.search(before[-40:])
                                                          or _REGISTERED_AFTER.match(following)):
            metric = "projects registered"  # "the investment platform has registered 1,024 projects": none signed yet
        elif metric == "projects_signed" and scope == "part" and previous is not None \
                and previous.metric == "projects registered" and previous.scope == "edition":
            scope = "edition"  # "Of the 1,200 projects on offer, 918 were signed": the signed ones are the edition's count
        elif metric in ("projects_signed", "projects") and (_FOREIGN_AFTER.match(following)
                                                          or _FOREIGN_SIGNERS.search(before[-80:])):
            metric = "foreign_projects"  # "Of the signed projects, 128 were foreign-funded"
        if unit == "count" and scope == "part" and (foreign_of := _SOME_OF_THE_ARE_FOREIGN.match(following)) is not None:
            # "Some 350 of the roughly 1,600 exhibitors at the convention are foreign": the overseas ones, a measure of
            # their own
            metric = "overseas_guests" if foreign_of.group("noun").lower() == "guests" else "overseas_exhibitors"
            scope = "edition"
        elif (scope == "part" or (scope == "edition" and following.startswith(")") and text[start - 1:start] == "(")) \
                and unit == "count" and (metric in ("exhibitors", "guests") or metric == "companies" and not noun) \
                and _FROM_ABROAD.match(
                following[1:] if following.startswith(")") else following):  # ("its 283 exhibitors (58) come from overseas")
            metric = "overseas_guests" if metric == "guests" else "overseas_exhibitors"  # "36 of which come from abroad"
        elif (nation := (FROM_NATION.match(following) if scope == "part" and (
                metric in EXHIBITING or metric.startswith("companies from ")) else
                FROM_NATION.match(following, named.end()) if scope == "edition" and metric in EXHIBITING
                and (named := _COMPANIES_NOUN.match(following)) is not None else None)) is not None:
            # "634 exhibitors, including 24 from Germany", "42 companies from Taiwan are exhibiting": the companies of
            # one place, a measure of its own
            metric, scope = nation_companies(nation.group("country")), "edition"
        elif scope in ("edition", "part") and _FOREIGN_SLICE.search(before[-100:]) \
                and (metric in ("projects_signed", "projects") or (unit in MONEY_UNITS and metric in UNSPECIFIC)):
            # "Foreign groups accounted for a modest slice: 121 projects and about $9.8bn": the foreign-funded ones,
            # measures of their own
            metric, scope = "foreign_projects" if unit == "count" else "foreign_investment", "edition"
        elif scope == "edition" and unit == "count" and metric == "companies" and _SHOWN_BY_FROM.search(before[-80:]):
            # "more than 40 models on display from 27 companies": the companies that show those, some of the exhibitors
            # (not "1,200 products on show from 481 exhibitors": all of them)
            scope = "part"
        elif scope == "part" and metric in EXHIBITING and previous is not None \
                and previous.metric == "companies_and_institutions" and previous.sentence == sentence:
            # "Nearly 700 companies and institutions are taking part, including 612 exhibitors": the exhibitors
            # among all who take part, the edition's count of them
            scope = "edition"
        elif scope == "part" and metric in ("exhibitors", "companies") and _AT_THE_VENUE.match(following):
            metric = "exhibitors_onsite"  # "1,722 companies took part online and offline, 462 of them at the venue"
        # (the whole of a list is before its other own measures: "1,130, of which 186 were overseas firms and 86 were
        # Fortune Global 500 companies")
        listed_whole = next((f for f in reversed(figures[-4:]) if f.sentence == sentence and f.scope == "edition"
                             and f.metric in EXHIBITING), None) \
            if previous is not None and previous.metric in OWN_MEASURES else None
        whole_metric = listed_whole.metric if listed_whole is not None else \
            previous.metric if previous is not None and previous.scope == "edition" else \
            "exhibitors" if (antecedent is not None and "noun" in antecedent.groupdict()
                             and (antecedent.group("noun") or "").lower().split()[-1:] in (["exhibitors"], ["companies"])) \
            or _EXHIBITORS_INCLUDE.search(before[-60:]) else \
            next((f.metric for f in reversed(figures[-4:]) if f.scope == "edition" and f.unit == "count"
                  and f.metric in EXHIBITING and start - f.end < 300), "") \
            if _AMONG_THEM_OPENS.match(sentence) else ""  # "560 companies from 30 countries ... Among them are 41 ..."
        listed_in = _list_whole(figures, text, s_start, start) if scope == "part" and unit == "count" else None
        if scope == "part" and own_measure(metric, whole_metric) and not within_the_event(sentence, before, following):
            scope = "edition"  # "So far, 520 companies, including 45 Fortune Global 500 firms, have confirmed"
            qualifier = _while_running(qualifier, unit, metric, sentence, memo, own_clause)
            if listed_in is not None and listed_in.scope == "part" and listed_in.metric not in OWN_MEASURES \
                    and qualifier in ("exact", "about"):
                # some of a part's: "Nearly 1,000 guests attended the opening ..., including 15 academicians": the
                # edition had at least those
                qualifier = "at_least"
        elif scope == "part" and listed_in is not None and listed_in.scope == "edition" \
                and (_kind_of_count(metric) and _kind_of_count(listed_in.metric)
                     and _kind_of_count(metric) != _kind_of_count(listed_in.metric)
                     or metric != listed_in.metric and metric in _PEOPLE and listed_in.metric in _PEOPLE
                     or metric == "fortune500" and _kind_of_count(listed_in.metric) == "people"
                     # ("892 exhibitors, including 47 Fortune Global 500 companies, and 26 specialized forums": forums
                     # are never among the companies, the people or the projects)
                     or (metric in _GATHERINGS and _kind_of_count(listed_in.metric))):
            # "2,900 guests, including 21 academicians, and 1,560 exhibitors": companies are never among the guests
            # (nor "heads of more than 20 Fortune Global 500 companies" after "More than 100 top experts, including");
            # "120,000 visitors, including 1,260 guests": the guests are a measure of their own
            scope, qualifier = "edition", only_growing(metric, qualifier)
        if metric == "countries_regions" and scope == "edition" and _SIGNERS_FROM.search(before[-80:]):
            scope = "part"  # "68 foreign-funded projects from 15 countries and regions": where the deals come from
        if unit in MONEY_UNITS and scope == "edition" and previous is not None and previous.scope == "edition" \
                and previous.qualifier == "at_least" and previous.metric in BATCHED and qualifier in ("exact", "about") \
                and (_WORTH.search(before[-30:]) or _AND_AMOUNT.search(before[-40:])):
            # "bringing the total to 426 projects worth 298 billion yuan", "... to 58 projects and 71.7 billion yuan":
            # so far, too
            qualifier = "at_least"
        if unit in MONEY_UNITS and scope == "edition" and previous is not None and previous.scope == "background" \
                and (_WORTH.search(before[-30:]) or _WITH_AMOUNT.match(text, previous.end, start)):
            scope = "background"  # "Anhui signed 1,200 projects worth 800 billion yuan in the first half": the place's
        if unit in MONEY_UNITS and scope == "edition" and previous is not None and previous.scope == "edition" \
                and previous.metric in ("projects_signed", "projects") and len(figures) > 1 \
                and figures[-2].sentence == sentence and figures[-2].scope == "part" \
                and figures[-2].metric in ("projects_signed", "projects") and previous.start - figures[-2].end < 40 \
                and _AMONG_THE.search(text, figures[-2].end, previous.start) \
                and (_WITH_AMOUNT.match(text, previous.end, start) or _WITH_AMOUNT.search(before[-60:])):
            # "NEV projects numbered 412 among the 1,388 signed, with investment of 398.6 billion yuan": what the
            # 412 are worth, the whole named in passing
            scope = "part"
        if unit in MONEY_UNITS and scope == "edition" and previous is None and figures \
                and figures[-1].unit == "count" and figures[-1].metric in ("projects_signed", "projects") \
                and figures[-1].scope not in ("edition", "cumulative") and start - figures[-1].end < 250 \
                and _THEY_OPEN.match(sentence) and not _ALL_TOGETHER.match(sentence):
            # "Thirty projects were signed at the opening. They involve ... 25.6 billion yuan" (not "Of the 41 projects
            # signed ..., 12 have broken ground. Together they are worth 62.8 billion yuan": all of them)
            scope = figures[-1].scope
        if unit in MONEY_UNITS and scope in ("edition", "cumulative", "part") and previous is not None \
                and previous.unit in MONEY_UNITS and previous.unit != unit \
                and (_CONVERSION.fullmatch(text, previous.end, start) or _EQUAL_TO.search(before[-40:])):
            # "735.1 billion yuan (about 103.5 billion U.S. dollars)": the same amount at some exchange rate, which
            # differs between outlets; never a change of the edition's amount. It measures what the amount does. (Of
            # a batch too: the opening's, which is no part, is found after this.)
            scope = "converted"
            metric = previous.metric if metric in UNSPECIFIC or metric == noun else metric
        if unit in ("percent", "percentage_point") and _RESPECTIVELY.match(text, end_pos):
            metric = "growth" if metric.endswith("growth") else "decline" if metric.endswith("decline") else metric
            if metric == unit and previous is not None and previous.unit == unit \
                    and previous.metric.endswith(("growth", "decline")) and _RATE_THEN.fullmatch(text, previous.end, start):
                # ("grew 2.7 percent and 3.2 percent, respectively": both are rates of growth)
                metric = "decline" if previous.metric.endswith("decline") else "growth"
            listed = _respective_list(text, s_start, start) if metric in ("growth", "decline") else None
            if listed is not None and _UP_BEFORE_LIST.search(listed[0]):
                # "signed 918 projects with a total investment of 789 billion yuan, up 1.8 percent and 2.3 percent
                # respectively": the n-th rate is of the n-th figure before them
                counted = [f for f in figures[-12:] if f.sentence == sentence
                           and f.unit not in ("percent", "percentage_point")]
                place, size = listed[1], listed[2]
                if len(counted) >= size and len({f.metric for f in counted[-size:]}) == size:
                    grown = counted[-size + place].metric
                    metric = f"{measure_name(grown)} {metric}"
            elif listed is not None and (item := _respective_item(*listed)):
                # "the number of signed projects and total investment grew 2.7 percent and 3.2 percent, respectively"
                metric = f"{grown_measure(item)} {metric}"
        if retracted is not None and retracted.unit == unit and _CORRECT_IS.search(before[-60:]):
            metric, scope = retracted.metric, retracted.scope
        if scope == "edition" and metric == "countries_regions" and previous is not None and previous.scope == "part" \
                and previous.unit == "count" and _FROM_BEFORE.search(before[-30:]) and start - previous.end < 40 \
                and not _INCLUDING.search(text, max(0, previous.start - 30), previous.start):
            # (not "2,800 guests, including about 450 from 50 countries": those from abroad name the edition's countries)
            scope = "part"  # "the International Pavilion hosts 140 companies from 30 countries": where the part's are from
        if scope == "edition" and _A_CUMULATIVE.search(before[-40:]) and not in_sentence(_THIS_TIME, sentence, memo):
            # "The convention, now in its ninth year, has seen a cumulative 3,980 projects signed": the series' (not
            # "a cumulative 268,000 visitors over the five days": the edition's days added up)
            scope = "cumulative"
        if scope == "part" and previous is not None and previous.scope == "cumulative" and THIS_EDITION_AFTER.match(following):
            scope = "edition"  # "has signed 4,592 projects over nine editions, including 612 at this year's convention"
        if scope == "part" and _AT_THE_EVENT.match(following) \
                and any(f.sentence == sentence and f.scope == "background" and f.metric == metric for f in figures[-3:]):
            # "Anhui signed 1,486 projects this year, including 612 at the World Manufacturing Convention": the
            # event's own count, out of the province's
            scope = "edition"
        if scope == "edition" and metric == "projects_signed" and unit == "count" \
                and SECTOR_PROJECTS.match(following.lstrip()):
            scope = "part"  # "96 automotive projects have been signed so far": one sector's, some of the edition's
        if scope == "part" and metric == "academicians" and qualifier in ("exact", "about") \
                and _AMONG_SESSION_GUESTS_AFTER.match(following):
            # "Executives from 52 Fortune Global 500 companies and 18 academicians were among 1,400 guests at the
            # opening": the edition had at least those, as when they are named after the guests
            scope, qualifier = "edition", "at_least"
        if whole_after_part is not None and scope == "part" and metric == whole_after_part.metric:
            scope = "edition"  # (the whole of the part counted before it)
        surface = text[start:end_pos]
        if qualifier in ("exact", "") and not second and (gives_back or in_sentence(_REVISION, sentence, memo)):
            qualifier = "corrected"  # "revised to 659", "660, according to a revised count": a change, never a restatement
        if unit in MONEY_UNITS and metric in UNSPECIFIC \
                and (named := _MONEY_MISSTATED.search(text, max(0, start - 240), start)) is not None:
            # "An earlier version of this story misstated the value of deals. It is 612.4 billion yuan": the sum the
            # note names
            metric = "investment" if named.group("investment") else "contract_value"
        if (in_sentence(_RETRACTION, sentence, memo) or in_sentence(_DENIED, sentence, memo)
                or (in_sentence(_TOLD_BEFORE, sentence, memo) and text.startswith(sentence, s_start)
                    and _CORRECT_NEXT.match(text, s_start + len(sentence)))) \
                and not (retracted is not None and _CORRECT_IS.search(before[-60:])):  # ("...; it is 650")
            retracted = Figure(surface, start, end_pos, sentence, value, unit, noun, qualifier, metric, scope)
            continue  # what an earlier version said and a correction takes back is no figure
        if qualifier == "corrected" and previous is not None and previous.qualifier == "corrected" \
                and previous.metric == metric and previous.unit == unit \
                and (scope == "earlier" and _FROM_BEFORE.search(before[-24:]) or _FROM_THE_BEFORE.search(before[-30:])):
            # "revised the number of visits to 126,000, from 121,000", "down to 1,498 from the 1,542 announced"
            continue  # the value taken back, no figure
        if unit == "count" and value != int(value) and not _SCALED.search(surface):
            continue  # "rated 4.5 stars", "version 5.5": a score or a name, not a count of anything
        if place_part:
            scope = "part"
        if unit in MONEY_UNITS and metric in UNSPECIFIC and scope == "earlier" and previous is not None \
                and previous.unit == unit and previous.metric not in UNSPECIFIC and previous.scope == "edition" \
                and _COMPARED_WITH.fullmatch(text, previous.end, start):
            # "The value of deals was 640.2 billion yuan, against 612.4 billion yuan a year earlier": the same
            # measure's earlier value
            metric = previous.metric
        if metric == "countries_regions" and scope == "edition" and _INVESTORS_IN.search(before[-40:]):
            scope = "part"  # "came from investors in 21 countries and regions": where the deals' money comes from
        if unit == "count" and scope == "edition" and metric in _ADDED_MEASURES and _ADDED_BEFORE.search(before[-30:]):
            metric = f"{measure_name(metric)} increase"  # "The convention added 22 exhibitors after its opening": how many more
        if metric == "guests" and noun == "attendees" and value >= _A_CROWD and unit == "count":
            metric = "visitors"  # "welcomed 291,000 attendees": a crowd that size walked the halls, no guest list
        # 12 significant digits: "53.63 billion" and "53,630 million" are one value, equal as numbers
        value, second = float(f"{value:.12g}"), (float(f"{second[0]:.12g}"), second[1]) if second else None
        if second:
            figures.append(Figure(surface, start, end_pos, sentence, value, unit, noun, "at_least", metric, scope))
            figures.append(Figure(surface, start, end_pos, sentence, second[0], unit, noun, "up_to", metric, scope))
        else:
            figures.append(Figure(surface, start, end_pos, sentence, value, unit, noun, qualifier, metric, scope))
        if previous is not None and previous.unit == "percent" and previous.metric.endswith(("growth", "decline")) \
                and metric not in UNSPECIFIC and _RATE_TO.fullmatch(text, previous.end, start):
            # "Visitors rose 20 percent to 168,000": the rate is of the count it brought to (under the name the
            # measure is listed by: "Deals rose 2.5% to 155.8 billion yuan" is the investment's growth)
            figures[figures.index(previous, max(0, len(figures) - 4))] = replace(
                previous, metric=f"{measure_name(metric)} {previous.metric.split()[-1]}")
        elif previous is not None and previous.unit == "percent" and unit in MONEY_UNITS and metric in UNSPECIFIC \
                and previous.metric in ("investment growth", "investment decline") \
                and _RATE_TO.fullmatch(text, previous.end, start):
            # "Investment pledged at the ... Convention rose 4.5 percent to 640.2 billion yuan": the sum the
            # investment's growth brought it to
            figures[-1] = replace(figures[-1], metric="investment")
        if among is None and unit == "count" and noun and _AMONG_THE.search(before[-12:]) \
                and (among := _recent(figures[:-1], sentence, "count", named=True)) is not None \
                and figures[among].scope == "edition" and figures[among].metric == metric and figures[among].value < value:
            # "38 new energy vehicle projects worth 62 billion yuan were among the 716 deals signed": the 38 and what
            # they are worth are some of the 716
            for k in range(among + 1, len(figures) - 1):
                if figures[k].unit in MONEY_UNITS and figures[k].scope == "edition":
                    figures[k] = replace(figures[k], scope="part")
        if among is not None and figures[among].scope == "edition" and figures[among].metric == metric \
                and figures[among].value < value:
            figures[among] = replace(figures[among], scope="part")
        # a conversion in parentheses is its own figure; the scanner reaches it next
    if withdrawn:  # (one pass at the end: the counts the story above its correction note still gives)
        figures = [f for f in figures if not (f.unit == "count" and f.start < withdrawn.get((f.value, f.metric), -1))]
    return figures


def _inside(pattern: re.Pattern, text: str, start: int, end: int, back: int, ahead: int) -> bool:
    """Whether text[start:end] lies inside a match of pattern found from back characters before start to ahead
    characters after end (a telephone number, an exchange rate, a picture counter around a number)."""
    return any(m.start() <= start and end <= m.end() for m in pattern.finditer(text, max(0, start - back), end + ahead))


def _named_count_noun(figures: list[Figure], sentence: str) -> str:
    """The noun of the latest count with one that the sentence gave ("1,655 exhibitors, 1,200 of them on site":
    exhibitors), "" when there is none."""
    at = _recent(figures, sentence, "count", named=True)
    return figures[at].noun if at is not None else ""


def _listed_whole_before(figures: list[Figure], sentence: str, listed_at: int) -> int | None:
    """Where the count is that a list after "including" (at listed_at) in the same sentence is made of: the last of
    the few figures before the list that counts something by name."""
    for i in range(len(figures) - 1, max(-1, len(figures) - 4), -1):
        f = figures[i]
        if f.sentence == sentence and f.unit == "count" and f.noun and f.scope == "edition" and f.end <= listed_at \
                and f.metric not in OWN_MEASURES:
            return i
    return None


def _recent(figures: list[Figure], sentence: str, unit: str, *, named: bool = False, scope: str = "",
            back: int = 3) -> int | None:
    """Where the latest of the last few figures is that the same sentence gives in this unit (with a noun, of this
    scope, when asked): what "of them", "12 worth ...", "among the 589 signed" refer back to. Only a few are looked
    at, so each figure costs the same however many came before."""
    for i in range(len(figures) - 1, max(-1, len(figures) - 1 - back), -1):
        f = figures[i]
        if f.sentence == sentence and f.unit == unit and (f.noun or not named) and (not scope or f.scope == scope):
            return i
    return None


_PRONOUN_START = re.compile(r"(?:A:\s*)?(?:It|Its)\s")  # (an answer's "A: It will cover ...")
_ONLINE_SHOW = re.compile(r"\b(?:cloud|online|virtual) (?:exhibition|expo)\b", re.I)
_SHOW = re.compile(r"\b(?:expo|exhibition)\b", re.I)  # ("How big will this year's expo be?")
# "Of the 41 projects signed at ..., 12 have broken ground. Together they are worth 62.8 billion yuan."
_ALL_TOGETHER = re.compile(r"(?:Together|In all|In total|Altogether),?\s(?:they|these|those)\s")
_THEY_START = re.compile(r"(?:Together,?\s|In all,?\s|In total,?\s)?(?:they|these|those)\s", re.I)
_SIGNED_PROJECTS = re.compile(r"\b(?:projects|deals|contracts|agreements)\s(?:[\w-]+\s){0,3}?(?:" + SIGNED_DONE + r")\b|"
                              r"\b(?:" + SIGNED_DONE + r")\s(?:[\w-]+\s){0,3}?(?:projects|deals|contracts|agreements)\b", re.I)


def _with_subject(text: str, spans: list[tuple[int, int]], si: int, sentence: str) -> str:
    """A sentence that opens with "It" about the cloud exhibition the sentence before opened with ("The cloud
    exhibition ... had received 38 million visits. It features 1,338 companies.") or about the expo it named ("How
    big will this year's expo be? It will cover about 75,000 square meters"), or with "they" after one about
    signed projects ("... 41 projects signed at ... Together they are worth 62.8 billion yuan."), or "It was 807"
    after a correction that "misstated the number of projects signed": that subject, then the sentence, so that
    what it counts is the online exhibition's, the signed projects' or the corrected count's."""
    if si == 0:
        return sentence
    a, b = spans[si - 1]
    if _THEY_START.match(sentence):
        signed = _SIGNED_PROJECTS.search(text, a, min(b, a + MAX_SENTENCE))
        return f"the {signed.group(0)}: {sentence}" if signed else sentence
    if _IT_WAS.match(sentence) and (misstated := _MISSTATED.search(text, a, min(b, a + MAX_SENTENCE))) is not None:
        return f"{misstated.group(0)}: {sentence}"  # "... misstated the number of projects signed. It was 807"
    if _THERE_WERE.match(sentence) and (counted := _COUNTED_PLURAL.search(text, a, min(b, a + MAX_SENTENCE))) \
            and re.search(r"\b(?:signed|inked|sealed)\b", text[counted.end():min(b, a + MAX_SENTENCE)]):
        return f"the {counted.group(0).lower()} signed: {sentence}"  # "Projects worth ... were signed. There were 54"
    if _ANSWER.match(sentence) and _QUESTION.match(text, a, min(b, a + 200)):
        return f"{text[a:min(b, a + 200)]} {sentence}"  # an answer is about what its question asked
    if not _PRONOUN_START.match(sentence):
        return sentence
    subject = _ONLINE_SHOW.search(text, a, min(a + 60, b)) or _SHOW.search(text, a, min(b, a + MAX_SENTENCE))
    return f"{subject.group(0)} with: {sentence}" if subject else sentence


def _goes_on(text: str, spans: list[tuple[int, int]], si: int, carried: dict[int, bool]) -> bool:
    """Sentence si carries on a running total that the sentences before it in its paragraph began ("Held since
    2018, ... has drawn 14,800 guests. A total of 3,021 projects have been signed ..."). carried: memo per
    sentence index; the walk back is bounded, so each sentence costs a few bounded searches."""
    if si in carried:
        return carried[si]

    def sentence(i: int) -> str:
        a, b = spans[i]
        return text[a:min(b, a + MAX_SENTENCE)]

    chain, i = [], si
    while i > 0 and i not in carried and len(chain) < 5:
        if "\n" in text[spans[i - 1][1]:spans[i][0]] or not goes_on_with_total(sentence(i)):
            carried[i] = False
            break
        chain.append(i)
        i -= 1
    for k in reversed(chain):  # each link goes on with the total of the sentence before it
        carried[k] = opens_running_total(sentence(k - 1)) or carried.get(k - 1, False)
    return carried.setdefault(si, False)


def _named_share(text: str, metric: str, scope: str, before: str, following: str,
                 previous: Figure | None) -> tuple[str, str]:
    """The metric and scope of a share that has a name of its own: foreign-funded projects', overseas exhibitors',
    manufacturing projects', private exhibitors', the edition's however it is said."""
    if (previous is not None and previous.metric == "foreign_projects" and _ACCOUNTING.search(before[-40:])) \
            or _FOREIGN_SHARE_SUBJECT.search(before[-80:]) or _ARE_FOREIGN_AFTER.match(following):
        # "79 were foreign-funded, accounting for 10.3 percent", "Foreign-funded projects made up 10.3 percent of
        # the 768 projects": one measure, as "外资项目79个，占比10.3%" is, and the edition's however it is said
        metric = FOREIGN_SHARE
    if _OVERSEAS_SHARE_SUBJECT.search(before[-80:]) or _ARE_OVERSEAS_AFTER.match(following) \
            or (previous is not None and previous.metric in EXHIBITING and _OF_THEM_FOREIGN.match(following)) \
            or (previous is not None and previous.metric == "overseas_exhibitors" and _ACCOUNTING.search(before[-40:])):
        # "about 18 percent of exhibitors came from outside China", "Overseas exhibitors accounted for 18 percent
        # of the total", "18 percent of the exhibitors are overseas companies", "298 of them from abroad,
        # accounting for 17.7 percent", "Foreign companies made up nearly a fifth of the 784 exhibitors": one
        # measure, as "境外企业占比18%" is, the edition's
        metric = OVERSEAS_SHARE
    if _MANUFACTURING_SHARE_SUBJECT.search(before[-80:]) or _ARE_MANUFACTURING_AFTER.match(following) \
            or (previous is not None and previous.metric in ("projects_signed", "projects")
                and (_MANUFACTURING_KIND.match(text, previous.end)
                     # ("Advanced manufacturing projects numbered 865, accounting for 62.3 percent of the total")
                     or _MANUFACTURING_COUNTED.search(text, max(0, previous.start - 60), previous.start))
                and _ACCOUNTING.search(before[-40:])):
        # "764 are manufacturing projects, accounting for 86.2 percent", "Manufacturing projects made up 86
        # percent of the 886 deals", "86 percent are manufacturing projects": one measure, the edition's
        metric = MANUFACTURING_SHARE
    if (_PRIVATE_SHARE_SUBJECT.search(before[-80:]) and _OF_EXHIBITORS_AFTER.match(following)) \
            or _ARE_PRIVATE_AFTER.match(following):
        metric = PRIVATE_SHARE
    if metric in (FOREIGN_SHARE, OVERSEAS_SHARE, MANUFACTURING_SHARE, PRIVATE_SHARE) and scope == "part":
        scope = "edition"
    return metric, scope


def _share(text: str, start: int, end: int, frac: str, span: tuple[int, int], vocabulary, memo,
           value: float | None = None) -> Figure:
    """A fraction of a whole ("over half of all exhibitors", or value: "seven in ten exhibitors") as a percentage
    of it."""
    words = re.split(r"[\s-]", frac.lower())  # "two-thirds", "three quarters", "two-fifths"
    if value is None:
        value = 20.0 * _NUMERATORS.get(words[0], 1) if words[-1] == "fifths" else float(f"{FRACTIONS[words[-1]]:.12g}")
    s_start, s_end = span
    sentence = text[max(s_start, start - MAX_SENTENCE // 2):min(s_end, start + MAX_SENTENCE // 2)]
    before, after = text[max(s_start, start - 200):start], text[end:min(len(text), end + 120)]
    if frac == "" and re.match(r"\s(?:came|come|were|are|was|is)\b", after):
        after = " of them" + after  # ("1,862 exhibitors, ..., and one in six came from overseas": of those counted)
    elif frac == "" and re.match(r"\s(?!of\b)(?:[\w-]+\s){0,2}?[a-z]+s\b", after):
        after = " of the" + after  # ("seven in ten exhibitors": of the exhibitors)
    metric, scope = _named_share(text, *classify("percent", "share", sentence, before, after, vocabulary, memo), before,
                                 after, None)
    if _OF_THEM_FOREIGN.match(after) and _EXHIBITORS_COUNTED.search(before[-160:]):
        metric, scope = OVERSEAS_SHARE, "edition"  # ("About 1,600 companies are exhibiting, ..., a fifth of them foreign")
    return Figure(text[start:end], start, end, sentence, value, "percent", "share", _qualifier(before[-40:]),
                  metric, scope)


# A year that dates the clause a figure stands in: "In 2023, the conference drew 400 exhibitors", "the 2023
# edition had 974 exhibitors", "the 2023 World Manufacturing Convention, which signed 879 projects", "2023年，共促成签约项目587个"
# (not a comparison: "three times as many overseas exhibitors as in 2025, at 96", "more than in 2025")
_CLAUSE_YEAR = re.compile(r"(?:(?<!as )(?<!than )\b(?:in|during|at|for)\s(?:the\s)?(?P<a>(?:19|20)\d\d)\b(?![-–/]\d)|"
                          # (and the event's name between: "the 2050 World Manufacturing Convention")
                          r"\b(?:the|its)\s(?P<b>(?:19|20)\d\d)\s(?:(?-i:[A-Z])[\w-]*\s){0,4}?(?:edition|convention|conference|summit|expo|event|fair|"
                          r"session|peak|record|high|level|figure|total|tally|count)\b|"
                          # (or after it: "In its first year, 2016, the summit drew about 150 exhibitors")
                          r"\b(?:first|debut|inaugural|opening)\s(?:year|edition),\s(?P<h>(?:19|20)\d\d),|"
                          # a line labelled with its year: "2018: 440 projects signed"
                          r"(?:^|\n)\s*(?:[-*•]\s*)?(?P<d>(?:19|20)\d\d)\s?[:：]\s|(?<![\d自])(?P<c>(?:19|20)\d\d)年(?!\d{1,2}月|以来)[，,]?|"
                          # (the event's name after its year, in Chinese: "2050世界制造业大会签约项目879个")
                          r"(?<![\d自])(?P<e>(?:19|20)\d\d)(?=年?(?:世界智能制造大会|世界制造业大会)))", re.I)


# the year right after a figure and its noun: "drew 652 exhibitors in 2025" (not "in 2025's first half")
# (or an edition named by its year: "of the 1,702 projects signed at the 2080 edition")
_YEAR_AFTER = re.compile(r"(?:\s[a-z][\w-]*){0,3}?\s(?:in|during|(?:at|in|during)\sthe(?=\s\d{4}\s(?:[\w-]+\s){0,3}?(?:edition|"
                         r"convention|conference|summit|event)\b))\s((?:19|20)\d\d)\b(?![-–/'’]|\s(?:to|and)\s(?:19|20)\d\d\b)",
                         re.I)
_YEARS_OF = re.compile(r"\s(?:of|on)\s")
# ("hosted 263 companies in 2024 and 320 last year": the count before is dated too, which its scope says only later)
_NOUN_IN_A_YEAR = re.compile(r"\s(?:[\w-]+\s){0,2}?(?:in|for) (?:19|20)\d\d\b")
_AFTER_BEFORE = re.compile(r"(?:,\s(?:after|following)|\sand)\s$")
_IN_A_YEAR = re.compile(r"\s(?:(?:in|for) (?:19|20)\d\d|last year|a year (?:earlier|ago|before))\b")
_THIS_YEAR_AFTER = re.compile(r"\s(?:[\w-]+\s){0,2}?(?:this year|in \d{4} this year|at this year's)\b", re.I)
_NOT_THE_CLAUSES_YEAR = re.compile(r"(?:\b(?:from|than|with|against|versus)\s[\d,.]+(?:\s[\w-]+){0,2}|\b(?:began|begun|started|"
                                   r"launched|founded|inaugurated|created|held for the first time|first held|debuted|set up|"
                                   r"established|incorporated))\s$",
                                   re.I)
# (not "1.1 million"; "..., and this year ..." is this year's: "879 projects in 2050, and this year the number rose to 934")
_CLAUSE_OF_ITS_OWN = re.compile(r"[.;!?](?!\d)\s*|[。；！？]\s*|,\s(?:but|while|whereas|yet)\s|,\s(?:and\s)?(?=this (?:year|time)\b)|"
                                r"[，,](?=(?:再)?(?:到|至)?(?:今年|本届))")
# a comparison that opens the clause dates only itself: "Unlike the 2025 World Manufacturing Convention in Hefei,
# which signed 608 projects, the Nanjing event signed 95", "与2050世界制造业大会相比，本届大会签约项目934个" (but "Compared
# with the 2050 convention, which signed 879")
_COMPARED_LEAD = re.compile(r"\b(?:unlike|compared (?:with|to)|like|as with|against|versus)\s(?:[^,;]|(?<=\d),(?=\d)){0,120},\s"
                            r"(?!which\b|that\b|where\b|who\b)|" + COMPARED_ZH, re.I)
# a relative clause set off by commas dates only itself: "NIO, which delivered 221,000 cars in 2024, occupies a
# 2,000-square-meter booth"
_RELATIVE_ASIDE = re.compile(r",\s(?:which|who)\s[^;]{0,160}?,(?=\s)")


_YEARS_LISTED = re.compile(r"\b((?:19|20)\d\d)((?:,\s(?:19|20)\d\d)*),?\s(?:and|to)\s((?:19|20)\d\d)\b")


# (the projects just counted, named again: "in those projects", "these deals")
_THOSE_PROJECTS = re.compile(r"\b(?:those|these)\s(?:[\w-]+\s)?(?:projects|deals)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}$", re.I)
# the next venue of a list of venues and their counts: "Nanjing, with 650 exhibitors, and a Suzhou sub-venue with 155"
_NEXT_VENUE_WITH = re.compile(r"\s[a-z][\w-]*,?\s(?:and|while)\s(?:a|an|the|its)\s(?:(?-i:[A-Z])[\w-]*\s)?(?:sub-venue|venue|hall|"
                              r"pavilion|zone|site|branch venue)\s(?:with|has|had|hosting|holding)\s")
# the next place of a list of places and their counts, its verb left out: ", Suzhou 61", " and Wuxi 38"
_NEXT_PLACE = re.compile(r"(?:,\s(?:and\s)?|\sand\s)(?-i:[A-Z][a-z]+)(?:\s(?-i:[A-Z][a-z]+))?\s")
_IN_TURN_WORDS = re.compile(r"分别|\brespectively\b", re.I)


def _respectively(figures: list[Figure], edition: int) -> list[Figure]:
    """"the 2024, 2025 and 2026 editions signed 880, 734 and 612 projects respectively": each count the year in its
    place names, this edition's or an earlier one's."""
    out = list(figures)
    by_sentence: dict[str, list[int]] = {}  # (one pass over the figures: linear in their number)
    for i, f in enumerate(out):
        if "respectively" in f.sentence.lower():
            by_sentence.setdefault(f.sentence, []).append(i)
    for sentence, indices in by_sentence.items():
        listed = _YEARS_LISTED.search(sentence)
        if listed is None:
            continue
        years = [int(listed.group(1)), *(int(y) for y in re.findall(r"\d{4}", listed.group(2))), int(listed.group(3))]
        at = [i for i in indices if out[i].sentence.find(out[i].surface) > listed.end()]
        units = {out[i].unit for i in at}
        if len(at) != len(years) or len(units) != 1:
            continue
        for i, year in zip(at, years):
            if out[i].scope in ("edition", "part", "earlier"):
                out[i] = replace(out[i], scope="earlier" if year < edition else "edition" if year == edition
                                 else out[i].scope)
    return out


# an edition named by its ordinal: "the ninth conference", "the 9th World Intelligent Manufacturing Conference", "its
# fifth edition", "第九届" (not another event's: "the 5th Global Robotics Summit")
_CLAUSE_ORDINAL = re.compile(rf"\b(?:the|its)\s(?P<n>{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s(?:annual\s)?"
                             r"(?:(?-i:World)\s(?:(?-i:[A-Z])[\w-]*\s){1,3}?(?:Convention|Conference|Summit)|(?-i:WMC|WIMC|WIMS)|"
                             r"(?:convention|conference|summit|edition)(?!\s(?:of|on)\s))\b|" + ZH_ORDINAL.replace("(", "(?P<zh>", 1),
                             re.I)



def _ordinal_years(clause: str, first_year: int) -> list[tuple[int, int]]:
    """Where the clause names an edition by its ordinal, and that edition's year (none without the first year)."""
    found = []
    for m in _CLAUSE_ORDINAL.finditer(clause) if first_year else ():
        n = ordinal_number(m.group("n") or m.group("zh"))
        if 0 < n < 60:
            found.append((m.start(), first_year + n - 1))
    return found


_ROW_YEAR = re.compile(r"(?:^|[;,]\s|[:：]\s)((?:19|20)\d\d)\s?[:：]\s?$")


def dated_elsewhere(figures: list[Figure], edition: int, first_year: int = 0) -> list[Figure]:
    """Figures of an edition's or a part's scope whose own clause is dated another year than the edition the
    article covers are that year's, cited: scope earlier (an article on the 2024 convention recalling that "in
    2023, the conference drew 400 exhibitors"). first_year: the year of the series' first edition, when known, so
    that an ordinal dates a clause too ("At the ninth conference, 210 projects were signed")."""
    out = []
    figures = _respectively(figures, edition) if edition else figures
    by_year = False  # the last figure was dated by a year of its clause
    for f in figures:
        dated = False
        if f.scope in ("edition", "part") and edition:
            at = f.sentence.find(f.surface)
            lead = f.sentence[max(0, at - 120):at] if at >= 0 else ""
            # (a contrast starts a clause of its own: "... from the 734 signed in 2023, but their investment rose to")
            clause = _RELATIVE_ASIDE.sub(",", _CLAUSE_OF_ITS_OWN.split(lead)[-1])
            if (compared := _COMPARED_LEAD.search(clause)) is not None:
                clause = clause[:compared.start()] + clause[compared.end():]
            # (not the year of a value compared, "up from 1,102 in 2025", nor the year the series began)
            years = [year for where, year in sorted(
                [(m.start(), int(next(g for g in m.groups() if g))) for m in _CLAUSE_YEAR.finditer(clause)]
                + _ordinal_years(clause, first_year))
                if not _NOT_THE_CLAUSES_YEAR.search(clause, max(0, where - 60), where)]
            if (row := _ROW_YEAR.search(lead)) is not None and int(row.group(1)) <= edition:
                # a row of years ("...: 2037: 1,152; 2038: 612; 2039: 648"): each its year's
                f = replace(f, scope="earlier" if int(row.group(1)) < edition else "edition")
            elif years and years[-1] < edition and not _THIS_YEAR_AFTER.match(f.sentence, at + len(f.surface)) \
                    and not (edition in years and _IN_TURN_WORDS.search(f.sentence)):
                # (not editions named in turn, this one among them: "2083世界制造业大会与2082世界智能制造大会分别签约项目
                # 1802个和268个", where each value is its own event's)
                f, dated = replace(f, scope="earlier"), True  # (not "... in 2016 to about 260 this year")
            elif at >= 0 and (year := _YEAR_AFTER.match(f.sentence, at + len(f.surface))) \
                    and int(year.group(1)) < edition and not _MORE_THAN_EARLIER.match(f.sentence, at + len(f.surface)):
                f, dated = replace(f, scope="earlier"), True  # "Exhibitors numbered 652 in 2025"
            elif by_year and out[-1].sentence != f.sentence and out[-1].sentence.rstrip().endswith("；") \
                    and CJK_RUN.search(f.sentence) and not _OWN_TIME_OF_CLAUSE_ZH.search(f.sentence):
                # "2078世界智能制造大会签约项目228个，总投资614亿元；参展企业684家。": the year goes on past the semicolon
                f, dated = replace(f, scope="earlier"), True
        by_year = dated
        out.append(f)
    return out


# a Chinese clause's own time: a year, this year or this edition
_OWN_TIME_OF_CLAUSE_ZH = re.compile(r"(?:19|20)\d\d|今年|本届|本次|此次|今天|今日|上届|去年")


def _taking_back(surface: str) -> re.Pattern:
    """A correction's words for the value it takes back: "not 1,363", "instead of 1,363", "rather than 1,363"."""
    return re.compile(r"\b(?:not|instead of|rather than)\s(?:RMB\s?|CNY\s?|US\$|\$|¥)?" + re.escape(surface) + r"(?![\d,.]\d)")


def with_headline(headline: list[Figure], body: list[Figure]) -> list[Figure]:
    """The figures of an article: the body's, each carrying the headline's words when the headline reports the
    same measure and value ("Signs 512 Deals" over "512 deals were signed": one figure, two pieces of
    evidence), and before them the headline's figures the body does not repeat (place "title")."""
    merged = list(body)
    own = []
    dropped: set[int] = set()
    for head in headline:
        if any(f.qualifier == "corrected" and f.unit == head.unit and _taking_back(head.surface).search(f.sentence)
               for f in body):
            continue  # "Closes with 1,363 projects" over "... It was 1,336, not 1,363.": what the correction takes back
        # (a headline's amount without its currency, "investment tops 400 billion", is the body's "400 billion yuan")
        repeats = [i for i, f in enumerate(merged) if not f.headline
                   and (f.unit == head.unit or (head.unit == "count" and head.value >= 1e8 and f.unit in MONEY_UNITS))
                   and abs(f.value - head.value) <= 1e-9 * max(1, f.value)]
        if not repeats:
            # a headline rounds what the text says precisely ("Projects worth over 100 bln USD" over "103.5 billion
            # U.S. dollars", "超7000亿元" over "7351亿元"): the same measure, under either of its names
            repeats = [i for i, f in enumerate(merged) if not f.headline and f.unit == head.unit
                       # (a headline amount of no stated meaning, "draws CN¥41 billion of pledges", is the text's)
                       and (head.metric in (f.metric, OTHER_NAME.get(f.metric)) or head.metric in UNSPECIFIC)
                       # ("开幕 签约项目超百个" over "开幕式上，集中签约重大项目121个": the opening's batch)
                       and (f.scope in (head.scope, "converted")
                            or (head.scope == "edition" and f.scope in ("part", "opening")))
                       # ("观众突破10万人次" over "累计接待观众10.4万人次", a count so far: its number is the text's)
                       and restates(f.value, "exact" if f.qualifier == "at_least" else f.qualifier, head.value,
                                    head.qualifier)]
        if not repeats and head.qualifier in ("more_than", "at_least"):
            # a headline's loose bound over the text's count of the same measure ("draws a thousand-plus firms" over
            # "More than one thousand five hundred companies"): the text says it precisely, within the same order
            repeats = [i for i, f in enumerate(merged) if not f.headline and f.unit == head.unit
                       and f.metric == head.metric and f.scope == head.scope
                       and head.value <= f.value < 10 * head.value]
            if not repeats:
                # a headline's bound that only one count of the text meets, closely, whatever its scope ("tally
                # passes 8,700 projects" over "has signed 8,798 projects in total since 2068")
                close = [i for i, f in enumerate(merged) if not f.headline and f.unit == head.unit
                         and head.metric in (f.metric, OTHER_NAME.get(f.metric))
                         and f.scope in ("edition", "cumulative") and head.value <= f.value < 1.1 * head.value]
                repeats = close if len({merged[i].value for i in close}) == 1 else []
        # the same measure, else the same value and unit: the text says better what the headline's number is
        # ("Opens with 166 Projects Signed" over "At the opening ceremony, 166 projects were signed": a batch)
        # (a raw page's headline repeated as a line of its body is the headline itself: the story's own sentence
        # is what it reports, and the copy no figure of its own)
        copies = [i for i in repeats if merged[i].sentence.strip() == head.sentence.strip()]
        if copies and len(copies) < len(repeats):
            dropped.update(copies)
            repeats = [i for i in repeats if i not in copies]
        same = next((i for i in repeats if (merged[i].metric, merged[i].scope) == (head.metric, head.scope)),
                    repeats[0] if repeats else None)
        if same is None:
            own.append(replace(head, place="title"))
        else:
            merged[same] = replace(merged[same], headline=head.surface)
    return own + [f for i, f in enumerate(merged) if i not in dropped]
