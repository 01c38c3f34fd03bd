"""Storing one article with everything derived from it: event, edition, figures and their flags."""
from __future__ import annotations

from dataclasses import dataclass, replace

from extract.events import attribute
from extract.figures import extract_figures
from extract.records import Article, LedgerFigure
from storage.articles import upsert_article
from storage.clusters import ClusterIndex
from storage.ledger import record_attribution, record_figures


@dataclass
class Stored:
    is_new: bool
    event: str
    edition: int | None
    figures: list[LedgerFigure]
    cluster: str = ""
    article_id: str = ""


def store_article(db, article: Article, events, *, run_id: str, now: str,
                  clusters: ClusterIndex | None = None) -> Stored:
    """Upsert an article, group it with its reprints, link it to its event and edition, and add its figures
    to the ledger. Pass a ClusterIndex when storing many articles, so that it is loaded once.

    All of it is one transaction (joined to the caller's, if one is open): a process killed part-way leaves
    either the article with its cluster, attribution and figures, or nothing of it."""
    with db.atomic():
        is_new, article_id = upsert_article(db, article, run_id=run_id, now=now)
        if article_id != article.id:
            article = replace(article, id=article_id)
        cluster = (clusters or ClusterIndex(db)).assign(article.id, article.title, article.text, db)
        found = attribute(article.title, article.text, article.date, events)
        record_attribution(db, article.id, found)
        if found is None:
            return Stored(is_new, "", None, [], cluster, article.id)
        figures = record_figures(db, article, found.event, found.edition, extract_figures(article.text), now=now)
        return Stored(is_new, found.event, found.edition, figures, cluster, article.id)
