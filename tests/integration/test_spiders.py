"""The spiders of every source type crawl the sample site over real HTTP on loopback."""
import re
import shutil

import pytest

from jobs.config import parse_config
from jobs.runner import crawl
from jobs.samplesite import SampleSite, sample_root
from storage.articles import iter_articles
from storage.db import open_db
from tests.helpers import SAMPLE_ARTICLES, SAMPLE_OFF_TOPIC, demo_config

FEED_SOURCES = ("people-china", "xinhua-china", "prnewswire", "koreaherald-business", "globaltimes",
                "chinadaily-business")
FEED_ARTICLES = 11  # articles about the events listed in the sample site's feeds


def run_crawl(tmp_path, proxy, extra="", only=None, crawl_settings=""):
    """Crawl with the demo configuration; only: names of the sources to keep enabled."""
    cfg_path = demo_config(tmp_path, proxy, extra)
    text = cfg_path.read_text()
    if crawl_settings:
        text = text.replace("[crawl]\n", f"[crawl]\n{crawl_settings}\n", 1)
    if only is not None:
        head, *blocks = text.split("[[sources]]\n")
        text = head + "".join(f"[[sources]]\n{b}" if re.search(rf'^name = "({"|".join(only)})"$', b, re.M)
                              else f"[[sources]]\nenabled = false\n{b}" for b in blocks)
    cfg_path.write_text(text)
    return crawl(parse_config(text, str(cfg_path)), str(tmp_path / "data"))


def stored(tmp_path):
    return {a.url: a for a in iter_articles(open_db(tmp_path / "data"))}


def test_crawl_stores_every_listed_article(tmp_path, sample_site):
    run = run_crawl(tmp_path, sample_site.proxy, only=FEED_SOURCES)
    assert run["status"] == "ok", run["errors"]
    articles = list(iter_articles(open_db(tmp_path / "data")))
    assert len(articles) == FEED_ARTICLES
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
    assert sum(c["new"] for c in run["sources"].values()) == FEED_ARTICLES
    # the Nanjing software fair in Xinhua's feed names no event: filtered out before fetching
    assert run["sources"]["xinhua-china"]["filtered"] == 1
    assert not any("software" in a.title.lower() for a in articles)


def test_robots_txt_is_fetched_and_obeyed(tmp_path):
    site_dir = tmp_path / "site"
    shutil.copytree(sample_root(), site_dir)
    robots = site_dir / "www.prnewswire.com" / "robots.txt"
    robots.write_text("User-agent: *\nDisallow: /news-releases/\n")
    with SampleSite(site_dir) as site:
        run_crawl(tmp_path, site.proxy, only=FEED_SOURCES)
        paths = [p for h, p in site.requested if h == "www.prnewswire.com"]
    assert "/robots.txt" in paths
    assert not any(p.startswith("/news-releases/") for p in paths)


def test_dead_source_and_bad_pages_do_not_stop_the_run(tmp_path):
    site_dir = tmp_path / "site"
    shutil.copytree(sample_root(), site_dir)
    feed = site_dir / "www.globaltimes.cn" / "rss" / "outbrain.xml"
    feed.write_text(feed.read_text().replace(
        "</channel>",
        "<item><title>WMC gone</title><link>http://www.globaltimes.cn/page/gone.html</link></item>"
        "<item><title>WMC empty</title><link>http://www.globaltimes.cn/page/empty.html</link></item>"
        "<item><title>WMC elsewhere</title><link>http://evil.example.net/page.html</link></item></channel>"))
    (site_dir / "www.globaltimes.cn" / "page" / "empty.html").write_text("<html><body><nav>Home</nav></body></html>")
    extra = '\n[[sources]]\nname = "dead"\ntype = "feed"\nurl = "http://dead.example.org/rss.xml"\n'
    with SampleSite(site_dir) as site:
        run = run_crawl(tmp_path, site.proxy, extra, only=(*FEED_SOURCES, "dead"))
        hosts = {h for h, _ in site.requested}
    assert run["status"] == "partial"
    assert run["sources"]["dead"]["failed"] == 1
    gt = run["sources"]["globaltimes"]
    assert gt["new"] == 1 and gt["errors"] == 2 and gt["blocked"] == 1
    messages = " ".join(e["message"] for e in run["errors"])
    assert "page failed: HTTP 404" in messages and "extraction failed: http://www.globaltimes.cn/page/empty.html" in messages
    assert "evil.example.net" not in hosts  # a feed cannot send the crawler to hosts outside the source
    assert len(list(iter_articles(open_db(tmp_path / "data")))) == FEED_ARTICLES


