"""The feed spider crawls the sample site over real HTTP on loopback."""
import shutil

import pytest

from jobs.config import parse_config
from jobs.runner import crawl
from jobs.samplesite import SampleSite, sample_root
from storage.articles import iter_articles
from storage.db import open_db
from tests.helpers import demo_config

ARTICLE_PAGES = 12  # pages listed in the sample site's feeds


def run_crawl(tmp_path, proxy, extra=""):
    cfg_path = demo_config(tmp_path, proxy, extra)
    config = parse_config(cfg_path.read_text(), str(cfg_path))
    return crawl(config, str(tmp_path / "data"))


def test_crawl_stores_every_listed_article(tmp_path, sample_site):
    run = run_crawl(tmp_path, sample_site.proxy)
    assert run["status"] == "ok", run["errors"]
    articles = list(iter_articles(open_db(tmp_path / "data")))
    assert len(articles) == ARTICLE_PAGES
    by_site = {a.site for a in articles}
    assert {"en.people.cn", "english.news.cn", "prnewswire.com", "koreaherald.com", "globaltimes.cn",
            "chinadaily.com.cn"} <= by_site
    people = next(a for a in articles if "263 companies" in a.title)
    assert people.outlet == "People's Daily Online" and people.credit == "Global Times"
    assert people.published_at == "2024-12-23T09:41:00+08:00"
    assert people.text.startswith("Global Times) 09:41, December 23, 2024\n\nThe 2024 World Intelligent")
    assert "Web editor" not in people.text and "Copyright" not in people.text
    reprint = [a for a in articles if a.title.startswith("Hefei Hosts 2023")]
    assert sorted(a.outlet for a in reprint) == ["PR Newswire", "The Korea Herald"]
    assert all(a.credit in ("", "PRNewswire") for a in reprint)
    # tracking parameters in feed links are not part of the stored URL
    assert not any("utm_" in a.url for a in articles)
    assert sum(c["new"] for c in run["sources"].values()) == ARTICLE_PAGES


def test_robots_txt_is_fetched_and_obeyed(tmp_path):
    site_dir = tmp_path / "site"
    shutil.copytree(sample_root(), site_dir)
    robots = site_dir / "www.prnewswire.com" / "robots.txt"
    robots.write_text("User-agent: *\nDisallow: /news-releases/\n")
    with SampleSite(site_dir) as site:
        run_crawl(tmp_path, site.proxy)
        paths = [p for h, p in site.requested if h == "www.prnewswire.com"]
    assert "/robots.txt" in paths
    assert not any(p.startswith("/news-releases/") for p in paths)


def test_dead_source_and_bad_pages_do_not_stop_the_run(tmp_path):
    site_dir = tmp_path / "site"
    shutil.copytree(sample_root(), site_dir)
    feed = site_dir / "www.globaltimes.cn" / "rss" / "outbrain.xml"
    feed.write_text(feed.read_text().replace(
        "</channel>",
        "<item><title>Gone</title><link>http://www.globaltimes.cn/page/gone.html</link></item>"
        "<item><title>Empty</title><link>http://www.globaltimes.cn/page/empty.html</link></item>"
        "<item><title>Elsewhere</title><link>http://evil.example.net/page.html</link></item></channel>"))
    (site_dir / "www.globaltimes.cn" / "page" / "empty.html").write_text("<html><body><nav>Home</nav></body></html>")
    extra = '\n[[sources]]\nname = "dead"\ntype = "feed"\nurl = "http://dead.example.org/rss.xml"\n'
    with SampleSite(site_dir) as site:
        run = run_crawl(tmp_path, site.proxy, extra)
        hosts = {h for h, _ in site.requested}
    assert run["status"] == "partial"
    assert run["sources"]["dead"]["failed"] == 1
    gt = run["sources"]["globaltimes"]
    assert gt["new"] == 1 and gt["errors"] == 2 and gt["blocked"] == 1
    messages = " ".join(e["message"] for e in run["errors"])
    assert "page failed: HTTP 404" in messages and "extraction failed: http://www.globaltimes.cn/page/empty.html" in messages
    assert "evil.example.net" not in hosts  # a feed cannot send the crawler to hosts outside the source
    assert len(list(iter_articles(open_db(tmp_path / "data")))) == ARTICLE_PAGES


@pytest.mark.parametrize("body", [b"<html>not a feed</html>", b"\x89PNG\r\n"])
def test_source_that_is_not_a_feed_is_reported(tmp_path, body):
    site_dir = tmp_path / "site"
    shutil.copytree(sample_root(), site_dir)
    (site_dir / "www.globaltimes.cn" / "rss" / "outbrain.xml").write_bytes(body)
    with SampleSite(site_dir) as site:
        run = run_crawl(tmp_path, site.proxy)
    assert run["status"] == "partial"
    assert run["sources"]["globaltimes"]["failed"] == 1
    assert any("not" in e["message"] and e["source"] == "globaltimes" for e in run["errors"])


def test_extraction_over_its_time_limit_is_abandoned_and_recorded(tmp_path):
    site_dir = tmp_path / "site"
    shutil.copytree(sample_root(), site_dir)
    # about 3 MB of paragraphs: several seconds of extraction, far over a 1 s limit
    body = "".join(f"<div><p>Paragraph {i} on the World Manufacturing Convention in Hefei, and more.</p></div>"
                   for i in range(30000))
    (site_dir / "www.globaltimes.cn" / "page" / "huge.html").write_text(f"<html><body>{body}</body></html>")
    feed = site_dir / "www.globaltimes.cn" / "rss" / "outbrain.xml"
    feed.write_text(feed.read_text().replace(
        "</channel>", "<item><title>Huge</title><link>http://www.globaltimes.cn/page/huge.html</link></item></channel>"))
    with SampleSite(site_dir) as site:
        cfg = demo_config(tmp_path, site.proxy)
        cfg.write_text(cfg.read_text().replace("[crawl]\n", "[crawl]\nextract_timeout = 1.0\n", 1))
        run = crawl(parse_config(cfg.read_text(), str(cfg)), str(tmp_path / "data"))
    abandoned = [e for e in run["errors"] if "extraction abandoned" in e["message"]]
    assert [e["url"] for e in abandoned] == ["http://www.globaltimes.cn/page/huge.html"]
    assert run["status"] == "ok"  # a page failure is reported; every source still answered
    assert len(list(iter_articles(open_db(tmp_path / "data")))) == ARTICLE_PAGES
