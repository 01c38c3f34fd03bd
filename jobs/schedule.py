"""`confwatch schedule`: APScheduler 3 in the foreground, crawling and writing digests at the configured times.

Jobs run one at a time in a single worker thread; each crawl runs in a child process (jobs.runner.crawl), as
a Twisted reactor cannot be restarted. SIGTERM or SIGINT stops the scheduler after the job in progress; a
second signal stops at once (the crawl child dies with it and the run is marked interrupted on the next start).
"""
from __future__ import annotations

import logging
import signal
import threading
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler

from storage import clock
from jobs.config import Config, cron_trigger
from jobs.digest import missed_digest_days
from storage.db import StorageError, open_db

log = logging.getLogger("confwatch.schedule")


@dataclass
class PlannedJob:
    id: str
    what: str
    cron: str
    next_run: datetime | None


def planned_jobs(config: Config, now: datetime | None = None) -> list[PlannedJob]:
    """The scheduled jobs with their next run times after `now` (the clock's time by default)."""
    now = now or clock.now()
    tz = config.schedule["timezone"]
    jobs = [PlannedJob(f"crawl-{i + 1}", "crawl every enabled source, write the open digest", expr, None)
            for i, expr in enumerate(config.schedule["crawl"])]
    jobs.append(PlannedJob("digest", "write the digest of the day that just ended"
                           + (" and e-mail it" if config.mail["enabled"] else ""), config.schedule["digest"], None))
    for job in jobs:
        trigger = cron_trigger(job.cron, tz)
        job.next_run = trigger.get_next_fire_time(None, now.astimezone(trigger.timezone))
    return jobs


def write_closed_digest(config: Config, data_dir: str, day: date, *, send: bool) -> str:
    """Write the digest of a complete day (and e-mail it when asked and configured); return what was done."""
    from jobs.digest import write_digest
    from jobs.mail import send_digest
    from jobs.notify import notify_digest

    with closing(open_db(data_dir)) as db:
        written = write_digest(db, config, data_dir, day)
        done = f"digest {day} written to {written.markdown}"
        if send and config.mail["enabled"]:
            done += f"; e-mail {send_digest(db, config, written.data, written.html.read_text(encoding='utf-8'))}"
        if send and config.notify["urls"]:
            outcomes, errors = notify_digest(db, config, written.data)
            done += "".join(f"; notification {line}" for line in outcomes)
            for message in errors:
                log.error("digest %s: %s", day, message)
    return done


def crawl_job(config: Config, data_dir: str) -> None:
    """The scheduled crawl: what `confwatch run` does; skipped when another run holds the data directory."""
    from jobs.digest import DigestWriteError
    from jobs.lock import LockHeld
    from jobs.runner import run_once, run_summary

    try:
        run = run_once(config, data_dir)
    except LockHeld as exc:
        log.warning("crawl skipped: %s", exc)
        return
    except (StorageError, DigestWriteError) as exc:
        log.error("crawl failed: %s", exc)
        return
    log.info("crawl %s: %s; log %s", run["id"], run_summary(run), run["log"])


def digest_job(config: Config, data_dir: str, days: list[date] | None = None) -> None:
    """The scheduled digest: the day that just ended (or the given days), e-mailing the last when configured."""
    from jobs.digest import DigestWriteError, closed_day
    from jobs.mail import MailError

    days = days or [closed_day(config)]
    for day in days:
        try:
            log.info(write_closed_digest(config, data_dir, day, send=day == days[-1]))
        except (StorageError, DigestWriteError, MailError) as exc:
            log.error("digest %s: %s", day, exc)


class Service:
    """The foreground scheduler of one data directory."""

    def __init__(self, config: Config, data_dir: str):
        self.config = config
        self.data_dir = data_dir
        grace = config.schedule["misfire_grace"]
        self.scheduler = BlockingScheduler(
            timezone=ZoneInfo(config.schedule["timezone"]),
            executors={"default": ThreadPoolExecutor(max_workers=1)})  # a crawl and a digest never overlap
        self.stopping = threading.Event()
        self.ended = threading.Event()  # run() has returned
        tz = config.schedule["timezone"]
        for job in planned_jobs(config):
            func = crawl_job if job.id.startswith("crawl") else digest_job
            self.scheduler.add_job(func, cron_trigger(job.cron, tz), args=[config, data_dir], id=job.id,
                                   name=job.what, replace_existing=True, coalesce=True, max_instances=1,
                                   misfire_grace_time=grace)

    def catch_up(self) -> list[date]:
        """Schedule, to run first, the digests missed while the service was down; return their days."""
        with closing(open_db(self.data_dir)) as db:
            days = missed_digest_days(db, self.config)
        if days:
            self.scheduler.add_job(digest_job, args=[self.config, self.data_dir, days], id="digest-catch-up",
                                   replace_existing=True, coalesce=True, max_instances=1,
                                   name=f"write the missed digests of {', '.join(map(str, days))}",
                                   misfire_grace_time=None)
        return days

    def stop(self, signum, frame) -> None:
        if self.stopping.is_set():
            log.warning("second %s: stopping now", signal.Signals(signum).name)
            raise SystemExit(128 + signum)
        self.stopping.set()
        log.info("%s received: stopping after the job in progress (send it again to stop at once)",
                 signal.Signals(signum).name)
        threading.Thread(target=self._shut_down, daemon=True).start()

    def _shut_down(self) -> None:
        """Shut the scheduler down once it runs (a signal may come while the service is still starting, before the
        scheduler runs: shutting down a scheduler not yet running does nothing, and it would then run for ever);
        shutdown(wait=True) waits for the running job; the main loop ends when it returns."""
        while not self.scheduler.running and not self.ended.wait(0.05):
            pass
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)

    def run(self) -> None:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        try:
            days = self.catch_up()
            if days:
                log.info("missed digests to write now: %s", ", ".join(map(str, days)))
            for job in planned_jobs(self.config):
                log.info("job %s (%s) next at %s", job.id, job.cron, job.next_run.isoformat())
            if not self.stopping.is_set():
                self.scheduler.start()
        finally:
            self.ended.set()
        log.info("scheduler stopped")
