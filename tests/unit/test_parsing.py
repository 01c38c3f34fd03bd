"""Dates, credits, URLs, sentences and feeds: table-driven."""
import pytest

from extract.article import article_from_document
from extract.credit import parse_credit
from extract.dates import find_datetime
from extract.feeds import FeedError, parse_feed
from extract.sentences import sentences
from extract.urls import canonical_url
from tests.conftest import REALPAGES, needs_shared


@pytest.mark.parametrize("text,expected", [
    ("Global Times) 09:33, December 23, 2024", "2024-12-23T09:33:00+08:00"),
    ("Published : Sept. 25, 2023 - 20:20", "2023-09-25T20:20:00+08:00"),
    ("Updated: 2024-05-20 09:03", "2024-05-20T09:03:00+08:00"),
    ("NANJING, China, Nov. 30, 2020 /PRNewswire/ --", "2020-11-30"),
    ("held on 23 December 2024 in Nanjing", "2024-12-23"),
    ("Updated 09:15, 03-Dec-2025", "2025-12-03T09:15:00+08:00"),  # day, month and year joined by hyphens
    ("Published: 23 Sep 2025 | 18:30", "2025-09-23T18:30:00+08:00"),  # day first, the time after a bar
    ("发布时间：2025年9月23日 下午5:32", "2025-09-23T17:32:00+08:00"),  # an afternoon written in Chinese
    ("2025年9月23日 上午9:05", "2025-09-23T09:05:00+08:00"),
])
def test_find_datetime(text, expected):
    assert find_datetime(text).iso("+08:00") == expected


@pytest.mark.parametrize("line,credit,date,kind", [
    ("Global Times) 09:33, December 23, 2024", "Global Times", "2024-12-23", "credit_line"),
    ("(People's Daily Online) 11:35, November 23, 2022", "People's Daily Online", "2022-11-23", "credit_line"),
    ("HEFEI, Nov. 20 (Xinhua) -- The fourth World Manufacturing Convention", "Xinhua", "2021-11-20", "wire_dateline"),
    ("NANJING, China, Nov. 30, 2020 /PRNewswire/ -- On November 28", "PRNewswire", "2020-11-30", "release_dateline"),
    ("By PRNEWSWIRE", "PRNewswire", None, "byline"),
])
def test_parse_credit(line, credit, date, kind):
    found = parse_credit(line, year=2021)
    assert (found.credit, found.kind) == (credit, kind)
    assert (found.when.date if found.when else None) == date


def test_ordinary_sentence_is_not_a_credit():
    assert parse_credit("The convention opened on Friday in Hefei, capital of Anhui.") is None


@pytest.mark.parametrize("url,expected", [
    ("HTTP://WWW.Example.COM/a/b/?utm_source=rss&id=3", "http://www.example.com/a/b?id=3"),
    ("https://example.com:443/x", "https://example.com/x"),
    ("http://example.com", "http://example.com/"),
    ("http://example.com/p?b=2&a=1#frag", "http://example.com/p?a=1&b=2"),
])
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_sentences_do_not_split_at_abbreviations():
    text = ("The summit closed on Oct. 13. Deals of 91.1 billion U.S. dollars were signed. "
            "Mr. Zhang spoke.")
    assert sentences(text) == ["The summit closed on Oct. 13.", "Deals of 91.1 billion U.S. dollars were signed.",
                               "Mr. Zhang spoke."]


def test_a_line_per_label_is_a_sentence_of_its_own():
    text = "The expo in figures:\nHalls: 9\nFortune Global 500 firms: 27\n• Deals signed: 41"
    assert sentences(text) == ["The expo in figures:", "Halls: 9", "Fortune Global 500 firms: 27", "• Deals signed: 41"]
    # an ordinary line break inside a sentence does not end it
    assert sentences("The convention drew 1,200\nguests from 40 countries.") == [
        "The convention drew 1,200\nguests from 40 countries."]


