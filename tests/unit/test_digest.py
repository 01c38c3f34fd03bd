"""The digest: content per event and edition, reprints folded, date marks, health, formats, feed, review."""
import dataclasses
import json
import re
from datetime import date
from html.parser import HTMLParser

import pytest
from lxml import etree

from extract.article import article_from_document
from jobs.config import parse_config
from jobs.digest import build_digest, closed_day, digest_window, open_day, write_digest
from storage.ingest import store_article
from jobs.render import render_html, render_markdown, render_text
from storage.db import open_db
from storage.ledger import query_figures, review_figures
from storage.runs import add_counts, finish_run, start_run
from tests.helpers import ROOT

CONFIG = parse_config((ROOT / "storage" / "default_config.toml").read_text())
LISTING = dataclasses.replace(CONFIG, digest={**CONFIG.digest, "list_baseline": True})  # every figure in a sheet
DAY = date(2026, 11, 21)
IN_WINDOW = "2026-11-20T22:00:00+00:00"  # 06:00 in Shanghai on the 21st, before the 07:30 digest

RELEASE = ("NANJING, China, Nov. 30, 2020 /PRNewswire/ -- The 2020 World Intelligent Manufacturing Conference "
           "concluded in Nanjing on November 28.\n\nFrom November 26 to 28 more than 320 guests joined the "
           "conference online and offline, and more than 3,200 exhibitors took part in the cloud exhibition.\n\n"
           "On the final day, 30 major projects were signed on site with a contract amount of 53.63 billion "
           "yuan, according to the organizing committee.")


def add(db, title, text, url, date_="2020-11-30", now=IN_WINDOW):
    doc = f" date {date_} {title}\n\n{text}\n"
    article = article_from_document(doc, name="x", fetched_at=now)
    from dataclasses import replace
    from extract.urls import canonical_url, site_of, stable_id
    article = replace(article, url=url, canonical_url=canonical_url(url), id=stable_id(canonical_url(url)),
                      site=site_of(url), outlet=site_of(url))
    return store_article(db, article, CONFIG.events, run_id="t", now=now)


@pytest.fixture
def db():
    return open_db(memory=True)


def test_window_is_the_day_before_the_digest_time_in_the_configured_zone():
    w = digest_window(CONFIG, DAY)
    assert (w.start_utc, w.end_utc) == ("2026-11-19T23:30:00+00:00", "2026-11-20T23:30:00+00:00")


def test_open_and_closed_digest_days(monkeypatch):
    monkeypatch.setenv("CONFWATCH_NOW", "2026-11-21T06:00:00+08:00")
    assert (closed_day(CONFIG), open_day(CONFIG)) == (date(2026, 11, 20), date(2026, 11, 21))
    monkeypatch.setenv("CONFWATCH_NOW", "2026-11-21T07:31:00+08:00")
    assert (closed_day(CONFIG), open_day(CONFIG)) == (date(2026, 11, 21), date(2026, 11, 22))


def test_new_figures_changed_figures_and_folded_reprints(db):
    add(db, "Conference opens", "The 2020 World Intelligent Manufacturing Conference opened in Nanjing with "
        "more than 300 guests.", "https://www.wimc.example/open", date_="2020-11-26", now="2026-11-19T01:00:00+00:00")
    add(db, "2020 WIMC closes", RELEASE, "https://www.prnewswire.com/news-releases/wimc-closes-301.html")
    add(db, "2020 WIMC closes", RELEASE, "https://markets.example.com/pr/wimc-closes", now="2026-11-20T22:30:00+00:00")
    data = build_digest(db, CONFIG, DAY)
    wimc = next(e for e in data["events"] if e["id"] == "wimc")
    (edition,) = wimc["editions"]
    assert edition["edition"] == 2020 and not edition["baseline"]  # the opening was known before the window
    rows = {r["metric"]: r for r in edition["rows"]}
    assert {rows[m]["value"] for m in ("exhibitors_online", "projects_signed", "contract_value")} == \
        {"3,200", "30", "53.63 billion yuan"}
    changed = rows["guests"]
    assert (changed["status"], changed["kind"], changed["before"]["value"], changed["value"]) == \
        ("changed", "refined", "300", "320")
    assert "300 guests" in "".join(p["text"] for p in changed["before"]["evidence"]["segments"])
    assert changed["before"]["evidence"]["url"].endswith("/open")
    # the release and its reprint report each figure as one story
    assert rows["contract_value"]["stories"] == 1
    # the release and its reprint are one story: the original, with the reprint folded under it
    (story,) = wimc["articles"]
    assert story["url"].startswith("https://www.prnewswire.com/") and story["lead"].startswith("The 2020 World")
    assert [r["outlet"] for r in story["reprints"]] == ["markets.example.com"]
    assert data["counts"]["articles"] == 2 and data["counts"]["stories"] == 1
    md = render_markdown(data)
    assert "**guests**: more than 300 → more than 320 (refined;" in md and "**53.63 billion yuan**" in md
    assert "also published by markets.example.com" in md
    assert md.index("### 2020 edition") < md.index("### New stories")  # figures first


