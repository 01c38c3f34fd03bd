"""Which date a page gets, and every record says where it came from."""
import pytest

from extract.article import article_from_page
from extract.records import ExtractionError, Page

BODY = "<p>The World Manufacturing Convention in Hefei, Anhui, drew hundreds of exhibitors and visitors.</p>" * 5


def page(url: str, head: str = "", body: str = BODY, title: str = "WMC draws crowds in Hefei") -> Page:
    html = f"<html><head><title>{title}</title>{head}</head><body><article>{body}</article></body></html>"
    return Page(url=url, html=html, fetched_at="2026-11-20T00:00:00+00:00")


def test_a_utc_timestamp_is_read_at_the_outlets_own_offset():
    # 18:34 UTC on the 20th is 02:34 on the 21st in Beijing, where the Global Times is published
    head = '<meta property="article:published_time" content="2024-09-20T18:34:00Z">'
    article = article_from_page(page("https://www.globaltimes.cn/page/202409/1.shtml", head))
    assert (article.date, article.date_source) == ("2024-09-21", "meta")
    assert article.published_at.startswith("2024-09-21T02:34:00+08:00")


def test_the_stories_own_dateline_beats_metadata_that_disagrees():
    head = '<meta property="article:published_time" content="2024-10-12T09:00:00+08:00">'
    body = "<p>HEFEI, Sept. 20, 2024 /PRNewswire/ -- The World Manufacturing Convention opened in Hefei today " \
           "with hundreds of exhibitors.</p>" + BODY
    article = article_from_page(page("https://www.prnewswire.com/news-releases/wmc-opens-302000000.html", head, body))
    assert (article.date, article.date_source) == ("2024-09-20", "dateline")


def test_metadata_within_a_day_of_the_dateline_is_kept():
    head = '<meta property="article:published_time" content="2024-09-21T01:00:00+08:00">'
    body = "<p>HEFEI, Sept. 20 (Xinhua) -- The World Manufacturing Convention opened in Hefei with hundreds of " \
           "exhibitors.</p>" + BODY
    article = article_from_page(page("https://english.news.cn/20240920/abc/c.html", head, body))
    assert (article.date, article.date_source) == ("2024-09-21", "meta")


def test_a_date_guessed_from_the_year_in_the_title_is_no_date():
    untitled = page("https://a.example/wmc/preview", title="2025 World Manufacturing Convention to open in Hefei")
    undated = article_from_page(untitled)
    assert (undated.date, undated.published_at, undated.date_source) == ("", "", "none")
    listed = article_from_page(untitled, listed_date="2025-09-18T08:00:00+08:00")
    assert (listed.date, listed.date_source) == ("2025-09-18", "listed")


def test_an_undated_page_is_stored_undated_and_filed_under_the_edition_its_title_names(tmp_path):
    from storage.config import read_config
    from storage.db import open_db
    from storage.ingest import store_article

    body = "<p>HEFEI -- The World Manufacturing Convention in Hefei, Anhui, signed 512 projects.</p>" + BODY
    untitled = page("https://a.example/wmc/preview", body=body, title="2025 World Manufacturing Convention ends")
    db = open_db(tmp_path)
    stored = store_article(db, article_from_page(untitled), read_config(None).events, run_id="t",
                           now="2026-11-20T00:00:00+00:00")
    row = next(db.query("select date, date_source from articles"))
    assert (row["date"], row["date_source"]) == ("", "none")
    assert {(f.event, f.edition) for f in stored.figures} == {("wmc", 2025)}


def test_a_page_with_no_date_at_all_is_refused():
    with pytest.raises(ExtractionError, match="no publication date"):
        article_from_page(page("https://a.example/wmc/preview"))


def test_a_date_in_the_address_says_so():
    article = article_from_page(page("https://www.chinadaily.com.cn/a/2024/09/20/WS66ec.html"))
    assert (article.date, article.date_source) == ("2024-09-20", "url")
