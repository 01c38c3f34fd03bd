"""Benchmark: extraction time per page, confwatch's whole page-to-article step against bare
trafilatura.bare_extraction(with_metadata=True), on the outlet page fixtures and the real pages beside the
repository. Prints the medians and their ratio; asserts nothing.

Run with: make bench
"""
import json
import statistics
import sys
import time
from pathlib import Path

import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from extract.article import article_from_page  # noqa: E402
from extract.records import Page  # noqa: E402
from tests.unit.test_pages import CASES, _path  # noqa: E402

ROUNDS = 3
pages = []
for case in CASES:
    expected = json.loads(case.read_text(encoding="utf-8"))
    path = _path(expected["page"])
    if path.exists():
        pages.append((expected["url"], path.read_bytes().decode("utf-8", "replace")))


def best(fn) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        try:
            fn()
        except Exception:  # noqa: BLE001 - a page that fails costs its time all the same
            pass
        times.append(time.perf_counter() - started)
    return min(times)


ours, bare = [], []
for url, html in pages:
    ours.append(best(lambda: article_from_page(Page(url=url, html=html, fetched_at="2026-11-20T00:00:00+00:00"))))
    bare.append(best(lambda: trafilatura.bare_extraction(html, url=url, with_metadata=True)))
if pages:
    a, b = statistics.median(ours), statistics.median(bare)
    print(f"page extraction, {len(pages)} pages: median {a * 1000:.1f} ms (confwatch) vs {b * 1000:.1f} ms "
          f"(bare trafilatura with metadata): {a / b:.2f}x")
else:
    print("page extraction: no page fixtures here")
