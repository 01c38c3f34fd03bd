"""A new user's first hour: every command says what it does, refuses bad input clearly and creates nothing by
accident."""
import json
import os
import subprocess
import sys

import pytest

from jobs.samplesite import SampleSite
from tests.helpers import ROOT, SAMPLE_ARTICLES, confwatch, demo_config


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """A data directory after one crawl of the sample site, with its configuration and the run's output."""
    tmp = tmp_path_factory.mktemp("crawled")
    with SampleSite() as site:
        cfg = demo_config(tmp, site.proxy)
        data = tmp / "data"
        result = confwatch("--data", str(data), "--config", str(cfg), "run", "-v")
    assert result.returncode == 0, result.stderr
    return {"data": str(data), "config": str(cfg), "run": result}


def cw(crawled, *args, **kw):
    return confwatch("--data", crawled["data"], "--config", crawled["config"], *args, **kw)


def test_a_run_off_a_terminal_prints_no_progress_and_verbose_streams_the_crawl_log(crawled):
    run = crawled["run"]
    assert "crawling" not in run.stderr  # the live view is for terminals only
    assert "[scrapy.core.engine] INFO: Spider opened" in run.stderr  # -v: the crawl's own log
    header = run.stdout.splitlines()[1]
    assert "over limit" in header  # the columns add up to "found"


@pytest.mark.parametrize("query", ["53.63", "US$150", "AND", '"unclosed', "NEAR(", "*"])
def test_search_takes_what_a_user_types(crawled, query):
    result = cw(crawled, "articles", "--search", query)
    assert result.returncode == 0, result.stderr
    assert "syntax error" not in result.stderr


def test_search_finds_a_figure_and_raw_fts_errors_are_usage_errors(crawled):
    found = cw(crawled, "articles", "--search", "53.63", "--json")
    assert any("53.63" in a["text"] for a in json.loads(found.stdout))
    bad = cw(crawled, "articles", "--fts", "AND (")
    assert bad.returncode == 2 and "--fts" in bad.stderr and "--search" in bad.stderr
    prefix = cw(crawled, "articles", "--fts", "manufactur*", "--json")
    assert prefix.returncode == 0 and json.loads(prefix.stdout)


def test_articles_json_has_every_row_and_the_reprint_cluster(crawled):
    rows = json.loads(cw(crawled, "articles", "--json").stdout)
    assert len(rows) == SAMPLE_ARTICLES  # every row unless --limit
    reprints = [r for r in rows if "reprint_of" in r]
    assert reprints and all(r["cluster"] == r["reprint_of"] != r["id"] for r in reprints)
    assert {r["reprint_of"] for r in reprints} <= {r["id"] for r in rows}
    assert len(json.loads(cw(crawled, "articles", "--json", "--limit", "3").stdout)) == 3
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)  # publication order


@pytest.mark.parametrize("args,option", [
    (("articles", "--since", "garbage"), "--since"), (("articles", "--since", "2026-13-01"), "--since"),
    (("figures", "--since", "yesterday"), "--since"), (("export", "--since", "2026-02-30"), "--since"),
    (("articles", "--limit", "0"), "--limit"), (("articles", "--limit", "-1"), "--limit"),
    (("digest", "--date", "21/11/2026"), "--date"), (("status", "--runs", "0"), "--runs"),
    (("schedule", "--json"), "--json"), (("digest", "--format", "md", "--json"), "--json"),
    (("articles", "--search", "a", "--fts", "b"), "--fts"), (("run", "--quiet", "--verbose"), "--verbose"),
])
def test_bad_options_are_refused_naming_the_option(crawled, args, option):
    result = cw(crawled, *args)
    assert result.returncode == 2 and option in result.stderr, result.stderr


