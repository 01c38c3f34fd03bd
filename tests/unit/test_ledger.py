"""The figures ledger: new, known and changed, in the order articles are stored."""
import pytest

from extract.article import article_from_document, article_from_text
from extract.events import attribute
from jobs.config import parse_config
from storage.ingest import store_article
from storage.db import open_db
from storage.ledger import query_figures
from tests.conftest import SEEDS, needs_shared, seed
from tests.helpers import ROOT

EVENTS = parse_config((ROOT / "storage" / "default_config.toml").read_text()).events
NOW = "2026-11-21T06:00:00+00:00"


def store(db, text, name="x"):
    article = article_from_document(text, name=name, fetched_at=NOW)
    return store_article(db, article, EVENTS, run_id="test", now=NOW)


def statuses(stored):
    return [(f.value, f.unit, f.status) for f in stored.figures]


@needs_shared(SEEDS)
def test_same_release_from_two_outlets_flags_nothing_new():
    db = open_db(memory=True)
    first = store(db, seed("002").read_text())
    second = store(db, seed("004").read_text())
    assert (first.event, first.edition) == (second.event, second.edition) == ("wimc", 2020)
    assert {f.status for f in first.figures} == {"new"}
    assert second.figures and {f.status for f in second.figures} == {"known"}
    assert all(f.previous_article == first.figures[0].article_id for f in second.figures)


@needs_shared(SEEDS)
def test_reimporting_never_reflags():
    db = open_db(memory=True)
    store(db, seed("002").read_text())
    again = store(db, seed("002").read_text())
    assert not again.is_new and {f.status for f in again.figures} == {"new"}
    assert len(query_figures(db)) == len(again.figures)


def test_changed_figure_points_to_the_earlier_value():
    db = open_db(memory=True)
    store(db, "HEFEI, Nov. 16 (Xinhua) -- The 2021 World Manufacturing Convention will host about 800 guests "
              "from home and abroad, organizers said.")
    later = store(db, "HEFEI, Nov. 22 (Xinhua) -- The 2021 World Manufacturing Convention closed after hosting "
                      "about 1,400 guests, organizers said.")
    (fig,) = later.figures
    assert (fig.value, fig.status, fig.previous_value) == (1400, "changed", 800)


def test_other_edition_or_event_does_not_count_as_known():
    db = open_db(memory=True)
    store(db, "HEFEI, Sept. 24, 2019 -- The 2019 World Manufacturing Convention signed 638 projects.")
    other_year = store(db, "HEFEI, Sept. 24, 2022 -- The 2022 World Manufacturing Convention signed 638 projects.")
    other_event = store(db, "NANJING, Dec. 8, 2019 -- The 2019 World Intelligent Manufacturing Conference "
                            "signed 638 projects.")
    assert statuses(other_year) == [(638, "count", "new")]
    assert statuses(other_event) == [(638, "count", "new")]


def test_article_about_no_event_adds_no_figures():
    db = open_db(memory=True)
    stored = store(db, "NANJING, Sept. 12, 2024 -- A software fair in Nanjing drew 500 exhibitors.")
    assert stored.event == "" and stored.figures == [] and query_figures(db) == []


