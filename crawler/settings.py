"""Scrapy settings: polite and bounded by default. Per-run values come from confwatch.toml."""
import os

from scrapy.settings import default_settings as _scrapy_defaults

BOT_NAME = "confwatch"
SPIDER_MODULES = ["crawler.spiders"]
COMMANDS_MODULE = "crawler.commands"  # crawl: an unknown -a source= is a usage error
NEWSPIDER_MODULE = "crawler.spiders"

# Where confwatch keeps its data and which configuration to use (confwatch run sets these).
CONFWATCH_DATA = os.environ.get("CONFWATCH_DATA", "data")
CONFWATCH_CONFIG = os.environ.get("CONFWATCH_CONFIG", "")
CONFWATCH_RUN_ID = ""
# The parsed configuration, set by the process that starts the crawl (crawler/run.py) so it is read once.
CONFWATCH_CONFIG_OBJECT = None
# An HTTP proxy every request goes through; the offline demo uses it to serve its sample site.
CONFWATCH_PROXY = ""

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 2.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10_000_000
DOWNLOAD_WARNSIZE = 2_000_000
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no listening control port on a monitoring host
USER_AGENT = "confwatch/0.1 (news monitor)"
DOWNLOAD_HANDLERS = {"ftp": None, "s3": None, "file": None, "data": None}
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

EXTENSIONS = {"crawler.extensions.RunRecorder": 100}
# Scrapy's own extensions that a crawl uses, and only those: Scrapy imports every listed one, even one disabled
# (its remote control alone imports aiohttp), and a crawl has no telnet console, feed export or job directory.
EXTENSIONS_BASE = {"scrapy.extensions.corestats.CoreStats": 0, "scrapy.extensions.logcount.LogCount": 0,
                   "scrapy.extensions.memusage.MemoryUsage": 0, "scrapy.extensions.closespider.CloseSpider": 0,
                   "scrapy.extensions.logstats.LogStats": 0, "scrapy.extensions.throttle.AutoThrottle": 0}
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.ProxyMiddleware": 90,
    "crawler.middlewares.HostPolicyMiddleware": 95,
    "crawler.middlewares.SourceAuthMiddleware": 97,
    "crawler.middlewares.RetryWaitMiddleware": 98,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.PoliteRetryMiddleware": 550,
}
ITEM_PIPELINES = {
    "crawler.pipelines.AnalysePipeline": 300,
    "crawler.pipelines.RelevancePipeline": 350,
    "crawler.pipelines.StorePipeline": 400,
}

# Every connection's resolved address is checked: no private, local or reserved address is ever connected to
# unless the configuration lists the host (crawler/resolver.py).
# Scrapy 2.19 renamed the setting (the old name still works there, with a deprecation warning in every log).
if hasattr(_scrapy_defaults, "TWISTED_DNS_RESOLVER"):
    TWISTED_DNS_RESOLVER = "crawler.resolver.PublicAddressResolver"
else:
    DNS_RESOLVER = "crawler.resolver.PublicAddressResolver"
# The log's "Versions:" line without "Platform", which starts a `uname -p` process in every crawl
LOG_VERSIONS = ["lxml", "libxml2", "cssselect", "parsel", "w3lib", "Twisted", "Python", "pyOpenSSL", "cryptography"]
