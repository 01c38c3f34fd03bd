"""Downloader middlewares: where requests may go."""
from __future__ import annotations

from urllib.parse import urlsplit

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