@pytest.mark.parametrize("title,text,date,event,edition,evidence", [
    ("WMC 2019 closes", "It closed in Hefei.", "2019-09-24", "wmc", 2019, "text: WMC 2019"),
    # the abbreviation in a Chinese story, whose city stands among other characters
    ("WMC 2035闭幕", "WMC 2035今日在合肥闭幕，参展企业1568家。", "2035-09-23", "wmc", 2035, "text: WMC 2035"),
    ("Hefei hosts convention", "The 2023 World Manufacturing Convention opened.", "2023-09-25", "wmc", 2023,
     "text: 2023 World Manufacturing Convention"),
    ("Conference ends", "The World Intelligent Manufacturing Conference ended.", "2025-01-05", "wimc", 2024, "date"),
    # an early article that looks forward is about this year's edition; one that looks back, last year's
    ("Nanjing prepares", "This year's World Intelligent Manufacturing Conference will be held in Nanjing in December.",
     "2035-06-10", "wimc", 2035, "date"),
    ("智能制造大会筹备", "今年的世界智能制造大会将于12月在南京举办。", "2035-06-10", "wimc", 2035, "date"),
    ("Nanjing recap", "The World Intelligent Manufacturing Conference, which closed in December, signed 152 projects. "
     "The next edition will be held in Nanjing in December.", "2035-01-10", "wimc", 2034, "date"),
    ("Summit ends", "The World Intelligent Manufacturing Summit closed in Nanjing.", "2018-10-15", "wimc", 2018,
     "date"),
    ("世界制造业大会开幕", "大会在合肥开幕。", "2024-09-20", "wmc", 2024, "date"),
    # the conference's expo is the conference, in either language
    ("智能制造博览会人气旺", "在2025世界智能制造博览会现场，318家企业携最新产品亮相。", "2025-11-30", "wimc", 2025,
     "text: 2025世界智能制造博览会"),
    ("Robots at the Nanjing expo", "The World Intelligent Manufacturing Expo opened in Nanjing.", "2025-11-28", "wimc",
     2025, "date"),
    # a shared name in the title counts only with its event's context; the named event of the text wins
    ("Nanjing hosts world manufacturing conference", "The 2024 World Intelligent Manufacturing Conference closed "
     "in Nanjing on Sunday.", "2024-12-23", "wimc", 2024, "text: 2024 World Intelligent Manufacturing Conference"),
    ("World manufacturing conference opens in Hefei", "Delegates gathered in Anhui's capital.", "2025-09-20", "wmc",
     2025, "date"),
    # both events named: the one whose city and province are in the story is the one it covers
    ("Hefei convention draws robot makers", "Exhibitors who were at the World Intelligent Manufacturing Conference "
     "last year came to the World Manufacturing Convention in Hefei, Anhui.", "2024-09-21", "wmc", 2024, "date"),
    # an edition named as history is no evidence of the one covered; the dated one, when named, is
    ("Hefei gets ready", "Since the first World Manufacturing Convention in 2018, Hefei has grown. This year's "
     "convention opens on Friday.", "2021-11-17", "wmc", 2021, "date"),
    ("Hefei gets ready", "Since the 2019 World Manufacturing Convention, Hefei has grown.", "2021-11-17", "wmc",
     2021, "date"),
    ("Hefei gets ready", "The 2019 World Manufacturing Convention drew 4,500 guests; the 2021 World Manufacturing "
     "Convention opens on Friday.", "2021-11-17", "wmc", 2021, "text: 2021 World Manufacturing Convention"),
    # a text about another edition than its date's names that one
    ("A look back", "The 2019 World Manufacturing Convention signed 638 projects.", "2021-11-17", "wmc", 2019,
     "text: 2019 World Manufacturing Convention"),
])
def test_attribution(title, text, date, event, edition, evidence):
    found = attribute(title, text, date, EVENTS)
    assert (found.event, found.edition, found.edition_from) == (event, edition, evidence)


@pytest.mark.parametrize("title,text", [
    ("WMC 2019 closes", "The water meeting closed."),  # an abbreviation without the event's city
    ("WIMC opens in Hefei", "Exhibitors arrived."),  # the other event's city is not context for WIMC
    ("Nanjing software expo opens", "The World Software Conference opened in Nanjing."),
    ("Manufacturing forum", "The World Manufacturing Forum met in Italy."),
    ("World Manufacturing Conference in Detroit", "Carmakers met at the conference."),  # a shared name, no context
])
def test_look_alikes_are_not_the_events(title, text):
    assert attribute(title, text, "2024-09-20", EVENTS) is None


