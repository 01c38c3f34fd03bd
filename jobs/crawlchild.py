"""The crawl process of a run: started with the command, before it has a run id (see jobs/launch.py), or when
the run needs it; it dies with the process that started it, however that ends."""
from __future__ import annotations

import ctypes
import json
import os
import signal
import subprocess
import sys

PR_SET_PDEATHSIG = 1
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


def prestart(data: str) -> None:
    """Start the crawl process now; the next crawl_process() hands it its arguments."""
    global _prestarted
    _prestarted = start_crawl_process(data=data)