def test_a_pages_table_of_key_figures_is_kept_as_rows_of_cells():
    """A table in the page is kept, one row a line with its cells kept apart by bars, so its figures are read."""
    from extract.article import article_from_page
    from extract.figures import extract_figures
    from extract.records import Page
    body = ("<p>NANJING -- The 2026 World Intelligent Manufacturing Conference closed in Nanjing on Saturday after "
            "three days of forums, the organizers said in a statement posted on the conference website.</p>"
            "<table><tr><th>Measure</th><th>2025</th><th>2026</th></tr><tr><td>Exhibitors</td><td>298</td>"
            "<td>326</td></tr></table><p>The conference returns to Nanjing next year, and registration for "
            "exhibitors opens in the spring, the organizers added.</p>")
    html = f"<html><head><title>WIMC 2026 in figures</title></head><body><article>{body}</article></body></html>"
    article = article_from_page(Page("https://www.wimc.example/news/1.html", html, "2026-11-30T00:00:00+00:00"))
    assert "| Exhibitors | 298 | 326 |" in article.text
    assert [(f.value, f.scope) for f in extract_figures(article.text) if f.metric == "exhibitors"] == \
        [(298, "earlier"), (326, "edition")]


def test_raw_page_keeps_the_key_figures_box_that_closes_the_story():
    raw = ("Hefei convention ends with a record haul\n"
           "HEFEI, Sept. 24, 2025 (Xinhua) -- The World Manufacturing Convention closed on Tuesday in Hefei, capital of east "
           "China's Anhui Province. Its numbers:\n"
           "Exhibitors: 521\nProjects signed: 611, worth 480.2 billion yuan\n"
           "Editor: Wang Lin\nShare\nRelated Stories")
    article = article_from_document(raw, name="box.txt", fetched_at="2026-09-25T06:00:00+00:00")
    assert article.text.endswith("Exhibitors: 521\n\nProjects signed: 611, worth 480.2 billion yuan")
    assert "Wang Lin" not in article.text


@needs_shared(REALPAGES)
@pytest.mark.parametrize("path,count,first_url,first_title", [
    ("feeds/rss-parser/guardian.rss", 55,
     "https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord",
     "Trump State of the Union address promised unity but emphasized discord"),
    ("feeds/rss-parser/heise.atom", 15, None, "Java-Anwendungsserver: Red Hat gibt WildFly 10 frei"),
    ("trafilatura/feed.json", 25, None, "Keller Rinaudo: How can delivery drones save lives?"),
    ("feeds/feedjira/TechCrunch.xml", 20, None, None),
])
def test_parse_real_feeds(path, count, first_url, first_title):
    entries = parse_feed((REALPAGES / path).read_bytes(), "http://example.com/")
    assert len(entries) == count
    assert all(e.url.startswith("http") for e in entries)
    if first_url:
        assert entries[0].url == first_url
    if first_title:
        assert entries[0].title == first_title


@needs_shared(REALPAGES)
def test_atom_feed_dates_keep_their_offset():
    entries = parse_feed((REALPAGES / "feeds/rss-parser/heise.atom").read_bytes())
    assert entries[0].published == "2016-02-01T17:54:50+01:00"


@pytest.mark.parametrize("body", [b"<html><body>not a feed</body></html>", b"{\"no\": 1}", b"\x00\x01garbage"])
def test_non_feeds_are_refused(body):
    with pytest.raises(FeedError):
        parse_feed(body)


def test_feed_entities_are_not_expanded():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            b'<rss><channel><item><title>&b;</title><link>http://x/1</link></item></channel></rss>')
    entries = parse_feed(bomb)
    assert len(entries) == 1 and "aaaaaaaaaa" not in entries[0].title


@pytest.mark.parametrize("title,host,site,expected", [
    ("Hefei plant opens new line - Times of India", "timesofindia.indiatimes.com", "The Times of India",
     "Hefei plant opens new line"),
    ("Taiwan firms eye Hefei expo - Taipei Times", "www.taipeitimes.com", "台北時報", "Taiwan firms eye Hefei expo"),
    ("世界制造业大会在合肥开幕-新华网", "www.news.cn", "", "世界制造业大会在合肥开幕"),
    ("WMC 2024 opens | China Daily | chinadaily.com.cn", "www.chinadaily.com.cn", "", "WMC 2024 opens"),
    ("Xi meets guests - Xinhua | English.news.cn", "english.news.cn", "", "Xi meets guests"),
    ("Hefei - the city of innovation", "www.news.cn", "", "Hefei - the city of innovation"),  # no site name
    ("Robots: a new age - Global Times", "www.globaltimes.cn", "", "Robots: a new age"),
])
def test_site_suffixes_are_removed_by_name_in_either_script(title, host, site, expected):
    from extract.html import strip_site_suffix
    from extract.outlets import outlet_names

    assert strip_site_suffix(title, *outlet_names(host, site)) == expected


