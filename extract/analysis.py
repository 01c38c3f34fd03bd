"""Everything derived from an article before it is stored, computed in one place (the crawl's worker processes,
under the extraction time limit): which events it names, its event and edition, its figures, its reprint
signature. The result is plain data, so that it crosses a process boundary as it is."""
from __future__ import annotations

from dataclasses import dataclass, field

from extract.events import Attribution, EventMatch, attribute, match_events
from extract.figures import extract_figures, with_headline
from extract.metrics import VOCABULARY, Metric
from extract.records import Article, Figure, Page
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
    matches = match_events(article.title, article.text, events)
    if not matches and not stored_anyway:
        return Analysis(article)
    found = attribute(article.title, article.text, article.date, events, matches) if matches else None
    figures = tuple(with_headline(extract_figures(article.title, vocabulary),
                                  extract_figures(article.text, vocabulary))) if found is not None else ()
    return Analysis(article, tuple(matches), found, figures, to_bytes(signature(article.title, article.text)))


def analyse_page(page: Page, listed_date: str, events, vocabulary: tuple[Metric, ...] = VOCABULARY) -> Analysis:
    """A crawl worker's task: one downloaded page in; its article, relevance, attribution, figures and reprint
    signature out, as one picklable result. Raises ExtractionError when the page holds no article."""
    # Imported here: the crawl process only schedules this function and never needs trafilatura itself.
    from extract.article import article_from_page

    return analyse(article_from_page(page, listed_date=listed_date), events, vocabulary=vocabulary)
