"""The confwatch command line."""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import sys
from datetime import date, timedelta
from pathlib import Path

import click

from storage import clock
from jobs.config import Config, ConfigError, load_config, parse_config
from storage.db import StorageError, UnusableDatabase, open_db, open_read_only

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 75
DEMO_MARKER = ".confwatch-demo"
DEMO_LATER_SOURCES = ("people-china", "globaltimes", "globaltimes-sitemap", "gdelt", "bing-news")


@contextlib.contextmanager
def _pinned_clock(at: str):
    """Run with CONFWATCH_NOW set (the demo's yesterday), then restore the real clock."""
    before = os.environ.get("CONFWATCH_NOW")
    os.environ["CONFWATCH_NOW"] = at
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("CONFWATCH_NOW", None)
        else:
            os.environ["CONFWATCH_NOW"] = before


class State:
    current: "State | None" = None  # the invocation's state, for errors raised outside a command

    def __init__(self, data: str, config_path: str | None):
        self.data = data
        self.config_path = config_path
        State.current = self

    def config(self) -> Config:
        try:
            return load_config(self.config_path)
        except ConfigError as exc:
            fail(str(exc), EXIT_USAGE)

    def db(self):
        """The database, created when missing (for commands that store)."""
        try:
            return open_db(self.data)
        except StorageError as exc:
            fail(str(exc), EXIT_USAGE)

    def existing_db(self):
        """The database of a command that only reads: a data directory without one is an error, and nothing is
        created there."""
        from storage.db import db_path

        path = db_path(self.data)
        if not path.exists():
            fail(f"{path}: no database in this data directory; give the right one with --data DIR (the demo's is "
                 "--data demo-data) or CONFWATCH_DATA, or crawl first with `confwatch run`", EXIT_USAGE)
        return self.db()


def fail(message: str, code: int) -> None:
    click.echo(f"confwatch: error: {message}", err=True)
    sys.exit(code)


def emit_json(value) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


class _Date(click.ParamType):
    """A calendar date YYYY-MM-DD; anything else is a usage error naming the option."""
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, date) or value in ("", None):
            return value
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date written YYYY-MM-DD (such as 2026-11-21)", param, ctx)


DATE = _Date()


def _since(value) -> str:
    return value.isoformat() if value else ""


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _local(iso: str, tz: str) -> str:
    """An ISO time in the configured time zone, to the minute (the zone is named once, in a heading)."""
    from jobs.render import local_time

    return iso if not iso or iso.startswith("sending:") else local_time(iso, tz)


class _Listing:
    """Rows under named columns, printed as a table when it fits the terminal, else one block per row."""

    FIXED = ("id", "published", "event")  # ids, dates and editions are never broken

    def __init__(self, columns: tuple[str, ...]):
        self.columns = columns
        self.rows: list[tuple[str, ...]] = []

    def add_row(self, *cells: str) -> None:
        self.rows.append(cells)

    def narrowest(self) -> int:
        """The table's width with every wrappable cell wrapped at its longest word."""
        from rich.cells import cell_len

        widths = []
        for i, column in enumerate(self.columns):
            cells = [row[i] for row in self.rows]
            if column in self.FIXED:
                widths.append(max([cell_len(column), *(cell_len(c) for c in cells)]))
            else:
                words = [w for text in (column, *cells) for w in text.split()]
                widths.append(max(cell_len(w) for w in words))
        return sum(widths) + 2 * (len(widths) - 1)


