"""Feeds and sitemaps from a hostile server: entity declarations never expand and never read a file, ordinary
entries survive a DOCTYPE, and a huge document is read in bounded memory and stops at its limits."""
import json
import subprocess
import sys

from extract.discovery.sitemap import parse_sitemap
from extract.feeds import parse_feed
from tests.helpers import ROOT

DOCTYPE_FEED = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<rss version="2.0"><channel><title>t</title>
<item><title>Hefei &lol3; hosts the &secret; World Manufacturing Convention</title><link>http://a.example/1</link></item>
<item><title>WMC 2024 closes with 600 projects</title><link>http://a.example/2</link></item>
</channel></rss>"""


def test_a_doctype_with_entities_keeps_the_entries_and_expands_nothing():
    entries = parse_feed(DOCTYPE_FEED, "http://a.example/feed")
    assert [e.url for e in entries] == ["http://a.example/1", "http://a.example/2"]
    first = entries[0].title
    assert "World Manufacturing Convention" in first and first.startswith("Hefei")
    assert "lol" not in first and "root:" not in first


def test_a_sitemap_with_a_doctype_keeps_its_urls():
    body = (b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x "boom">]>'
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://a.example/1</loc></url>'
            b'<url><loc>http://a.example/2</loc></url></urlset>')
    assert [p.url for p in parse_sitemap(body).pages] == ["http://a.example/1", "http://a.example/2"]


def test_a_small_gzip_holding_a_huge_sitemap_is_read_in_bounded_memory():
    """A few MB of gzip holding ~45 MB of valid sitemap XML: parsed in a fresh process, whose peak memory and
    time are measured."""
    script = r"""
import gzip, json, resource, sys, time
from extract.discovery.sitemap import parse_sitemap
row = b"<url><loc>http://news.example.org/a/%08d.html</loc></url>"
body = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
body += b"".join(row % i for i in range(800_000)) + b"</urlset>"
packed = gzip.compress(body, 9)
del body
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.monotonic()
result = parse_sitemap(packed, "http://news.example.org/sitemap.xml.gz", max_bytes=10_000_000)
print(json.dumps({"packed": len(packed), "pages": len(result.pages), "seconds": time.monotonic() - start,
                  "grew_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before}))
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["packed"] < 5_000_000 and 0 < out["pages"] <= 50_000  # stopped at the entry cap or the byte limit
    assert out["grew_kb"] < 100_000, out  # the whole tree (hundreds of MB) is never built


def test_a_name_that_does_not_resolve_is_described_as_a_dns_failure_naming_the_host():
    """What the error row says when a source's host has no address (the loopback tests cannot count on the
    machine's resolver answering at once, so the failure is made here as Twisted reports it)."""
    import scrapy
    from twisted.internet.error import DNSLookupError
    from twisted.python.failure import Failure

    from crawler.spiders.base import failure_reason

    failure = Failure(DNSLookupError("no-such-host.example.invalid"))
    failure.request = scrapy.Request("https://no-such-host.example.invalid/feed.xml")
    message = failure_reason(failure)
    assert message.startswith("DNS lookup failed") and "no-such-host.example.invalid" in message
