"""Google News RSS search; each item's news.google.com link is resolved to the publisher's URL."""
from __future__ import annotations

from urllib.parse import urlsplit

import scrapy

from crawler.spiders.base import listed
from crawler.spiders.search import CARRIED, LISTED, SearchSpider
from extract.discovery import (GOOGLE_DECODE_PATH, GOOGLE_NEWS_HOST, DiscoveryError, decode_google_id,
                               google_article_id, google_decode_body, google_decode_params, google_news_url,
                               parse_google_decoded, parse_google_news)
from storage.clock import now_iso
from storage.sources import resolved, save_resolved


class GoogleNewsSpider(SearchSpider):
    """Google News RSS search; each item's news.google.com link is resolved to the publisher's URL."""

    name = "google_news"
    source_type = "google_news"

    def query_url(self, source, query: str) -> str:
        return google_news_url(source.url, query, source.option("language"), source.option("region"))

    def candidates(self, response, source):
        return parse_google_news(response.body, response.url)

    def request_for(self, response, candidate):
        """The publisher's page when the link can be resolved here; else the news.google.com page."""
        meta = {**listed(candidate), "also_known_as": [candidate.url]}
        target = resolved(self.context.db, candidate.url) or decode_google_id(google_article_id(candidate.url))
        if target:
            return self.article_request(response, target, **meta)
        return self.article_request(response, candidate.url, callback=self.parse_google_page, claimed=True,
                                    google_link=candidate.url, **meta)

    def parse_google_page(self, response):
        """Either a redirect already led to the publisher, or the page holds what the decoder needs."""
        link = response.meta["google_link"]
        source = response.meta["source"]
        if (urlsplit(response.url).hostname or "") != GOOGLE_NEWS_HOST:
            save_resolved(self.context.db, link, response.url, source=source, now=now_iso())
            yield from self.parse_article(response)
            return
        params = google_decode_params(response.text)
        article_id = google_article_id(link)
        if params is None or not article_id:
            self.context.error(source, link, "page failed: news.google.com did not say where the article is")
            return
        url = f"{urlsplit(response.url).scheme}://{GOOGLE_NEWS_HOST}{GOOGLE_DECODE_PATH}"
        yield scrapy.Request(url, method="POST", body=google_decode_body(article_id, *params),
                             headers={"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"},
                             callback=self.parse_decoded, errback=self.article_failed, dont_filter=True,
                             meta={k: response.meta[k] for k in CARRIED})

    def parse_decoded(self, response):
        link = response.meta["google_link"]
        source = response.meta["source"]
        try:
            target = parse_google_decoded(response.text)
        except DiscoveryError as exc:
            self.context.error(source, link, f"page failed: {exc}")
            return
        save_resolved(self.context.db, link, target, source=source, now=now_iso())
        request = self.article_request(response, target, **{k: response.meta[k] for k in LISTED})
        if request is not None:
            yield request