def _print_table(listing: _Listing) -> None:
    """A table with a header row whose cells wrap at word boundaries (never cut) to the terminal's width; on a
    terminal too narrow for that, each row is a block of 'column  value' lines."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(width=shutil.get_terminal_size((120, 24)).columns, highlight=False, soft_wrap=False,
                      emoji=False, markup=False)
    if listing.narrowest() <= console.width:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
        for column in listing.columns:
            table.add_column(column, overflow="fold", no_wrap=column in listing.FIXED)
        for row in listing.rows:
            table.add_row(*row)
        console.print(table)
        return
    for n, row in enumerate(listing.rows):
        block = Table.grid(padding=(0, 2))
        block.add_column(style="bold", no_wrap=True)
        block.add_column(overflow="fold")
        for column, cell in zip(listing.columns, row):
            block.add_row(column, cell)
        if n:
            console.print()
        console.print(block)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(None, "--version", package_name="confwatch", message="confwatch %(version)s")
@click.option("--data", envvar="CONFWATCH_DATA", default="data", show_default=True,
              help="Data directory: database, digests and logs (env CONFWATCH_DATA).")
@click.option("--config", "config_path", default=None,
              help="Configuration file (default ./confwatch.toml, else the packaged default).")
@click.pass_context
def cli(ctx, data, config_path):
    """confwatch: monitor news of the WIMC and the WMC and report new figures."""
    ctx.obj = State(data, config_path)


def _print_run(run: dict, as_json: bool, quiet: bool = False, header: bool = True) -> None:
    if as_json:
        emit_json(run)
        return
    if quiet:
        return
    if header:
        click.echo(f"run {run['id']}: {run['status']}")
    click.echo(f"{'source':22} {'requests':>8} {'found':>6} {'skipped':>7} {'known':>6} {'over limit':>10} "
               f"{'off-topic':>9} {'new':>5} {'errors':>6}")
    for name, c in sorted(run["sources"].items()):
        note = " (not modified)" if c.get("not_modified") else (" (failed)" if c.get("failed") else "")
        click.echo(f"{name[:22]:22} {c.get('requests', 0):>8} {c.get('candidates', 0):>6} {c.get('filtered', 0):>7} "
                   f"{c.get('known', 0):>6} {c.get('over_limit', 0):>10} {c.get('rejected', 0):>9} "
                   f"{c.get('new', 0):>5} {c.get('errors', 0):>6}{note}")
    for err in run.get("errors", [])[:20]:
        click.echo(f"  error [{err['source']}] {err['url']}: {err['message']}", err=True)


def _run_pipeline(state: State, config: Config, *, proxy: str = "", as_json: bool = False,
                  quiet: bool = False, verbose: bool = False) -> int:
    from jobs.digest import DigestWriteError
    from jobs.lock import LockHeld
    from jobs.progress import CrawlProgress, on_terminal
    from jobs.runner import run_once, run_summary

    live = on_terminal() and not (quiet or as_json or verbose)
    log_sink = (lambda line: click.echo(line, err=True)) if verbose else None
    try:
        with contextlib.ExitStack() as stack:
            watch = stack.enter_context(CrawlProgress([s.name for s in config.enabled_sources()])) if live else None
            run = run_once(config, state.data, proxy=proxy, watch=watch, log_sink=log_sink)
    except LockHeld as exc:
        fail(str(exc), EXIT_LOCKED)
    except UnusableDatabase as exc:
        fail(str(exc), EXIT_USAGE)
    except (StorageError, DigestWriteError, OSError) as exc:
        fail(str(exc), EXIT_PARTIAL)
    except Interrupted as exc:
        fail(f"stopped by {exc}; the run is recorded as interrupted and the next run starts afresh",
             128 + exc.signum)
    _print_run(run, as_json, quiet)
    if quiet or as_json:
        for err in run["errors"]:
            if err["source"] in ("mail", "notify"):
                click.echo(f"confwatch: error: {err['message']}", err=True)
    click.echo(f"confwatch: {run_summary(run)}", err=True)
    return EXIT_OK if run["status"] == "ok" else EXIT_PARTIAL


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived during a run."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _interrupt(signum, frame) -> None:
    raise Interrupted(signum)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the run record as JSON.")
@click.option("--quiet", is_flag=True, help="Print only the one-line summary (on stderr), e.g. under cron.")
@click.option("-v", "--verbose", is_flag=True, help="Stream the crawl's log to stderr as it runs.")
@click.pass_obj
def run(state: State, as_json, quiet, verbose):
    """Crawl every enabled source once, store new articles, write the open digest (and e-mail the last one)."""
    if quiet and verbose:
        fail("--quiet and --verbose: give one of them", EXIT_USAGE)
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    sys.exit(_run_pipeline(state, state.config(), as_json=as_json, quiet=quiet, verbose=verbose))


@cli.command()
@click.option("--data", "demo_data", default=None,
              help="Data directory for the demo: empty, new, or holding an earlier demo (which is replaced). "
                   "Default: the global --data or CONFWATCH_DATA when given, else ./demo-data.")
@click.option("--json", "as_json", is_flag=True, help="Print the run record as JSON.")
@click.pass_context
def demo(ctx, demo_data, as_json):
    """Serve the bundled sample site on 127.0.0.1 and run the whole pipeline on it, offline."""
    from click.core import ParameterSource

    from jobs.samplesite import SampleSite, sample_root

    state: State = ctx.obj
    given = ctx.parent.get_parameter_source("data") in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT)
    target = Path(demo_data or (state.data if given else "demo-data"))
    if target.exists() and not target.is_dir():
        fail(f"{target} is a file, not a directory; choose another with --data", EXIT_USAGE)
    if target.exists() and any(target.iterdir()):
        if not (target / DEMO_MARKER).exists():
            fail(f"{target} is not empty and holds no earlier demo (it may be real data); choose an empty or new "
                 "directory with --data", EXIT_USAGE)
        shutil.rmtree(target)
    target.mkdir(parents=True, exist_ok=True)
    (target / DEMO_MARKER).write_text("created by confwatch demo; safe to delete\n")
    config_file = sample_root() / "demo.toml"
    text = config_file.read_text(encoding="utf-8")
    config = parse_config(text, str(config_file))
    # Two days, so that the digest shows what a day adds to what was known: yesterday a crawl of some sources
    # (the ledger's baseline), today a crawl of all of them.
    first_day = target / "demo-yesterday.toml"
    first_day.write_text(re.sub(rf'(name = "(?:{"|".join(DEMO_LATER_SOURCES)})")', r"\1\nenabled = false", text),
                         encoding="utf-8")
    yesterday = (clock.now() - timedelta(days=1)).isoformat(timespec="seconds")
    with SampleSite() as site:
        click.echo(f"sample site serving on {site.proxy}", err=True)
        with _pinned_clock(yesterday):
            click.echo(f"yesterday ({yesterday[:10]}): some sources", err=True)
            code = _run_pipeline(State(str(target), str(first_day)), parse_config(first_day.read_text(), str(first_day)),
                                 proxy=site.proxy, as_json=as_json)
        click.echo("today: every source", err=True)
        code = max(code, _run_pipeline(State(str(target), str(config_file)), config, proxy=site.proxy,
                                       as_json=as_json))
    from jobs.digest import open_day

    digest = target / "digests" / f"{open_day(config).isoformat()}"
    if not as_json:
        click.echo(f"\ndigest written to {digest}.md and {digest}.html")
    sys.exit(code)


@cli.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--url", default="", help="With one saved page: the address it was fetched from; it is read as if "
              "fetched there (its outlet's rules apply).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_obj
def import_(state: State, paths, url, as_json):
    """Import seed-format files, raw page text or saved HTML, in the order given."""
    from jobs.transfer import import_files

    if url and (len(paths) != 1 or not url.startswith(("http://", "https://"))):
        fail("--url goes with one saved page and must be an http(s) address", EXIT_USAGE)
    result = import_files(state.db(), paths, state.config().events, state.config().metrics, url=url)
    if as_json:
        emit_json({"run": result.run_id, "new": [a.id for a in result.new],
                   "updated": [a.id for a in result.updated],
                   "failed": [{"path": p, "reason": r} for p, r in result.failed]})
    else:
        for a in result.new:
            click.echo(f"new      {a.id}  {a.date}  {a.title[:70]}")
        for a in result.updated:
            click.echo(f"updated  {a.id}  {a.date}  {a.title[:70]}")
    for path, reason in result.failed:
        click.echo(f"confwatch: error: {path}: {reason}; the file was skipped", err=True)
    click.echo(f"imported {len(result.new)} new, {len(result.updated)} updated, {len(result.failed)} failed", err=True)
    sys.exit(EXIT_PARTIAL if result.failed else EXIT_OK)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["seed", "json", "jsonl"]), default="seed", show_default=True,
              help="seed: the seed text format; json: one array; jsonl: one record per line.")
@click.option("--out", "out_dir", default=None, help="Write to this directory instead of stdout.")
@click.option("--since", default="", type=DATE, help="Only articles first seen on or after this date (YYYY-MM-DD).")
@click.pass_obj
def export(state: State, fmt, out_dir, since):
    """Export stored articles in the seed format or as JSON."""
    from jobs.transfer import export_articles
    from storage.articles import iter_articles

    state.config()
    n = export_articles(iter_articles(state.existing_db(), since=_since(since)), fmt, out_dir, sys.stdout)
    click.echo(f"exported {n} articles" + (f" to {out_dir}" if out_dir else ""), err=True)


@cli.command()
@click.option("--search", default="", help="Words or \"quoted phrases\" that must all be in the title or text.")
@click.option("--fts", default="", help="A raw SQLite FTS5 query (AND, OR, NOT, NEAR, prefix*), instead of --search.")
@click.option("--since", default="", type=DATE, help="Only articles first seen on or after this date (YYYY-MM-DD).")
@click.option("--limit", default=None, type=click.IntRange(min=1), help="At most this many articles (default: all).")
@click.option("--json", "as_json", is_flag=True, help="Print the records as JSON (text and reprint cluster included).")
@click.pass_obj
def articles(state: State, search, fts, since, limit, as_json):
    """List stored articles in publication order, reprints marked."""
    from storage.articles import SearchError, article_rows

    if search and fts:
        fail("--search and --fts: give one of them", EXIT_USAGE)
    state.config()
    try:
        rows = article_rows(state.existing_db(), since=_since(since), search=search, fts=fts, limit=limit,
                            published_order=True)
    except SearchError as exc:
        fail(f"--fts {fts!r}: SQLite cannot read this query ({exc}); use --search for plain words and phrases",
             EXIT_USAGE)
    if as_json:
        from extract.records import Article, field_names

        keys = field_names(Article)
        emit_json([{**{k: r[k] for k in keys}, "first_seen_at": r["first_seen_at"], "cluster": r["cluster"] or r["id"],
                    **({"reprint_of": r["cluster"]} if r["cluster"] and r["cluster"] != r["id"] else {})}
                   for r in rows])
        return
    table = _Listing(("published", "outlet", "title", "id"))
    for r in rows:
        by = r["outlet"] + (f" / credit: {r['credit']}" if r["credit"] and r["credit"] not in r["outlet"] else "")
        reprint = f" (reprint of {r['cluster']})" if r["cluster"] and r["cluster"] != r["id"] else ""
        table.add_row(r["date"] or "-", by, r["title"] + reprint, r["id"])
    _print_table(table)
    click.echo(_count(len(rows), "article"), err=True)


FIGURE_KEYS = ("article", "url", "surface", "value", "unit", "noun", "metric", "scope", "qualifier", "event",
               "edition", "status", "kind", "previous", "sentence", "place", "headline", "start", "end")


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.4g}"


@cli.group(invoke_without_command=True)
@click.option("--event", default="", help="Only this event id (e.g. wimc, wmc).")
@click.option("--edition", type=int, default=None, help="Only this edition (the event's year).")
@click.option("--status", type=click.Choice(["new", "known", "changed"]), default=None, help="Only this status.")
@click.option("--since", default="", type=DATE, help="Only figures recorded on or after this date (YYYY-MM-DD).")
@click.option("--unreviewed", is_flag=True, help="Only new or changed figures no reviewer has decided on.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of figure objects.")
@click.option("--with-review", "review_keys", is_flag=True,
              help="With --json, add each figure's id and review decision (always added with --unreviewed).")
@click.pass_context
def figures(ctx, event, edition, status, since, unreviewed, as_json, review_keys):
    """List the figures reported about the events, flagged new, known or changed; review them with
    `figures confirm` and `figures reject`."""
    from storage.ledger import query_figures

    if ctx.invoked_subcommand:
        return
    state: State = ctx.obj
    state.config()  # every command reads (and checks) the configuration the same way
    if event and event not in {e.id for e in state.config().events}:
        fail(f"--event {event!r}: not a configured event; configured: "
             f"{', '.join(e.id for e in state.config().events)}", EXIT_USAGE)
    db = state.existing_db()
    rows = query_figures(db, event=event, edition=edition, status=status or "", since=_since(since))
    if unreviewed:
        rows = [r for r in rows if r["status"] in ("new", "changed") and not r["review"]]
    if as_json:
        # the listing's keys are fixed; a review listing adds what a reviewer needs: the id and any decision
        extra = ("id", "review", "review_reason") if unreviewed or review_keys else ()
        emit_json([{**{k: r[k] for k in FIGURE_KEYS if k in r}, "article": r["article_id"], **{k: r[k] for k in extra}}
                   for r in rows])
        return
    from extract.metrics import SCOPES, metric_names
    from jobs.render import as_written
    from storage.ledger import previous_figure

    names = metric_names(state.config().metrics)
    table = _Listing(("status", "event", "metric", "value", "published", "outlet", "id", "review"))
    for r in rows:
        status = r["status"]
        if r["status"] == "changed":
            before = previous_figure(db, r) or {}
            was = as_written(before.get("surface") or _number(r["previous_value"]), before.get("qualifier", ""))
            status = f"{r['kind'] or 'changed'} (was {was})"
        scope = f", {SCOPES[r['scope']]}" if SCOPES.get(r["scope"]) else ""
        review = r["review"] + (f": {r['review_reason']}" if r["review_reason"] else "")
        table.add_row(status, f"{r['event']} {r['edition'] or ''}", names.get(r["metric"], r["metric"]) + scope,
                      as_written(r["surface"], r["qualifier"]), r["article_date"] or "-", r["outlet"] or "",
                      r["id"], review)
    _print_table(table)
    click.echo(_count(len(rows), "figure"), err=True)


def _review(state: State, ids, decision: str, reason: str = "", as_json: bool = False) -> None:
    from storage.ledger import review_figures, reviews_of

    state.config()
    db = state.existing_db()
    done, unknown = review_figures(db, list(ids), decision, reason=reason, now=clock.now_iso())
    reviews = reviews_of(db, done)
    if as_json:
        emit_json(reviews)
    else:
        for r in reviews:
            click.echo(f"{r['decision']} {r['figure_id']}" + (f": {r['reason']}" if r["reason"] else ""))
    if unknown:
        fail(f"no figure with id {', '.join(unknown)}; `confwatch figures` lists the ids", EXIT_USAGE)


@figures.command("confirm")
@click.argument("ids", nargs=-1, required=True)
@click.option("--reason", default="", help="A note kept with the decision (an earlier one is kept when not given).")
@click.option("--json", "as_json", is_flag=True, help="Print the recorded decisions as JSON.")
@click.pass_obj
def figures_confirm(state: State, ids, reason, as_json):
    """Mark figures as checked and correct."""
    _review(state, ids, "confirmed", reason, as_json)


@cli.command()
@click.option("--event", default="", help="Only this event id (e.g. wimc, wmc).")
@click.option("--edition", type=int, default=None, help="Only this edition (the event's year).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array: every report of each metric in order.")
@click.pass_obj
def metrics(state: State, event, edition, as_json):
    """What each edition's metrics stand at: latest value, how many stories reported them, open conflicts."""
    from extract.metrics import SCOPES, metric_names
    from storage.ledger import metric_histories

    state.config()
    if event and event not in {e.id for e in state.config().events}:
        fail(f"--event {event!r}: not a configured event; configured: "
             f"{', '.join(e.id for e in state.config().events)}", EXIT_USAGE)
    rows = metric_histories(state.existing_db(), event=event, edition=edition)
    if as_json:
        emit_json(rows)
        return
    from jobs.render import as_written

    names = metric_names(state.config().metrics)
    table = _Listing(("event", "metric", "scope", "latest", "stories", "open conflicts"))
    for r in rows:
        latest = r["latest"]
        table.add_row(f"{r['event']} {r['edition'] or ''}", names.get(r["metric"], r["metric"]),
                      SCOPES.get(r["scope"], r["scope"]) or "edition",
                      as_written(latest["surface"], latest["qualifier"]), str(r["stories"]),
                      str(r["open_conflicts"] or ""))
    _print_table(table)
    click.echo(_count(len(rows), "metric"), err=True)


