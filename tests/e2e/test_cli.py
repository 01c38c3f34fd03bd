"""The confwatch command as a user runs it, on temporary data directories."""
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from extract.metrics import SCOPES
from tests.conftest import SEEDS, needs_shared, seed
from tests.helpers import LISTING_PATHS, ROOT, SAMPLE_ARTICLES, confwatch, demo_config


def rows(db_path):
    with sqlite3.connect(db_path) as conn:
        cols = "id, url, canonical_url, site, outlet, credit, title, date, published_at, text, content_hash, first_seen_at"
        return conn.execute(f"select {cols} from articles order by id").fetchall()


def test_run_twice_is_idempotent_and_fetches_no_article_again(tmp_path, sample_site):
    cfg = demo_config(tmp_path, sample_site.proxy)
    data = tmp_path / "data"
    first = confwatch("--data", str(data), "--config", str(cfg), "run")
    assert first.returncode == 0, first.stderr
    assert f"{SAMPLE_ARTICLES} new articles" in first.stderr
    before = rows(data / "confwatch.db")
    first_requests = len(sample_site.requested)
    second = confwatch("--data", str(data), "--config", str(cfg), "run", "--json")
    assert second.returncode == 0, second.stderr
    after = rows(data / "confwatch.db")
    assert before == after and len(after) == SAMPLE_ARTICLES
    again = sample_site.requested[first_requests:]
    assert again, "the second run fetched nothing at all"
    # no article page, no off-topic page, no search link is fetched again: only listings and search answers
    assert all(path.startswith(LISTING_PATHS) for _, path in again), again
    run = json.loads(second.stdout)
    counts = run["sources"].values()
    assert sum(c.get("new", 0) + c.get("rejected", 0) + c.get("errors", 0) for c in counts) == 0
    # feeds and sitemaps were asked conditionally and answered 304 Not Modified
    assert run["sources"]["people-china"].get("not_modified") == 1
    assert run["sources"]["globaltimes-sitemap"].get("not_modified") == 2  # the index is read, its sitemaps not


