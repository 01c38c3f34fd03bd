"""News search sources: the GDELT DOC 2.0 API, Google News RSS search and Bing News RSS search.

One request per query (one query per event alias unless the source lists its own); the articles found are
on the publishers' sites, so these sources need hosts = ["*"] or a list of allowed hosts.
"""
from __future__ import annotations

import asyncio
from datetime import timezone
from urllib.parse import urlsplit

import scrapy

from crawler.spiders.base import SourceSpider, listed
from extract.discovery import (GOOGLE_DECODE_PATH, GOOGLE_NEWS_HOST, DiscoveryError, bing_news_url, decode_google_id,
                               gdelt_url, gdelt_window, google_article_id, google_decode_body, google_decode_params,
                               google_news_url, parse_bing_news, parse_gdelt, parse_google_decoded, parse_google_news,
                               search_queries)
from storage.clock import now as clock_now, now_iso
from storage.runs import last_success
from storage.sources import resolved, save_resolved

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


class GdeltSpider(SearchSpider):
    """GDELT DOC 2.0 ArtList queries for the time since the source's last successful run."""

    name = "gdelt"
    source_type = "gdelt"

    def query_url(self, source, query: str) -> str:
        now = clock_now().astimezone(timezone.utc)
        start = gdelt_window(last_success(self.context.db, source.name), now, source.option("backfill_days"))
        return gdelt_url(source.url, query, source.option("languages"), start, now)

    def source_request(self, source, url, callback, **meta):
        request = super().source_request(source, url, callback, **meta)
        request.meta["autothrottle_dont_adjust_delay"] = True
        request.meta["dont_retry"] = True  # a 429 is handled here, with a growing wait
        request.meta["handle_httpstatus_list"] = [429]
        request.meta.setdefault("tries", 0)
        return request

    async def parse_results(self, response):
        source = response.meta["source_config"]
        if response.status == 429:
            tries = response.meta["tries"] + 1
            if tries > MAX_BACKOFF_TRIES:
                self.context.error(source.name, response.url, f"source failed: HTTP 429 (rate limited) "
                                   f"{tries} times; try again later", source_failed=True)
                return
            wait = _retry_after(response) or source.option("backoff") * 2 ** (tries - 1)
            self.logger.info("GDELT rate limit for %s: waiting %.1f s", source.name, wait)
            self.context.count(source.name, "rate_limited")
            await asyncio.sleep(wait)
            retry = response.request.replace(dont_filter=True)
            retry.meta["tries"] = tries
            yield retry
            return
        for request in super().parse_results(response):
            yield request

    def candidates(self, response, source):
        return parse_gdelt(response.body, source.option("languages"))


def _retry_after(response) -> float:
    value = response.headers.get("Retry-After", b"").decode("latin-1").strip()
    try:
        return min(float(value), 600.0)
    except ValueError:
        return 0.0


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


class BingNewsSpider(SearchSpider):
    """Bing News RSS search; the publisher's URL is in each item link's url parameter."""

    name = "bing_news"
    source_type = "bing_news"

    def query_url(self, source, query: str) -> str:
        return bing_news_url(source.url, query, source.option("market"))

    def candidates(self, response, source):
        return parse_bing_news(response.body, response.url)