@pytest.mark.parametrize("line,credit,day", [
    ("新华社合肥9月20日电（记者张三）第七届世界制造业大会20日开幕。", "Xinhua", "2024-09-20"),
    ("中新网南京11月28日电 2020世界智能制造大会在南京闭幕。", "China News Service", "2024-11-28"),
    ("来源：新华网", "Xinhua", None),
])
def test_chinese_datelines_and_source_lines_give_the_credit(line, credit, day):
    found = parse_credit(line, 2024)
    assert found.credit == credit and (found.when.date if found.when else None) == day


def test_chinese_dates_with_and_without_their_year():
    from extract.dates import find_month_day

    assert find_datetime("发布时间：2024年12月22日 09:33").iso("+08:00") == "2024-12-22T09:33:00+08:00"
    assert find_month_day("2024年世界智能制造大会于12月20日开幕").date == "2024-12-20"


@pytest.mark.parametrize("text,event,edition", [
    ("2024世界制造业大会在合肥开幕", "wmc", 2024),
    ("第七届世界制造业大会在合肥开幕", "wmc", 2024),
    ("第7届世界制造业大会在安徽合肥举行", "wmc", 2024),
    ("2020世界智能制造大会在南京闭幕，现场签约项目30个。", "wimc", 2020),
    ("世界智能制造大会2019年在南京举行", "wimc", 2019),
    ("The fourth World Manufacturing Convention opened in Hefei.", "wmc", 2021),
    ("第九届世界智能制造大会在江苏南京开幕", "wimc", 2024),
    # an abbreviation with its year glued before it, Chinese after it
    ("合肥讯 2025WMC签约项目500个", "wmc", 2025),
])
def test_the_edition_is_read_from_chinese_years_and_ordinals(text, event, edition):
    from extract.events import attribute
    from storage.config import read_config

    found = attribute(text, text, "2026-09-20", read_config(None).events)
    assert (found.event, found.edition) == (event, edition)


@pytest.mark.parametrize("text,found_event", [
    ("Jiangsu province signed 180 projects at its annual smart-manufacturing conference in Nanjing.", "wimc"),
    ("A smart manufacturing conference opened in Nanjing, capital of Jiangsu, on Friday.", "wimc"),
    # (without the event's place, a smart manufacturing conference is any)
    ("A smart manufacturing conference opened in Chengdu on Friday.", None),
])
def test_the_conference_described_rather_than_named_counts_in_its_own_city(text, found_event):
    from extract.events import attribute
    from storage.config import read_config

    found = attribute("Smart-factory deals", text, "2031-11-28", read_config(None).events)
    assert (found.event if found else None) == found_event


def test_a_headline_that_names_the_edition_by_its_ordinal_outweighs_earlier_editions_in_the_text():
    """A preview that recalls two earlier conventions by their ordinals is about the one its headline names."""
    from extract.events import attribute
    from storage.config import read_config

    title = "Hefei convention's track record ahead of its eighth edition"
    text = ("HEFEI -- The sixth World Manufacturing Convention, in 2023, signed 734 projects; the seventh signed 781. "
            "The eighth opens on Sept. 20.")
    found = attribute(title, text, "2025-09-08", read_config(None).events)
    assert (found.event, found.edition) == ("wmc", 2025)
    found = attribute("第八届大会筹备就绪", "第六届世界制造业大会签约项目734个。", "2025-09-08", read_config(None).events)
    assert (found.event, found.edition) == ("wmc", 2025)


def test_a_metadata_line_of_raw_page_text_is_furniture_that_gives_credit_and_date():
    """"Source:… | Author:… | Published time: … | 135 Views | Share:": not body text, no figures from it (the view
    count, the ISO date read as a range), but the story's credit and publication date."""
    from extract.article import article_from_document
    from extract.figures import extract_figures

    raw = ("Hefei convention results announced\n"
           "Source:Xinhua Net | Author:Staff | Published time: 2023-09-28 | 135 Views | Share:\n"
           "On the afternoon of September 28, the results of the 2023 World Manufacturing Convention in Hefei "
           "were released.\n"
           "The convention invited 16,000 guests, including 2,158 important guests, organizers said.\n")
    article = article_from_document(raw, name="page.txt", fetched_at="2026-11-20T00:00:00+00:00")
    assert (article.credit, article.date, article.date_source) == ("Xinhua", "2023-09-28", "visible")
    assert "Views" not in article.text and "Published" not in article.text
    assert [f.value for f in extract_figures(article.text)] == [16000, 2158]
    # dates in any separator are no ranges
    assert extract_figures("The fair ran from 2023-09-28 to 2023/10/2, and again on 2024.09.20 in Hefei.") == []