def test_reading_commands_on_a_missing_data_directory_say_so_and_create_nothing(tmp_path):
    missing = tmp_path / "data"
    for command in (["figures"], ["articles"], ["export"], ["metrics"], ["digest", "--format", "text"]):
        result = confwatch("--data", str(missing), *command, cwd=tmp_path)
        assert result.returncode == 2, (command, result.stderr)
        assert str(missing / "confwatch.db") in result.stderr and "--data demo-data" in result.stderr
        assert "confwatch run" in result.stderr
    assert not missing.exists()


def test_printing_a_digest_writes_nothing(crawled):
    digests = os.path.join(crawled["data"], "digests")
    before = {name: os.path.getmtime(os.path.join(digests, name)) for name in os.listdir(digests)}
    env = {"CONFWATCH_NOW": "2030-01-02T08:00:00+08:00"}
    text = cw(crawled, "digest", "--format", "text", env=env)
    as_json = cw(crawled, "digest", "--json", env=env)
    assert text.returncode == 0 and text.stdout.startswith("confwatch digest for 2030-01-02")
    assert json.loads(as_json.stdout)["day"] == "2030-01-02"
    assert {name: os.path.getmtime(os.path.join(digests, name)) for name in os.listdir(digests)} == before
    written = cw(crawled, "digest", "--format", "md", "--write", env=env)
    assert written.returncode == 0 and os.path.exists(os.path.join(digests, "2030-01-02.md"))


def test_tables_have_headers_human_qualifiers_and_plurals(crawled):
    figures = cw(crawled, "figures", env={"COLUMNS": "200"})
    header = figures.stdout.splitlines()[0].split()
    assert header[:4] == ["status", "event", "metric", "value"]
    assert "more than 240" in figures.stdout and "more_than" not in figures.stdout
    assert "refined (was more than 240)" in figures.stdout
    articles = cw(crawled, "articles", "--limit", "1")
    assert articles.stderr.strip() == "1 article" and articles.stdout.split()[:4] == ["published", "outlet",
                                                                                     "title", "id"]
    # a narrow terminal wraps cells instead of cutting them
    narrow = cw(crawled, "articles", "--search", "Manufacturing Conference", env={"COLUMNS": "72"})
    assert all(len(line) <= 72 for line in narrow.stdout.splitlines())
    assert "Manufacturin " not in narrow.stdout
    # a terminal too narrow for the figures table gets one block of lines per figure: every id and outlet whole
    listed = json.loads(cw(crawled, "figures", "--unreviewed", "--json").stdout)
    blocks = cw(crawled, "figures", "--unreviewed", env={"COLUMNS": "80"})
    assert all(len(line) <= 80 for line in blocks.stdout.splitlines())
    assert all(f"id         {f['id']}" in blocks.stdout for f in listed)
    assert blocks.stdout.count("\nstatus     ") == len(listed) - 1
    status = cw(crawled, "status")
    assert "times below are in Asia/Shanghai" in status.stdout and "+00:00" not in status.stdout.split("latest")[0]


def test_a_review_reason_is_kept_unless_replaced_and_shown(crawled):
    flagged = json.loads(cw(crawled, "figures", "--unreviewed", "--json").stdout)
    target = flagged[0]["id"]
    first = cw(crawled, "figures", "reject", target, "--reason", "a forecast, not a result", "--json")
    assert json.loads(first.stdout)[0]["reason"] == "a forecast, not a result"
    again = cw(crawled, "figures", "reject", target, "--json")
    assert json.loads(again.stdout)[0]["reason"] == "a forecast, not a result"
    listed = cw(crawled, "figures", env={"COLUMNS": "250"})
    assert "rejected: a forecast, not a result" in listed.stdout
    confirmed = cw(crawled, "figures", "confirm", target, "--reason", "checked with the organisers", "--json")
    (decision,) = json.loads(confirmed.stdout)
    assert (decision["figure_id"], decision["decision"], decision["reason"]) == \
        (target, "confirmed", "checked with the organisers")


