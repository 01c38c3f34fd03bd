"""What every source-type spider shares: its sources, request metadata, failures."""
from __future__ import annotations

import sys

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.http import TextResponse

from crawler.context import CrawlContext, utcnow
from crawler.items import PageItem
from extract.urls import canonical_url
from jobs.config import ConfigError, Source, load_config


class SourceSpider(scrapy.Spider):
    """Base of the source-type spiders; a subclass sets source_type and parses listings."""

    source_type = ""

    def __init__(self, *args, source: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.only_source = source

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        try:
            crawl = load_config(settings.get("CONFWATCH_CONFIG") or None).crawl
        except ConfigError as exc:
            sys.stderr.write(f"confwatch: error: {exc}\n")
            raise SystemExit(2) from None
        settings.set("DOWNLOAD_DELAY", crawl["delay"], priority="spider")
        settings.set("AUTOTHROTTLE_START_DELAY", max(crawl["delay"], 0.1), priority="spider")
        settings.set("DOWNLOAD_TIMEOUT", crawl["timeout"], priority="spider")
        settings.set("DOWNLOAD_MAXSIZE", crawl["max_bytes"], priority="spider")
        settings.set("USER_AGENT", crawl["user_agent"], priority="spider")

    @property
    def context(self) -> CrawlContext:
        return CrawlContext.of(self.crawler)

    def sources(self) -> list[Source]:
        found = self.context.config.enabled_sources(self.source_type)
        return [s for s in found if not self.only_source or s.name == self.only_source]

    def source_request(self, source: Source, url: str, callback, **meta) -> scrapy.Request:
        """A request for a listing (feed, sitemap, page of links) of a source."""
        return scrapy.Request(url, callback=callback, errback=self.source_failed, dont_filter=True,
                              meta={"source": source.name, "allowed_hosts": source.allowed_hosts(), **meta})

    def article_request(self, response, url: str, **meta) -> scrapy.Request:
        """A request for an article page found in a listing."""
        return scrapy.Request(canonical_url(url), callback=self.parse_article, errback=self.article_failed,
                              meta={"source": response.meta["source"], "article": True,
                                    "allowed_hosts": response.meta["allowed_hosts"], **meta})

    def parse_article(self, response):
        source = response.meta["source"]
        if not isinstance(response, TextResponse):
            self.context.error(source, response.url, "not a text page (content type "
                               f"{response.headers.get('Content-Type', b'').decode('latin-1')})")
            return
        yield PageItem(url=response.url, html=response.text, fetched_at=utcnow(), source=source,
                       listed_title=response.meta.get("listed_title", ""),
                       listed_date=response.meta.get("listed_date", ""))

    def source_failed(self, failure):
        request = failure.request
        reason = (f"HTTP {failure.value.response.status}" if failure.check(HttpError)
                  else failure.getErrorMessage())
        self.context.error(request.meta.get("source", ""), request.url, f"source failed: {reason}",
                           source_failed=True)

    def article_failed(self, failure):
        request = failure.request
        source = request.meta.get("source", "")
        if failure.check(HttpError):
            status = failure.value.response.status
            self.context.error(source, request.url, f"page failed: HTTP {status}")
        elif not failure.check(IgnoreRequest):  # known articles and refused hosts are counted, not errors
            self.context.error(source, request.url, f"page failed: {failure.getErrorMessage()}")