def test_every_new_or_changed_figure_of_the_window_is_reachable_from_the_digest(db):
    """In a metric row, under other figures, or (an edition first seen in the window) behind its baseline line."""
    from storage.ledger import window_flags

    add(db, "Conference opens", "The 2020 World Intelligent Manufacturing Conference opened in Nanjing with "
        "more than 300 guests.", "https://www.wimc.example/open", date_="2020-11-26", now="2026-11-19T01:00:00+00:00")
    add(db, "2020 WIMC closes", RELEASE, "https://www.prnewswire.com/news-releases/wimc-closes-301.html")
    add(db, "Hefei convention opens", "The 2024 World Manufacturing Convention opened in Hefei, lasting four days, "
        "with 680 exhibitors, 25 forums and a 70,000-square-meter exhibition area; a market report expects the "
        "sector to pass 2 trillion yuan by 2030.", "https://news.example.cn/wmc-2024", date_="2024-09-20")
    for config in (CONFIG, LISTING):
        data = build_digest(db, config, DAY)
        window = digest_window(config, DAY)
        flagged = {(f["event"], f["edition"], f["id"]) for f in window_flags(db, since=window.start_utc,
                                                                             until=window.end_utc)
                   if f["status"] in ("new", "changed") and f["event"]}
        assert len(flagged) >= 9  # the release's 4, the convention's 5 (four days, exhibitors, forums, area, forecast)
        shown, behind_baseline = set(), set()
        for event in data["events"]:
            for ed in event["editions"]:
                for row in ed["rows"] + ed["other"]:
                    shown.update(row["ids"])
                if ed["baseline"] and not ed["listed"]:
                    behind_baseline.add((event["id"], ed["edition"]))
        missing = {i for e, y, i in flagged if i not in shown and (e, y) not in behind_baseline}
        assert missing == set()
        assert behind_baseline == ({("wmc", 2024)} if config is CONFIG else set())


def test_a_day_with_nothing_new_says_so(db):
    run = start_run(db, kind="crawl", now=IN_WINDOW, pid=1)
    add_counts(db, run, "people-china", requests=4)
    finish_run(db, run, status="ok", now=IN_WINDOW)
    data = build_digest(db, CONFIG, DAY)
    for text in (render_markdown(data), render_text(data), render_html(data)):
        assert "Nothing new" in text and "not an error" in text


def test_a_day_when_most_sources_failed_says_so_first_and_never_calls_it_quiet(db):
    run = start_run(db, kind="crawl", now=IN_WINDOW, pid=1)
    for source in CONFIG.enabled_sources()[1:]:
        add_counts(db, run, source.name, requests=1, errors=1, failed=1)
    finish_run(db, run, status="partial", now=IN_WINDOW)
    data = build_digest(db, CONFIG, DAY)
    total = len(CONFIG.enabled_sources())
    for text in (render_markdown(data), render_text(data)):
        first = next(line for line in text.splitlines()[1:] if line.strip())
        assert f"Most sources failed in this window ({total - 1} of {total}" in first, first
        assert "not an error" not in text


def test_dates_in_the_future_or_out_of_season_are_marked(db):
    add(db, "WMC news", "The World Manufacturing Convention in Hefei was praised.", "https://a.example/1",
        date_="2027-01-05")
    add(db, "WMC review", "The 2019 World Manufacturing Convention in Hefei was praised.", "https://a.example/2",
        date_="2020-06-01")
    wmc = next(e for e in build_digest(db, CONFIG, DAY)["events"] if e["id"] == "wmc")
    flags = {a["url"]: a["flags"] for a in wmc["articles"]}
    assert "dated in the future" in flags["https://a.example/1"]
    assert any("days from the 2019 edition's usual month" in f for f in flags["https://a.example/2"])


