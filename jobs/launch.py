"""The confwatch command's entry point.

For `confwatch run` it starts the crawl process before anything else, so that the crawler's own start (Scrapy,
Twisted and the extraction code: about a second) overlaps the command's (its imports, the configuration, the
data directory's lock, the run record). The crawl process then waits for its arguments on its input; the run
hands them over once it holds the lock and has a run id. A crawl process the command never uses (a usage
error, another run holding the data directory, no enabled source) sees its input close and ends at once, and
it dies with the command however that ends.
"""
from __future__ import annotations

import os
import sys

_VALUED = ("--data", "--config")  # global options that take a value


def _command(argv: list[str]) -> tuple[str, list[str], str]:
    """The subcommand, what follows it and the data directory, from the global options before it."""
    i, data = 0, os.environ.get("CONFWATCH_DATA") or "data"
    while i < len(argv):
        if argv[i] in _VALUED:
            data = argv[i + 1] if argv[i] == "--data" and i + 1 < len(argv) else data
            i += 2
        elif argv[i].startswith("-"):
            data = argv[i].split("=", 1)[1] if argv[i].startswith("--data=") else data
            i += 1
        else:
            return argv[i], argv[i + 1:], data
    return "", [], data


def main() -> None:
    command, rest, data = _command(sys.argv[1:])
    if command == "run" and not {"-h", "--help"} & set(rest):
        from jobs.crawlchild import prestart

        prestart(data)
    from jobs.cli import main as cli_main

    cli_main()
