"""Storing one article with everything derived from it: event, edition, figures and their flags."""
from __future__ import annotations

from dataclasses import dataclass

from extract.events import attribute
from extract.figures import extract_figures
from extract.records import Article, LedgerFigure
from storage.articles import upsert_article
from storage.ledger import record_attribution, record_figures


@dataclass
class Stored:
    is_new: bool
    event: str
    edition: int | None
    figures: list[LedgerFigure]


def store_article(db, article: Article, events, *, run_id: str, now: str) -> Stored:
    """Upsert an article, link it to its event and edition, and add its figures to the ledger."""
    is_new = upsert_article(db, article, run_id=run_id, now=now)
    found = attribute(article.title, article.text, article.date, events)
    record_attribution(db, article.id, found)
    if found is None:
        return Stored(is_new, "", None, [])
    figures = record_figures(db, article, found.event, found.edition, extract_figures(article.text), now=now)
    return Stored(is_new, found.event, found.edition, figures)
