"""What the spiders of one crawl process share: configuration, database, run, counters, the pages offered, the
reprint index and the pool of extraction workers. Built once by crawler/run.py and handed to each crawler; no
module- or class-level state outlives it."""
from __future__ import annotations

import logging
import json
import multiprocessing
import os
import sqlite3
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from pebble import ProcessPool
from scrapy.exceptions import UsageError

from crawler.processes import die_with_parent
from extract.config import Config, ConfigError
from extract.urls import url_key
from storage.articles import is_known
from storage.clock import now_iso
from storage.clusters import ClusterIndex
from storage.config import read_config
from storage.db import open_db
from storage.runs import add_counts, finish_run, record_error, start_run
from storage.sources import save_validators

logger = logging.getLogger(__name__)

WORKER_TASKS = 200
MAX_OFFERED = 1_000_000  # bounded; beyond it the stored-URL check still holds


def config_from(settings) -> Config:
    """The configuration of the crawl: the object the starting process put in CONFWATCH_CONFIG_OBJECT, else (a
    bare `scrapy crawl`) the file named by CONFWATCH_CONFIG, ./confwatch.toml or the packaged default."""
    config = settings.get("CONFWATCH_CONFIG_OBJECT")
    if config is not None:
        return config
    try:
        return read_config(settings.get("CONFWATCH_CONFIG") or None)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def crawl_settings(config: Config) -> dict:
    """The Scrapy settings that [crawl] and the sources decide: delays, limits, and GDELT's fixed request slot
    (it asks for at most one request every `interval` seconds per API host)."""
    crawl = config.crawl
    slots: dict[str, dict] = {}
    for source in config.enabled_sources("gdelt"):
        host = urlsplit(source.url).hostname or ""
        delay = max(source.option("interval"), slots.get(host, {}).get("delay", 0))
        slots[host] = {"concurrency": 1, "delay": delay, "jitter": 0}
    return {"DOWNLOAD_DELAY": crawl["delay"], "AUTOTHROTTLE_START_DELAY": max(crawl["delay"], 0.1),
            "DOWNLOAD_TIMEOUT": crawl["timeout"], "DOWNLOAD_MAXSIZE": crawl["max_bytes"],
            "USER_AGENT": crawl["user_agent"], "DOWNLOAD_SLOTS": slots,
            "CONFWATCH_RETRY_MAX_WAIT": crawl["retry_max_wait"],
            # the run's own deadline: each spider (they run side by side) is closed when it is reached
            "CLOSESPIDER_TIMEOUT": crawl["max_minutes"] * 60, "CONFWATCH_DEADLINE_SECONDS": crawl["max_minutes"] * 60}


PROGRESS_EVERY = 1.0  # seconds between two writes of the progress file