HOSTILE_TITLE = '<script>alert("t")</script> WMC in Hefei <img src=x onerror=alert(1)>'
HOSTILE_TEXT = ('The World Manufacturing Convention in Hefei signed 500 projects <script>alert(2)</script>.\n\n'
                'Click <a href="javascript:alert(3)">here</a> or [this](javascript:alert(4)) '
                '<img src=x onerror="alert(5)"> for 700 more deals.')


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs


def test_scraped_markup_never_becomes_markup_or_links(db):
    add(db, HOSTILE_TITLE, HOSTILE_TEXT, "https://evil.example/story", date_="2026-09-20")
    with db.conn:
        db.execute("update articles set url = 'javascript:alert(6)' where url = 'https://evil.example/story'")
    data = build_digest(db, LISTING, DAY)
    html = render_html(data)
    parsed = _Collector()
    parsed.feed(html)
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert not any(name.startswith("on") for name, _ in parsed.attrs)
    assert not any(name == "href" and not value.startswith(("http", "#")) for name, value in parsed.attrs)
    assert "&lt;script&gt;" in html and "javascript:alert(6)" not in re.findall(r'href="([^"]*)"', html)
    md = render_markdown(data)
    assert "<script>" not in md and "](javascript" not in md and "<javascript" not in md
    assert re.search(r"(?<!\\)<img", md) is None
    text = render_text(data)
    assert "WMC in Hefei" in text  # plain text keeps the words, as text


def test_html_is_one_self_contained_page(db):
    add(db, "2020 WIMC closes", RELEASE, "https://www.prnewswire.com/news-releases/wimc-closes-301.html")
    html = render_html(build_digest(db, LISTING, DAY))
    doc = etree.HTML(html)
    assert doc.find(".//meta[@name='viewport']") is not None
    assert not doc.xpath("//script | //link[@rel='stylesheet'] | //img | //iframe")
    assert not re.search(r"""(src|href)=["']?//|url\(""", html)  # nothing loaded from elsewhere
    assert "<mark>53.63 billion yuan</mark>" in html


def test_files_and_atom_feed(tmp_path):
    import feedparser

    db = open_db(tmp_path)
    add(db, "2020 WIMC closes", RELEASE, "https://www.prnewswire.com/news-releases/wimc-closes-301.html")
    first = write_digest(db, CONFIG, str(tmp_path), DAY)
    write_digest(db, CONFIG, str(tmp_path), DAY)  # written again the same day: still one entry
    write_digest(db, CONFIG, str(tmp_path), date(2026, 11, 22))
    assert first.markdown.name == "2026-11-21.md" and first.html.name == "2026-11-21.html"
    feed = feedparser.parse(first.feed.read_bytes())
    assert not feed.bozo and feed.feed.author == "confwatch" and feed.feed.id == "urn:confwatch:digests"
    assert [e.id for e in feed.entries] == ["urn:confwatch:digest:2026-11-22", "urn:confwatch:digest:2026-11-21"]
    entry = feed.entries[1]
    # without a base URL, links are file:// paths of the data directory, which a local reader can follow
    page = (tmp_path / "digests" / "2026-11-21.html").resolve().as_uri()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert etree.parse(str(first.feed)).xpath("//a:entry[a:id='urn:confwatch:digest:2026-11-21']/a:link/@href",
                                              namespaces=ns) == [page]
    # the entry's time is the end of the day's window, however often (and whenever) it is written
    assert entry.updated_parsed[:5] == (2026, 11, 20, 23, 30)
    content = entry.content[0]
    assert content.type == "text/html" and "<html" not in content.value and "<!DOCTYPE" not in content.value
    assert "World Intelligent Manufacturing Conference" in content.value and "2020 edition" in content.value
    assert f'href="{page}#wimc-2020"' in content.value
    assert not list(tmp_path.joinpath("digests").glob(".*.tmp"))


def test_atom_links_are_absolute_under_a_base_url(tmp_path):
    import feedparser

    config = dataclasses.replace(CONFIG, digest={**CONFIG.digest, "base_url": "https://news.example.org/cw/"})
    db = open_db(tmp_path)
    add(db, "2020 WIMC closes", RELEASE, "https://www.prnewswire.com/news-releases/wimc-closes-301.html")
    written = write_digest(db, config, str(tmp_path), DAY)
    feed = feedparser.parse(written.feed.read_bytes())
    assert feed.entries[0].link == "https://news.example.org/cw/2026-11-21.html"
    links = {link.rel: link.href for link in feed.feed.links}
    assert links["self"] == "https://news.example.org/cw/feed.xml"
    assert 'href="https://news.example.org/cw/2026-11-21.html#wimc-2020"' in feed.entries[0].content[0].value