def test_version_and_configuration_init_and_check(tmp_path):
    version = confwatch("--version")
    assert version.returncode == 0 and version.stdout.startswith("confwatch ")
    init = confwatch("config", "init", cwd=tmp_path)
    assert init.returncode == 0 and (tmp_path / "confwatch.toml").exists()
    again = confwatch("config", "init", cwd=tmp_path)
    assert again.returncode == 2 and "never overwrites" in again.stderr
    check = confwatch("config", "check", cwd=tmp_path)
    assert check.returncode == 0 and "configuration OK: confwatch.toml" in check.stdout
    packaged = confwatch("config", "check", cwd=tmp_path / "..")
    assert "packaged default" in packaged.stdout
    text = (tmp_path / "confwatch.toml").read_text()
    assert "\n[crawl]\n" in text
    (tmp_path / "confwatch.toml").write_text(text.replace("\n[crawl]\n", "\n[crawl]\ndelya = 2\n", 1))
    for command in (["config", "check"], ["figures"], ["articles"], ["export"], ["run"]):
        bad = confwatch("--data", str(tmp_path / "data"), *command, cwd=tmp_path)
        assert bad.returncode == 2 and "delya" in bad.stderr, (command, bad.stderr)


def test_the_demo_honours_the_global_data_directory_and_accepts_an_empty_one(tmp_path):
    empty = tmp_path / "mine"
    empty.mkdir()
    result = confwatch("demo", cwd=tmp_path, env={"CONFWATCH_DATA": str(empty)})
    assert result.returncode == 0, result.stderr
    assert (empty / "confwatch.db").exists() and not (tmp_path / "demo-data").exists()
    flag = confwatch("--data", str(tmp_path / "other"), "demo", cwd=tmp_path)
    assert flag.returncode == 0 and (tmp_path / "other" / "confwatch.db").exists()


def test_scrapy_crawl_refuses_an_unknown_source(tmp_path):
    result = subprocess.run([os.path.join(os.path.dirname(sys.executable), "scrapy"), "crawl", "feed", "-a",
                             "source=nosuch", "-s", f"CONFWATCH_DATA={tmp_path}"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2 and "-a source=nosuch" in result.stderr and "people-china" in result.stderr


def test_a_run_on_a_terminal_shows_a_live_line_per_source(tmp_path):
    """Under a pseudo-terminal (util-linux `script`), as a user at a shell sees it."""
    import shutil

    if shutil.which("script") is None:
        pytest.skip("util-linux script is not installed")
    with SampleSite() as site:
        cfg = demo_config(tmp_path, site.proxy)
        exe = os.path.join(os.path.dirname(sys.executable), "confwatch")
        command = f"{exe} --data {tmp_path / 'data'} --config {cfg} run"
        done = subprocess.run(["script", "-qec", command, "/dev/null"], capture_output=True, text=True,
                              timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-2000:]
    screen = done.stdout
    assert "crawling" in screen and "stored" in screen and "off-topic" in screen
    # the live lines count up: some frame shows a source with requests made but not all of them
    assert "people-china" in screen and f"{SAMPLE_ARTICLES} new articles" in screen


def test_a_saved_page_imports_as_if_fetched_from_its_address(tmp_path):
    from jobs.samplesite import sample_root

    saved = tmp_path / "saved.html"  # a page saved from a browser: nothing in it says where it came from
    html = (sample_root() / "english.news.cn/20211124/8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b/c.html").read_text()
    saved.write_text(html.replace("english.news.cn", "example.invalid"), encoding="utf-8")
    url = "http://english.news.cn/20211124/8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b/c.html"
    result = confwatch("--data", str(tmp_path / "data"), "import", str(saved), "--url", url)
    assert result.returncode == 0, result.stderr
    (article,) = json.loads(confwatch("--data", str(tmp_path / "data"), "articles", "--json").stdout)
    assert article["url"] == url and article["outlet"] == "Xinhua" and article["date"] == "2021-11-24"
    assert article["text"].startswith("HEFEI, Nov. 24 (Xinhua) --")
