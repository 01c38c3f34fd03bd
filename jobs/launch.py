"""The confwatch command's entry point.

For `confwatch run` it starts the crawl process before anything else, so that the crawler's own start (Scrapy,
Twisted and the extraction code: about a second) overlaps the command's (its imports, the configuration, the
data directory's lock, the run record). The crawl process then waits for its arguments on its input; the run
hands them over once it holds the lock and has a run id. A crawl process the command never uses (a usage
error, another run holding the data directory, no enabled source) sees its input close and ends at once, and
it dies with the command however that ends.
"""
from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys

PR_SET_PDEATHSIG = 1
_VALUED = ("--data", "--config")  # global options that take a value
_prestarted: subprocess.Popen | None = None


def die_with_parent(parent: int):
    """A preexec function: the child is killed when the process that started it ends, however it ends (so a
    killed `confwatch run` never leaves a crawl writing on behind it)."""
    def setup() -> None:
        if sys.platform.startswith("linux"):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the parent ended before the signal was armed
            os._exit(1)
    return setup


def start_crawl_process(args: list[str] | None = None, data: str = "") -> subprocess.Popen:
    """The crawl child: with args, a crawl with those arguments; without, one that reads them from its input
    (its command line names the data directory it is for, as a crawl's does)."""
    waiting = ["--data", data, "--arguments-from-input"]
    command = [sys.executable, "-m", "crawler.run", *(args if args is not None else waiting)]
    # its own process group: a Ctrl-C at the terminal reaches confwatch, which decides what stops
    return subprocess.Popen(command, stdin=subprocess.DEVNULL if args is not None else subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, process_group=0,
                            preexec_fn=die_with_parent(os.getpid()))


def crawl_process(args: list[str]) -> subprocess.Popen:
    """A crawl process running with args: the one started with the command, once, else a new one."""
    global _prestarted
    child, _prestarted = _prestarted, None
    if child is None or child.poll() is not None:
        return start_crawl_process(args)
    overrides = {k: v for k, v in os.environ.items() if k.startswith("CONFWATCH_")}
    import json

    try:
        child.stdin.write(json.dumps({"args": args, "environment": overrides}) + "\n")
        child.stdin.close()
        child.stdin = None  # handed over: nothing more is written (communicate() would flush it)
    except OSError:  # it ended meanwhile (killed from outside): start one the usual way
        child.kill()
        child.wait()
        return start_crawl_process(args)
    child.args = [sys.executable, "-m", "crawler.run", *args]
    return child


def _command(argv: list[str]) -> tuple[str, list[str], str]:
    """The subcommand, what follows it and the data directory, from the global options before it."""
    i, data = 0, os.environ.get("CONFWATCH_DATA") or "data"
    while i < len(argv):
        if argv[i] in _VALUED:
            data = argv[i + 1] if argv[i] == "--data" and i + 1 < len(argv) else data
            i += 2
        elif argv[i].startswith("-"):
            data = argv[i].split("=", 1)[1] if argv[i].startswith("--data=") else data
            i += 1
        else:
            return argv[i], argv[i + 1:], data
    return "", [], data


def main() -> None:
    global _prestarted
    command, rest, data = _command(sys.argv[1:])
    if command == "run" and not {"-h", "--help"} & set(rest):
        _prestarted = start_crawl_process(data=data)
    from jobs.cli import main as cli_main

    cli_main()
