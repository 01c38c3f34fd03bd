"""What the news search spiders share (gdelt.py, google_news.py, bing_news.py).

One request per query (one query per event alias unless the source lists its own); the articles found are
on the publishers' sites, so these sources need hosts = ["*"] or a list of allowed hosts.
"""
from __future__ import annotations

from crawler.spiders.base import SourceSpider, listed
from extract.discovery import DiscoveryError, search_queries

MAX_BACKOFF_TRIES = 3
LISTED = ("listed_title", "listed_date", "listed_outlet", "also_known_as")
CARRIED = ("source", "source_config", "allowed_hosts", "google_link", *LISTED)  # through the decoder request


class SearchSpider(SourceSpider):
    """Sends each query of each source; subclasses build the query URL and parse the answer."""

    def queries(self, source) -> list[str]:
        return search_queries(self.context.config.events, source.option("queries"))

    def query_url(self, source, query: str) -> str:
        raise NotImplementedError

    async def start(self):
        for source in self.sources():
            for query in self.queries(source):
                yield self.source_request(source, self.query_url(source, query), self.parse_results, query=query)

    def candidates(self, response, source):
        raise NotImplementedError

    def request_for(self, response, candidate):
        """The request for one result: by default the publisher's page itself."""
        return self.article_request(response, candidate.url, claimed=True, **listed(candidate))

    def parse_results(self, response):
        source = response.meta["source_config"]
        try:
            found = self.candidates(response, source)
        except DiscoveryError as exc:
            self.context.error(source.name, response.url, f"source failed: {exc}", source_failed=True)
            return
        yield from self.offer(response, found, prefilter=False, request_for=self.request_for)
