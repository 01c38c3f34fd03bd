"""Downloader middlewares: where requests may go."""
from __future__ import annotations

import os
import random
import time
from datetime import timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from w3lib.http import basic_auth_header

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.response import response_status_message

from crawler.crawl import CrawlComponent
from extract.config import ANY_HOST
from extract.urls import ip_literal, is_public_address


PRIVATE_SUFFIXES = (".local", ".localhost", ".internal", ".lan", ".home", ".arpa")


def public_host_name(host: str) -> bool:
    """True for a DNS name that can be a public web site: not an IP address in any spelling, not a local or
    single-label name."""
    if ip_literal(host) is not None:
        return False
    return "." in host.strip(".") and not host.endswith(PRIVATE_SUFFIXES) and host != "localhost"


def host_allowed(url: str, allowed: tuple[str, ...] | list[str]) -> bool:
    """True when url is http(s) on one of the allowed hosts or their subdomains ("*": any public host name, or a
    public IP address). An IP address in any spelling matches only the same address listed."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return False
    ip = ip_literal(host)
    if ip is not None:
        return any(ip_literal(h) == ip for h in allowed if h != ANY_HOST) or (
            ANY_HOST in allowed and is_public_address(ip))
    if ANY_HOST in allowed and public_host_name(host):
        return True
    return any(host == h or host.endswith("." + h) for h in allowed if h != ANY_HOST)


class ProxyMiddleware:
    """Sends every request through CONFWATCH_PROXY when it is set (the offline demo)."""

    def __init__(self, proxy: str):
        self.proxy = proxy

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("CONFWATCH_PROXY", ""))

    def process_request(self, request):
        if self.proxy:
            request.meta["proxy"] = self.proxy
        return None


class HostPolicyMiddleware(CrawlComponent):
    """Refuses any request (including redirects) outside its source's configured hosts."""

    def process_request(self, request):
        allowed = request.meta.get("allowed_hosts")
        if allowed is None:
            return None  # robots.txt and other internal requests follow the request that caused them
        ctx = self.context
        source = request.meta.get("source", "")
        if not host_allowed(request.url, allowed):
            ctx.count(source, "blocked")
            raise IgnoreRequest(f"{request.url}: host not allowed for source {source!r} "
                                f"(allowed: {', '.join(allowed)}; add it to the source's hosts)")
        ctx.count(source, "requests")
        return None


class SourceAuthMiddleware(CrawlComponent):
    """Basic auth for a source that logs in (username_env, password_env): sent to the source's own host only,
    never to another host a listing or a redirect leads to."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.headers: dict[str, bytes] = {}

    def _header(self, source) -> bytes:
        if source.name not in self.headers:
            user, password = os.environ.get(source.username_env), os.environ.get(source.password_env)
            if user is None or password is None:
                missing = source.username_env if user is None else source.password_env
                raise IgnoreRequest(f"source {source.name!r} logs in with ${missing}, which is not set in the "
                                    "environment of the crawl; export it before running")
            self.headers[source.name] = basic_auth_header(user, password)
        return self.headers[source.name]

    def process_request(self, request):
        source = request.meta.get("source_config")
        own = (urlsplit(source.url).hostname or "").lower() if source is not None else ""
        if source is None or not source.username_env or (urlsplit(request.url).hostname or "").lower() != own:
            request.headers.pop(b"Authorization", None)  # never carried to another host
            return None
        request.headers[b"Authorization"] = self._header(source)
        return None


def retry_after_seconds(value: str, now: float | None = None) -> float | None:
    """Seconds a Retry-After header asks to wait: a number of seconds or an HTTP date; None when unreadable."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class PoliteRetryMiddleware(RetryMiddleware):
    """Retries like Scrapy's RetryMiddleware, but never at once: after the wait a 429 or 503 answer's Retry-After
    asks for (at most crawl.retry_max_wait seconds; asked for longer, it gives up and says so), else after a
    jittered, doubling back-off. The wait happens before the retried request is sent."""

    def __init__(self, settings):
        super().__init__(settings)
        self.max_wait = settings.getfloat("CONFWATCH_RETRY_MAX_WAIT", 60.0)
        self.base = settings.getfloat("CONFWATCH_RETRY_BACKOFF", 1.0)
        limit = settings.getfloat("CONFWATCH_DEADLINE_SECONDS", 0.0)
        self.deadline = time.monotonic() + limit if limit > 0 else None  # the run's own end (crawl.max_minutes)

    def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        asked = retry_after_seconds(response.headers.get("Retry-After", b"").decode("latin-1"))
        if asked is not None and asked > self.max_wait:
            request.meta["retry_refused"] = (f"HTTP {response.status}, asked to retry after {asked:.0f} s, longer than "
                                             f"crawl.retry_max_wait ({self.max_wait:.0f} s)")
            return response
        if asked is not None and self.deadline is not None and time.monotonic() + asked > self.deadline:
            request.meta["retry_refused"] = (f"HTTP {response.status}, asked to retry after {asked:.0f} s, past the "
                                             "run's deadline (crawl.max_minutes)")
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        tries = retry.meta.get("retry_times", 1)
        retry.meta["retry_wait"] = asked if asked is not None else \
            min(self.max_wait, self.base * 2 ** (tries - 1) * random.uniform(0.5, 1.5))
        return retry

    def process_exception(self, request, exception, spider=None):
        retry = super().process_exception(request, exception)
        if isinstance(retry, Request):
            tries = retry.meta.get("retry_times", 1)
            retry.meta["retry_wait"] = min(self.max_wait, self.base * 2 ** (tries - 1) * random.uniform(0.5, 1.5))
        return retry


class RetryWaitMiddleware:
    """Holds a retried request for the wait PoliteRetryMiddleware set, then lets it go."""

    async def process_request(self, request, spider=None):
        wait = request.meta.pop("retry_wait", 0)
        if wait > 0:
            from twisted.internet import reactor
            from twisted.internet.task import deferLater

            await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return None
