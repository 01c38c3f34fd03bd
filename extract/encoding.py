"""Bytes of a page to text: the declared charset when the bytes agree with it, else a detected one.

A page served as ISO-8859-1 that is really UTF-8 (a common server default) is read as UTF-8; a page without any
declaration is UTF-8 when it decodes as such, else whatever charset-normalizer finds (GBK and GB18030
included). Pure; time linear in the body (detection looks at a bounded sample)."""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_SINGLE_BYTE = {"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
DETECT_SAMPLE = 200_000


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except (LookupError, TypeError):
        return ""


def declared_charset(content_type: str, body: bytes) -> str:
    """The charset a response declares: its Content-Type header, else a <meta> in the first 4 KB."""
    found = _HEADER_CHARSET.search(content_type or "")
    if found:
        return _codec(found.group(1))
    meta = _META_CHARSET.search(body[:4096])
    return _codec(meta.group(1).decode("ascii", "replace")) if meta else ""


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def decode_page(body: bytes, declared: str = "") -> tuple[str, str]:
    """(text, charset used) of a page's bytes."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace"), name
    declared = _codec(declared)
    if declared == "gb2312":
        declared = "gb18030"  # a superset: pages labelled GB2312 use its characters freely
    if declared in ("iso8859-1", "ascii"):
        declared = "cp1252"  # as browsers read these labels (curly quotes and dashes in 0x80-0x9F)
    if declared:
        try:
            text = body.decode(declared)
        except (UnicodeDecodeError, LookupError):
            text = body.decode("latin-1") if declared == "cp1252" and _is_utf8(body) is False else None
        if text is not None:
            if declared in _SINGLE_BYTE and any(b > 0x7F for b in body[:DETECT_SAMPLE]):
                try:
                    return body.decode("utf-8"), "utf-8"  # UTF-8 served under a single-byte label
                except UnicodeDecodeError:
                    pass
            return text, declared
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(body[:DETECT_SAMPLE]).best()
    name = _codec(best.encoding) if best is not None else ""
    if name:
        return body.decode(name, errors="replace"), name
    return body.decode("utf-8", errors="replace"), "utf-8"
