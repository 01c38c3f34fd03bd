"""Scraped text never becomes markup or a link in the Markdown digest."""
import re

import pytest

from jobs.render import md_escape, safe_link


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "[click](javascript:alert(1))",
                                  "<img src=x onerror=alert(1)>", "**bold** _it_ `code`"])
def test_markup_is_escaped(text):
    out = md_escape(text)
    assert re.search(r"(?<!\\)[<>\[\]()*_`]", out) is None, out


@pytest.mark.parametrize("url,linked", [("https://example.com/a", True), ("http://example.com/a?b=1", True),
                                        ("javascript:alert(1)", False), ("data:text/html,x", False),
                                        ("https://x.com/a b", False)])
def test_only_http_links_become_links(url, linked):
    assert safe_link(url).startswith("<") is linked