@pytest.mark.parametrize("body", [b"<html>not a feed</html>", b"\x89PNG\r\n"])
def test_source_that_is_not_a_feed_is_reported(tmp_path, body):
    site_dir = tmp_path / "site"
    shutil.copytree(sample_root(), site_dir)
    (site_dir / "www.globaltimes.cn" / "rss" / "outbrain.xml").write_bytes(body)
    with SampleSite(site_dir) as site:
        run = run_crawl(tmp_path, site.proxy, only=FEED_SOURCES)
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
        "</channel>", "<item><title>Huge WMC report</title><link>http://www.globaltimes.cn/page/huge.html</link></item></channel>"))
    with SampleSite(site_dir) as site:
        run = run_crawl(tmp_path, site.proxy, only=FEED_SOURCES, crawl_settings="extract_timeout = 1.0")
    abandoned = [e for e in run["errors"] if "extraction abandoned" in e["message"]]
    assert [e["url"] for e in abandoned] == ["http://www.globaltimes.cn/page/huge.html"]
    assert run["status"] == "ok"  # a page failure is reported; every source still answered
    assert len(list(iter_articles(open_db(tmp_path / "data")))) == FEED_ARTICLES


def test_every_source_type_finds_its_sample_coverage(tmp_path, sample_site):
    run = run_crawl(tmp_path, sample_site.proxy)
    assert run["status"] == "ok", run["errors"]
    articles = stored(tmp_path)
    assert len(articles) == SAMPLE_ARTICLES
    found_by = {a.source for a in articles.values()}
    assert {"globaltimes-sitemap", "wimc-news", "gdelt", "google-news", "bing-news"} <= found_by
    # sitemap: only the entry naming an event is fetched; the index's two sitemaps are followed
    assert articles["http://www.globaltimes.cn/page/202412/1325502.shtml"].source == "globaltimes-sitemap"
    sitemap = run["sources"]["globaltimes-sitemap"]
    # 4 entries; 3 name no event: A-shares, Harbin, and LG's story (its title says "intelligent manufacturing
    # conference", not the event's name; the Global Times feed brings it)
    assert (sitemap["candidates"], sitemap["filtered"]) == (4, 3)
    requested = {(h, p) for h, p in sample_site.requested}
    assert ("www.globaltimes.cn", "/page/202412/1325490.shtml") not in requested  # stock market story
    assert ("www.globaltimes.cn", "/sitemap/news-202411.xml") in requested
    # listing: two pages of the event site's news list, article links only
    assert {a.url for a in articles.values() if a.source == "wimc-news"} == {
        "http://english.wimc.org.cn/ennews_show.aspx?id=97", "http://english.wimc.org.cn/ennews_show.aspx?id=98"}
    assert ("english.wimc.org.cn", "/enabout.aspx") not in requested
    # GDELT: English and Chinese results only
    assert articles["http://news.cgtn.com/news/2021-11-23/WMC-2021-wraps-up-in-Hefei-Tz3kQ9/index.html"].source == "gdelt"
    assert not any(h == "www.mathrubhumi.com" for h, _ in requested)
    # Google News: one link decoded here, one resolved through news.google.com; both stored under the publisher
    google = {a.url for a in articles.values() if a.source == "google-news"}
    assert google == {"http://www.chinadaily.com.cn/a/202411/29/WS6749b0f3a310f1265a1d3c55.html",
                      "http://www.morningstar.com/news/pr-newswire/20201130cn54321/2020-world-intelligent-"
                      "manufacturing-conference-closes-30-key-projects-signed-on-site"}
    google_paths = [p for h, p in sample_site.requested if h == "news.google.com"]
    assert sum(p.startswith("/rss/articles/") for p in google_paths) == 1
    assert "/_/DotsSplashUi/data/batchexecute" in google_paths
    # the feed's title, publisher and date were kept for the page
    assert articles["http://www.morningstar.com/news/pr-newswire/20201130cn54321/2020-world-intelligent-"
                    "manufacturing-conference-closes-30-key-projects-signed-on-site"].outlet == "Morningstar"
    # Bing News: the publisher URL from the item link's url parameter
    assert articles["http://www.ecns.cn/news/economy/2018-09-21/detail-ifyxkzmr4826311.shtml"].source == "bing-news"
    assert not any(h == "www.bing.com" and p.startswith("/news/apiclick") for h, p in requested)