def test_chinese_page_furniture_is_removed_and_its_metadata_line_read():
    """Breadcrumbs, a metadata line of fields apart by spaces, the editor and the QR prompt are furniture; the
    headline is found without spaces; the source paper is the credit and the metadata time the date."""
    from extract.article import article_from_document

    raw = ("首页 > 政务要闻 > 今日要闻\n2024世界制造业大会成果丰硕\n"
           "发布时间：2024-09-26 16:20 来源：安徽日报 浏览次数：3456 【字号：大 中 小】\n"
           "9月26日，省政府新闻办举行发布会，介绍2024世界制造业大会成果。本届大会共签约项目718个，总投资3692亿元。\n"
           "大会展览面积2万平方米，451家企业参展。\n责任编辑：王五\n扫一扫在手机打开当前页\n")
    article = article_from_document(raw, name="page.txt", fetched_at="2026-11-20T00:00:00+00:00")
    assert (article.title, article.credit, article.date) == ("2024世界制造业大会成果丰硕", "Anhui Daily", "2024-09-26")
    assert article.text.startswith("9月26日") and article.text.endswith("451家企业参展。")


@pytest.mark.parametrize("stamp_line,day", [
    # a stamp without a colon, its day, month and year joined by hyphens
    ("Updated 08:05, 19-Sep-2026", "2026-09-19"),
    # a byline and metadata line that gives the update time
    ("By LI HUA in Hefei | example-daily.cn | Updated: 2026-09-19 08:05", "2026-09-19"),
    # a wire's fields on one line, or on lines of their own with the time alone under them
    ("Source: Xinhua | 2026-09-19 22:14:07 | Editor: zhou", "2026-09-19"),
    ("Source: Xinhua\nEditor: zhou\n2026-09-19 22:14:07", "2026-09-19"),
    # a byline with its stamp on the same line, the time in the afternoon
    ("By Wang Lin Published: Sep 19, 2026 03:40 PM", "2026-09-19"),
    # the outlet and a date, or a bare date in other notations
    ("China Daily | September 19, 2026", "2026-09-19"),
    ("2026/09/19 08:05", "2026-09-19"),
    ("2026.09.19", "2026-09-19"),
    ("09-19-2026 08:05 BJT", "2026-09-19"),
    ("19/09/2026", "2026-09-19"),
    ("2026-09-19T08:05:00+08:00", "2026-09-19"),
    ("Saturday 19 September 2026", "2026-09-19"),
    ("Published on Sat, Sep 19, 2026", "2026-09-19"),
    ("2026-09-19 | Source: Anhui Channel", "2026-09-19"),
    ("Sat, September 19, 2026 at 8:05 AM GMT+8", "2026-09-19"),
    ("2026-09-19 10:20:35 来源：新华网", "2026-09-19"),
    # a print edition's page number, an outlet named by its Chinese name, a release's provider on its own line
    ("By Staff writer, with CNA\nSat, Sep 19, 2026 page 12", "2026-09-19"),
    ("2026年09月19日 10:20  新华网", "2026-09-19"),
    ("Provided by PR Newswire\nSep 19, 2026 8:05am", "2026-09-19"),
    # an event site's fields apart by spaces, with a date label and a view count; a Chinese portal's name and reads
    ("Source: Organizing Committee    Date: 2026-09-19    Views: 1,283", "2026-09-19"),
    ("皖江在线 2026-09-19 09:15 阅读量：3562", "2026-09-19"),
])
def test_a_raw_page_dated_only_by_its_stamp_line_is_kept(stamp_line, day):
    from extract.article import article_from_document

    raw = (f"Hefei fair draws crowds\n\n{stamp_line}\n\nThe 2026 World Manufacturing Convention in Hefei has "
           "drawn 410 exhibitors, organizers said.\n")
    article = article_from_document(raw, name="page.txt", fetched_at="2026-11-20T00:00:00+00:00")
    assert (article.title, article.date, article.date_source) == ("Hefei fair draws crowds", day, "visible")
    assert article.text.startswith("The 2026 World Manufacturing Convention")


