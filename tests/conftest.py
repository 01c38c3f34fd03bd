"""Shared fixtures: where the seeds and real saved pages are, a loopback sample site."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
REALPAGES = SHARED / "realpages"


def seed(prefix: str) -> Path:
    """The seed file whose name starts with prefix (000 .. 004)."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture
def sample_site():
    from jobs.samplesite import SampleSite

    with SampleSite() as site:
        yield site


def needs_shared(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is not present beside the repository")
