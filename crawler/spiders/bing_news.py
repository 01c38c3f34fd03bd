"""Bing News RSS search; the publisher's URL is in each item link's url parameter."""
from __future__ import annotations

from crawler.spiders.search import SearchSpider
from extract.discovery import bing_news_url, parse_bing_news


class BingNewsSpider(SearchSpider):
    """Bing News RSS search; the publisher's URL is in each item link's url parameter."""

    name = "bing_news"
    source_type = "bing_news"

    def query_url(self, source, query: str) -> str:
        return bing_news_url(source.url, query, source.option("market"))

    def candidates(self, response, source):
        return parse_bing_news(response.body, response.url)
