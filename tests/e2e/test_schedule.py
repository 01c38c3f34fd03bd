"""`confwatch schedule`: the jobs and their times, missed digests at start-up, stopping after the job in
progress, one scheduler per data directory. The scheduler runs for real (APScheduler, real crawls)."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jobs.config import ConfigError, parse_config
from jobs.samplesite import sample_root
from tests.helpers import ROOT, SAMPLE_ARTICLES, confwatch, demo_config

NOW = "2026-11-21T20:00:00+00:00"  # 04:00 on 22 November in Shanghai: the digest of the 21st is due at 07:30


def schedule_config(tmp_path: Path, proxy: str, schedule: str) -> Path:
    cfg = demo_config(tmp_path, proxy)
    text = cfg.read_text(encoding="utf-8").replace("[schedule]\n", f"[schedule]\n{schedule}\n", 1)
    cfg.write_text(text, encoding="utf-8")
    return cfg


class Service:
    """`confwatch schedule` started in the background, its stderr read line by line."""

    def __init__(self, data: Path, cfg: Path, env: dict | None = None):
        exe = Path(sys.executable).with_name("confwatch")
        full_env = {k: v for k, v in os.environ.items() if k not in ("CONFWATCH_DATA", "CONFWATCH_NOW")}
        full_env.update(env or {})
        self.proc = subprocess.Popen([str(exe), "--data", str(data), "--config", str(cfg), "schedule"], cwd=ROOT,
                                     env=full_env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []

    def wait_for(self, text: str, limit: float = 90) -> str:
        """Read the log until a line contains text; fail if the service ends or the limit passes."""
        deadline = time.monotonic() + limit
        os.set_blocking(self.proc.stderr.fileno(), False)
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if line:
                self.lines.append(line)
                if text in line:
                    return line
            elif self.proc.poll() is not None:
                break
            else:
                time.sleep(0.05)
        raise AssertionError(f"no log line with {text!r}; log so far:\n{''.join(self.lines)}")

    def stop(self, timeout: float = 60, signal_it: bool = True) -> int:
        """Send SIGTERM (unless already sent) and wait for the service to end; return its exit code."""
        if signal_it:
            self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=timeout)
        os.set_blocking(self.proc.stderr.fileno(), True)
        self.lines += self.proc.stderr.readlines()
        return code

    def log(self) -> str:
        return "".join(self.lines)


def test_schedule_settings_are_checked_with_file_and_key():
    base = (sample_root() / "demo.toml").read_text(encoding="utf-8")
    for setting, key in [('crawl = ["0 25 * * *"]', "schedule.crawl[0]"),
                         ('digest = "every morning"', "schedule.digest"),
                         ('timezone = "Asia/Nanjing"', "schedule.timezone"),
                         ("misfire_grace = 0", "schedule.misfire_grace")]:
        text = base.replace('timezone = "Asia/Shanghai"\n', "") if "timezone" in setting else base
        with pytest.raises(ConfigError, match=f"my.toml: {key.replace('[', '.').replace(']', '.')}"):
            parse_config(text.replace("[schedule]\n", f"[schedule]\n{setting}\n"), "my.toml")


@pytest.mark.parametrize("field, days", [("1-5", "mon,tue,wed,thu,fri"), ("0", "sun"), ("7", "sun"),
                                         ("5-7", "sun,fri,sat"), ("*/2", "sun,tue,thu,sat"), ("sat,sun", "sun,sat"),
                                         ("*", "*")])
def test_weekdays_are_read_as_crontab_reads_them(field, days):
    """APScheduler 3 counts weekdays from Monday = 0; a crontab line means Sunday by 0 (and 7)."""
    from jobs.config import crontab_weekdays

    assert crontab_weekdays(field) == days


def test_print_jobs_lists_the_jobs_with_next_run_times_in_the_configured_zone(tmp_path):
    cfg = schedule_config(tmp_path, "http://127.0.0.1:9",
                          'crawl = ["0 6 * * *", "0 18 * * 1-5"]\ndigest = "30 7 * * *"')
    data = tmp_path / "data"
    listed = confwatch("--data", str(data), "--config", str(cfg), "schedule", "--print-jobs", "--json",
                       env={"CONFWATCH_NOW": NOW})
    assert listed.returncode == 0, listed.stderr
    plan = json.loads(listed.stdout)
    assert plan["timezone"] == "Asia/Shanghai"
    assert [(j["id"], j["cron"], j["next_run"]) for j in plan["jobs"]] == [
        ("crawl-1", "0 6 * * *", "2026-11-22T06:00:00+08:00"),
        ("crawl-2", "0 18 * * 1-5", "2026-11-23T18:00:00+08:00"),  # the 22nd is a Sunday
        ("digest", "30 7 * * *", "2026-11-22T07:30:00+08:00")]
    assert plan["missed_digests"] == []  # a new data directory has missed nothing
    assert not data.exists()  # listing the jobs creates nothing
    text = confwatch("--data", str(data), "--config", str(cfg), "schedule", "--print-jobs", env={"CONFWATCH_NOW": NOW})
    assert "crawl-2    0 18 * * 1-5     next 2026-11-23T18:00:00+08:00" in text.stdout


def test_missed_digest_is_written_at_start_up_once_and_sigterm_stops_the_service(tmp_path, sample_site):
    cfg = schedule_config(tmp_path, sample_site.proxy, 'crawl = ["0 6 * * *"]')
    data = tmp_path / "data"
    # a crawl on the evening of the 20th (Shanghai): it lands in the digest of the 21st, which nobody writes
    evening = {"CONFWATCH_NOW": "2026-11-20T12:00:00+00:00"}
    assert confwatch("--data", str(data), "--config", str(cfg), "run", env=evening).returncode == 0
    digest = data / "digests" / "2026-11-21.md"
    assert digest.exists()  # written while its day was still open: not yet the day's digest


    service = Service(data, cfg, env={"CONFWATCH_NOW": NOW})
    service.wait_for("missed digests to write now: 2026-11-21")
    service.wait_for("digest 2026-11-21 written")
    assert service.stop() == 0
    assert "scheduler stopped" in service.log()
    assert f"{SAMPLE_ARTICLES} new articles" in digest.read_text(encoding="utf-8")
    with sqlite3.connect(data / "confwatch.db") as conn:
        assert conn.execute("select written_at from digests where day = '2026-11-21'").fetchone() == (NOW,)

    again = Service(data, cfg, env={"CONFWATCH_NOW": NOW})
    again.wait_for("next at")
    assert again.stop() == 0
    assert "missed digests" not in again.log() and "written" not in again.log()
    plan = json.loads(confwatch("--data", str(data), "--config", str(cfg), "schedule", "--print-jobs", "--json",
                                env={"CONFWATCH_NOW": NOW}).stdout)
    assert plan["missed_digests"] == []
    # two days later the service was down for two digest days: both are written, oldest first
    later = json.loads(confwatch("--data", str(data), "--config", str(cfg), "schedule", "--print-jobs", "--json",
                                 env={"CONFWATCH_NOW": "2026-11-23T20:00:00+00:00"}).stdout)
    assert later["missed_digests"] == ["2026-11-22", "2026-11-23"]


def test_sigterm_during_a_crawl_stops_after_it_finishes(tmp_path, sample_site):
    cfg = schedule_config(tmp_path, sample_site.proxy, 'crawl = ["* * * * *"]')
    data = tmp_path / "data"
    gate = sample_site.hold("www.globaltimes.cn", "/page/202412/1325561.shtml", timeout=120)
    service = Service(data, cfg)
    try:
        deadline = time.monotonic() + 90  # the crawl starts at the next full minute
        while not gate.reached.wait(0.2):
            assert time.monotonic() < deadline and service.proc.poll() is None, service.log()
        service.proc.send_signal(signal.SIGTERM)
        service.wait_for("stopping after the job in progress")
        time.sleep(1)
        assert service.proc.poll() is None  # still waiting for the crawl, which waits for the held page
    finally:
        gate.open()
    assert service.stop(signal_it=False) == 0
    log = service.log()
    assert "scheduler stopped" in log and f"run ok: {SAMPLE_ARTICLES} new articles" in log
    with sqlite3.connect(data / "confwatch.db") as conn:
        assert conn.execute("select status from runs").fetchall() == [("ok",)]
        assert conn.execute("select count(*) from articles").fetchone()[0] == SAMPLE_ARTICLES


def test_one_scheduler_per_data_directory(tmp_path):
    from jobs.lock import SCHEDULE_LOCK_NAME, RunLock

    cfg = schedule_config(tmp_path, "http://127.0.0.1:9", "")
    data = tmp_path / "data"
    with RunLock(data, SCHEDULE_LOCK_NAME, "confwatch schedule"):
        second = confwatch("--data", str(data), "--config", str(cfg), "schedule")
    assert second.returncode == 75
    assert f"another confwatch schedule (pid {os.getpid()})" in second.stderr


def test_a_scheduled_crawl_while_a_run_holds_the_data_dir_is_skipped(tmp_path, caplog):
    from jobs.config import load_config
    from jobs.lock import RunLock
    from jobs.schedule import crawl_job

    cfg = schedule_config(tmp_path, "http://127.0.0.1:9", "")
    data = tmp_path / "data"
    with RunLock(data), caplog.at_level("WARNING", logger="confwatch.schedule"):
        crawl_job(load_config(str(cfg)), str(data))
    assert "crawl skipped: another confwatch run" in caplog.text
    assert not (data / "confwatch.db").exists() or not sqlite3.connect(data / "confwatch.db").execute(
        "select count(*) from runs").fetchone()[0]


def test_scheduled_jobs_coalesce_run_one_at_a_time_and_allow_the_configured_lateness(tmp_path):
    """A crawl the machine was too busy or asleep to start on time still runs if at most misfire_grace
    seconds late, several missed runs of it run once, and one never starts while it still runs."""
    from jobs.config import load_config
    from jobs.schedule import Service as Scheduler

    cfg = schedule_config(tmp_path, "http://127.0.0.1:9", 'crawl = ["0 6 * * *", "0 18 * * *"]\nmisfire_grace = 900')
    scheduler = Scheduler(load_config(str(cfg)), str(tmp_path / "data")).scheduler
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert sorted(jobs) == ["crawl-1", "crawl-2", "digest"]
    for job in jobs.values():
        assert (job.coalesce, job.max_instances, job.misfire_grace_time) == (True, 1, 900)


def test_a_signal_while_the_service_starts_stops_it_once_it_runs(tmp_path):
    """SIGTERM may arrive after the service has said when its jobs run and before its scheduler runs: the
    service still stops (it used to shut down a scheduler not yet running, which then ran for ever)."""
    import threading

    from jobs.config import load_config
    from jobs.schedule import Service as Scheduler

    cfg = schedule_config(tmp_path, "http://127.0.0.1:9", "")
    service = Scheduler(load_config(str(cfg)), str(tmp_path / "data"))
    handlers = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    # (a watchdog ends a service that would not stop, so that the test fails rather than hangs)
    watchdog = threading.Timer(20, lambda: service.scheduler.running and service.scheduler.shutdown(wait=False))
    watchdog.start()
    try:
        service.stop(signal.SIGTERM, None)  # (as if the signal came before the scheduler started)
        started = time.monotonic()
        service.run()  # (in the main thread, where signal handlers can be set)
        took = time.monotonic() - started
    finally:
        watchdog.cancel()
        signal.signal(signal.SIGTERM, handlers[0])
        signal.signal(signal.SIGINT, handlers[1])
    assert took < 10
    assert not service.scheduler.running