def test_source_health_shows_failures_and_quiet_sources(db):
    for day, new in (("2026-11-10", 3), ("2026-11-20", 0)):
        run = start_run(db, kind="crawl", now=f"{day}T22:00:00+00:00", pid=1)
        add_counts(db, run, "people-china", requests=4, new=new)
        add_counts(db, run, "globaltimes", requests=1, errors=1, failed=1)
        finish_run(db, run, status="partial", now=f"{day}T22:01:00+00:00")
    health = build_digest(db, CONFIG, DAY)["health"]
    assert health["failed"] == ["globaltimes"]
    assert "people-china" in health["quiet"]  # nothing new for 7 days, though it was watched longer
    md = render_markdown(build_digest(db, CONFIG, DAY))
    assert "1 source failed in this window: globaltimes" in md and "Nothing new for 7 days from: people-china" in md
    assert md.index("failed in this window") < md.index("## ")  # named before any figure
    # times are the reader's: the crawl at 22:00 UTC is 06:00 in the configured zone, which the footer names
    assert "Crawls: 2026-11-21 06:00 partial." in md
    assert "Window 2026-11-20 07:30 – 2026-11-21 07:30 (Asia/Shanghai)" in md and "+00:00" not in md


def test_rejected_figures_are_not_flagged_and_do_not_count_as_known(db):
    first = add(db, "2020 WIMC closes", RELEASE, "https://www.prnewswire.com/news-releases/wimc-closes-301.html")
    wrong = next(f for f in first.figures if f.surface == "30")
    right = next(f for f in first.figures if f.surface == "3,200")
    review_figures(db, [wrong.id], "rejected", reason="misread", now=IN_WINDOW)
    review_figures(db, [right.id], "confirmed", now=IN_WINDOW)
    data = build_digest(db, CONFIG, DAY)
    flagged = {i: r for e in data["events"] for ed in e["editions"] for r in ed["rows"] + ed["other"]
               for i in r["ids"]}
    assert wrong.id not in flagged and right.id in flagged
    assert not flagged[right.id]["unreviewed"]
    later = add(db, "Projects", "At the 2020 World Intelligent Manufacturing Conference in Nanjing, 30 projects "
                "were signed.", "https://b.example/2", now="2026-11-20T23:00:00+00:00")
    assert [(f.surface, f.status) for f in later.figures] == [("30", "new")]  # the rejected one is not "known"
    rows = {r["id"]: r for r in query_figures(db)}
    assert rows[wrong.id]["review"] == "rejected" and rows[wrong.id]["review_reason"] == "misread"


def test_json_model_is_serialisable(db):
    add(db, "2020 WIMC closes", RELEASE, "https://www.prnewswire.com/news-releases/wimc-closes-301.html")
    data = json.loads(json.dumps(build_digest(db, CONFIG, DAY)))
    assert set(data) == {"day", "window", "generated_at", "counts", "events", "other_articles", "health"}


def test_saved_browse_queries_run_on_a_real_database(db):
    from jobs.browse import CANNED_QUERIES

    add(db, "2020 WIMC closes", RELEASE, "https://www.prnewswire.com/news-releases/wimc-closes-301.html")
    params = {"since": "2026-01-01", "event": "wimc", "metric": "projects_signed"}
    results = {name: list(db.query(q["sql"], {k: v for k, v in params.items() if f":{k}" in q["sql"]}))
               for name, q in CANNED_QUERIES.items()}
    assert results["new_figures"] and results["metric_history"][0]["value"] == 30
    assert results["articles_per_event_and_outlet"][0]["event"] == "wimc"


def test_datasette_metadata_names_real_tables_and_columns(db):
    from jobs.browse import CANNED_QUERIES, metadata

    tables = metadata("confwatch")["databases"]["confwatch"]["tables"]
    existing = set(db.table_names())
    assert set(tables) <= existing  # a typo would silently show nothing in Datasette
    assert existing - set(tables) == set(), f"tables neither described nor hidden: {existing - set(tables)}"
    for name, meta in tables.items():
        if meta.get("hidden"):
            continue
        assert meta["title"] and meta["description"]
        assert set(meta.get("facets", [])) <= set(db[name].columns_dict), name
    assert all(q["title"] and q["description"] for q in CANNED_QUERIES.values())