@figures.command("reject")
@click.argument("ids", nargs=-1, required=True)
@click.option("--reason", default="", help="Why the figure is wrong (an earlier reason is kept when not given).")
@click.option("--json", "as_json", is_flag=True, help="Print the recorded decisions as JSON.")
@click.pass_obj
def figures_reject(state: State, ids, reason, as_json):
    """Mark figures as wrong: never flagged again, never "known" for later articles."""
    _review(state, ids, "rejected", reason, as_json)


@cli.command()
@click.option("--date", "day", default=None, type=DATE,
              help="Digest day YYYY-MM-DD (default: the latest whose window has ended).")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "text"]), default=None,
              help="Print the digest in this format; nothing is written (unless --write or --send).")
@click.option("--write", is_flag=True, help="With --format or --json, also write the files and the feed entry.")
@click.option("--send", is_flag=True, help="E-mail it as configured in [mail] and notify the [notify] URLs, each "
              "unless that day was sent there before.")
@click.option("--json", "as_json", is_flag=True, help="Print the digest's content as JSON; nothing is written "
              "(unless --write or --send).")
@click.pass_obj
def digest(state: State, day, fmt, write, send, as_json):
    """Write the digest of a day (Markdown, HTML, Atom feed entry) and print where it is; or print it in one
    format without writing anything."""
    from jobs.digest import DigestWriteError, closed_day, day_started, digest_json, open_day, write_digest
    from jobs.mail import MailError, send_digest
    from jobs.render import render_html, render_markdown, render_text

    config = state.config()
    when = day or closed_day(config)
    if not day_started(config, when):
        fail(f"--date {when}: that digest day has not started yet (its window opens the day before at the digest "
             f"time); the latest day with a window open is {open_day(config)}", EXIT_USAGE)
    if fmt and as_json:
        fail("--format and --json: give one of them", EXIT_USAGE)
    db = state.existing_db()
    printing = bool(fmt or as_json)
    if printing and not (write or send):  # printing only: nothing is written, the feed and files stay as they are
        from jobs.digest import build_digest

        data = build_digest(db, config, when)
    else:
        try:
            written = write_digest(db, config, state.data, when)
        except DigestWriteError as exc:
            fail(str(exc), EXIT_PARTIAL)
        data = written.data
        if not printing:
            click.echo(str(written.markdown))
            click.echo(str(written.html))
            click.echo(str(written.feed))
    if as_json:
        click.echo(digest_json(data))
    elif fmt == "md":
        click.echo(render_markdown(data), nl=False)
    elif fmt == "html":
        click.echo(render_html(data), nl=False)
    elif fmt == "text":
        click.echo(render_text(data), nl=False)
    if send:
        from jobs.notify import notify_digest

        if not (config.mail["enabled"] or config.notify["urls"]):
            fail(f"{config.path}: nothing to send with: [mail] enabled = false and [notify] urls is empty; set "
                 "enabled = true with host, sender and recipients, or list Apprise URLs in [notify] urls",
                 EXIT_PARTIAL)
        failed = False
        if config.mail["enabled"]:
            try:
                outcome = send_digest(db, config, written.data, written.html.read_text(encoding="utf-8"))
                click.echo(f"digest {written.data['day']}: e-mail {outcome}", err=True)
            except MailError as exc:
                click.echo(f"confwatch: error: {exc}", err=True)
                failed = True
        outcomes, errors = notify_digest(db, config, written.data)
        for line in outcomes:
            click.echo(f"digest {written.data['day']}: notification {line}", err=True)
        for message in errors:
            click.echo(f"confwatch: error: {message}", err=True)
        if failed or errors:
            sys.exit(EXIT_PARTIAL)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address Datasette listens on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535),
              help="Port Datasette listens on.")
