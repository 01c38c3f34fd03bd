"""Everything derived from an article before it is stored, computed in one place (the crawl's worker processes,
under the extraction time limit): which events it names, its event and edition, its figures, its reprint
signature. The result is plain data, so that it crosses a process boundary as it is."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from extract.events import Attribution, EventMatch, alias_pattern, attribute, cited_edition, match_events
from extract.figures import extract_figures, with_headline
from extract.figures_zh import NEXT_EDITION_ZH
from extract.metrics import NEXT_EDITION, VOCABULARY, Metric, last_match
from extract.records import Article, Figure, Page, as_written
from extract.script import simplified
from extract.similarity import signature, to_bytes


@dataclass(frozen=True)
class Analysis:
    """An article with what was derived from it; `matches` empty means it names no configured event."""

    article: Article
    matches: tuple[EventMatch, ...] = ()
    attribution: Attribution | None = None
    figures: tuple[Figure, ...] = field(default_factory=tuple)
    minhash: bytes = b""

    @property
    def relevant(self) -> bool:
        """True when the article names one of the configured events."""
        return bool(self.matches)


def analyse(article: Article, events, *, stored_anyway: bool = False,
            vocabulary: tuple[Metric, ...] = VOCABULARY) -> Analysis:
    """Judge an article against the events and derive what storing it needs: attribution and figures when it
    names an event, and its reprint signature. An article about no event is not stored by a crawl, so it gets no
    signature unless stored_anyway (an import keeps every file it is given)."""
    # traditional characters are read as simplified, through a copy of the same length
    title, text = simplified(article.title), simplified(article.text)
    matches = match_events(title, text, events)
    if not matches and not stored_anyway:
        return Analysis(article)
    found = attribute(title, text, article.date, events, matches) if matches else None
    edition = found.edition if found is not None else 0
    headline = sentence_case(title)  # (one character for one)
    event = next((e for e in events if e.id == found.event), None) if found is not None else None
    first_year = getattr(event, "first_year", 0)
    figures = tuple(with_headline(_headline_figures(as_written(extract_figures(headline, vocabulary, edition=edition,
                                                                               first_year=first_year),
                                                                article.title, headline), title),
                                  as_written(extract_figures(text, vocabulary, edition=edition, first_year=first_year,
                                                              cited=_elsewhere(found, events, text, article.date)), article.text, text))) \
        if found is not None else ()
    month = getattr(event, "month", 0)
    if found is not None and article.date[:7] >= f"{found.edition:04d}-{month or 1:02d}":
        # (once the edition's month has come: before it, "the next convention" is the one the story is about)
        figures = tuple(_of_the_next_edition(figures, found))
    if found is not None and article.date[:4].isdigit() and int(article.date[:4]) == found.edition - 1:
        # a story about next year's edition, published after this year's ("The 2075 conference will be held in
        # November next year. This year's conference drew 546 exhibitors"): this year's is the edition before
        figures = tuple(_of_this_years_edition(figures, found))
    if found is not None and article.date[:4].isdigit() and int(article.date[:4]) == found.edition + 1:
        # a look back at last year's edition ("At last year's convention, 436 projects were signed"): what it
        # calls last year's is the edition it is about
        figures = tuple(replace(f, scope="edition") if f.scope == "earlier" and not f.event else f for f in figures)
    return Analysis(article, tuple(matches), found, figures, to_bytes(signature(article.title, article.text)))


def _of_the_next_edition(figures, found: Attribution):
    """A forecast of the next edition is that edition's: "Next year's convention will expand to 100,000 square
    meters", "明年，大会展览面积将扩大至10万平方米", in a story about this year's, is a forecast of next year's."""
    for f in figures:
        lead = f.sentence[:max(0, f.sentence.find(f.surface))]
        if f.scope == "expected" and not f.event and (NEXT_EDITION.search(lead) or NEXT_EDITION_ZH.search(lead)):
            f = replace(f, event=found.event, edition=found.edition + 1)
        yield f


