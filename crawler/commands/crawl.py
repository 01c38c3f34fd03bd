"""`scrapy crawl TYPE [-a source=NAME]`: Scrapy's crawl command, refusing an unknown source before it starts."""
from __future__ import annotations

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from crawler.crawl import config_from


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts) -> None:
        source = opts.spargs.get("source")
        if args and source:
            config = config_from(self.settings)
            names = [s.name for s in config.enabled_sources(args[0])]
            if source not in names:
                raise UsageError(f"-a source={source}: {config.path} has no enabled {args[0]} source of that "
                                 f"name; its {args[0]} sources: {', '.join(names) or 'none'}", print_help=False)
        super().run(args, opts)
