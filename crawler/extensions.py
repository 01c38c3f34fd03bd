"""Run bookkeeping tied to the crawl's lifetime."""
from __future__ import annotations

from scrapy import signals

from crawler.crawl import CrawlComponent


class RunRecorder(CrawlComponent):
    """Counts the spider in when it opens; writes the crawl's counters when it closes."""

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        self.context.spider_opened()
        spider.logger.info("confwatch run %s, data in %s", self.context.run_id, self.context.data_dir)

    def spider_closed(self, spider, reason):
        sources = [s.name for s in spider.sources()] if hasattr(spider, "sources") else []
        self.context.spider_closed(sources, reason)
