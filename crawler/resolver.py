"""Name resolution that never hands a private address to a connection.

Every connection confwatch makes (except to a configured proxy) resolves its host through this resolver, IP
literals included, so whatever the spelling of a link (127.1, 0x7f.0.0.1, a public name that resolves to
10.0.0.5), the address actually connected to is checked: loopback, private, link-local, shared, multicast,
reserved and unspecified addresses are dropped, and a host left without an address fails as a refused lookup.
Hosts a user lists explicitly in a source's `hosts` (and a source's own host when it is an IP address or a local
name) are exempt."""
from __future__ import annotations

import ipaddress

from scrapy.resolver import CachingHostnameResolver

from crawler.crawl import config_from
from extract.config import ANY_HOST
from extract.urls import ip_literal, is_public_address

# Hosts whose every address was refused, with those addresses: an errback names them in its message.
REFUSED: dict[str, list[str]] = {}
MAX_REFUSED = 10_000


def exempt_hosts(config) -> frozenset[str]:
    """What the configuration lists explicitly: hosts of `hosts`, and own hosts that are not public names."""
    from urllib.parse import urlsplit

    found = set()
    for source in config.sources:
        found.update(h.lower().strip("[]") for h in source.hosts if h != ANY_HOST)
        own = (urlsplit(source.url).hostname or "").lower()
        if own and (ip_literal(own) is not None or "." not in own or own.endswith((".local", ".localhost"))):
            found.add(own)
    return frozenset(found)


class _Filter:
    """Passes on the public addresses of a resolution and keeps the others back."""

    def __init__(self, receiver, host: str):
        self.receiver, self.host, self.kept, self.refused = receiver, host, 0, []

    def resolutionBegan(self, resolution):  # noqa: N802 - Twisted's interface
        self.receiver.resolutionBegan(resolution)

    def addressResolved(self, address):  # noqa: N802
        try:
            ip = ipaddress.ip_address(address.host.split("%", 1)[0])
        except (AttributeError, ValueError):
            self.refused.append(str(address))
            return
        if is_public_address(ip):
            self.kept += 1
            self.receiver.addressResolved(address)
        else:
            self.refused.append(str(ip))

    def resolutionComplete(self):  # noqa: N802
        if self.refused and not self.kept and len(REFUSED) < MAX_REFUSED:
            REFUSED[self.host] = self.refused
        self.receiver.resolutionComplete()


class PublicAddressResolver(CachingHostnameResolver):
    def __init__(self, reactor, cache_size: int, exempt: frozenset[str]):
        super().__init__(reactor, cache_size)
        self.exempt = exempt

    @classmethod
    def from_crawler(cls, crawler, reactor):
        from urllib.parse import urlsplit

        settings = crawler.settings
        cache = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        config = config_from(settings)
        # the proxy the configuration (or the demo) names is connected to as given
        proxies = {(urlsplit(p).hostname or "").lower() for p in (config.crawl.get("proxy", ""),
                                                                   settings.get("CONFWATCH_PROXY", "")) if p}
        return cls(reactor, cache, exempt_hosts(config) | proxies)

    def resolveHostName(self, resolutionReceiver, hostName, portNumber=0, addressTypes=None,  # noqa: N802
                        transportSemantics="TCP"):
        host = hostName.lower().strip("[]")
        if host in self.exempt or (ip_literal(host) is not None and
                                   any(ip_literal(h) == ip_literal(host) for h in self.exempt)):
            return super().resolveHostName(resolutionReceiver, hostName, portNumber, addressTypes,
                                           transportSemantics)
        return super().resolveHostName(_Filter(resolutionReceiver, host), hostName, portNumber, addressTypes,
                                       transportSemantics)


def refusal(host: str) -> str:
    """Why a host could not be connected to, when this resolver refused it; else ''."""
    addresses = REFUSED.get((host or "").lower().strip("[]"))
    if not addresses:
        return ""
    return (f"refused: {host} resolves to {', '.join(addresses[:3])}, a private or local address (list the host "
            "in the source's hosts to allow it)")