def test_the_name_outlets_give_both_events_is_the_one_whose_place_the_story_names():
    # "World Manufacturing Conference" is said of the Nanjing conference as well as of the Hefei convention
    nanjing = attribute("Nanjing hosts world manufacturing conference", "The World Manufacturing Conference 2031 "
                        "opened in Nanjing, Jiangsu, with 612 enterprises.", "2031-11-20", EVENTS)
    hefei = attribute("Hefei hosts world manufacturing conference", "The World Manufacturing Conference opened in "
                      "Hefei with 1,612 enterprises.", "2031-09-20", EVENTS)
    assert (nanjing.event, nanjing.edition, hefei.event, hefei.edition) == ("wimc", 2031, "wmc", 2031)
    # a story that names both places does not tell which one it means
    assert attribute("Manufacturing shows compared", "The World Manufacturing Conference drew 612 enterprises; "
                     "Nanjing and Hefei both bid for it.", "2031-10-20", EVENTS) is None


def test_abbreviation_matches_only_as_a_word():
    assert attribute("Swimclub news", "The swimclub met in Hefei.", "2024-09-20", EVENTS) is None
    assert attribute("WMCA news", "The WMCA2024 team met in Hefei.", "2024-09-20", EVENTS) is None


def test_the_events_name_in_the_plural_names_the_event():
    found = attribute("Hefei's track record", "HEFEI -- The previous eight World Manufacturing Conventions signed "
                      "4,194 projects, officials said ahead of this year's edition.", "2026-09-18", EVENTS)
    assert (found.event, found.edition) == ("wmc", 2026)


def test_abbreviation_with_its_year_attached_names_the_edition():
    found = attribute("WIMC2025 closes", "NANJING -- WIMC2025 closed on Sunday.", "2025-11-30", EVENTS)
    assert (found.event, found.edition) == ("wimc", 2025) and found.edition_from.endswith("WIMC2025")


def test_raw_text_with_dateline_stores_figures():
    db = open_db(memory=True)
    article = article_from_text("HEFEI, China, Sept. 21, 2024 /PRNewswire/ -- The 2024 World Manufacturing "
                                "Convention drew 1,100 exhibitors.", fetched_at=NOW)
    stored = store_article(db, article, EVENTS, run_id="t", now=NOW)
    assert statuses(stored) == [(1100, "count", "new")]


def test_an_article_whose_figures_cannot_be_written_is_not_stored_at_all(tmp_path):
    """store_article is one transaction: a failure part-way (here the figures table refuses writes, as a full
    disk would) leaves no article behind that a later run would take as already done."""
    import sqlite3

    from extract.records import Article

    db = open_db(tmp_path)
    db.execute("create trigger refuse before insert on figures begin select raise(abort, 'disk full'); end")
    article = Article(id="a1", url="https://example.com/a1", canonical_url="https://example.com/a1",
                      site="example.com", outlet="Example", credit="", title="WIMC 2024 opens in Nanjing",
                      date="2024-11-28", published_at="", language="en", content_hash="h", fetched_at="", source="",
                      text="The World Intelligent Manufacturing Conference opened in Nanjing with 263 companies "
                      "exhibiting.")
    with pytest.raises(sqlite3.IntegrityError):
        store_article(db, article, EVENTS, run_id="r1", now="2024-11-29T00:00:00+00:00")
    assert db["articles"].count == 0 and db["article_events"].count == 0 and db["figures"].count == 0
    db.execute("drop trigger refuse")
    stored = store_article(db, article, EVENTS, run_id="r1", now="2024-11-29T00:00:00+00:00")
    assert stored.is_new and db["articles"].count == 1 and db["figures"].count >= 1


def test_seed_000_is_filed_under_wimc_2024_with_the_packaged_configuration():
    from tests.conftest import SEEDS, seed

    if not SEEDS.exists():
        pytest.skip("seed articles not present")
    article = article_from_document(seed("000").read_text(), name="000", fetched_at="x")
    found = attribute(article.title, article.text, article.date, EVENTS)
    assert (found.event, found.edition) == ("wimc", 2024)
