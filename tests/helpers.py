"""Helpers for tests that run the real CLI and crawls."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from jobs.samplesite import sample_root

ROOT = Path(__file__).resolve().parent.parent

# The sample site (jobs/sample_site) as the demo configuration crawls it: 20 articles about the events (two of
# them in Chinese), found by
# feeds, a news sitemap, the WIMC site's news list, GDELT, Google News and Bing News; 2 off-topic look-alikes.
SAMPLE_ARTICLES = 20
SAMPLE_OFF_TOPIC = 2
# Paths of listings and search answers: what a second run may request, and nothing else.
LISTING_PATHS = ("/robots.txt", "/rss/", "/sitemap/", "/api/v2/doc/doc", "/news/search", "/ennews.aspx")


def demo_config(tmp_path: Path, proxy: str, extra: str = "") -> Path:
    """The demo configuration pointed at a loopback sample site, with extra TOML appended."""
    text = (sample_root() / "demo.toml").read_text(encoding="utf-8")
    text = text.replace("[crawl]\n", f'[crawl]\nproxy = "{proxy}"\n', 1)
    path = tmp_path / "confwatch.toml"
    path.write_text(text + extra, encoding="utf-8")
    return path


def confwatch(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: int = 120):
    """Run the confwatch console script as a user would; return the CompletedProcess."""
    exe = Path(sys.executable).with_name("confwatch")
    full_env = {k: v for k, v in os.environ.items() if k != "CONFWATCH_DATA"}  # the test names its data dir
    full_env.update(env or {})
    return subprocess.run([str(exe), *args], cwd=cwd or ROOT, env=full_env, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)