def test_demo_prints_where_the_digest_is(tmp_path):
    result = confwatch("demo", "--data", str(tmp_path / "demo"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    digest = tmp_path / "demo" / "digests"
    # two days: yesterday's crawl of some sources, today's of all; the printed digest is today's
    today = max(digest.glob("*.md"))
    assert len(list(digest.glob("*.md"))) == 2 and str(today.name) in result.stdout
    text = today.read_text()
    assert "## World Intelligent Manufacturing Conference" in text and "## World Manufacturing Convention" in text
    assert "Nanjing manufacturing conference draws 263 companies" in text
    # yesterday's Chinese closing report refined the opening day's 'more than 240'; today's English reports of
    # the same count (as exhibitors, or as the companies the conference gathered) confirm it
    yesterday = min(digest.glob("*.md")).read_text()
    assert "263家 exhibitors (refined, was more than 240)" in yesterday
    assert "**exhibitors**: 263 (confirmed;" in text and "**companies**" not in text
    # an edition first seen today is one baseline line, not a list of every figure
    assert "Baseline:" in text and "`confwatch metrics --event" in text
    # a second demo into the same directory starts afresh
    again = confwatch("demo", "--data", str(tmp_path / "demo"), cwd=tmp_path)
    assert again.returncode == 0 and str(today.name) in again.stdout
    with sqlite3.connect(tmp_path / "demo" / "confwatch.db") as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == SAMPLE_ARTICLES


def test_demo_refuses_a_directory_it_did_not_create(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    result = confwatch("demo", "--data", str(tmp_path / "mine"), cwd=tmp_path)
    assert result.returncode == 2 and "not empty" in result.stderr
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


@needs_shared(SEEDS)
def test_import_seeds_then_export_round_trip(tmp_path):
    data = str(tmp_path / "data")
    paths = [str(seed(p)) for p in ("000", "001", "002", "003", "004")]
    result = confwatch("--data", data, "import", *paths, "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["new"]) == 5
    listed = json.loads(confwatch("--data", data, "articles", "--json").stdout)
    # listed in publication order, oldest first, whatever the order of the files on the command line
    assert [a["date"] for a in listed] == ["2020-11-28", "2020-11-30", "2021-11-21", "2023-09-25", "2024-12-23"]
    out = tmp_path / "out"
    assert confwatch("--data", data, "export", "--out", str(out)).returncode == 0
    exported = {p.read_text() for p in out.glob("*.txt")}
    for prefix in ("000", "001"):
        assert seed(prefix).read_text() in exported
    # re-importing changes nothing
    again = confwatch("--data", data, "import", *paths, "--json")
    assert json.loads(again.stdout)["new"] == [] and len(json.loads(again.stdout)["updated"]) == 5
    assert len(json.loads(confwatch("--data", data, "articles", "--json").stdout)) == 5


@needs_shared(SEEDS)
def test_import_reports_bad_files_by_name_and_keeps_going(tmp_path):
    data = str(tmp_path / "data")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0" * 100)
    result = confwatch("--data", data, "import", str(empty), str(seed("000")), str(tmp_path / "missing.txt"),
                       str(binary), str(seed("001")))
    assert result.returncode == 1
    for name in ("empty.txt", "missing.txt", "image.txt"):
        assert name in result.stderr
    assert "imported 2 new" in result.stderr


def test_export_json_and_jsonl(tmp_path):
    data = str(tmp_path / "data")
    page = tmp_path / "page.txt"
    page.write_text("HEFEI, Sept. 20 (Xinhua) -- The 2024 World Manufacturing Convention opened in Hefei on Friday.\n")
    assert confwatch("--data", data, "import", str(page)).returncode == 0
    as_json = json.loads(confwatch("--data", data, "export", "--format", "json").stdout)
    assert as_json[0]["credit"] == "Xinhua" and as_json[0]["title"].startswith("The 2024 World Manufacturing")
    assert as_json[0]["date"] == "2024-09-20"
    lines = confwatch("--data", data, "export", "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["id"] == as_json[0]["id"]


def test_invalid_configuration_names_file_and_key(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[events]]\nid = "wmc"\nname = "World Manufacturing Convention"\nmonth = 13\n')
    result = confwatch("--config", str(bad), "--data", str(tmp_path / "d"), "run")
    assert result.returncode == 2
    assert str(bad) in result.stderr and "events[0].month" in result.stderr
    bad.write_text('[[events]]\nid = "x"\nname = "X"\nmonth = 9\n[[sources]]\nname = "a"\ntype = "ftp"\nurl = "x"\n')
    result = confwatch("--config", str(bad), "--data", str(tmp_path / "d"), "run")
    assert result.returncode == 2 and "sources[0].type" in result.stderr
    missing = confwatch("--config", str(tmp_path / "nope.toml"), "run")
    assert missing.returncode == 2 and "nope.toml" in missing.stderr


def test_status_shows_runs(tmp_path, sample_site):
    cfg = demo_config(tmp_path, sample_site.proxy)
    data = str(tmp_path / "data")
    confwatch("--data", data, "--config", str(cfg), "run")
    status = json.loads(confwatch("--data", data, "status", "--json").stdout)
    assert status["articles"] == SAMPLE_ARTICLES
    assert status["runs"][0]["kind"] == "crawl" and status["runs"][0]["status"] == "ok"
    assert status["running_pid"] is None
    wimc_2020 = next(e for e in status["events"] if (e["event"], e["edition"]) == ("wimc", 2020))
    # the WIMC site's report and the PR Newswire release with its Morningstar reprint
    assert wimc_2020["articles"] == 3 and wimc_2020["figures"] > wimc_2020["new"] > 0
    assert status["rejected_pages"] == 2 and status["unreviewed_flags"] > 0
    assert status["last_digest"]["sent_at"] == ""
    run = status["runs"][0]
    assert run["duration_s"] >= 0 and run["new"] == SAMPLE_ARTICLES and run["failed_sources"] == []
    assert run["sources"]["gdelt"]["rejected"] == 2 and run["sources"]["people-china"]["new"] > 0
    assert [j["id"] for j in status["next"]] == ["crawl-1", "digest"] and status["scheduler_pid"] is None
    text = confwatch("--data", data, "--config", str(cfg), "status").stdout
    assert text.startswith(f"data directory {data}: {SAMPLE_ARTICLES} articles")
    assert "no run in progress; no scheduler running" in text and "times below are in Asia/Shanghai" in text
    assert "next: crawl-1 " in text
    assert f"{SAMPLE_ARTICLES} new, 0 errors" in text
    # the per-source table of the latest crawl: each source with its counters
    gdelt_line = next(line for line in text.splitlines() if line.startswith("gdelt "))
    assert gdelt_line.split()[1:] == [str(run["sources"]["gdelt"][k]) for k in (
        "requests", "candidates", "filtered", "known", "over_limit", "rejected", "new", "errors")]
    missing = confwatch("--data", str(tmp_path / "elsewhere"), "status")
    assert missing.returncode == 2 and "no database" in missing.stderr and "CONFWATCH_DATA" in missing.stderr


def test_figures_command_json_keys_and_filters(tmp_path, sample_site):
    cfg = demo_config(tmp_path, sample_site.proxy)
    data = str(tmp_path / "data")
    confwatch("--data", data, "--config", str(cfg), "run")
    rows = json.loads(confwatch("--data", data, "--config", str(cfg), "figures", "--json").stdout)
    assert rows and set(rows[0]) == {"article", "url", "surface", "value", "unit", "noun", "metric", "scope",
                                     "qualifier", "event", "edition", "status", "kind", "previous", "sentence",
                                     "place", "headline", "start", "end"}
    assert all(r["metric"] and r["scope"] in SCOPES for r in rows)
    wimc_2020 = json.loads(confwatch("--data", data, "--config", str(cfg), "figures", "--event", "wimc",
                                     "--edition", "2020", "--json").stdout)
    assert {r["event"] for r in wimc_2020} == {"wimc"} and {r["edition"] for r in wimc_2020} == {2020}
    assert any(r["value"] == 53.63e9 and r["unit"] == "CNY" for r in wimc_2020)
    # the 2023 release and its reprint: one of the two carries only known figures
    wmc_2023 = json.loads(confwatch("--data", data, "--config", str(cfg), "figures", "--event", "wmc",
                                    "--edition", "2023", "--json").stdout)
    by_article = {}
    for r in wmc_2023:
        by_article.setdefault(r["article"], set()).add(r["status"])
    assert sorted(map(sorted, by_article.values())) == [["known"], ["new"]]
    bad = confwatch("--data", data, "--config", str(cfg), "figures", "--event", "nope")
    assert bad.returncode == 2 and "nope" in bad.stderr


def test_second_run_while_one_holds_the_data_dir_exits_75(tmp_path, sample_site):
    from jobs.lock import RunLock

    cfg = demo_config(tmp_path, sample_site.proxy)
    data = tmp_path / "data"
    with RunLock(data):
        blocked = confwatch("--data", str(data), "--config", str(cfg), "run")
        status = json.loads(confwatch("--data", str(data), "status", "--json").stdout)
    assert status["running_pid"] == os.getpid()
    assert blocked.returncode == 75
    assert "another confwatch run" in blocked.stderr and str(os.getpid()) in blocked.stderr
    # the lock dies with its holder: a run after it proceeds
    assert confwatch("--data", str(data), "--config", str(cfg), "run").returncode == 0


def _crawl_processes_for(data: Path, parent: int | None = None) -> dict[int, list[str]]:
    """Crawl processes for a data directory; with parent, only those that process started (a crawl process's
    own forks, its extraction workers, carry its command line too)."""
    found = {}
    for entry in Path("/proc").iterdir():
        try:
            args = (entry / "cmdline").read_bytes().decode().split("\0") if entry.name.isdigit() else []
            # the parent's pid is the field after the parenthesised command name
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) if args else 0
        except (OSError, IndexError, ValueError):
            continue
        if "crawler.run" in args and str(data) in args and (parent is None or ppid == parent):
            found[int(entry.name)] = args
    return found


def test_run_starts_one_crawl_process_at_once_and_none_outlives_a_refused_run(tmp_path, sample_site):
    """The crawl process starts with the command (its start overlaps the command's own) and is the one that
    crawls; a run refused for a usage error or a held lock leaves no crawl process behind."""
    import time

    from jobs.lock import RunLock

    cfg = demo_config(tmp_path, sample_site.proxy)
    data = tmp_path / "data"
    exe = Path(sys.executable).with_name("confwatch")
    run = subprocess.Popen([str(exe), "--data", str(data), "--config", str(cfg), "run", "--quiet"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    seen: dict[int, list[str]] = {}
    while run.poll() is None:
        seen.update(_crawl_processes_for(data, parent=run.pid))
        time.sleep(0.01)
    assert run.returncode == 0, run.stderr.read()
    assert len(seen) == 1 and "--arguments-from-input" in next(iter(seen.values()))
    assert json.loads(confwatch("--data", str(data), "articles", "--json").stdout)
    bad = confwatch("--data", str(data), "--config", str(cfg), "run", "--no-such-option")
    assert bad.returncode == 2
    with RunLock(data):
        assert confwatch("--data", str(data), "--config", str(cfg), "run").returncode == 75
    deadline = time.monotonic() + 10
    while _crawl_processes_for(data) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _crawl_processes_for(data) == {}


def test_lock_of_a_killed_process_does_not_block(tmp_path, sample_site):
    import subprocess
    import sys

    data = tmp_path / "data"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from jobs.lock import RunLock\n"
                               f"with RunLock({str(data)!r}):\n    print('held', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True, cwd=str(ROOT))
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    cfg = demo_config(tmp_path, sample_site.proxy)
    assert confwatch("--data", str(data), "--config", str(cfg), "run").returncode == 0


def test_figures_review_from_the_command_line(tmp_path, sample_site):
    cfg = demo_config(tmp_path, sample_site.proxy)
    data = str(tmp_path / "data")
    confwatch("--data", data, "--config", str(cfg), "run")
    unreviewed = json.loads(confwatch("--data", data, "figures", "--unreviewed", "--json").stdout)
    assert unreviewed and all(f["review"] == "" and f["status"] in ("new", "changed") for f in unreviewed)
    first, second = unreviewed[0]["id"], unreviewed[1]["id"]
    assert confwatch("--data", data, "figures", "confirm", first).stdout.strip() == f"confirmed {first}"
    rejected = confwatch("--data", data, "figures", "reject", second, "--reason", "misread unit")
    assert rejected.returncode == 0
    after = {f["id"]: f for f in json.loads(confwatch("--data", data, "figures", "--json", "--with-review").stdout)}
    assert (after[first]["review"], after[second]["review"]) == ("confirmed", "rejected")
    left = json.loads(confwatch("--data", data, "figures", "--unreviewed", "--json").stdout)
    assert len(left) == len(unreviewed) - 2
    bad = confwatch("--data", data, "figures", "reject", "no-such-id")
    assert bad.returncode == 2 and "no figure with id no-such-id" in bad.stderr


def test_digest_command_formats_and_json(tmp_path, sample_site):
    cfg = demo_config(tmp_path, sample_site.proxy)
    data = str(tmp_path / "data")
    # crawled at 07:00 Shanghai time, before the 07:30 digest time: the 21st's digest reports it
    confwatch("--data", data, "--config", str(cfg), "run", env={"CONFWATCH_NOW": "2026-11-21T07:00:00+08:00"})
    env = {"CONFWATCH_NOW": "2026-11-21T08:00:00+08:00"}
    paths = confwatch("--data", data, "--config", str(cfg), "digest", env=env).stdout.split()
    assert [p.rsplit("/", 1)[1] for p in paths] == ["2026-11-21.md", "2026-11-21.html", "feed.xml"]
    model = json.loads(confwatch("--data", data, "--config", str(cfg), "digest", "--json", env=env).stdout)
    wimc = next(e for e in model["events"] if e["id"] == "wimc")
    # more than 240 exhibitors at the opening, 263 at the close
    assert any(r["status"] == "changed" for ed in wimc["editions"] for r in ed["rows"] + ed["other"])
    folded = [a for e in model["events"] for a in e["articles"] if a["reprints"]]
    assert {r["outlet"] for a in folded for r in a["reprints"]} == {"Morningstar", "The Korea Herald"}
    text = confwatch("--data", data, "--config", str(cfg), "digest", "--format", "text", env=env).stdout
    assert text.startswith("confwatch digest for 2026-11-21") and "<" not in text.split("SOURCE HEALTH")[0]
    unsent = confwatch("--data", data, "--config", str(cfg), "digest", "--send", env=env)
    assert unsent.returncode == 1 and "[mail] enabled = false" in unsent.stderr
    # a day whose window has not begun is refused, and no file or feed entry is written for it
    feed = (tmp_path / "data" / "digests" / "feed.xml").read_text()
    future = confwatch("--data", data, "--config", str(cfg), "digest", "--date", "2030-01-01", env=env)
    assert future.returncode == 2 and "2030-01-01" in future.stderr and "has not started" in future.stderr
    assert not (tmp_path / "data" / "digests" / "2030-01-01.md").exists()
    assert (tmp_path / "data" / "digests" / "feed.xml").read_text() == feed


def test_browse_needs_datasette_or_says_how_to_get_it(tmp_path):
    import importlib.util

    if importlib.util.find_spec("datasette") is not None:
        pytest.skip("datasette is installed here")
    result = confwatch("--data", str(tmp_path), "browse", "--no-open")
    assert result.returncode == 2 and "make browse" in result.stderr and "pip install -e '.[browse]'" in result.stderr


def test_quiet_run_prints_one_line_and_old_logs_are_pruned(tmp_path, sample_site):
    cfg = demo_config(tmp_path, sample_site.proxy)
    cfg.write_text(cfg.read_text().replace("[crawl]\n", "[crawl]\nkeep_logs = 2\n", 1))
    data = tmp_path / "data"
    for _ in range(3):
        result = confwatch("--data", str(data), "--config", str(cfg), "run", "--quiet")
        assert result.returncode == 0, result.stderr
        assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("confwatch: run ok:")
    logs = sorted(p.name for p in (data / "logs").glob("crawl-*.log"))
    runs = [r["id"] for r in json.loads(confwatch("--data", str(data), "status", "--json").stdout)["runs"]]
    assert logs == sorted(f"crawl-{r}.log" for r in runs[:2])  # the two newest runs' logs


def cron_command(tmp_path: Path, cfg: Path) -> tuple[dict, str]:
    """The crontab line of docs/operations.md: its environment lines and its command, with the documented
    paths replaced by this checkout's and a test data directory."""
    block = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8").split("```cron\n", 1)[1].split("```")[0]
    env = dict(line.split("=", 1) for line in block.splitlines() if "=" in line.split()[0] and line[0] != "#")
    line = next(line for line in block.splitlines() if line[:1].isdigit())
    command = line.split(None, 5)[5]
    exe = str(Path(sys.executable).with_name("confwatch"))
    command = (command.replace(".venv/bin/confwatch", exe).replace("/opt/confwatch", str(ROOT))
               .replace("/var/lib/confwatch", str(tmp_path / "data"))
               .replace("/etc/confwatch/confwatch.toml", str(cfg)))
    return env, command


def test_the_documented_crontab_line_works_under_crons_environment(tmp_path, sample_site):
    env, command = cron_command(tmp_path, demo_config(tmp_path, sample_site.proxy))
    # what cron gives a job: a bare environment, /bin/sh, the crontab's own variables
    cron_env = {"PATH": "/usr/bin:/bin", "SHELL": "/bin/sh", "HOME": str(tmp_path), "LOGNAME": "confwatch", **env}
    ran = subprocess.run(["/bin/sh", "-c", command], env=cron_env, capture_output=True, text=True, timeout=120,
                         stdin=subprocess.DEVNULL)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == ""  # nothing for cron to mail but the summary
    assert ran.stderr.startswith(f"confwatch: run ok: {SAMPLE_ARTICLES} new articles, 0 errors; digest ")
    assert ran.stderr.count("\n") == 1 and "\x1b" not in ran.stderr  # one line, no colour
    assert (tmp_path / "data" / "confwatch.db").exists() and list((tmp_path / "data" / "logs").glob("crawl-*.log"))

    from jobs.lock import RunLock

    with RunLock(tmp_path / "data"):
        locked = subprocess.run(["/bin/sh", "-c", command], env=cron_env, capture_output=True, text=True,
                                timeout=120, stdin=subprocess.DEVNULL)
    assert locked.returncode == 75 and locked.stderr.count("\n") == 1 and str(os.getpid()) in locked.stderr


def test_metrics_command_lists_each_measure_with_its_history(tmp_path, sample_site):
    data, cfg = str(tmp_path / "data"), demo_config(tmp_path, sample_site.proxy)
    assert confwatch("--data", data, "--config", str(cfg), "run").returncode == 0
    table = confwatch("--data", data, "--config", str(cfg), "metrics", "--event", "wimc")
    assert table.returncode == 0 and table.stdout.splitlines()[0].split()[:4] == ["event", "metric", "scope",
                                                                                   "latest"]
    rows = json.loads(confwatch("--data", data, "--config", str(cfg), "metrics", "--json").stdout)
    signed = [r for r in rows if (r["event"], r["edition"], r["metric"]) == ("wimc", 2020, "contract_value")]
    assert signed and signed[0]["latest"]["value"] == 53.63e9 and signed[0]["stories"] >= 1
    assert all(r["reports"] and r["scope"] in SCOPES for r in rows)
    bad = confwatch("--data", data, "--config", str(cfg), "metrics", "--event", "nope")
    assert bad.returncode == 2 and "nope" in bad.stderr
