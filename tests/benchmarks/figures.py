"""Benchmark: figure extraction speed on ordinary and pathological text. Prints figures; asserts nothing.

Run with: make bench
"""
import time

from extract.figures import extract_figures

ORDINARY = ("A total of 638 projects with investment of 735.1 billion yuan ($103.5 billion) were signed, "
            "up 46 percent from last year, and more than 4,500 representatives from 78 countries came. ")
CASES = {
    "ordinary news text, 100 KB": ORDINARY * (100_000 // len(ORDINARY)),
    "digits and commas, 100,000 chars": "1,2" * 33_334,
    "'1 1 1 ...', 100,000 chars": "1 " * 50_000,
    "one long number, 100,000 digits": "9" * 100_000,
    "'$1-' repeated, 90,000 chars": "$1-" * 30_000,
    "'twenty-' repeated, 140,000 chars": "twenty-" * 20_000,
    "'A. A. A. ...', 200 KB": "A. " * 66_667,
    "'Mr. Mr. ...', 200 KB": "Mr. " * 50_000,
    "'Mr. 5 ...', 200 KB": "Mr. 5 " * 33_334,
    "'1,1,1,...', 200 KB": "1," * 100_000,
    "one 200 KB word": "x" * 200_000,
}

for name, text in CASES.items():
    started = time.perf_counter()
    found = extract_figures(text)
    print(f"{name:38} {time.perf_counter() - started:8.3f} s  {len(found):6} figures")


# The ledger: two articles of 5,000 signings each, the second published before the first (so the first's
# reports are all decided again). Storing must stay linear in the number of figures.
from dataclasses import replace  # noqa: E402

from extract.article import article_from_document  # noqa: E402
from extract.urls import canonical_url, site_of, stable_id  # noqa: E402
from storage.config import read_config  # noqa: E402
from storage.db import open_db  # noqa: E402
from storage.ingest import store_article  # noqa: E402

db, events = open_db(memory=True), read_config(None).events
for k, (day, template) in enumerate([
        ("2024-09-21", "The World Manufacturing Convention in Hefei signed {a} projects worth {b} billion yuan."),
        ("2024-09-19", "Officials at the WMC in Hefei, Anhui, reported {a} deals signed, valued at {b} billion yuan.")]):
    text = " ".join(template.format(a=i + 1, b=i + 7) for i in range(5000))
    article = article_from_document(f" date {day} WMC in Hefei {k}\n\n{text}\n", name="x",
                                    fetched_at="2026-11-20T00:00:00+00:00")
    url = f"https://outlet{k}.example/story"
    article = replace(article, url=url, canonical_url=canonical_url(url), id=stable_id(canonical_url(url)),
                      site=site_of(url), outlet=site_of(url))
    started = time.perf_counter()
    stored = store_article(db, article, events, run_id="bench", now="2026-11-20T00:00:00+00:00")
    print(f"{'ledger: article ' + str(k + 1) + ', ' + str(len(stored.figures)) + ' figures':38} "
          f"{time.perf_counter() - started:8.3f} s")
