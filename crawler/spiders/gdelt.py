"""The GDELT DOC 2.0 API: ArtList queries for the time since the source's last successful run."""
from __future__ import annotations

import asyncio
from datetime import timezone

from crawler.spiders.search import MAX_BACKOFF_TRIES, SearchSpider
from extract.discovery import gdelt_url, gdelt_window, parse_gdelt
from storage.clock import now as clock_now
from storage.runs import last_success


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
