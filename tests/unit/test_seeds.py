"""The seed articles define the record schema: reading, cleaning and writing them."""
import pytest

from extract.article import article_from_document
from extract.seedformat import format_seed
from tests.conftest import SEEDS, needs_shared, seed

pytestmark = needs_shared(SEEDS)
FETCHED = "2026-11-21T06:00:00+00:00"


def load(prefix):
    return article_from_document(seed(prefix).read_text(encoding="utf-8"), name=prefix, fetched_at=FETCHED)


@pytest.mark.parametrize("prefix,date,title,credit,outlet,published_at", [
    ("000", "2024-12-23", "Nanjing hosts world manufacturing conference highlighting new quality productive forces",
     "Global Times", "People's Daily Online", "2024-12-23T09:33:00+08:00"),
    ("001", "2021-11-21", "World Manufacturing Convention breathes new life into manufacturing sector",
     "Xinhua", "People's Daily Online", "2021-11-21T10:30:00+08:00"),
    ("002", "2020-11-28", "The 2020 World Intelligent Manufacturing Conference Concludes: 30 Key Projects Signed on "
     "Site with a Total Contract Amount of RMB 53.63 Billion", "", "", "2020-11-28"),
    ("003", "2023-09-25", "Hefei Hosts 2023 World Manufacturing Convention: Industry Titans Convene in Anhui",
     "PRNewswire", "The Korea Herald", "2023-09-25T20:20:00+09:00"),
    ("004", "2020-11-30", None, "PRNewswire", "", "2020-11-30"),
])
def test_seed_fields(prefix, date, title, credit, outlet, published_at):
    a = load(prefix)
    assert a.date == date
    if title:
        assert a.title == title
    assert a.credit == credit
    assert a.outlet == outlet
    assert a.published_at == published_at
    assert a.language == "en"


def test_seed_004_without_title_gets_its_lead_as_title():
    a = load("004")
    assert a.title.startswith("On November 28, the 2020 World Intelligent Manufacturing Conference")
    assert "PRNewswire" not in a.title


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_seed_round_trip_is_byte_exact(prefix):
    original = seed(prefix).read_text(encoding="utf-8")
    a = load(prefix)
    assert format_seed(a.date, a.title, a.text) == original


@pytest.mark.parametrize("prefix,furniture", [
    ("002", ["The Current Location", "2021 WIMC", "2021 WMIC", "Nanjing · China", "December 08-10"]),
    ("003", ["The Korea Herald", "피터빈트", "Link copied", "Published :", "By PRNEWSWIRE"]),
])
def test_raw_text_furniture_is_dropped(prefix, furniture):
    a = load(prefix)
    for line in furniture:
        assert line not in a.text, line


@pytest.mark.parametrize("prefix,must_start,must_end", [
    ("002", "On the morning of November 28, the 2020 World Intelligent",
     "bright and sustainable future for the intelligent manufacturing industry."),
    ("003", "HEFEI, China, Sept. 25, 2023 /PRNewswire/ -- The 2023 World Manufacturing Convention",
     "surpassing a significant one trillion yuan (approx. U$150 billion)."),
])
def test_raw_text_body_is_kept_whole(prefix, must_start, must_end):
    a = load(prefix)
    assert a.text.startswith(must_start)
    assert a.text.endswith(must_end)
    assert "\n\n" in a.text and "\n\n\n" not in a.text


def test_raw_text_keeps_a_repeated_caption_once():
    a = load("003")
    assert a.text.count("Opening Ceremony for 2023 World Manufacturing Convention") == 1


def test_ids_are_stable_and_distinct():
    ids = [load(p).id for p in ("000", "001", "002", "003", "004")]
    assert len(set(ids)) == 5
    assert ids == [load(p).id for p in ("000", "001", "002", "003", "004")]
