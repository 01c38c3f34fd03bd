"""What spiders hand to the pipelines."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # filled from a worker's result, unpickled with its own imports
    from extract.analysis import Analysis


@dataclass
class PageItem:
    """A downloaded article page, with what its listing said about it."""

    url: str
    html: str
    fetched_at: str
    source: str
    listed_title: str = ""
    listed_date: str = ""
    requested: list[str] = field(default_factory=list)  # URLs that led to this page (redirects, search links)
    analysis: Analysis | None = None  # filled by the analyse pipeline