@pytest.mark.parametrize("after", [
    "Most Viewed in 24 Hours\n1 Exports rise 5.2% in August\n2 Top 10 cities of 2026",
    "You might also like\nIndustrial output up 6.1% in August",
    "Trending Now\n3 takeaways from the Canton Fair",
    "Latest News\nThe 2025 WMC signed 608 projects\n2024 convention: 500 exhibitors",
    "Previous: Guests gather in Hefei\nNext: 2,000 drones light up the lake",
    "上一篇：合肥迎来八方宾客\n下一篇：2000架无人机点亮湖面",
])
def test_the_lists_of_other_stories_under_a_raw_page_end_it(after):
    """A list of the site's other stories (most viewed, you might also like, previous and next) is not the story:
    none of its headlines' numbers is a figure."""
    from extract.article import article_from_document
    from extract.figures import extract_figures

    raw = ("Hefei fair draws crowds\n2026-09-19 08:05\nThe 2026 World Manufacturing Convention in Hefei has drawn 410 "
           f"exhibitors, organizers said.\n{after}\n")
    article = article_from_document(raw, name="page.txt", fetched_at="2026-11-20T00:00:00+00:00")
    assert article.text == "The 2026 World Manufacturing Convention in Hefei has drawn 410 exhibitors, organizers said."
    # in a body kept as written, the same lists are no figures either
    assert [f.value for f in extract_figures(f"{article.text}\n{after}")] == [410]


def test_an_afternoon_stamp_orders_the_page_after_the_mornings():
    """'03:40 PM' is 15:40: a page stamped then comes after one stamped 10:05 the same day."""
    from extract.dates import find_datetime

    assert find_datetime("Published: Sep 19, 2026 03:40 PM").hour == 15
    assert find_datetime("Published: Sep 19, 2026 12:10 a.m.").hour == 0
    assert find_datetime("Published: Sep 19, 2026 10:05 AM").hour == 10


def test_a_date_line_is_told_from_a_headline_and_a_credit_line():
    """A headline that names a date stays the headline; a credit line with its time stays in the story (the seed
    schema keeps it) and still dates it; a date in the related links after the story dates nothing."""
    from extract.article import article_from_document

    raw = ("Hefei fair to open on Sept 20, 2026\n\n(Xinhua) 09:12, September 18, 2026\n\nThe 2026 World "
           "Manufacturing Convention in Hefei will open with 410 exhibitors, organizers said.\n")
    article = article_from_document(raw, name="page.txt", fetched_at="2026-11-20T00:00:00+00:00")
    assert article.title == "Hefei fair to open on Sept 20, 2026"
    assert (article.date, article.credit) == ("2026-09-18", "Xinhua")
    assert article.text.startswith("(Xinhua) 09:12, September 18, 2026")
    undated = ("Hefei fair draws crowds\n\nThe World Manufacturing Convention in Hefei has drawn 410 exhibitors, "
               "organizers said.\n\nMore news\n\n2026-09-30\n")
    with pytest.raises(Exception, match="no publication date"):
        article_from_document(undated, name="page.txt", fetched_at="2026-11-20T00:00:00+00:00")


@pytest.mark.parametrize("raw,title,day", [
    # a photo caption between the headline and the story is no headline, whichever is longer
    ("Local\nHefei fair puts robots on show\nBy Staff Reporter Published: Sep 19, 2026 09:10 PM\nA humanoid robot "
     "waves to visitors at the World Manufacturing Convention in Hefei on Saturday. Photo: Zhang Lei\n",
     "Hefei fair puts robots on show", "2026-09-19"),
    ("Hefei fair puts robots on show\nBy Li Ming in Hefei | example-daily.cn | Updated: 2026-09-19 17:31\nA humanoid "
     "robot waves to visitors at the World Manufacturing Convention in Hefei on Saturday. [Photo by Li Ming/"
     "example-daily.cn]\n", "Hefei fair puts robots on show", "2026-09-19"),
    # a site's menu above the headline, longer than it
    ("Home About Us News Exhibition Forums Partners Contact Us\nNews\nFair closes in Hefei\nRelease time：2026-09-22 "
     "Source：Organizing Committee\n", "Fair closes in Hefei", "2026-09-22"),
    # the organisation that issued a release, above its date
    ("Fair closes in Hefei with 700 deals\nNews provided by\nWorld Manufacturing Convention Organizing Committee\n"
     "Sep 22, 2026, 05:30 ET\nShare this article\n", "Fair closes in Hefei with 700 deals", "2026-09-22"),
    # an editor's line under the headline; the site's date of today above it is not the story's
    ("Tuesday, October 6, 2026\nFair closes in Hefei with 700 deals\nEditor: Wang Fang 丨example.com\n"
     "09-22-2026 16:05 BJT\n", "Fair closes in Hefei with 700 deals", "2026-09-22"),
])
def test_the_headline_is_the_line_above_the_pages_date_or_byline(raw, title, day):
    from extract.article import article_from_document

    raw += ("The 2026 World Manufacturing Convention in Hefei drew 410 exhibitors, including 52 of the Fortune Global "
            "500 companies, organizers said.\n")
    article = article_from_document(raw, name="page.txt", fetched_at="2026-11-20T00:00:00+00:00")
    assert (article.title, article.date) == (title, day)
    assert article.text.startswith(("The 2026 World", "A humanoid robot"))