GOV_LIST = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>今日要闻_安徽省人民政府</title></head>
<body><div class="navbar"><a href="/index.html">首页</a> <a href="/zwyw/index.html">政务要闻</a></div>
<ul class="doc_list">
<li><a href="/zwyw/jryw/565500001.html" title="2024世界制造业大会成果发布">2024世界制造业大会成果发布：签约项目718个</a>
<span>2024-09-26</span></li>
<li><a href="/zwyw/jryw/565500002.html">全省秋粮收获进度过半</a><span>2024-09-26</span></li>
<li><a href="/zwyw/jryw/565500003.html">省政府召开常务会议</a><span>2024-09-25</span></li>
</ul><div class="footer">主办：安徽省人民政府办公厅</div></body></html>"""

def test_a_government_news_list_follows_only_the_links_that_name_an_event(tmp_path):
    """A province's news list is mostly about other things: with filter = true only the link whose text names an
    event is fetched, and its Chinese article is stored with its figures."""
    site_dir = tmp_path / "site"
    shutil.copytree(sample_root(), site_dir)
    pages = site_dir / "www.ah.gov.cn" / "zwyw" / "jryw"  # the sample site has the article page
    (pages / "index.html").write_text(GOV_LIST, encoding="utf-8")
    article = (pages / "565500001.html").read_text(encoding="utf-8")
    for other in ("565500002", "565500003"):
        (pages / f"{other}.html").write_text(article.replace("世界制造业大会", "秋粮生产"), encoding="utf-8")
    extra = ('\n[[sources]]\nname = "anhui-gov-news"\ntype = "listing"\nurl = "http://www.ah.gov.cn/zwyw/jryw/index.html"\n'
             "follow = '/zwyw/jryw/\\d+\\.html'\nfilter = true\n")
    with SampleSite(site_dir) as site:
        run = run_crawl(tmp_path, site.proxy, extra=extra, only=("anhui-gov-news",))
        requested = [p for h, p in site.requested if h == "www.ah.gov.cn" and p != "/robots.txt"]
    assert run["status"] == "ok", run["errors"]
    assert sorted(requested) == ["/zwyw/jryw/565500001.html", "/zwyw/jryw/index.html"]
    assert (run["sources"]["anhui-gov-news"]["candidates"], run["sources"]["anhui-gov-news"]["filtered"]) == (3, 2)
    (article,) = stored(tmp_path).values()
    assert article.title == "2024世界制造业大会成果发布：签约项目718个" and article.date == "2024-09-26"
    db = open_db(tmp_path / "data")
    figures = {(r["metric"], r["scope"]): r["value"] for r in db.query(
        "select metric, scope, value from figures where event = 'wmc' and edition = 2024")}
    assert figures[("projects_signed", "edition")] == 718 and figures[("investment", "edition")] == 3692e8
    assert figures[("exhibitors", "edition")] == 451 and figures[("exhibition_area", "edition")] == 20000
    assert figures[("projects", "part")] == 679


def test_off_topic_pages_are_rejected_counted_and_remembered(tmp_path, sample_site):
    run = run_crawl(tmp_path, sample_site.proxy)
    assert sum(c.get("rejected", 0) for c in run["sources"].values()) == SAMPLE_OFF_TOPIC
    assert run["sources"]["gdelt"]["rejected"] == SAMPLE_OFF_TOPIC
    db = open_db(tmp_path / "data")
    rejected = {r["url"]: r for r in db.query("select * from seen where status = 'rejected'")}
    assert set(rejected) == {"http://www.globaltimes.cn/page/202409/1320185.shtml",  # an auto expo in Hefei
                             "http://english.news.cn/20240912/1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6/c.html"}  # Nanjing
    assert all(r["reason"].startswith("off-topic") and r["title"] for r in rejected.values())
    assert not any("expo" in a.title.lower() or "software" in a.title.lower() for a in stored(tmp_path).values())


def test_reprints_share_the_cluster_of_the_earliest(tmp_path, sample_site):
    run_crawl(tmp_path, sample_site.proxy)
    db = open_db(tmp_path / "data")
    rows = {r["url"]: r for r in db.query("select url, id, cluster, outlet from articles")}
    prn_2020 = rows["http://www.prnewswire.com/news-releases/2020-world-intelligent-manufacturing-conference-closes-301181907.html"]
    morningstar = next(r for r in rows.values() if r["outlet"] == "Morningstar")
    assert morningstar["cluster"] == prn_2020["cluster"] == prn_2020["id"]
    prn_2023 = rows["http://www.prnewswire.com/news-releases/hefei-hosts-2023-world-manufacturing-convention-301937512.html"]
    herald = rows["http://www.koreaherald.com/article/3222350"]
    assert herald["cluster"] == prn_2023["cluster"] == prn_2023["id"]
    # everything else is its own story, including the event site's own report of the 2020 closing
    groups = {}
    for r in rows.values():
        groups.setdefault(r["cluster"], []).append(r["outlet"])
    assert sorted(len(g) for g in groups.values()) == [1] * (SAMPLE_ARTICLES - 4) + [2, 2]


def test_mobile_and_amp_variants_of_stored_articles_are_not_fetched(tmp_path, sample_site):
    run_crawl(tmp_path, sample_site.proxy, only=("chinadaily-business",))
    before = len(sample_site.requested)
    run = run_crawl(tmp_path, sample_site.proxy, only=("gdelt",))
    hosts = [h for h, _ in sample_site.requested[before:]]
    assert "m.chinadaily.com.cn" not in hosts  # GDELT's m. link is the stored www article
    assert run["sources"]["gdelt"]["known"] >= 1


def test_gdelt_asks_for_the_time_since_the_last_successful_run_and_backs_off_on_429(tmp_path, sample_site):
    sample_site.answer_next("api.gdeltproject.org", "/api/v2/doc/doc", 429, b"Please limit requests",
                            {"Retry-After": "1"})
    run = run_crawl(tmp_path, sample_site.proxy, only=("gdelt",))
    assert run["status"] == "ok", run["errors"]
    # the CGTN story and China Daily's (mobile link; its feed is not crawled here)
    assert run["sources"]["gdelt"]["rate_limited"] == 1 and run["sources"]["gdelt"]["new"] == 2
    queries = [p for h, p in sample_site.requested if h == "api.gdeltproject.org" and "query=" in p]
    first_start = re.search(r"startdatetime=(\d{14})", queries[0]).group(1)
    before = len(sample_site.requested)
    run_crawl(tmp_path, sample_site.proxy, only=("gdelt",))
    later = [p for h, p in sample_site.requested[before:] if h == "api.gdeltproject.org" and "query=" in p]
    second_start = re.search(r"startdatetime=(\d{14})", later[0]).group(1)
    assert second_start > first_start  # the window starts an hour before the first run, not 30 days back
    assert all("sourcelang%3Aenglish" in p and "sourcelang%3Achinese" in p for p in queries)


def test_gdelt_that_keeps_answering_429_fails_the_source_only(tmp_path, sample_site):
    for _ in range(40):  # more than the queries times their tries
        sample_site.answer_next("api.gdeltproject.org", "/api/v2/doc/doc", 429, b"Please limit requests",
                                {"Retry-After": "0.05"})
    run = run_crawl(tmp_path, sample_site.proxy, only=("gdelt", "globaltimes"))
    assert run["status"] == "partial" and run["sources"]["gdelt"]["failed"] >= 1
    assert run["sources"]["globaltimes"]["new"] == 1
    assert any("429" in e["message"] and e["source"] == "gdelt" for e in run["errors"])


def test_search_results_on_private_addresses_are_refused(tmp_path):
    site_dir = tmp_path / "site"
    shutil.copytree(sample_root(), site_dir)
    (site_dir / "api.gdeltproject.org" / "api" / "v2" / "doc" / "doc").write_text(
        '{"articles": [{"url": "http://127.0.0.1:9/admin", "title": "WMC Hefei", "language": "English"},'
        ' {"url": "http://intranet.local/wmc", "title": "WMC Hefei", "language": "English"}]}')
    with SampleSite(site_dir) as site:
        run = run_crawl(tmp_path, site.proxy, only=("gdelt",))
        hosts = {h for h, _ in site.requested}
    assert run["sources"]["gdelt"]["blocked"] == 2
    assert not hosts & {"127.0.0.1", "intranet.local"}
