"""What every source-type spider shares: its sources, conditional requests, candidates, failures."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import scrapy
from twisted.internet.defer import CancelledError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError
from scrapy import exceptions as scrapy_errors
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest, UsageError
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.http import TextResponse

from crawler.crawl import Crawl, config_from, crawl_settings
from crawler.resolver import refusal
from crawler.items import PageItem
from extract.config import Source
from extract.discovery import Candidate
from extract.encoding import declared_charset, decode_page
from extract.events import mentions_event
from extract.urls import canonical_url
from storage.clock import now_iso
from storage.sources import validators_for


def listed(candidate: Candidate) -> dict:
    """Request metadata: what the listing said of the page."""
    return {"listed_title": candidate.title, "listed_date": candidate.published, "listed_outlet": candidate.outlet}


# Scrapy's own download errors, where the installed version has them (newer versions raise these instead of
# Twisted's): a timeout, and a body shorter than its announced length
_TIMED_OUT = tuple(e for e in (getattr(scrapy_errors, "DownloadTimeoutError", None),) if e)
_CUT_SHORT = tuple(e for e in (getattr(scrapy_errors, "ResponseDataLossError", None),) if e)
_TLS = re.compile(r"\bSSL|\bTLS|certificate|handshake", re.I)


def failure_reason(failure) -> str:
    """What went wrong with a request, in words a user can act on."""
    request = failure.request
    if request.meta.get("retry_refused"):
        return request.meta["retry_refused"]
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    if failure.check(DNSLookupError):
        return refusal(urlsplit(request.url).hostname or "") or f"DNS lookup failed: {failure.getErrorMessage()}"
    if failure.check(TimeoutError, TCPTimedOutError, *_TIMED_OUT):
        return "no answer within crawl.timeout"
    if failure.check(CancelledError, DownloadCancelledError):
        return "abandoned: the body grew past crawl.max_bytes (or the crawl was stopped)"
    message = failure.getErrorMessage()
    if failure.check(IgnoreRequest):
        if "max redirections" in message:
            return "abandoned: too many redirects, or a redirect loop"
        if "max size" in message or "decompress" in message.lower():
            return f"abandoned: decompressed body too large (a compression bomb?): {message}"
        return f"refused: {message}"
    if (_CUT_SHORT and failure.check(*_CUT_SHORT)) or "DataLoss" in message:
        return "the answer was cut short: the connection closed before the length it announced"
    if _TLS.search(message):
        return f"TLS handshake failed (no secure server there, or its certificate was refused): {message[:200]}"
    if failure.check(ConnectionRefusedError):
        return "connection refused: nothing answers at this address and port"
    return message or type(failure.value).__name__


class SourceSpider(scrapy.Spider):
    """Base of the source-type spiders; a subclass sets source_type and parses its listings."""

    source_type = ""

    def __init__(self, *args, source: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.only_source = source

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.only_source:
            config = config_from(crawler.settings)
            names = [s.name for s in config.enabled_sources(cls.source_type)]
            if spider.only_source not in names:
                raise UsageError(f"-a source={spider.only_source}: {config.path} has no enabled {cls.source_type} "
                                 f"source of that name; its {cls.source_type} sources: {', '.join(names) or 'none'}")
        return spider

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        # The configuration object prepared by crawler/run.py, or the file a bare `scrapy crawl` names.
        for name, value in crawl_settings(config_from(settings)).items():
            settings.set(name, value, priority="spider")

    @property
    def context(self) -> Crawl:
        return Crawl.of(self.crawler)

    def sources(self) -> list[Source]:
        found = self.context.config.enabled_sources(self.source_type)
        return [s for s in found if not self.only_source or s.name == self.only_source]

    def source_request(self, source: Source, url: str, callback, *, conditional: bool = False,
                       **meta) -> scrapy.Request:
        """A request for a listing (feed, sitemap, search result, page of links) of a source.

        conditional: send the validators of the last response (If-None-Match / If-Modified-Since);
        a 304 answer then reaches the callback, which should call not_modified() and stop.
        """
        headers = validators_for(self.context.db, url) if conditional else {}
        return scrapy.Request(url, callback=callback, errback=self.source_failed, dont_filter=True, headers=headers,
                              meta={"source": source.name, "source_config": source,
                                    "allowed_hosts": source.allowed_hosts(), "conditional": conditional,
                                    "handle_httpstatus_list": [304] if conditional else [], **meta})

    def not_modified(self, response) -> bool:
        """True (and counted) when a conditional request was answered 304 Not Modified."""
        if response.status != 304:
            return False
        self.context.count(response.meta["source"], "not_modified")
        return True

    def remember(self, response) -> None:
        """Keep the validators of a listing that was read, for the next run's conditional request."""
        if response.meta.get("conditional"):
            self.context.remember_validators(response)

    def offer(self, response, candidates: list[Candidate], *, prefilter: bool, request_for=None):
        """Requests for the candidates a listing found: counted, filtered by event names (when prefilter),
        known pages skipped without a request, at most the source's max_articles. request_for(response,
        candidate) makes the request (default: the article page itself), or None for a page judged before."""
        source: Source = response.meta["source_config"]
        ctx = self.context
        ctx.count(source.name, "candidates", len(candidates))
        budget = ctx.budget(source)
        for candidate in candidates:
            if prefilter and not mentions_event(ctx.config.events, candidate.title, candidate.summary, candidate.url):
                ctx.count(source.name, "filtered")
                continue
            try:
                canonical_url(candidate.url)
            except ValueError as exc:  # one unreadable link (a bad port ...) is an error; the listing goes on
                ctx.error(source.name, candidate.url[:500], f"link in {response.url} cannot be fetched: {exc}")
                continue
            if not ctx.claim(candidate.url):
                ctx.count(source.name, "known")
                continue
            if budget <= 0:
                ctx.count(source.name, "over_limit")
                continue
            if request_for is not None:
                request = request_for(response, candidate)
            else:
                request = self.article_request(response, candidate.url, claimed=True, **listed(candidate))
            if request is not None:
                budget -= 1
                ctx.spend(source)
                yield request

    def article_request(self, response, url: str, callback=None, *, claimed: bool = False,
                        **meta) -> scrapy.Request | None:
        """A request for an article page found in a listing (or for a page that leads to it, with callback);
        None, counted as known, when the page was judged before or is requested already (unless claimed)."""
        if not claimed and not self.context.claim(url):
            self.context.count(response.meta["source"], "known")
            return None
        # dont_filter: duplicates are caught by claim(); a redirect back to a URL already requested is then stopped
        # by the redirect limit, on record, instead of vanishing in the duplicate filter
        return scrapy.Request(canonical_url(url), callback=callback or self.parse_article, errback=self.article_failed,
                              dont_filter=True,
                              meta={"source": response.meta["source"], "article": True,
                                    "source_config": response.meta["source_config"],
                                    "allowed_hosts": response.meta["allowed_hosts"], **meta})

    def parse_article(self, response):
        source = response.meta["source"]
        if not isinstance(response, TextResponse):
            self.context.error(source, response.url, "not a text page (content type "
                               f"{response.headers.get('Content-Type', b'').decode('latin-1')})")
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        html, _ = decode_page(response.body, declared_charset(content_type, response.body))
        yield PageItem(url=response.url, html=html, fetched_at=now_iso(), source=source,
                       listed_title=response.meta.get("listed_title", ""),
                       listed_date=response.meta.get("listed_date", ""),
                       requested=[*response.meta.get("redirect_urls", []), response.url,
                                  *response.meta.get("also_known_as", [])])

    def source_failed(self, failure):
        request = failure.request
        reason = failure_reason(failure)
        # The source fails when its own listing cannot be read; a later page or sub-sitemap is one error.
        top = request.meta.get("top", True)
        self.context.error(request.meta.get("source", ""), request.url,
                           f"{'source' if top else 'listing'} failed: {reason}", source_failed=top)

    def article_failed(self, failure):
        request = failure.request
        source = request.meta.get("source", "")
        # A refused host or a page robots.txt forbids is a decision, not a failure: on record, but the source's
        # listing is not read again in full for it next run.
        decided = failure.check(IgnoreRequest) and ("not allowed" in failure.getErrorMessage()
                                                     or "robots.txt" in failure.getErrorMessage())
        if decided:
            self.context.note(source, request.url, f"not fetched: {failure_reason(failure)}")
        else:
            self.context.error(source, request.url, f"page failed: {failure_reason(failure)}")
