"""Pipelines, one job each: analyse a page in a worker process (under the time limit), drop the off-topic, store.
The reactor thread only hands bytes to the workers and writes their results."""
from __future__ import annotations

import asyncio
import logging
import sqlite3
from concurrent.futures import TimeoutError as FutureTimeout

from pebble.common import ProcessExpired
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from crawler.crawl import CrawlComponent
from crawler.processes import analyse_in_worker
from extract.records import ExtractionError, NotAnArticle, Page
from extract.urls import url_key
from storage.articles import mark_seen
from storage.clock import now_iso
from storage.ingest import store_analysis

logger = logging.getLogger(__name__)

OFF_TOPIC = "off-topic: no configured event named (or an abbreviation without its context words)"


class AnalysePipeline(CrawlComponent):
    """Runs all the CPU work on a page in the crawl's worker processes, with a per-page time limit."""

    async def process_item(self, item):
        ctx = self.context
        timeout = ctx.config.crawl["extract_timeout"] or None
        page = Page(url=item.url, html=item.html, fetched_at=item.fetched_at, source=item.source)
        future = ctx.pool.schedule(analyse_in_worker, timeout=timeout,
                                   args=(page, item.listed_date, ctx.config.events, ctx.config.metrics))
        item.html = ""  # the worker has its copy; do not keep the page in memory
        try:
            item.analysis = await asyncio.wrap_future(future)
        except FutureTimeout:
            ctx.error(item.source, item.url, f"extraction abandoned after {timeout} s")
            raise DropItem(f"{item.url}: extraction timed out") from None
        except NotAnArticle as exc:  # a listing or section front: skipped and remembered, not an error
            ctx.count(item.source, "rejected")
            with ctx.db.atomic():
                for url in dict.fromkeys([*item.requested, item.url]):
                    mark_seen(ctx.db, url_key(url), url=url, status="rejected", source=item.source,
                              reason=str(exc), run_id=ctx.run_id, now=now_iso())
            raise DropItem(f"{item.url}: {exc}") from None
        except ExtractionError as exc:
            ctx.error(item.source, item.url, f"extraction failed: {exc}")
            raise DropItem(str(exc)) from None
        except ProcessExpired as exc:
            ctx.error(item.source, item.url, f"extraction worker died: {exc}")
            raise DropItem(f"{item.url}: extraction worker died") from None
        return item


class RelevancePipeline(CrawlComponent):
    """Keeps articles about a configured event; rejects the others, remembering them so they are not fetched
    again and counting them for the source."""

    def process_item(self, item):
        ctx = self.context
        article = item.analysis.article
        if item.analysis.relevant:
            ctx.count(item.source, "relevant")
            return item
        ctx.count(item.source, "rejected")
        with ctx.db.atomic():
            for url in dict.fromkeys([*item.requested, article.url]):
                mark_seen(ctx.db, url_key(url), url=url, status="rejected", source=item.source, title=article.title,
                          reason=OFF_TOPIC, run_id=ctx.run_id, now=now_iso())
        raise DropItem(f"{article.url}: {OFF_TOPIC}")


class StorePipeline(CrawlComponent):
    """Stores analysed articles with their reprint cluster, event, edition and figures."""

    stopping = False

    def process_item(self, item):
        ctx = self.context
        article = item.analysis.article
        try:
            with ctx.db.atomic():  # the article and the marks that its links were fetched: together or not at all
                stored = store_analysis(ctx.db, item.analysis, run_id=ctx.run_id, now=now_iso(),
                                        clusters=ctx.clusters)
                for url in item.requested:  # the feed's link, redirects: all lead to this article
                    mark_seen(ctx.db, url_key(url), url=url, status="stored", article_id=stored.article_id,
                              source=item.source, title=article.title, run_id=ctx.run_id, now=now_iso())
        except sqlite3.Error as exc:  # a full disk, a database made read-only: this page is tried again next run
            ctx.refused = ctx.refused or str(exc)
            ctx.error(item.source, article.url, f"not stored: {exc}", source_failed=True)
            if not self.stopping:  # fetching more pages that cannot be stored would only waste requests
                self.stopping = True
                logger.error("the database refuses writes (%s): stopping this spider", exc)
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="database refuses writes"))
            raise DropItem(f"{article.url}: not stored: {exc}") from None
        ctx.count(item.source, "new" if stored.is_new else "updated")
        ctx.count(item.source, "stored")
        item.analysis = None  # stored: nothing of the page stays in memory
        return item
