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