@pytest.mark.parametrize("stamp_line,published_at", [
    # a zone written after the time is the page's own: Beijing, New York (standard time in winter, daylight in
    # summer), a GMT offset, or an ISO offset after the seconds
    ("Fri, December 4, 2026 at 4:40 PM GMT+8", "2026-12-04T16:40:00+08:00"),
    ("World Desk / EXAMPLE.COM / Updated: Dec 4, 2026, 14:10 IST", "2026-12-04T14:10:00+05:30"),
    ("Dec 04, 2026, 03:40 ET", "2026-12-04T03:40:00-05:00"),
    ("Sep 19, 2026, 03:40 ET", "2026-09-19T03:40:00-04:00"),
    ("12-04-2026 16:40 BJT", "2026-12-04T16:40:00+08:00"),
    ("2026-12-04T16:40:27+08:00", "2026-12-04T16:40:00+08:00"),
    # the time after a bar, with its zone; a day-first date with dots; a day-first date whose time follows a bar
    ("Last Updated: Dec 4, 2026 | 14:10 IST", "2026-12-04T14:10:00+05:30"),
    ("04.12.2026 16:40 BJT", "2026-12-04T16:40:00+08:00"),
    ("Published: 4 Dec 2026 | 16:40 GMT+8", "2026-12-04T16:40:00+08:00"),
])
def test_a_zone_written_beside_the_pages_time_places_it(stamp_line, published_at):
    from extract.article import article_from_document

    raw = (f"Nanjing fair closes with 52 deals\n\n{stamp_line}\n\nThe World Intelligent Manufacturing Conference in "
           "Nanjing closed with 52 projects signed, organizers said.\n")
    article = article_from_document(raw, name="page.txt", fetched_at="2026-12-20T00:00:00+00:00")
    assert article.published_at == published_at


def test_a_releases_dateline_takes_the_time_from_the_pages_line_of_the_same_day():
    """A release's dateline gives its day only; the line under the headline gives the hour, so a reprint posted
    half an hour later comes after it."""
    from extract.article import article_from_document

    body = ("NANJING, China, Dec. 4, 2026 /PRNewswire/ -- The World Intelligent Manufacturing Conference closed with 52 "
            "projects signed, organizers said.\n")
    original = article_from_document("Fair closes with 52 deals\n\nNews provided by\n\nOrganizing Committee\n\n"
                                     "Dec 04, 2026, 03:40 ET\n\n" + body, name="a.txt", fetched_at="2026-12-20T00:00:00+00:00")
    reprint = article_from_document("Nanjing fair ends with 52 deals\n\nFri, December 4, 2026 at 5:10 PM GMT+8\n\n" + body,
                                    name="b.txt", fetched_at="2026-12-20T00:00:00+00:00")
    assert (original.published_at, original.credit) == ("2026-12-04T03:40:00-05:00", "PRNewswire")
    assert reprint.published_at == "2026-12-04T17:10:00+08:00"