@click.option("--open/--no-open", "open_browser", default=True, help="Open a web browser at the start page.")
@click.pass_obj
def browse(state: State, host, port, open_browser):
    """Open the database in Datasette with saved queries (needs the browse extra)."""
    import importlib.util
    import os
    import tempfile

    from jobs.browse import metadata
    from storage.db import DB_NAME, db_path

    state.config()  # checked as every command checks it
    if importlib.util.find_spec("datasette") is None:
        fail("Datasette is not installed in confwatch's Python; install the extra there: `make browse` in the "
             f"repository, or {sys.executable} -m pip install -e '.[browse]'", EXIT_USAGE)
    path = db_path(state.data)
    if not path.exists():
        fail(f"{path}: no database yet; run `confwatch run` or `confwatch import` first", EXIT_USAGE)
    meta = Path(tempfile.mkdtemp(prefix="confwatch-")) / "metadata.json"
    meta.write_text(json.dumps(metadata(DB_NAME.rsplit(".", 1)[0])), encoding="utf-8")
    args = [sys.executable, "-m", "datasette", "serve", str(path), "--metadata", str(meta), "--host", host,
            "--port", str(port)] + (["--open"] if open_browser else [])
    click.echo(f"serving {path} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    os.execv(sys.executable, args)


@cli.command()
@click.option("--print-jobs", is_flag=True, help="List the jobs and their next run times, then exit.")
@click.option("--json", "as_json", is_flag=True, help="With --print-jobs, print the jobs as JSON.")
@click.pass_obj
def schedule(state: State, print_jobs, as_json):
    """Run in the foreground and crawl and write digests at the times set in [schedule] (for a service
    manager; SIGTERM or Ctrl-C stops it after the job in progress)."""
    import logging

    from jobs.lock import SCHEDULE_LOCK_NAME, LockHeld, RunLock
    from jobs.digest import missed_digest_days
    from jobs.schedule import Service, planned_jobs
    from storage.db import db_path

    config = state.config()
    if as_json and not print_jobs:
        fail("--json only goes with --print-jobs (the scheduler itself logs to stderr)", EXIT_USAGE)
    if print_jobs:
        missed = missed_digest_days(state.db(), config) if db_path(state.data).exists() else []
        jobs = [{"id": j.id, "cron": j.cron, "what": j.what, "next_run": j.next_run.isoformat()}
                for j in planned_jobs(config)]
        if as_json:
            emit_json({"timezone": config.schedule["timezone"], "jobs": jobs,
                       "missed_digests": [d.isoformat() for d in missed]})
            return
        click.echo(f"time zone {config.schedule['timezone']}")
        for j in jobs:
            click.echo(f"{j['id']:10} {j['cron']:16} next {j['next_run']}  {j['what']}")
        if missed:
            click.echo(f"missed digests, written at start-up: {', '.join(map(str, missed))}")
        return
    logging.basicConfig(stream=sys.stderr, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("apscheduler.scheduler").setLevel(logging.WARNING)  # job additions are listed below
    state.db()  # a database that cannot be opened is reported before anything is scheduled
    try:
        with RunLock(state.data, SCHEDULE_LOCK_NAME, "confwatch schedule"):
            Service(config, state.data).run()
    except LockHeld as exc:
        fail(str(exc), EXIT_LOCKED)


@cli.command()
@click.option("--runs", "n_runs", default=5, show_default=True, type=click.IntRange(min=1),
              help="How many of the last runs to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.pass_obj
def status(state: State, n_runs, as_json):
    """What to check in the morning: is a run or the scheduler running, when the next crawl and digest are
    due, how the last runs went per source, what is stored per event, what awaits review."""
    from jobs.lock import holder
    from jobs.status import gather
    from storage.db import db_path

    if not db_path(state.data).exists():
        if holder(state.data):  # the very first run, before it has created the database
            info = {"data": state.data, "articles": 0, "running_pid": holder(state.data), "runs": []}
            emit_json(info) if as_json else click.echo(f"run in progress (pid {info['running_pid']}); "
                                                       f"no database yet in {state.data}")
            return
        fail(f"{db_path(state.data)}: no database; check --data / CONFWATCH_DATA, or run `confwatch run` first",
             EXIT_USAGE)
    config = state.config()
    try:
        db, snapshot = open_db(state.data), False
    except StorageError:  # another user's data directory (a service's): read it without writing
        try:
            db, snapshot = open_read_only(state.data)
        except StorageError as exc:
            fail(str(exc), EXIT_USAGE)
    info = gather(config, db, state.data, n_runs)
    info["read_only"] = snapshot or not os.access(state.data, os.W_OK)
    runs, last_digest = info["runs"], info["last_digest"]
    if as_json:
        emit_json(info)
        return
    click.echo(f"data directory {state.data}: {_count(info['articles'], 'article')}, "
               f"{_count(info['unreviewed_flags'], 'unreviewed figure flag')}, "
               f"{_count(info['rejected_pages'], 'page')} rejected as off-topic")
    if info["read_only"]:
        click.echo("(read only: this user cannot write the data directory"
                   + ("; a running crawl's latest articles may not show yet)" if snapshot else ")"))
    click.echo((f"run in progress (pid {info['running_pid']})" if info["running_pid"] else "no run in progress")
               + (f"; scheduler running (pid {info['scheduler_pid']})" if info["scheduler_pid"]
                  else "; no scheduler running (runs come from cron or by hand)"))
    tz = config.schedule["timezone"]
    click.echo(f"times below are in {tz}")
    click.echo("next: " + ", ".join(f"{j['id']} {_local(j['at'], tz)}" for j in info["next"]))
    if last_digest:
        sent = f", e-mailed {_local(last_digest['sent_at'], tz)}" if last_digest["sent_at"] else ", not e-mailed"
        click.echo(f"last digest {last_digest['day']} (written {_local(last_digest['written_at'], tz)}{sent})")
    if info["missed_digests"]:
        click.echo(f"digests not yet written for a complete day: {', '.join(info['missed_digests'])} "
                   "(`confwatch digest --date DAY` writes one)")
    click.echo("stored per event and edition:")
    for e in info["events"]:
        click.echo(f"  {e['event']:6} {e['edition']}: {_count(e['articles'], 'article')}, "
                   f"{_count(e['figures'], 'figure')} ({e['new']} new, {e['changed']} changed)")
    click.echo("last runs:")
    for r in runs:
        took = f"{r['duration_s']:.0f} s" if r["duration_s"] is not None else "-"
        failed = f"; failed: {', '.join(r['failed_sources'])}" if r["failed_sources"] else ""
        click.echo(f"  {_local(r['started_at'], tz)}  {r['kind']:6}  {r['status']:11}  {took:>6}  {r['new']} new, "
                   f"{_count(r['errors'], 'error')}{failed}")
    latest = next((r for r in runs if r["kind"] == "crawl"), None)
    if latest:
        click.echo(f"\nlatest crawl {latest['id']} per source:")
        _print_run({**latest, "errors": latest["error_messages"]}, as_json=False, header=False)


@cli.group()
def config():
    """Create or check a configuration file."""


@config.command("init")
@click.argument("path", default="confwatch.toml", required=False)
def config_init(path):
    """Write the packaged default configuration to PATH (default ./confwatch.toml); never overwrites."""
    from storage.config import default_config_text

    target = Path(path)
    if target.exists():
        fail(f"{target} exists; confwatch never overwrites a configuration: edit it, or give another PATH",
             EXIT_USAGE)
    try:
        with open(target, "x", encoding="utf-8") as fh:
            fh.write(default_config_text())
    except OSError as exc:
        fail(f"cannot write {target}: {exc.strerror or exc}", EXIT_USAGE)
    click.echo(f"wrote {target}; edit it, then check it with `confwatch config check`"
               + ("" if target.name == "confwatch.toml" and target.parent.resolve() == Path.cwd()
                  else f" (commands read it with --config {target})"))


@config.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print the effective configuration as JSON.")
@click.pass_obj
def config_check(state: State, as_json):
    """Validate the configuration every command would use; print where it came from and what it sets."""
    import dataclasses

    from jobs.notify import redact

    cfg = state.config()
    where = ("the packaged default (no --config and no ./confwatch.toml)" if cfg.path == "<packaged default>"
             else cfg.path)
    effective = {
        "file": cfg.path,
        "events": [dataclasses.asdict(e) for e in cfg.events],
        "sources": [{**{k: v for k, v in dataclasses.asdict(src).items() if k != "options"}, **src.options}
                    for src in cfg.sources],
        "crawl": cfg.crawl, "schedule": cfg.schedule, "digest": cfg.digest,
        "mail": {**cfg.mail}, "notify": {"urls": [redact(u) for u in cfg.notify["urls"]]},
        "alerts": [dataclasses.asdict(a) for a in cfg.alerts],
        "metrics": [m.key for m in cfg.metrics],
    }
    if as_json:
        emit_json(effective)
        return
    enabled = cfg.enabled_sources()
    click.echo(f"configuration OK: {where}")
    click.echo("events: " + "; ".join(f"{e.id} = {e.name} ({e.city or 'no city'}, month {e.month})"
                                      for e in cfg.events))
    click.echo(f"sources: {len(enabled)} enabled of {len(cfg.sources)}")
    for src in cfg.sources:
        click.echo(f"  {src.name:24} {src.type:12} {'' if src.enabled else '(disabled) '}{src.url}")
    for section in ("crawl", "schedule", "digest"):
        click.echo(f"{section}: " + ", ".join(f"{k} = {v!r}" for k, v in getattr(cfg, section).items()))
    click.echo("mail: " + (f"to {', '.join(cfg.mail['recipients'])} through {cfg.mail['host']}:{cfg.mail['port']}"
                           if cfg.mail["enabled"] else "off"))
    click.echo("notify: " + (", ".join(effective["notify"]["urls"]) or "off"))
    click.echo("alerts: " + (", ".join(a.name for a in cfg.alerts) or "none"))
    click.echo(f"metrics: {len({m.key for m in cfg.metrics})} known")


def main() -> None:
    """Console-script entry point."""
    import sqlite3

    from storage.db import explain

    try:
        cli(prog_name="confwatch")
    except sqlite3.Error as exc:  # a write refused part-way: a full disk, a database made read-only meanwhile
        data = (os.environ.get("CONFWATCH_DATA") or "data") if State.current is None else State.current.data
        fail(str(explain(exc, data)), EXIT_PARTIAL)


if __name__ == "__main__":
    main()
