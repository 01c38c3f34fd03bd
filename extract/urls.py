"""URL canonicalisation and stable identifiers."""
from __future__ import annotations

import hashlib
import ipaddress
import re
import socket
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
    if ":" in host:
        host = f"[{host}]"  # an IPv6 literal keeps its brackets
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"{url[:200]!r} has an invalid port") from None
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = parts.path or "/"
    if path != "/" and path.endswith("/"):
        path = path.rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in TRACKING_PARAMS]
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


# Host prefixes of mobile and AMP editions of a site; the article is the same as on the main host.
EDITION_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.", "wap.", "3g.")
AMP_QUERY = {("amp", ""), ("amp", "1"), ("amp", "true"), ("outputtype", "amp"), ("output", "amp")}


def url_key(url: str) -> str:
    """The identity of the page behind a URL, the same for its http/https, www, mobile and AMP variants.

    Used to decide whether an article is already known; it is not a URL to fetch.
    """
    parts = urlsplit(canonical_url(url))
    host = (parts.hostname or "").lower()
    while host.startswith(EDITION_HOST_PREFIXES) and host.count(".") > 1:
        host = host.split(".", 1)[1]
    if ":" in host:
        host = f"[{host}]"
    if parts.port:
        host = f"{host}:{parts.port}"
    segments = [s for s in parts.path.split("/") if s]
    segments = [s for s in segments if s.lower() != "amp"]
    if len(segments) > 1 and segments[-1].lower() == "lite":  # light editions: /article/.../lite/
        segments.pop()
    segments = [re.sub(r"^amp[_-](?=\w)", "", s, flags=re.I) for s in segments]
    if segments:
        segments[-1] = re.sub(r"[._-]amp(\.html?)?$", lambda m: m.group(1) or "", segments[-1], flags=re.I)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if (k.lower(), v.lower()) not in AMP_QUERY]
    path = "/" + "/".join(segments)
    return f"//{host}{path}" + (f"?{urlencode(query)}" if query else "")


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


_IPV4_SPELLING = re.compile(r"^[0-9a-fA-FxX.]+$")
CGNAT = ipaddress.ip_network("100.64.0.0/10")


def ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host names when it is an IP literal in any spelling a resolver accepts: dotted decimal,
    octal (0177.0.0.1), hex (0x7f.0.0.1), short (127.1), a single number (2130706433), or IPv6 (with or without
    brackets, IPv4-mapped ones included); None for a DNS name."""
    host = host.strip().strip("[]").rstrip(".")
    if not host:
        return None
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if ":" in host or not _IPV4_SPELLING.match(host) or len(host) > 40:
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))  # the C library's reading: what a connection uses
    except OSError:
        return None


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """False for loopback, private, link-local, shared (CGNAT 100.64/10), multicast, reserved and unspecified
    addresses, and for IPv6 addresses that embed one of them (IPv4-mapped, 6to4, NAT64 ...)."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            return is_public_address(embedded)
        if ip in ipaddress.ip_network("64:ff9b::/96"):
            return is_public_address(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip.is_multicast or ip.is_unspecified or ip.is_loopback or ip.is_link_local or ip.is_reserved:
        return False
    if isinstance(ip, ipaddress.IPv4Address) and ip in CGNAT:
        return False
    return ip.is_global


_USERINFO = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*://)(?P<user>[^/@:\s]*)(?::[^/@\s]*)?@")


def redact_url(text: str) -> str:
    """Text with the password of every URL in it masked: http://user:***@host/ (a user name alone is kept)."""
    return _USERINFO.sub(lambda m: f"{m.group('scheme')}{m.group('user')}:***@" if m.group(0).count(":") > 1
                         or m.group("user") == "" else m.group(0), text)
