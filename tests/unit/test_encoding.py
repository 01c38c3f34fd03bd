"""Pages whose bytes and declared charset disagree, or that declare none, are read as their authors wrote them."""
import pytest

from extract.encoding import declared_charset, decode_page

ZH = "世界制造业大会在合肥开幕，来自多个国家和地区的企业参展，签约项目共计五百多个。" * 10
EN = "Café owners near the Hefei venue said the “World Manufacturing Convention” drew naïve crowds — 500 firms. " * 5


@pytest.mark.parametrize("body,declared,text", [
    (EN.encode("utf-8"), "iso-8859-1", EN),  # UTF-8 served under the server's default Latin-1 label
    (EN.encode("utf-8"), "", EN),
    (EN.encode("cp1252"), "iso-8859-1", EN),  # as a browser reads the label
    (ZH.encode("gbk"), "", ZH),  # GBK with no declaration at all
    (ZH.encode("gb18030"), "gb2312", ZH),
    (ZH.encode("utf-8"), "gbk", ZH),  # a wrong label the bytes do not fit
    ("\ufeff".encode("utf-8") + ZH.encode("utf-8"), "iso-8859-1", ZH),
])
def test_the_text_is_what_was_written(body, declared, text):
    assert decode_page(body, declared)[0].lstrip("\ufeff") == text


def test_the_declaration_comes_from_the_header_or_a_meta_tag():
    assert declared_charset("text/html; charset=GBK", b"") == "gbk"
    assert declared_charset("text/html", b'<html><head><meta charset="utf-8">') == "utf-8"
    assert declared_charset("text/html", b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">') \
        == "gb2312"
    assert declared_charset("text/html", b"<html>") == ""
