"""Run bookkeeping tied to the crawl's lifetime."""
from __future__ import annotations

from scrapy import signals

from crawler.context import CrawlContext


class RunRecorder:
    """Opens the crawl context when the spider opens and writes its counters when it closes."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        ctx = CrawlContext.of(self.crawler)
        spider.logger.info("confwatch run %s, data in %s", ctx.run_id, self.crawler.settings.get("CONFWATCH_DATA"))

    def spider_closed(self, spider, reason):
        CrawlContext.of(self.crawler).close()
