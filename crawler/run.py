"""Child-process entry point of a crawl: python -m crawler.run --data DIR [--config FILE] ..."""
from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys

from extract.config import SOURCE_TYPES


def main(argv: list[str] | None = None) -> int:
    """Run the enabled source-type spiders in one Scrapy process; exit 0 when it ran, 2 on a bad configuration,
    74 when the database refused a write (its message is the last line on stderr)."""
    parser = argparse.ArgumentParser(prog="python -m crawler.run", description="Run one confwatch crawl.")
    parser.add_argument("--data", default="", help="data directory (required)")
    parser.add_argument("--config", default="", help="configuration file")
    parser.add_argument("--run-id", default="", help="run id recorded in the runs table")
    parser.add_argument("--proxy", default="", help="HTTP proxy for every request")
    parser.add_argument("--log-file", default="", help="write the crawl log here")
    parser.add_argument("--spider", action="append", choices=SOURCE_TYPES, help="spider to run (default: all)")
    parser.add_argument("--progress", default="", help="keep the per-source counters in this JSON file as they go")
    parser.add_argument("--arguments-from-input", action="store_true",
                        help="start, then read these arguments as one JSON line on standard input (confwatch run "
                             "starts its crawl this way, before it has a run id); end quietly if none come")
    args = parser.parse_args(argv)

    # sqlite-utils imports numpy when it can, to store numpy values, which a crawl never has: about 15 MB of this
    # process for nothing. Extraction workers are interpreters of their own (a forkserver's) and import it there.
    sys.modules.setdefault("numpy", None)
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings
    # Imported here, with a short call stack, rather than by the engine inside Twisted's deferreds: the module
    # builds deprecated aliases with inspect.stack(), which reads every frame's source (0.3 s at that depth).
    importlib.import_module("scrapy.core.downloader.handlers.http11")

    from crawler.crawl import Crawl
    from extract.config import ConfigError
    from storage.config import read_config
    from storage.db import EXIT_DB_REFUSED

    if args.arguments_from_input:
        line = sys.stdin.readline()
        if not line.strip():
            return 0  # the command that started this crawl ended without one
        handed = json.loads(line)
        os.environ.update(handed.get("environment", {}))
        args = parser.parse_args(handed["args"])
    if not args.data:
        parser.error("the following arguments are required: --data")

    try:
        config = read_config(args.config or None)  # the one time this crawl reads its configuration
    except ConfigError as exc:
        sys.stderr.write(f"confwatch: error: {exc}\n")
        return 2
    settings = get_project_settings()
    settings.set("CONFWATCH_DATA", args.data)
    settings.set("CONFWATCH_CONFIG", args.config)
    settings.set("CONFWATCH_CONFIG_OBJECT", config)
    settings.set("CONFWATCH_RUN_ID", args.run_id)
    settings.set("CONFWATCH_PROXY", args.proxy)
    if args.log_file:
        settings.set("LOG_FILE", args.log_file)

    process = CrawlerProcess(settings)  # the crawl's log goes to LOG_FILE through the root handler
    crawl = Crawl(config, args.data, args.run_id, progress_file=args.progress)
    # One spider per source type that has enabled sources (spiders are named after their types).
    for name in args.spider or [t for t in SOURCE_TYPES if config.enabled_sources(t)]:
        crawler = process.create_crawler(name)
        crawler.confwatch = crawl
        process.crawl(crawler)
    process.start()
    if crawl.refused:
        sys.stderr.write(f"confwatch: the database refused a write: {crawl.refused}\n")
        return EXIT_DB_REFUSED
    return 0


if __name__ == "__main__":
    code = main()
    # Everything is written (each write commits) and the workers are gone: end without tearing down the two
    # thousand modules Scrapy, Twisted and the extraction code loaded, a tenth of a second of every crawl.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
