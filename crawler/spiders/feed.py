"""RSS, Atom and JSON Feed sources."""
from __future__ import annotations

from crawler.spiders.base import SourceSpider
from extract.discovery import from_feed_entry
from extract.feeds import FeedError, parse_feed


class FeedSpider(SourceSpider):
    """Reads each configured feed and requests the articles it lists that name an event."""

    name = "feed"
    source_type = "feed"

    async def start(self):
        for source in self.sources():
            yield self.source_request(source, source.url, self.parse_feed, conditional=True)

    def parse_feed(self, response):
        if self.not_modified(response):
            return
        source = response.meta["source_config"]
        try:
            entries = parse_feed(response.body, response.url, max_bytes=self.context.config.crawl["max_bytes"])
        except FeedError as exc:
            self.context.error(source.name, response.url, f"source failed: {exc}", source_failed=True)
            return
        self.remember(response)
        yield from self.offer(response, [from_feed_entry(e) for e in entries], prefilter=source.option("filter"))
