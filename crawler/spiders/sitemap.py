"""News sitemaps and sitemap indexes."""
from __future__ import annotations

from crawler.spiders.base import SourceSpider
from extract.discovery import DiscoveryError, parse_sitemap


class SitemapSpider(SourceSpider):
    """Reads each configured sitemap (following indexes up to max_sitemaps) and requests the pages whose
    news title or URL names an event."""

    name = "sitemap"
    source_type = "sitemap"

    async def start(self):
        for source in self.sources():
            yield self.source_request(source, source.url, self.parse_sitemap, conditional=True, followed=[0])

    def parse_sitemap(self, response):
        if self.not_modified(response):
            return
        source = response.meta["source_config"]
        try:
            sitemap = parse_sitemap(response.body, response.url, max_bytes=self.context.config.crawl["max_bytes"])
        except DiscoveryError as exc:
            top = response.url == source.url
            self.context.error(source.name, response.url, f"{'source' if top else 'sitemap'} failed: {exc}",
                               source_failed=top)
            return
        if not sitemap.sitemaps:
            self.remember(response)  # an index is always read again: its sitemaps may change while it does not
        followed = response.meta["followed"]  # shared by all sitemaps of the source in this run
        for url in sitemap.sitemaps:
            if followed[0] >= source.option("max_sitemaps"):
                self.context.count(source.name, "sitemaps_skipped")
                continue
            followed[0] += 1
            yield self.source_request(source, url, self.parse_sitemap, conditional=True, followed=followed,
                                      top=False)
        yield from self.offer(response, sitemap.pages, prefilter=source.option("filter"))
