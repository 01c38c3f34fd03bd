"""RSS, Atom and JSON Feed sources."""
from __future__ import annotations

from crawler.spiders.base import SourceSpider
from extract.feeds import FeedError, parse_feed


class FeedSpider(SourceSpider):
    """Reads each configured feed and requests the articles it lists."""

    name = "feed"
    source_type = "feed"

    async def start(self):
        for source in self.sources():
            yield self.source_request(source, source.url, self.parse_feed, max_articles=source.max_articles)

    def parse_feed(self, response):
        source = response.meta["source"]
        try:
            entries = parse_feed(response.body, response.url)
        except FeedError as exc:
            self.context.error(source, response.url, f"source failed: {exc}", source_failed=True)
            return
        self.context.count(source, "candidates", len(entries))
        for entry in entries[: response.meta["max_articles"]]:
            yield self.article_request(response, entry.url, listed_title=entry.title, listed_date=entry.published)
