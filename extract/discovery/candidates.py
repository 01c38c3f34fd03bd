"""What every discovery source yields: candidate pages, and the error of an answer that cannot be read."""
from __future__ import annotations

from dataclasses import dataclass

from extract.events import needs_context
from extract.feeds import FeedEntry


MAX_CANDIDATES = 2000


class DiscoveryError(ValueError):
    """A discovery response this parser cannot read; the message says what was received."""


@dataclass(frozen=True)
class Candidate:
    """A page a discovery source points to, with what the source says of it."""

    url: str
    title: str = ""
    published: str = ""  # ISO-8601 or ''
    outlet: str = ""  # publisher named by the source
    language: str = ""
    summary: str = ""  # what the listing says of the page (a feed item's description)


def from_feed_entry(entry: FeedEntry) -> Candidate:
    return Candidate(url=entry.url, title=entry.title, published=entry.published, outlet=entry.source,
                     summary=entry.summary)


def search_queries(events, given: list[str] | tuple[str, ...] = ()) -> list[str]:
    """One search query per event alias: names quoted as phrases, abbreviations with the event's city."""
    if given:
        return list(dict.fromkeys(given))
    queries = []
    for event in events:
        for alias in event.aliases:
            if needs_context(event, alias):
                if event.city:
                    queries.append(f'"{alias}" {event.city}')
            else:
                queries.append(f'"{alias}"')
    return list(dict.fromkeys(queries))
