"""Benchmark: what a long-running `confwatch schedule` holds after many jobs. Prints figures; asserts nothing.

Runs the scheduler's own job functions in this process, as its worker thread does: crawls of the bundled
sample site (each in a child process) and digests, then prints this process's resident memory and open
files after each batch. Flat numbers mean the service does not grow.

Run with: make bench
"""
import os
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from jobs.config import parse_config
from jobs.samplesite import SampleSite, sample_root
from jobs.schedule import crawl_job, digest_job


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


with SampleSite() as site, tempfile.TemporaryDirectory() as data:
    text = (sample_root() / "demo.toml").read_text(encoding="utf-8")
    config = parse_config(text.replace("[crawl]\n", f'[crawl]\nproxy = "{site.proxy}"\n', 1), "demo.toml")
    print(f"{'after':28} {'seconds':>8} {'RSS MB':>8} {'open files':>10}")
    print(f"{'start':28} {0:8.1f} {rss_mb():8.1f} {open_files():10}")
    started = time.perf_counter()
    for batch in range(1, 6):
        for _ in range(4):
            crawl_job(config, data)
        digest_job(config, data, [date(2026, 11, 1) + timedelta(days=d) for d in range(30)])
        print(f"{f'{batch * 4} crawls, {batch * 30} digests':28} {time.perf_counter() - started:8.1f} "
              f"{rss_mb():8.1f} {open_files():10}")
