"""Downloader middlewares: where requests may go."""
from __future__ import annotations

import os
from urllib.parse import urlsplit

from w3lib.http import basic_auth_header

from scrapy.exceptions import IgnoreRequest

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