class Crawl:
    """The state of one crawl process, shared by its spiders (one per source type)."""

    def __init__(self, config: Config, data_dir: str | Path, run_id: str = "", progress_file: str = ""):
        self.config = config
        self.progress_file = progress_file
        self._progress_at = 0.0
        self.data_dir = str(data_dir)
        self.db = open_db(self.data_dir)
        self.run_id = run_id
        self.owns_run = not run_id
        if self.owns_run:
            self.run_id = start_run(self.db, kind="crawl", now=now_iso(), pid=os.getpid())
        self.counts: dict[str, Counter] = defaultdict(Counter)
        self.totals: dict[str, Counter] = defaultdict(Counter)  # the whole crawl's, for its progress file
        self.failed_sources: set[str] = set()
        self.errored_sources: set[str] = set()
        self.pending_validators: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        self.spent: Counter = Counter()
        self.offered: set[str] = set()
        self.open_spiders = 0
        self.refused = ""  # what the database said when it refused a write, if it did
        self._clusters: ClusterIndex | None = None
        self._pool: ProcessPool | None = None

    @classmethod
    def of(cls, crawler) -> "Crawl":
        """The crawl a crawler belongs to; a crawler started without one (a bare `scrapy crawl`) gets its own."""
        crawl = getattr(crawler, "confwatch", None)
        if crawl is None:
            settings = crawler.settings
            crawl = cls(config_from(settings), settings.get("CONFWATCH_DATA") or "data",
                        settings.get("CONFWATCH_RUN_ID") or "")
            crawler.confwatch = crawl
        return crawl

    @property
    def clusters(self) -> ClusterIndex:
        """The reprint index, loaded on first use; shared by the spiders, so that reprints found by two source
        types in one run are grouped too."""
        if self._clusters is None:
            self._clusters = ClusterIndex(self.db)
        return self._clusters

    @property
    def pool(self) -> ProcessPool:
        """The extraction workers, started on first use and shared by the spiders."""
        if self._pool is None:
            context = multiprocessing.get_context("forkserver")
            # Workers fork from a server that has loaded the extraction code once: they start at once and share
            # its memory instead of each importing trafilatura anew.
            context.set_forkserver_preload(["extract.article", "extract.analysis", "numpy", "cn2an",
                                            "crawler.processes"])
            # A worker is replaced after WORKER_TASKS pages, so that what parsing leaves behind in it cannot grow.
            self._pool = ProcessPool(max_workers=max(1, self.config.crawl["extract_workers"]), max_tasks=WORKER_TASKS,
                                     context=context, initializer=die_with_parent)
        return self._pool

    def claim(self, url: str) -> bool:
        """The duplicate check: True when the page behind url (any http/https, www, mobile or AMP variant) was
        never judged before and is not yet requested in this crawl, by any spider; it is then taken."""
        key = url_key(url)
        if key in self.offered or is_known(self.db, url):
            return False
        if len(self.offered) < MAX_OFFERED:
            self.offered.add(key)
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

    def count(self, source: str, key: str, n: int = 1) -> None:
        self.counts[source or "-"][key] += n
        self.totals[source or "-"][key] += n
        if self.progress_file and time.monotonic() - self._progress_at >= PROGRESS_EVERY:
            self.write_progress()

    def write_progress(self) -> None:
        """The counters so far, for the process that shows the crawl's progress (at most once a second)."""
        self._progress_at = time.monotonic()
        tmp = f"{self.progress_file}.tmp"
        try:
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump({source: dict(c) for source, c in self.totals.items()}, fh)
            os.replace(tmp, self.progress_file)
        except OSError as exc:  # progress is a courtesy: a full disk must not stop the crawl here
            logger.warning("could not write the progress file %s: %s", self.progress_file, exc)

    def note(self, source: str, url: str, message: str) -> None:
        """Record a request the crawl decided not to make (a refused host, robots.txt): on record with the errors
        of the run, but no failure (it is counted as blocked, and the source's listings need no second reading)."""
        self.write(record_error, self.db, self.run_id, source=source, url=url, message=message, now=now_iso(),
                   what=f"the note on {url} ({message})")

    def error(self, source: str, url: str, message: str, *, source_failed: bool = False) -> None:
        """Record a failure; source_failed marks the whole source as failed for this run."""
        self.count(source, "errors")
        self.errored_sources.add(source)
        if source_failed:
            self.failed_sources.add(source)
            self.count(source, "failed")
        self.write(record_error, self.db, self.run_id, source=source, url=url, message=message, now=now_iso(),
                   what=f"the error of {url} ({message})")

    def write(self, function, *args, what: str, **kwargs) -> bool:
        """Call a storage function; when the database refuses the write (a full disk), log it, remember it for
        the exit status and carry on. True when written."""
        try:
            function(*args, **kwargs)
            return True
        except sqlite3.Error as exc:
            self.refused = self.refused or str(exc)
            logger.error("could not record %s: %s", what, exc)
            return False

    def spider_opened(self) -> None:
        self.open_spiders += 1

    def spider_closed(self, sources: list[str] = (), reason: str = "finished") -> None:
        """Write the counters gathered so far; the last spider to close also writes the listings' validators,
        stops the workers and finishes the run when this crawl started it. A spider closed before it was done
        (the run's deadline, crawl.max_minutes) leaves its sources' listings to be read in full next run."""
        if reason == "closespider_timeout":
            minutes = self.config.crawl["max_minutes"]
            for source in sources:
                self.error(source, "", f"the run reached crawl.max_minutes ({minutes:g}) before this source was "
                                       "read in full: what is left is read next run", source_failed=True)
        for source, counts in self.counts.items():
            self.write(add_counts, self.db, self.run_id, source, **counts, what=f"the counters of {source}")
        self.counts.clear()
        self.open_spiders -= 1
        if self.open_spiders > 0:
            return
        # Validators only once every spider is done: a listing's article may have been claimed by another
        # spider (a search result of the same page) and be in flight there; a crawl killed before then keeps no
        # validator, so that every listing is read in full again. After a refused write, pages in flight were
        # dropped unrecorded: every listing is read again next run.
        for source, entries in self.pending_validators.items():
            if source in self.errored_sources or self.refused:
                continue
            for url, etag, last_modified in entries:
                self.write(save_validators, self.db, url, source=source, etag=etag, last_modified=last_modified,
                           now=now_iso(), what=f"the validators of {url}")
        self.pending_validators.clear()
        if self.progress_file:
            self.write_progress()
        if self._pool is not None:
            self._pool.close()
            self._pool.join(timeout=10)
            self._pool.stop()
            self._pool = None
        if self.owns_run:
            self.write(finish_run, self.db, self.run_id, status="partial" if self.failed_sources else "ok",
                       now=now_iso(), what="the end of the run")


class CrawlComponent:
    """Base of the extensions, middlewares and pipelines that use the crawl."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def context(self) -> Crawl:
        return Crawl.of(self.crawler)
