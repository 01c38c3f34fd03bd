"""Downloader middlewares: where requests may go, and which need not be made."""
from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest

from crawler.context import ContextComponent
from extract.urls import canonical_url
from storage.articles import known_urls


def host_allowed(url: str, allowed: tuple[str, ...] | list[str]) -> bool:
    """True when url is http(s) on one of the allowed hosts or their subdomains."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return False
    return any(host == h or host.endswith("." + h) for h in allowed)


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


class HostPolicyMiddleware(ContextComponent):
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


class KnownArticleMiddleware(ContextComponent):
    """Skips article pages whose canonical URL is already stored."""

    def process_request(self, request):
        if not request.meta.get("article") or request.meta.get("redirect_times"):
            return None
        ctx = self.context
        if known_urls(ctx.db, [canonical_url(request.url)]):
            ctx.count(request.meta.get("source", ""), "known")
            raise IgnoreRequest(f"{request.url}: already stored")
        return None
