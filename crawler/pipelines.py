"""Pipelines: extract in worker processes, then store. Each drops what it cannot handle."""
from __future__ import annotations

import asyncio
import multiprocessing
from concurrent.futures import TimeoutError as FutureTimeout

from pebble import ProcessPool
from pebble.common import ProcessExpired
from scrapy.exceptions import DropItem

from crawler.context import ContextComponent, utcnow
from extract.article import article_from_page
from extract.records import Article, ExtractionError, Page
from jobs.ingest import store_article


def extract_in_worker(url: str, html: str, fetched_at: str, source: str, listed_date: str) -> dict:
    """Worker-process entry point: one page in, one article dict out."""
    page = Page(url=url, html=html, fetched_at=fetched_at, source=source)
    return article_from_page(page, listed_date=listed_date).to_dict()


class ExtractPipeline(ContextComponent):
    """Runs extraction in a pool of processes with a per-page time limit."""

    pool: ProcessPool | None = None

    def open_spider(self):
        crawl = self.context.config.crawl
        self.timeout = crawl["extract_timeout"] or None
        self.pool = ProcessPool(max_workers=max(1, crawl["extract_workers"]),
                                context=multiprocessing.get_context("forkserver"))

    def close_spider(self):
        if self.pool is not None:
            self.pool.close()
            self.pool.join(timeout=10)
            self.pool.stop()

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


class StorePipeline(ContextComponent):
    """Stores extracted articles with their event, edition and figures."""

    def process_item(self, item):
        ctx = self.context
        article = Article(**item.article)
        is_new = store_article(ctx.db, article, ctx.config.events, run_id=ctx.run_id, now=utcnow()).is_new
        ctx.count(item.source, "new" if is_new else "updated")
        return item
