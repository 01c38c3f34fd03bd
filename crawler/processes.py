"""Processes of a crawl that must not outlive it."""
from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Be killed when the parent process ends, however it ends: an extraction worker whose crawl was killed
    stops at once instead of finishing a page nobody will store (it runs as the pool's initializer)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() == 1:  # the parent ended before the signal was armed
        os._exit(1)


def _libc():
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc: nothing to trim
        return None


_LIBC = _libc() if sys.platform.startswith("linux") else None


def give_back_memory() -> None:
    """Return the heap's free pages to the system (glibc keeps what a parsed page left free for reuse, so a
    worker's resident memory would otherwise stay at its largest page's high-water mark)."""
    if _LIBC is not None and hasattr(_LIBC, "malloc_trim"):
        _LIBC.malloc_trim(0)


def analyse_in_worker(page, listed_date, events, metrics):
    """A page's analysis as the extraction workers run it: the pure analysis, then the memory it used given back."""
    from extract.analysis import analyse_page

    try:
        return analyse_page(page, listed_date, events, metrics)
    finally:
        give_back_memory()