_THIS_YEARS = re.compile(r"\b(?:this year['’]s|the (?:current|latest) (?:year['’]s )?)\s?(?:[\w-]+\s){0,4}?(?:edition|"
                         r"convention|conference|summit|event|expo|fair|show)\b|\bthis year\b|今年|本年度", re.I)


def _of_this_years_edition(figures, found: Attribution):
    """What a story about next year's edition says this year's drew is the edition before the story's: "This year's
    conference drew 546 exhibitors", "今年的大会签约项目210个"."""
    for f in figures:
        lead = f.sentence[:max(0, f.sentence.find(f.surface))]
        if f.scope in ("edition", "part") and not f.event and _THIS_YEARS.search(lead):
            f = replace(f, event=found.event, edition=found.edition - 1)
        yield f


# the words a headline in title case capitalises that a sentence writes in lower case (not names: "Hefei", "Anhui",
# the events' own words)
_COMMON_WORDS = frozenset("""
a an the of in at on with and or for to as by from into over after before about amid than its their this that not
instead rather signing signings haul footfall turnout crowd crowds people times
up down off out new more most nearly almost around some record total totals all under above below per each
day days week first second third final opening closing ceremony ceremonies edition event events show shows fair
expo conference convention summit forum forums exhibition exhibitions hall halls zone zones pavilion venue site
opens opened open closes closed close concludes concluded wraps wrapped ends ended kicks kicked starts started
begins begun signs signed sign seals sealed inks inked lands landed draws drew draw attracts attracted attract
gathers gathered gather hosts hosted host features featured showcases showcased sees saw tops topped top passes
passed pass hits hit reaches reached reach near nears exceeds exceeded exceed surpasses surpassed tallies tally
rises rose rise grows grew grow climbs climbed jumps jumped falls fell dips revised revises revise number numbers
numbered counts count reports reported report says said expects expected expect eyes eyeing aims plans targets
deal deals project projects agreement agreements contract contracts investment investments value worth yuan dollars
billion million trillion thousand bln mln bn trn tn square meters metres meter metre sq m km hectares percent per cent
exhibitor exhibitors company companies firm firms enterprise enterprises business businesses brand brands
visitor visitors visit visits guest guests attendee attendees attendance participants audience viewers views
academician academicians expert experts delegate delegates buyer buyers journalist journalists
country countries region regions province provinces city cities
online offline cloud livestream livestreams stream streams
foreign overseas foreign-funded global international domestic local key major big large smart intelligent
industrial manufacturing advanced high-tech robot robots humanoid vehicle vehicles energy cars car ev evs chip chips
product products launch launches debut debuts premiere premieres
""".split())
_TITLE_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Za-z]+)*(?![\w'’])")
_EVENT_NAME_WORDS = re.compile(r"\bWorld (?:Intelligent )?Manufacturing (?:Convention|Conference|Summit|Expo)\b")


def sentence_case(title: str) -> str:
    """A headline in title case read as a sentence writes it ("Hefei Convention Deals Pass 1,100" as "Hefei
    convention deals pass 1,100"), its first word, names and the events' names as written; any other headline as
    it is. The same length, one character for one."""
    words = _TITLE_WORD.findall(title)
    lower = sum(1 for w in re.findall(r"(?<![\w'’-])[a-z][a-z]{2,}\b", title)
                if w not in ("and", "the", "for", "with", "from"))
    if len(words) < 2 or lower > len(words) // 3:
        return title
    keep = [m.span() for m in _EVENT_NAME_WORDS.finditer(title)]
    chars = list(title)
    capitalised = list(_TITLE_WORD.finditer(title))
    if not title[:capitalised[0].start()].strip(" \"“‘'"):
        capitalised = capitalised[1:]  # (the headline's first word keeps its capital)
    for m in capitalised:
        if m.group().lower() in _COMMON_WORDS and not any(a <= m.start() < b for a, b in keep):
            chars[m.start()] = chars[m.start()].lower()
    return "".join(chars)


def _headline_figures(figures: list[Figure], title: str) -> list[Figure]:
    """A headline's figures without a small count in words of what a story is made of: "Two events, two
    strategies", "Three forums to watch" are its angle (not "eight foreign projects": a figure)."""
    update = _UPDATE_MARK.match(title)  # ("UPDATE 1-Hefei convention closes with 1,146 projects": the update's number)
    return [f for f in figures if not (f.unit == "count" and f.value <= 10 and not any(c.isdigit() for c in f.surface)
                                       and (f.noun.lower() in _ANGLE_NOUNS or _TO_WATCH.match(title, f.end)))
            and not (update is not None and update.start(1) <= f.start < update.end(1))]


_UPDATE_MARK = re.compile(r"\s*UPDATE\s?(\d{1,2})\s?[-–:]")
_ANGLE_NOUNS = frozenset("events strategies things ways reasons takeaways lessons questions highlights trends facts moments "
                         "keys stories pictures photos numbers tips words sides faces continents tales worlds eras "
                         "records shows conferences conventions summits fairs expos gatherings cities provinces".split())
_TO_WATCH = re.compile(r"\s(?:[\w-]+\s)?(?:to (?:watch|know|see|remember|note)|you\b|that\b)", re.I)


def _elsewhere(found: Attribution | None, events, text: str = "",
               date: str = "") -> Callable[[list[Figure]], list[Figure]] | None:
    """In an article that names several events, a figure whose sentence names another of them and not the one the
    article covers is that event's, cited ("In September, the World Manufacturing Convention in Hefei had drawn 630
    exhibitors", in a story about the Nanjing conference), or whose clause has that event as its subject: it is
    filed under that event and the edition the sentence or the article's date gives. One whose clause has a named
    show that is not configured as its subject ("Meanwhile, the China International Import Expo in Shanghai expects
    3,400 exhibitors") is scope elsewhere: never a figure of this edition, nor of any watched one."""
    if found is None:
        return None
    own = next(e for e in events if e.id == found.event)
    others = [e for e in events if e.id in {m.event for m in found.others}]
    own_words = _name_words(" ".join([own.name, *own.aliases, *getattr(own, "loose_aliases", ()),
                                      getattr(own, "city", ""), *getattr(own, "context", ())]))
    # (a place shared is no name shared: "the Hefei International Auto Show" is another show in the same city)
    place_words = _name_words(" ".join([getattr(own, "city", ""), *getattr(own, "context", ())]))
    names: dict[str, bool] = {}
    owns: dict[str, bool] = {}

    def names_own(sentence: str) -> bool:
        if sentence not in owns:
            owns[sentence] = _named(own, sentence)
        return owns[sentence]

    def of_another(sentence: str) -> bool:
        if sentence not in names:
            names[sentence] = not names_own(sentence) and any(_named(e, sentence) for e in others)
        return names[sentence]

    def named_before(sentence: str, at: int) -> list:
        """(start, end, event) of each name of a watched event in the window before an offset of the sentence, in
        order (a bounded window: a long sentence of many figures is not read from its start for each)."""
        return sorted(((m.start(), m.end(), e) for e in (own, *others) for alias in e.aliases
                       for m in alias_pattern(alias).finditer(sentence, max(0, at - _NAMED_WINDOW), at)),
                      key=lambda n: n[0])

    both: dict[str, bool] = {}

    def of_both(sentence: str) -> bool:
        if sentence not in both:
            both[sentence] = names_own(sentence) and any(_named(e, sentence) for e in others)
        return both[sentence]

    def clause_of(f: Figure) -> str:
        # (the words before the figure in its sentence, from a bounded window of the text: one long sentence of many
        # figures is read once per figure for 200 characters, not from its start)
        if text[f.start:f.end] != f.surface:
            return ""
        return _OWN_CLAUSE.split(_SENTENCE_END.split(text[max(0, f.start - 200):f.start])[-1])[-1]

    def claimed(f: Figure):
        """The other configured event a figure is of, if any: the one its clause names ("..., while Jiangsu's World
        Intelligent Manufacturing Conference, which closed in Nanjing last week, reported 136"), else the one its
        sentence names, unless the clause speaks of this event ("..., the Hefei event gathered 641") or is the main
        clause after a comparison ("Unlike the conference in Nanjing, the convention drew")."""
        clause = clause_of(f)
        if clause and not _named(own, clause):
            other = next((e for e in others if _named(e, clause)), None) or by_its_city(clause)
            if other is not None:
                return other
        if not others:
            return None
        at = _in_sentence(text, f)
        compared = at >= 0 and _COMPARED_BEFORE.search(f.sentence, max(0, at - 60), at)
        if compared:
            # (a comparison with the other event's own place: "..., against Hefei's 1,680", "compared with 1,680 in
            # Hefei" in a story that names the Hefei convention)
            place = _place_of(f.sentence[compared.end():at]) or _place_of(_IN_A_PLACE.match(f.sentence, at + len(f.surface)))
            other = next((e for e in others if place and place in _places(e)), None)
            if other is not None:
                return other
        if at >= 0 and of_both(f.sentence) and _RESPECTIVELY_AFTER.match(f.sentence, at + len(f.surface)):
            # "This year's World Manufacturing Convention in Hefei and World Intelligent Manufacturing Conference in
            # Nanjing signed 1,086 and 108 projects respectively"
            chosen = _in_turn(named_before(f.sentence, at), f.sentence, at, _JOINED_EN)
            if chosen is not None:
                return chosen if chosen.id != own.id else None
        if at >= 0 and of_both(f.sentence) and (which := last_match(_FORMER_LATTER.finditer(clause_of(f)[-60:]))) is not None:
            # "Both the 2064 World Manufacturing Convention and the 2064 World Intelligent Manufacturing Conference
            # drew crowds; the former signed 1,108 projects in Hefei, the latter 136 in Nanjing"
            pair = list(dict.fromkeys(e.id for _, _, e in named_before(f.sentence, at)))[-2:]
            if len(pair) == 2:
                chosen = pair[0] if which.group(1).lower() == "former" else pair[1]
                return None if chosen == own.id else next(e for e in others if e.id == chosen)
        if at >= 0 and _CJK.search(f.sentence) and of_both(f.sentence):
            # (a Chinese sentence runs its clauses on with commas, each under the event named last before it:
            # "继9月的2060世界制造业大会签约项目1086个之后，12月4日闭幕的2060世界智能制造大会签约项目108个，总投资862亿元";
            # "2060世界智能制造大会和2060世界制造业大会分别签约项目108个和1086个": in turn)
            named = named_before(f.sentence, at)
            last = (_in_turn(named, f.sentence, at, _JOINED, _BOTH_RESPECTIVELY) or named[-1][2]) if named else None
            return last if last is not None and last.id != own.id else None
        if at >= 0 and of_both(f.sentence) and (opening := _COMPARISON.match(f.sentence)) is not None \
                and at < (_COMPARED_ASIDE.match(f.sentence, opening.end()) or opening).end() \
                and not _named(own, f.sentence[:opening.end()]):
            # "Unlike September's World Manufacturing Convention in Hefei, which signed 1,120 projects, the Nanjing
            # conference ...": the comparison and its aside are the show it names
            return next((e for e in others if _named(e, f.sentence[:opening.end()])), None)
        if not of_another(f.sentence):
            return None
        named = [(m.end(), e) for e in others for alias in e.aliases
                 for m in alias_pattern(alias).finditer(f.sentence, 0, max(at, 0))]
        if not named and at >= 0 and _COMPARED_AFTER.search(f.sentence, at + len(f.surface), min(
                (m.start() for e in others for alias in e.aliases for m in alias_pattern(alias).finditer(f.sentence, at)),
                default=at)):
            # (the other event named only after a comparison that follows the figure: "It drew 473 exhibitors, fewer
            # than the 1,680 at Hefei's World Manufacturing Convention": the figure before it is this event's)
            return None
        # (what comes between the other event's name and the figure speaks of this one: "..., but the Nanjing event
        # stresses quality: 38 of its projects")
        last = max(named, key=lambda n: n[0]) if named else None
        if last and _name_words(f.sentence[last[0]:at]) & place_words or _after_comparison(f, at):
            return None
        return last[1] if last else next(e for e in others if _named(e, f.sentence))

    def by_its_city(clause: str):
        """The other event a clause names by its city and a common noun ("Hefei's convention in September signed
        1,302 projects", "the Nanjing conference"), unless it names this event's city so too."""
        named = list(_CITY_SHOW.finditer(clause))
        cities = {_place_of(m) for m in named}
        # (the subject of the figure's clause: not "Compared with the Hefei convention's 604 deals, the 96 signed at
        # ...", where another count stands between)
        if not cities or cities & _places(own) or _DIGIT.search(clause, named[-1].end()):
            return None
        return next((e for e in events if e.id != own.id and cities & _places(e)), None)

    def by_another(f: Figure) -> bool:
        clause = clause_of(f)
        if not clause:
            return False
        show = _NAMED_SHOW.search(clause)
        # (a sentence that names the event may go on about another show in a clause of its own: "..., which opened
        # with 548 exhibitors, while the Nanjing Software Expo next door has 300 exhibitors")
        # (or a show named after this one, whose verb or clause the figure is in: "..., a month after the China
        # International Import Expo in Shanghai drew about 3,500 exhibitors", "..., smaller than the Canton Fair,
        # which hosts around 30,000 exhibitors")
        if names_own(f.sentence) and (show is None or _named(own, clause[show.start():])):
            return False
        if show is not None and any(_named(e, show.group(0)) for e in others):
            return False  # (a watched event, named with this one: claimed() decides whose the figure is)
        named = _name_words(show.group("name")) if show is not None else set()
        # (not "The Convention lasts for 4 days": a capital, no name)
        # (a name of its own, not words of this event's: "the World Manufacturing Forum" in a story about the
        # World Manufacturing Convention)
        return bool(named - place_words) and not named - place_words <= own_words \
            and not _ITS_OWN_AFTER.search(clause, show.end())

    def cited(f: Figure) -> Figure:
        if f.scope not in ("edition", "cumulative", "part", "expected", "earlier"):
            return f
        # (its forecasts and its earlier years too: "Jiangsu's conference, due in Nanjing in late November, expects
        # about 320" is a forecast of the Nanjing conference, not of the Hefei convention)
        other = claimed(f)
        edition = cited_edition(other, f.sentence, date) if other is not None else 0
        if edition:
            # (a comparison with the other event is no earlier year of it: "far fewer than the 1,068 signed at
            # neighboring Anhui's World Manufacturing Convention in September")
            scope = "edition" if f.scope == "earlier" and not any(
                int(y) != edition for y in _YEAR.findall(f.sentence)) and not _LAST_YEAR.search(f.sentence) \
                else f.scope
            return replace(f, event=other.id, edition=edition, scope=scope)
        return replace(f, scope="elsewhere") if other is not None or (not of_another(f.sentence) and by_another(f)) \
            else f

    return lambda figures: [cited(f) for f in figures]


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_CJK = re.compile(r"[\u3400-\u9fff]")
# two events named together, then what each did in turn: "A和B分别签约项目108个和1086个"
_JOINED = re.compile(r"\s*[和与及、]\s*(?:(?:19|20)\d\d年?)?")
_BOTH_RESPECTIVELY = re.compile(r"[^，,。；;]{0,6}?分别")
_NAMED_WINDOW = 300
_RESPECTIVELY_AFTER = re.compile(r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\brespectively\b")
_JOINED_EN = re.compile(r"(?:\s(?:in|at)\s[A-Z][\w-]+)?,?\s(?:and|&)\s(?:the\s|its\s)?(?:(?:19|20)\d\d\s)?")
_NOTHING = re.compile(r"")
_FORMER_LATTER = re.compile(r"\bthe (former|latter)\b", re.I)
_DIGIT = re.compile(r"\d")


def _in_turn(named: list, sentence: str, at: int, joined: re.Pattern, then: re.Pattern = _NOTHING):
    """Of the last two events named together (joined) and then their values, in turn (then: what must follow the
    second name, 分别): the first value is the first event's, a later one the second's; None when they are not."""
    if len(named) < 2 or not joined.fullmatch(sentence, named[-2][1], named[-1][0]):
        return None
    after = then.match(sentence, named[-1][1], at)
    if after is None:
        return None
    return named[-1][2] if _DIGIT.search(sentence, after.end(), at) else named[-2][2]
_LAST_YEAR = re.compile(r"\b(?:last year|a year (?:earlier|ago|before)|the year before|previous (?:year|edition)|"
                        r"prior year)\b", re.I)
_COMPARISON = re.compile(r"(?:Like|Unlike|As with)\s(?:[^,]|(?<=\d),(?=\d)){1,120},\s")
_COMPARED_ASIDE = re.compile(r"(?:which|who|where)\b(?:[^,]|,(?=\d)){0,160},\s")  # (past "1,120")


# a comparison just before a figure ("against", "compared with", "fewer than the") and the place it names ("Hefei's",
# "in Hefei" after the figure)
_COMPARED_BEFORE = re.compile(r"\b(?:against|versus|vs\.|compared (?:with|to)|(?:fewer|less|more|higher|lower|greater|"
                              r"smaller|larger|bigger) than|(?:below|above|behind|ahead of))\s(?:the\s)?", re.I)
_COMPARED_AFTER = re.compile(r"\b(?:than|compared (?:with|to)|against|versus|whereas|while|(?:short|shy) of|below|above|"
                             r"behind|ahead of|unlike)\b", re.I)
_IN_A_PLACE = re.compile(r"(?:\s[a-z]+){0,2}?\s(?:in|at)\s(?:neighbou?ring\s)?(?P<place>[A-Z][a-z]+)\b")
# an event named by its city and a common noun: "Hefei's convention", "the Nanjing conference"
_SHOW_NOUN = r"(?:convention|conference|summit|expo|event|show|fair)"
_CITY_SHOW = re.compile(r"\b(?P<place>[A-Z][a-z]+)(?:['’]s)?\s(?:(?:own|annual|manufacturing)\s)?" + _SHOW_NOUN
                        + r"\b(?!\s(?:cent(?:er|re)|hall|city|district|bureau|office))")
_PLACE_OWN = re.compile(r"^(?:neighbou?ring\s)?(?P<place>[A-Z][a-z]+)(?:\s" + _SHOW_NOUN
                        + r")?['’]s\s(?:own\s)?$")  # ("Hefei's 1,240", "the Hefei convention's 604 deals")


def _place_of(words) -> str:
    """The place a possessive ("Hefei's ") or a match of _IN_A_PLACE names, lower-cased; "" when none."""
    if isinstance(words, str):
        words = _PLACE_OWN.match(words)
    return words.group("place").lower() if words is not None else ""


def _places(event) -> set[str]:
    return {p.lower() for p in [getattr(event, "city", ""), *getattr(event, "context", ())] if p}


def _in_sentence(text: str, f: Figure) -> int:
    """Where the figure starts in its sentence; -1 when the text does not hold it where it says."""
    if text[f.start:f.end] != f.surface:
        return -1
    at = text.rfind(f.sentence, max(0, f.start - len(f.sentence)), f.start + len(f.sentence))
    return f.start - at if at >= 0 else -1


def _after_comparison(f: Figure, at: int) -> bool:
    """The figure (at that offset of its sentence) is in the main clause after the sentence's opening comparison
    with another show ("Unlike the World Intelligent Manufacturing Conference in Nanjing, which drew 298 exhibitors
    last year, the convention gathered 641"): the comparison and its aside are that show's, the main clause this
    one's."""
    opening = _COMPARISON.match(f.sentence) if at >= 0 else None
    if opening is None:
        return False
    aside = _COMPARED_ASIDE.match(f.sentence, opening.end())
    return at >= (aside or opening).end()


# a show named in capitals as the subject of a clause ("the China International Import Expo in Shanghai expects"),
# not in a headline's capitals, an aside or a comparison ("Like the Canton Fair, the convention drew ...")
_NAMED_SHOW = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s)?(?:(?:19|20)\d\d\s)?(?P<name>(?:(?!The\s)[A-Z][\w'&-]*\s(?:of\s|and\s|for\s)?){1,6}?"
                         r"(?:Expo|Fair|Exhibition|Show|Conference|Summit|Convention|Congress|Forum|Messe))"
                         # ("The World Manufacturing Forum in Cernobbio, Italy, drew")
                         r"(?:\s(?:in|at)\s[A-Z][\w-]+(?:,\s[A-Z][\w-]+,)?)?"
                         # (", which hosts around 30,000", ", with some 4,000")
                         r"(?:(?:,\s(?:which|that)\s|,\s(?=with\s)|\s)(?:(?:has|have|had|is|was|will|also|now)\s)*"
                         # (or a clause of where it is: "the World Intelligence Expo in Tianjin, where 118 projects")
                         r"[a-z]+\s|,\swhere\s)(?:[^,]|,(?=\d)){0,60}$")  # (on to the figure: "drew about 3,500 exhibitors from")
_SENTENCE_END = re.compile(r"[.!?。！？]\s+|\n\s*\n")
# (and "and" before another subject with its verb left out: "... signed 1,602 projects and Nanjing's World Intelligent
# Manufacturing Conference 228")
_OWN_CLAUSE = re.compile(r"[;:]\s|,\s(?:and|while|but|whereas)\s|^(?:Like|Unlike|As with)\s(?:[^,]|(?<=\d),(?=\d))+,\s|"
                         r"(?<=[a-z])\sand\s(?=(?:[A-Z][\w'’-]*\s){1,8}?(?:Conference|Convention|Summit|Expo|Fair)\s(?:\d|$))")
# the rest of the clause speaks of the event the article covers ("The Canton Fair's organizers said the convention ...")
_ITS_OWN_AFTER = re.compile(r"\b(?:convention|conference|summit|event|expo|exhibition)\b")
# words that say nothing of which show it is
_GENERIC_NAME_WORDS = frozenset("the of and for on world international china chinese global annual expo fair exhibition "
                                "show conference summit convention congress".split())


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[A-Za-z]+|[^\x00-\x7f]+", name.lower()) if w not in _GENERIC_NAME_WORDS}


def _named(event, sentence: str) -> bool:
    return any(alias_pattern(alias).search(sentence) for alias in event.aliases)




def analyse_page(page: Page, listed_date: str, events, vocabulary: tuple[Metric, ...] = VOCABULARY) -> Analysis:
    """A crawl worker's task: one downloaded page in; its article, relevance, attribution, figures and reprint
    signature out, as one picklable result. Raises ExtractionError when the page holds no article."""
    # Imported here: the crawl process only schedules this function and never needs trafilatura itself.
    from extract.article import article_from_page

    return analyse(article_from_page(page, listed_date=listed_date), events, vocabulary=vocabulary)
