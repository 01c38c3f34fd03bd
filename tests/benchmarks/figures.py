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
}

for name, text in CASES.items():
    started = time.perf_counter()
    found = extract_figures(text)
    print(f"{name:38} {time.perf_counter() - started:8.3f} s  {len(found):6} figures")
