"""Outlet page fixtures: tests/pages/<outlet>/<case>/expected.json says what one saved page must give.

`page` is "realpages:PATH" (a real page in ../shared/realpages, skipped when that folder is absent) or
"sample:PATH" (a page written for the bundled sample site). Checked: title, date, outlet, credit, the start of
the first body paragraph (the lead, dateline included) and the end of the last, snippets that must not appear,
and where a ground truth exists ("truth"), the body's token F1 against it, at least the recorded floor.
"""
import collections
import json
import re
from pathlib import Path

import pytest

from extract.article import article_from_page
from extract.records import Page
from jobs.samplesite import sample_root
from tests.conftest import REALPAGES
from tests.helpers import ROOT

CASES = sorted((ROOT / "tests" / "pages").glob("*/*/expected.json"))


def _path(ref: str) -> Path:
    kind, rel = ref.split(":", 1)
    return (REALPAGES if kind == "realpages" else sample_root()) / rel


def token_f1(found: str, truth: str) -> float:
    a, b = (collections.Counter(re.findall(r"\w+", t.lower())) for t in (found, truth))
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}")
def test_outlet_page(case):
    expected = json.loads(case.read_text(encoding="utf-8"))
    page = _path(expected["page"])
    if not page.exists():
        pytest.skip(f"{page} is not here (the shared real pages are not part of this checkout)")
    html = page.read_bytes().decode("utf-8", "replace")
    article = article_from_page(Page(url=expected["url"], html=html, fetched_at="2026-11-20T00:00:00+00:00"))
    paragraphs = article.text.split("\n\n")
    got = {"title": article.title, "date": article.date, "outlet": article.outlet, "credit": article.credit}
    assert got == {k: expected[k] for k in got}
    assert paragraphs[0].startswith(expected["first"]), paragraphs[0][:200]
    assert paragraphs[-1].endswith(expected["last"]), paragraphs[-1][-200:]
    for snippet in expected["absent"]:
        assert snippet not in article.text, snippet
    if "truth" in expected:
        ref, key = expected["truth"].split("#", 1)
        truth = json.loads(_path(ref).read_text(encoding="utf-8"))[key]["content"]
        assert token_f1(article.text, truth) >= expected["f1_floor"]


def test_every_outlet_of_the_packaged_configuration_has_a_page_case():
    from extract.outlets import outlet_for_host
    from extract.urls import site_of
    from storage.config import read_config

    covered = {json.loads(c.read_text())["outlet"] for c in CASES}
    for source in read_config(None).sources:
        if source.type in ("feed", "sitemap", "listing"):
            name = outlet_for_host(site_of(source.url)).get("name")
            assert name in covered, f"no page case for {name} ({source.name})"
