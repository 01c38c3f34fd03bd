"""What the components of one crawl share: configuration, database, run id and counters."""
from __future__ import annotations

import logging
import os
import sqlite3
from collections import Counter, defaultdict


from jobs.clock import now_iso
from jobs.config import load_config
from storage.db import open_db
from storage.clusters import ClusterIndex
from storage.runs import add_counts, finish_run, record_error, start_run
from storage.sources import save_validators

logger = logging.getLogger(__name__)


utcnow = now_iso
_SHARED_CLUSTERS: dict[str, ClusterIndex] = {}
_OFFERED: dict[str, set[str]] = {}  # url_keys requested in this process, per data directory


class CrawlContext:
    """Per-crawler state; created once and shared through the crawler object."""

    def __init__(self, settings):
        self.config = load_config(settings.get("CONFWATCH_CONFIG") or None)
        self.data_dir = settings.get("CONFWATCH_DATA") or "data"
        self.db = open_db(self.data_dir)
        self.run_id = settings.get("CONFWATCH_RUN_ID") or ""
        self.owns_run = not self.run_id
        if self.owns_run:
            self.run_id = start_run(self.db, kind="crawl", now=utcnow(), pid=os.getpid())
        self.counts: dict[str, Counter] = defaultdict(Counter)
        self.failed_sources: set[str] = set()
        self.pending_validators: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        self.spent: Counter = Counter()
        self._clusters: ClusterIndex | None = None

    @property
    def clusters(self) -> ClusterIndex:
        """The reprint index, loaded on first use and shared by the spiders of this process, so that
        reprints found by two source types in one run are grouped too."""
        if self._clusters is None:
            if self.data_dir not in _SHARED_CLUSTERS:
                _SHARED_CLUSTERS[self.data_dir] = ClusterIndex(self.db)
            self._clusters = _SHARED_CLUSTERS[self.data_dir]
        return self._clusters

    def first_offer(self, key: str) -> bool:
        """True the first time a page is offered in this crawl process (by any spider, any source)."""
        offered = _OFFERED.setdefault(self.data_dir, set())
        if key in offered:
            return False
        if len(offered) < 1_000_000:  # bounded; beyond it the stored-URL check still holds
            offered.add(key)
        return True

    def budget(self, source) -> int:
        """How many more article pages the source may request in this run."""
        return source.max_articles - self.spent[source.name]

    def spend(self, source) -> None:
        self.spent[source.name] += 1

    def remember_validators(self, response) -> None:
        """Keep a listing's ETag / Last-Modified; they are saved when the crawl ends with no error for the source
        (not one page failed), so that after an interrupted or failed crawl, or one page that could not be
        fetched or stored, the listing is read in full again next time and its missing pages are retried."""
        header = lambda name: response.headers.get(name, b"").decode("latin-1").strip()  # noqa: E731
        self.pending_validators[response.meta["source"]].append(
            (response.request.url, header("ETag"), header("Last-Modified")))

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
        try:
            record_error(self.db, self.run_id, source=source, url=url, message=message, now=utcnow())
        except sqlite3.Error as exc:  # the database refuses writes (a full disk): the log still has it
            logger.error("could not record the error of %s (%s): %s", url, message, exc)

    def close(self) -> None:
        """Write the counters to the run; finish the run when this crawl started it."""
        for source, entries in self.pending_validators.items():
            if source in self.failed_sources or self.counts[source]["errors"]:
                continue
            for url, etag, last_modified in entries:
                save_validators(self.db, url, source=source, etag=etag, last_modified=last_modified, now=utcnow())
        self.pending_validators.clear()
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
