"""Pipelines: extract in worker processes, then store. Each drops what it cannot handle."""
from __future__ import annotations

import asyncio
import logging
import multiprocessing
import sqlite3
from concurrent.futures import TimeoutError as FutureTimeout

from pebble import ProcessPool
from pebble.common import ProcessExpired
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from crawler.context import ContextComponent, utcnow
from extract.article import article_from_page
from extract.records import Article, ExtractionError, Page
from extract.events import match_events
from extract.urls import url_key
from jobs.ingest import store_article
from storage.articles import mark_seen

logger = logging.getLogger(__name__)


def extract_in_worker(url: str, html: str, fetched_at: str, source: str, listed_date: str) -> dict:
    """Worker-process entry point: one page in, one article dict out."""
    page = Page(url=url, html=html, fetched_at=fetched_at, source=source)
    return article_from_page(page, listed_date=listed_date).to_dict()


class _SharedPool:
    """One pool of extraction processes for all the spiders of a crawl process."""

    pool: ProcessPool | None = None
    users = 0

    @classmethod
    def acquire(cls, workers: int) -> ProcessPool:
        if cls.pool is None:
            cls.pool = ProcessPool(max_workers=max(1, workers), context=multiprocessing.get_context("forkserver"))
        cls.users += 1
        return cls.pool

    @classmethod
    def release(cls) -> None:
        cls.users -= 1
        if cls.users <= 0 and cls.pool is not None:
            cls.pool.close()
            cls.pool.join(timeout=10)
            cls.pool.stop()
            cls.pool, cls.users = None, 0


class ExtractPipeline(ContextComponent):
    """Runs extraction in a pool of processes with a per-page time limit."""

    pool: ProcessPool | None = None

    def open_spider(self):
        crawl = self.context.config.crawl
        self.timeout = crawl["extract_timeout"] or None
        self.pool = _SharedPool.acquire(crawl["extract_workers"])

    def close_spider(self):
        if self.pool is not None:
            self.pool = None
            _SharedPool.release()

    async def process_item(self, item):
        ctx = self.context
        future = self.pool.schedule(extract_in_worker, args=(item.url, item.html, item.fetched_at, item.source,
                                                             item.listed_date), timeout=self.timeout)
        try:
            item.article = await asyncio.wrap_future(future)
        except FutureTimeout:
            ctx.error(item.source, item.url, f"extraction abandoned after {self.timeout} s")
            raise DropItem(f"{item.url}: extraction timed out") from None
        except ExtractionError as exc:
            ctx.error(item.source, item.url, f"extraction failed: {exc}")
            raise DropItem(str(exc)) from None
        except ProcessExpired as exc:
            ctx.error(item.source, item.url, f"extraction worker died: {exc}")
            raise DropItem(f"{item.url}: extraction worker died") from None
        item.html = ""  # the page is not needed any more; do not keep it in memory
        return item


class RelevancePipeline(ContextComponent):
    """Keeps articles about a configured event; rejects the others, remembering them so they are not fetched
    again and counting them for the source."""

    def process_item(self, item):
        ctx = self.context
        article = item.article
        matches = match_events(article["title"], article["text"], ctx.config.events)
        if matches:
            ctx.count(item.source, "relevant")
            return item
        ctx.count(item.source, "rejected")
        reason = "off-topic: no configured event named (or an abbreviation without its context words)"
        for url in dict.fromkeys([*item.requested, article["url"]]):
            mark_seen(ctx.db, url_key(url), url=url, status="rejected", source=item.source, title=article["title"],
                      reason=reason, run_id=ctx.run_id, now=utcnow())
        raise DropItem(f"{article['url']}: {reason}")


class StorePipeline(ContextComponent):
    """Stores extracted articles with their reprint cluster, event, edition and figures."""

    stopping = False

    def process_item(self, item):
        ctx = self.context
        article = Article(**item.article)
        try:
            with ctx.db.atomic():  # the article and the marks that its links were fetched: together or not at all
                stored = store_article(ctx.db, article, ctx.config.events, run_id=ctx.run_id, now=utcnow(),
                                       clusters=ctx.clusters)
                for url in item.requested:  # the feed's link, redirects: all lead to this article
                    mark_seen(ctx.db, url_key(url), url=url, status="stored", article_id=stored.article_id,
                              source=item.source, title=article.title, run_id=ctx.run_id, now=utcnow())
        except sqlite3.Error as exc:  # a full disk, a database made read-only: this page is tried again next run
            ctx.error(item.source, article.url, f"not stored: {exc}", source_failed=True)
            if not self.stopping:  # fetching more pages that cannot be stored would only waste requests
                self.stopping = True
                logger.error("the database refuses writes (%s): stopping this spider", exc)
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="database refuses writes"))
            raise DropItem(f"{article.url}: not stored: {exc}") from None
        ctx.count(item.source, "new" if stored.is_new else "updated")
        ctx.count(item.source, "stored")
        return item
