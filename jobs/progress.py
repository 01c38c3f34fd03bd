"""A live view of a crawl on a terminal: one line per source (requests, stored, off-topic, errors), redrawn as
the crawl's counters come in. Nothing of it is printed when the output is not a terminal."""
from __future__ import annotations

import sys

from rich.console import Console
from rich.live import Live
from rich.table import Table

COLUMNS = (("requests", "requests"), ("new", "stored"), ("rejected", "off-topic"), ("errors", "errors"))


class CrawlProgress:
    """Use as a context manager; call it with the counters (source -> {counter: n})."""

    def __init__(self, sources: list[str], console: Console | None = None):
        self.sources = sources
        self.console = console or Console(stderr=True, highlight=False)
        self.counts: dict[str, dict] = {}
        self.live = Live(self._table(), console=self.console, refresh_per_second=4, transient=True)

    def _table(self) -> Table:
        table = Table(title="crawling", title_justify="left", box=None, header_style="bold")
        table.add_column("source")
        for _, label in COLUMNS:
            table.add_column(label, justify="right")
        for name in self.sources:
            c = self.counts.get(name, {})
            table.add_row(name, *(str(c.get(key, 0)) for key, _ in COLUMNS))
        return table

    def __call__(self, counts: dict) -> None:
        self.counts = counts
        self.live.update(self._table())

    def __enter__(self) -> "CrawlProgress":
        self.live.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.live.__exit__(*exc)


def on_terminal() -> bool:
    return sys.stderr.isatty()
