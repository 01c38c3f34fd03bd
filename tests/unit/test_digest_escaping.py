"""Scraped text never becomes markup or a link in the Markdown digest, and carries no stray escapes."""
import pytest
from markdown_it import MarkdownIt

from jobs.render import md_escape, md_link, safe_link

RENDER = MarkdownIt("commonmark").enable("table")


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "[click](javascript:alert(1))",
                                  "<img src=x onerror=alert(1)>", "**bold** _it_ `code`", "![x](http://a.example/i.png)",
                                  "<http://evil.example/>", "a | b | c", "~~gone~~", "[x]: http://evil.example/"])
def test_markup_is_escaped(text):
    html = RENDER.render(f"Said: {md_escape(text)}")
    assert html.count("<") == 2, html  # the paragraph's own <p> and </p>: no tag, link or emphasis of its own


@pytest.mark.parametrize("text", ["(credit: Global Times)", "RMB 53.63 billion (about US$7.4 billion)", "Q&A: 1+1!",
                                  "{braces}", "3-5 days"])
def test_ordinary_punctuation_is_not_escaped(text):
    assert md_escape(text) == text


@pytest.mark.parametrize("url,linked", [("https://example.com/a", True), ("http://example.com/a?b=1", True),
                                        ("javascript:alert(1)", False), ("data:text/html,x", False),
                                        ("https://x.com/a b", False)])
def test_only_http_links_become_links(url, linked):
    assert safe_link(url).startswith("<") is linked
    assert ("<a href" in RENDER.render(md_link("Global Times, 2024-12-23", url))) is linked


def test_link_text_from_a_page_cannot_break_out_of_the_link():
    html = RENDER.render(md_link("x](javascript:alert(1)) [y", "https://example.com/a_(b)"))
    assert html.count("<a ") == 1 and 'href="https://example.com/a_(b)"' in html and "javascript:" not in \
        html.split(">", 2)[1]