@pytest.mark.parametrize("first,last,outlet,published_at", [
    # the site's own domain above the headline, its breadcrumbs, or its copyright line naming its host
    ("chinadaily.com.cn", "", "China Daily", "2026-09-19T08:05:00+08:00"),
    ("人民网>>地方>>安徽", "", "People's Daily Online", "2026-09-19T08:05:00+08:00"),
    ("Home | China | World", "Copyright © 2000-2026 XINHUANET.com All rights reserved.", "Xinhua",
     "2026-09-19T08:05:00+08:00"),
    # an unknown site stays unknown, and its time without a zone is not guessed
    ("example-news.org", "", "", "2026-09-19"),
])
def test_a_raw_pages_outlet_is_read_from_its_domain_breadcrumbs_or_copyright(first, last, outlet, published_at):
    from extract.article import article_from_document

    raw = (f"{first}\n\nHefei fair draws crowds\n\n2026-09-19 08:05\n\nThe 2026 World Manufacturing Convention in Hefei "
           f"has drawn 410 exhibitors, organizers said.\n\n{last}\n")
    article = article_from_document(raw, name="page.txt", fetched_at="2026-11-20T00:00:00+00:00")
    assert (article.outlet, article.published_at, article.title) == (outlet, published_at, "Hefei fair draws crowds")


def test_an_abbreviation_matches_with_its_year_glued_before_it_but_not_inside_a_word():
    from extract.events import alias_pattern

    assert alias_pattern("WMC").search("合肥讯 2026WMC签约项目500个")
    assert alias_pattern("WMC").search("WMC2026 opens")
    assert not alias_pattern("WMC").search("The WMCA signed")
    assert not alias_pattern("WMC").search("AWMC 2026")


@pytest.mark.parametrize("head,outlet,published_at", [
    # a wire page's stamp that says how old the page is
    ("Hefei fair draws crowds\n\nBy Ryan Woo\n\nSeptember 19, 2026 9:15 AM GMT+8 Updated 2 hours ago", "",
     "2026-09-19T09:15:00+08:00"),
    # a Japanese outlet's stamp in its own zone, its short name on a line of its own
    ("Nikkei Asia\n\nHefei fair draws crowds\n\nSeptember 19, 2026 16:00 JST", "Nikkei Asia", "2026-09-19T16:00:00+09:00"),
    ("SCMP\n\nHefei fair draws crowds\n\nPublished: 23 Sep 2026", "South China Morning Post", "2026-09-23"),
])
def test_foreign_outlets_pages_are_dated_and_named(head, outlet, published_at):
    from extract.article import article_from_document

    raw = f"{head}\n\nThe 2026 World Manufacturing Convention in Hefei has drawn 410 exhibitors, organizers said.\n"
    article = article_from_document(raw, name="page.txt", fetched_at="2026-11-20T00:00:00+00:00")
    assert (article.outlet, article.published_at, article.title) == (outlet, published_at, "Hefei fair draws crowds")


@pytest.mark.parametrize("head,outlet,published_at", [
    # a credit line is the format of the site that republishes the credited outlet's story, and times it
    ("Hefei fair draws crowds\n\n(Global Times) 10:05, September 19, 2026", "People's Daily Online",
     "2026-09-19T10:05:00+08:00"),
    # a wire's source line: the wire's zone
    ("Hefei fair draws crowds\n\nSource: Xinhua| 2026-09-19 21:40:05|Editor: huaxia", "", "2026-09-19T21:40:00+08:00"),
    # a byline line that names the site by its host
    ("Hefei fair draws crowds\n\nBy Zhang Yi | chinadaily.com.cn | Updated: 2026-09-19 08:30", "China Daily",
     "2026-09-19T08:30:00+08:00"),
])
def test_a_raw_pages_credit_source_or_byline_line_names_and_times_it(head, outlet, published_at):
    from extract.article import article_from_document

    raw = f"{head}\n\nThe 2026 World Manufacturing Convention in Hefei has drawn 410 exhibitors, organizers said.\n"
    article = article_from_document(raw, name="page.txt", fetched_at="2026-11-20T00:00:00+00:00")
    assert (article.outlet, article.published_at, article.title) == (outlet, published_at, "Hefei fair draws crowds")


@pytest.mark.parametrize("mark", ["Enditem", "(END)", "（完）"])
def test_a_wires_end_mark_leaves_the_last_paragraph_in_the_story(mark):
    raw = ("Hefei convention opens\nSource: Xinhua| 2031-09-20 19:42:10|Editor: huaxia\n"
           "HEFEI, Sept. 20 (Xinhua) -- The 2031 World Manufacturing Convention opened on Saturday.\n"
           f"A total of 75 projects were signed at the opening ceremony. {mark}\n"
           "Copyright © 2000-2031 XINHUANET.com All rights reserved.\n")
    text = article_from_document(raw, name="x", fetched_at="2031-09-21T00:00:00+00:00").text
    assert text.endswith("A total of 75 projects were signed at the opening ceremony.")
