"""Storing one analysed article with everything derived from it: reprint cluster, event, edition, figures."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from extract.metrics import VOCABULARY, Metric
from extract.records import Article, LedgerFigure
from storage.articles import upsert_article
from storage.clusters import ClusterIndex
from storage.ledger import record_attribution, record_figures, reprints_moved

if TYPE_CHECKING:  # the crawl process stores analyses made elsewhere: it needs no extraction code until one comes
    from extract.analysis import Analysis


@dataclass
class Stored:
    is_new: bool
    event: str
    edition: int | None
    figures: list[LedgerFigure]
    cluster: str = ""
    article_id: str = ""


def store_analysis(db, analysis: Analysis, *, run_id: str, now: str, clusters: ClusterIndex) -> Stored:
    """Upsert an analysed article, group it with its reprints, link it to its event and edition, and add its
    figures to the ledger: only SQL here, the analysis was done before.

    All of it is one transaction (joined to the caller's, if one is open): a process killed part-way leaves
    either the article with its cluster, attribution and figures, or nothing of it."""
    article, found = analysis.article, analysis.attribution
    with db.atomic():
        is_new, article_id = upsert_article(db, article, run_id=run_id, now=now)
        if article_id != article.id:
            article = replace(article, id=article_id)
        cluster, former_roots = clusters.assign(article.id, analysis.minhash, db)
        record_attribution(db, article.id, found)
        if found is None:
            reprints_moved(db, former_roots, now=now)
            return Stored(is_new, "", None, [], cluster, article.id)
        figures = record_figures(db, article, found.event, found.edition, list(analysis.figures), now=now)
        # after the new original's figures are in: what a former original repeats of them is a reprint's
        reprints_moved(db, former_roots, now=now)
        return Stored(is_new, found.event, found.edition, figures, cluster, article.id)


def store_article(db, article: Article, events, *, run_id: str, now: str, clusters: ClusterIndex | None = None,
                  vocabulary: tuple[Metric, ...] = VOCABULARY) -> Stored:
    """Analyse and store an article whether or not it names an event (an imported file). Pass a ClusterIndex
    when storing many articles, so that it is loaded once."""
    from extract.analysis import analyse

    analysis = analyse(article, events, stored_anyway=True, vocabulary=vocabulary)
    return store_analysis(db, analysis, run_id=run_id, now=now, clusters=clusters or ClusterIndex(db))
