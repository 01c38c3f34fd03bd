"""The record types shared by extraction, storage and jobs."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field


class NotAnArticle(ValueError):
    """The page is a listing, a section front or an index, not an article; the message says why."""


class ExtractionError(ValueError):
    """Raised when a page or text cannot be turned into an article."""


@dataclass(frozen=True)
class Page:
    """A downloaded page, independent of any HTTP library."""

    url: str
    html: str
    fetched_at: str
    source: str = ""


@dataclass
class Article:
    """One news article in the seed schema plus provenance."""

    id: str
    url: str
    canonical_url: str
    site: str
    outlet: str
    credit: str
    title: str
    date: str
    published_at: str
    text: str
    language: str
    content_hash: str
    fetched_at: str
    source: str
    # where the date came from: dateline (the story's own dateline or credit line), visible (a stamp on the page),
    # meta (the page's metadata), url, listed (the feed or sitemap that listed it), seed (a seed file)
    date_source: str = ""

    def to_dict(self) -> dict:
        """Return the record as a plain dict (column name -> value)."""
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Figure:
    """One reported figure and where it stands in the text."""

    surface: str
    start: int
    end: int
    sentence: str
    value: float
    unit: str
    noun: str
    qualifier: str
    metric: str = ""  # what it measures: a vocabulary key (extract/metrics.py) or a normalised noun phrase
    scope: str = "edition"  # edition | cumulative (several editions) | part (a hall, a zone, "of which")
    place: str = "text"  # text | title: where start and end point (the headline's own figures are "title")
    headline: str = ""  # the headline's words for this figure when the headline reports it too
    # a figure another configured event's name claims in an article about one event ("..., while Jiangsu's World
    # Intelligent Manufacturing Conference reported 136 projects", in a story on the Hefei convention): that event
    # and its edition; empty, the article's
    event: str = ""
    edition: int = 0


def as_written(figures: list[Figure], original: str, read: str) -> list[Figure]:
    """Figures read from a copy of a text of the same length (traditional characters read as simplified, "签署"
    read as "签约"), with their words and sentence as the original writes them."""
    if read == original:
        return figures
    out = []
    for f in figures:
        at = read.rfind(f.sentence, max(0, f.start - len(f.sentence)), f.start + len(f.sentence))
        sentence = original[at:at + len(f.sentence)] if at >= 0 else f.sentence
        out.append(dataclasses.replace(f, surface=original[f.start:f.end], sentence=sentence))
    return out


@dataclass(frozen=True, kw_only=True)
class LedgerFigure(Figure):
    """A stored figure: the extracted figure, its article and event, and its status against earlier coverage."""

    id: str
    article_id: str
    event: str
    edition: int
    status: str  # new | known | changed
    previous_value: float | None
    previous_article: str
    content_hash: str
    created_at: str
    kind: str = ""  # of a change: refined (inside what the earlier report allowed) | conflict
    decided_at: str = ""  # when its status was last decided differently

    def to_dict(self) -> dict:
        """Return the record as a plain dict (column name -> value)."""
        return dataclasses.asdict(self)


@dataclass
class Run:
    """One crawl or import run and its per-source counts."""

    id: str
    kind: str
    started_at: str
    ended_at: str = ""
    status: str = "running"
    pid: int = 0
    sources: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Return the record as a plain dict (column name -> value)."""
        return dataclasses.asdict(self)


def field_names(record_type) -> list[str]:
    """Return the field names of a record dataclass, in order."""
    return [f.name for f in dataclasses.fields(record_type)]
