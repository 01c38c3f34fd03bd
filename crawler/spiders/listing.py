"""An event site's own news list: article links by URL pattern, over a bounded number of pages."""
from __future__ import annotations

from crawler.spiders.base import SourceSpider
from extract.discovery import DiscoveryError, parse_listing


class ListingSpider(SourceSpider):
    """Follows the article links (matching `follow`) of each listing page, and the next-page links
    (matching `next`) up to `max_pages` pages; with `filter`, only the links that name an event."""

    name = "listing"
    source_type = "listing"

    async def start(self):
        for source in self.sources():
            yield self.source_request(source, source.url, self.parse_listing, pages=[source.url])

    def parse_listing(self, response):
        source = response.meta["source_config"]
        try:
            listing = parse_listing(response.text, response.url, source.option("follow"), source.option("next"))
        except (DiscoveryError, AttributeError) as exc:  # AttributeError: a response that is not text
            top = response.url == source.url
            self.context.error(source.name, response.url, f"{'source' if top else 'listing page'} failed: {exc}",
                               source_failed=top)
            return
        pages = response.meta["pages"]  # shared by all pages of the source in this run
        for url in listing.pages:
            if url not in pages and len(pages) < source.option("max_pages"):
                pages.append(url)
                yield self.source_request(source, url, self.parse_listing, pages=pages, top=False)
        # an event's own news list is all about it; a government's or an outlet's (filter = true) only where a
        # link's text or address names an event
        yield from self.offer(response, listing.articles, prefilter=source.option("filter"))
