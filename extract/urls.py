"""URL canonicalisation and stable identifiers."""
from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track campaigns or sessions; they never select content.
TRACKING_PARAMS = frozenset(
    {
        "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id",
        "gclid", "fbclid", "mc_cid", "mc_eid", "spm", "from", "share", "ref", "rss",
        "cmpid", "ocid", "sessionid", "sid", "campaign", "module", "pgtype",
    }
)


def canonical_url(url: str) -> str:
    """Return a canonical form of an http(s) URL for de-duplication."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and not ((scheme == "http" and parts.port == 80) or (scheme == "https" and parts.port == 443)):
        host = f"{host}:{parts.port}"
    path = parts.path or "/"
    if path != "/" and path.endswith("/"):
        path = path.rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in TRACKING_PARAMS]
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def site_of(url: str) -> str:
    """Return the host of a URL without a leading www."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def stable_id(key: str) -> str:
    """Return a short stable hash of a key (canonical URL or URN)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def content_hash(title: str, text: str) -> str:
    """Return a hash of an article's title and text, whitespace-normalised."""
    norm = " ".join(f"{title}\n{text}".split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()
