"""What the components of one crawl share: configuration, database, run id and counters."""
from __future__ import annotations

import os
from collections import Counter, defaultdict


from jobs.clock import now_iso
from jobs.config import load_config
from storage.db import open_db
from storage.runs import add_counts, finish_run, record_error, start_run


utcnow = now_iso


class CrawlContext:
    """Per-crawler state; created once and shared through the crawler object."""

    def __init__(self, settings):
        self.config = load_config(settings.get("CONFWATCH_CONFIG") or None)
        self.db = open_db(settings.get("CONFWATCH_DATA") or "data")
        self.run_id = settings.get("CONFWATCH_RUN_ID") or ""
        self.owns_run = not self.run_id
        if self.owns_run:
            self.run_id = start_run(self.db, kind="crawl", now=utcnow(), pid=os.getpid())
        self.counts: dict[str, Counter] = defaultdict(Counter)
        self.failed_sources: set[str] = set()

    @classmethod
    def of(cls, crawler) -> "CrawlContext":
        """Return the crawler's context, creating it on first use."""
        ctx = getattr(crawler, "_confwatch_context", None)
        if ctx is None:
            ctx = cls(crawler.settings)
            crawler._confwatch_context = ctx
        return ctx

    def count(self, source: str, key: str, n: int = 1) -> None:
        self.counts[source or "-"][key] += n

    def error(self, source: str, url: str, message: str, *, source_failed: bool = False) -> None:
        """Record a failure; source_failed marks the whole source as failed for this run."""
        self.count(source, "errors")
        if source_failed:
            self.failed_sources.add(source)
            self.count(source, "failed")
        record_error(self.db, self.run_id, source=source, url=url, message=message, now=utcnow())

    def close(self) -> None:
        """Write the counters to the run; finish the run when this crawl started it."""
        for source, counts in self.counts.items():
            add_counts(self.db, self.run_id, source, **counts)
        self.counts.clear()
        if self.owns_run:
            finish_run(self.db, self.run_id, status="partial" if self.failed_sources else "ok", now=utcnow())


class ContextComponent:
    """Base of the middlewares and pipelines that use the crawl context."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def context(self) -> CrawlContext:
        return CrawlContext.of(self.crawler)
